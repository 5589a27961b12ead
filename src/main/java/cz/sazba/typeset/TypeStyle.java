package cz.sazba.typeset;

import cz.sazba.model.Layout;
import cz.sazba.typeset.page.Sp;

/**
 * Every dimension of the page design, in sp, derived once from the layout options. Body text sits
 * on a baseline grid of {@link #leading()}; headings take whole grid lines so the grid holds.
 */
public record TypeStyle(
    long pageWidth,
    long pageHeight,
    long marginTop,
    long marginBottom,
    long marginInner,
    long marginOuter,
    long bodySize,
    long leading,
    long smallSize,
    long smallLeading,
    long indent,
    boolean hyphenate) {

  public static TypeStyle of(Layout layout) {
    long size = Sp.of(layout.fontSize());
    long leading = Sp.of(layout.leading());
    // Notes, references and the colophon: about 85 % of the body size, leading in proportion.
    long small = Math.round(size * 0.857);
    long smallLeading = Math.round(leading * 0.857);
    return new TypeStyle(
        Sp.of(layout.pageWidth()), Sp.of(layout.pageHeight()),
        Sp.of(layout.marginTop()), Sp.of(layout.marginBottom()),
        Sp.of(layout.marginInner()), Sp.of(layout.marginOuter()),
        size, leading, small, smallLeading, size, layout.hyphenate());
  }

  public long textWidth() {
    return pageWidth - marginInner - marginOuter;
  }

  public long textHeight() {
    return pageHeight - marginTop - marginBottom;
  }

  /** Left edge of the text block: the inner margin is on the left of recto (odd) pages. */
  public long textLeft(int pageIndex) {
    boolean recto = pageIndex % 2 == 0;
    return recto ? marginInner : marginOuter;
  }

  /** Distance from the top of the text block to the first baseline, like TeX's topskip. */
  public long topSkip() {
    return bodySize;
  }

  /** Heading sizes by level: a modest scale, because the page is small. */
  public long headingSize(int level) {
    if (level == 1) return Math.round(bodySize * 1.43);
    if (level == 2) return Math.round(bodySize * 1.19);
    return bodySize;
  }

  /**
   * Letter-spacing a justified line may use, in thousandths of an em per gap between two letters
   * of a word: at most 0.008 em (0.08 pt at 10.5 pt), far below what a reader sees, yet enough
   * to take part of the justification off the word spaces, which then stay closer to their
   * natural width from line to line. (The same aim as pdfTeX's font expansion, reached without
   * scaling glyphs.) Lines may also tighten by up to 0.004 em a gap.
   */
  public int tracking() {
    return 8;
  }

  /** Stretchability that the emergency pass may add to a line: 1.5 em, as TeX users often set. */
  public long emergencyStretch() {
    return Math.round(bodySize * 1.5);
  }
}
