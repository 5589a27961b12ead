package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills pages from the divisions' vertical lists. A page ends at the last line that fits, moved
 * back to the nearest place where a break is allowed, so widows, orphans and lonely headings never
 * happen; the page then runs a line or two short rather than break a rule. Adds running heads
 * (book title on the left page, current section on the right) and folios as artifacts.
 */
final class PageBuilder {
  private final TypeStyle style;
  private final BlockLayout typesetter;
  private final String bookTitle;
  private final Diagnostics diagnostics;

  final List<Page> pages = new ArrayList<>();
  final List<Anchor> anchors = new ArrayList<>();
  final List<PageStart> pageStarts = new ArrayList<>();

  PageBuilder(TypeStyle style, BlockLayout typesetter, String bookTitle, Diagnostics diagnostics) {
    this.style = style;
    this.typesetter = typesetter;
    this.bookTitle = bookTitle;
    this.diagnostics = diagnostics;
  }

  void add(VDivision division) {
    List<VLine> lines = division.lines();
    String section = null;
    int start = 0;
    boolean firstPage = true;
    while (start < lines.size()) {
      int end = pageEnd(lines, start);
      int index = pages.size();
      List<PageElement> elements = new ArrayList<>();
      long left = style.textLeft(index);
      long pos = 0;
      for (int i = start; i < end; i++) {
        VLine l = lines.get(i);
        pos = i == start ? l.topSkip() : pos + l.skip();
        long baseline = style.pageHeight() - style.marginTop() - pos;
        elements.addAll(l.line().place(left + l.left(), baseline));
        for (String id : l.anchors()) anchors.add(new Anchor(id, index, baseline + l.ascent()));
        for (var a : l.line().anchors()) anchors.add(new Anchor(a.id(), index, baseline + l.ascent()));
        if (l.section().isPresent()) section = l.section().get();
      }
      String label = Integer.toString(index + 1);
      VLine first = lines.get(start);
      pageStarts.add(new PageStart(label, first.position().divisionId(), first.position().blockPath(),
          first.position().charOffset()));
      if (division.hasRunningHeads() && !firstPage) {
        boolean recto = index % 2 == 0;
        String head = recto && section != null ? section : bookTitle;
        elements.addAll(0, centred(head, FontStyle.ITALIC, style.smallSize(), index,
            style.pageHeight() - style.marginTop() + style.leading()));
      }
      if (division.hasFolios()) {
        elements.addAll(centred(label, FontStyle.REGULAR, style.smallSize(), index,
            style.marginBottom() - 2 * style.leading()));
      }
      pages.add(new Page(index, label, style.pageWidth(), style.pageHeight(), elements));
      start = end;
      firstPage = false;
    }
  }

  /** The index after the last line of the page that starts at {@code start}. */
  private int pageEnd(List<VLine> lines, int start) {
    long pos = lines.get(start).topSkip();
    int k = start + 1;
    while (k < lines.size() && pos + lines.get(k).skip() <= style.textHeight()) {
      pos += lines.get(k).skip();
      k++;
    }
    if (k == lines.size()) return k;
    int j = k;
    while (j > start && !lines.get(j).breakBefore()) j--;
    if (j == start) {
      diagnostics.warning("page-break-forced", Span.GENERATED,
          "a block is taller than a page and had to be broken where no break is allowed",
          "shorten the block or split it");
      return k;
    }
    // A word hyphenated across a page turn makes the reader carry half a word over the leaf
    // (TeX's \brokenpenalty): end the page a line earlier when that is also allowed.
    if (endsInBrokenWord(lines.get(j - 1)) && j - 1 > start && lines.get(j - 1).breakBefore()) return j - 1;
    return j;
  }

  /** The line ends with the first piece of a hyphenated word (its hyphen reads as the whole word). */
  private static boolean endsInBrokenWord(VLine line) {
    List<GlyphRun> runs = line.line().runs();
    if (runs.isEmpty()) return false;
    GlyphRun last = runs.get(runs.size() - 1);
    return last.actualText().isPresent() && !last.actualText().get().isEmpty()
        && last.glyphs().get(last.glyphs().size() - 1).text().equals("-");
  }

  private List<PageElement> centred(String text, FontStyle s, long size, int pageIndex, long baseline) {
    SetLine line = typesetter.singleLine(text, s, size, Tag.artifact(Artifact.PAGINATION));
    long width = BlockLayout.width(line);
    long left = style.textLeft(pageIndex) + (style.textWidth() - width) / 2;
    return line.place(left, baseline);
  }

  Optional<Page> last() {
    return pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(pages.size() - 1));
  }
}
