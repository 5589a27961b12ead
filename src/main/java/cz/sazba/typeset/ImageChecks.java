package cz.sazba.typeset;

import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.Figure;
import cz.sazba.model.Image;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.typeset.page.Sp;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the book's pictures against the page design once, before layout (which may run more
 * than once): a figure that will print below the design's {@link PageDesign.Floats#minimumDpi} is warned about, once
 * per file and size.
 */
final class ImageChecks {
  private ImageChecks() {}

  static void check(Book book, PageDesign design, Diagnostics diagnostics) {
    Set<String> warned = new HashSet<>();
    for (Division d : book.divisions()) {
      ModelWalk.forEachBlock(d.blocks(), b -> {
        if (!(b instanceof Figure f)) return;
        Image image = f.image();
        long[] size = FigureLayouter.size(image, design.page().textWidth(), design.page().textHeight(), design.body().size());
        double dpi = image.data().pixelWidth() / Sp.toPoints(size[0]) * 72.0;
        if (dpi < design.floats().minimumDpi() && warned.add(image.path() + "@" + size[0])) {
          diagnostics.warning("image-low-resolution", image.span(),
              String.format(Locale.ROOT, "the image %s will print at %.0f dpi, which looks coarse on paper",
                  Quote.of(image.path()), dpi),
              String.format(Locale.ROOT, "use a file of at least %d pixels across for this size, or make it smaller",
                  (int) Math.ceil(Sp.toPoints(size[0]) / 72.0 * design.floats().minimumDpi())));
        }
      });
    }
  }
}
