package cz.sazba.manuscript;

import cz.sazba.model.Chapter;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.Link;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import java.util.List;

/**
 * What would make an invalid book although every construct is read: a heading with no words (or
 * only a citation or a footnote mark) has nothing for the contents, the PDF outline and PDF/UA's
 * heading tag to say; a link with no text gives nothing to click and fails accessibility.
 */
final class ContentChecks {
  private ContentChecks() {}

  static void check(List<Chapter> chapters, Diagnostics diagnostics) {
    for (Chapter c : chapters) {
      ModelWalk.forEachBlock(c.blocks(), b -> {
        if (b instanceof Heading h && Inlines.words(h.content()).isBlank()) {
          boolean onlyMarks = !h.content().isEmpty();
          diagnostics.error("heading-empty", h.span(),
              onlyMarks ? "the heading has no words of its own, only a citation or a note mark"
                  : "the heading is empty",
              "write the heading's words; a citation or a note can follow them");
        }
      });
      ModelWalk.forEachInline(c.blocks(), i -> {
        if (i instanceof Link l && Inlines.words(l.content()).isBlank()) {
          diagnostics.error("link-empty", l.span(), "the link to " + Quote.of(l.href()) + " has no text",
              "write the words to click between the brackets: [words](" + Quote.visible(l.href()) + ")");
        }
      });
    }
  }
}
