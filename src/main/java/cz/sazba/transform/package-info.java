/**
 * The model-to-model steps both outputs share: citation numbering with the formatted reference
 * list, section and note numbering, figure and table numbers with their cross-references, the
 * front matter (title page, attribution page, contents), Czech non-breaking spaces and the check
 * that every internal link has a target.
 * {@link cz.sazba.transform.Transforms#apply} runs them in order and turns a
 * {@link cz.sazba.model.Document} into the {@link cz.sazba.model.Book} the outputs render. Every
 * step is a pure function over immutable records; problems go to the
 * {@link cz.sazba.source.Diagnostics} collector.
 */
package cz.sazba.transform;
