/**
 * The model-to-model steps both outputs share: citation numbering with the formatted reference
 * list, the front matter (title page, attribution page, contents) and Czech non-breaking spaces.
 * {@link cz.sazba.transform.Transforms#apply} runs them in order and turns a
 * {@link cz.sazba.model.Document} into the {@link cz.sazba.model.Book} the outputs render. Every
 * step is a pure function over immutable records; problems go to the
 * {@link cz.sazba.source.Diagnostics} collector.
 */
package cz.sazba.transform;
