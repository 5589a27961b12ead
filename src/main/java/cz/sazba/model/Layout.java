package cz.sazba.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code sazba:} layout options of {@code metadata.yaml}, in PostScript points. Validated when
 * read: the text block is positive and the leading at least the font size.
 *
 * @param marginInner the margin at the spine (left on recto pages)
 * @param leading baseline-to-baseline distance of body text
 * @param fonts font files of the four styles; empty means the fonts Sazba ships
 * @param hyphenate whether words may be hyphenated at line ends
 * @param notesPerChapter whether footnotes are numbered from 1 in each chapter (else through the book)
 */
public record Layout(
    double pageWidth,
    double pageHeight,
    double marginTop,
    double marginBottom,
    double marginInner,
    double marginOuter,
    double fontSize,
    double leading,
    FontFiles fonts,
    boolean hyphenate,
    boolean notesPerChapter) {

  /** Notes numbered through the book. */
  public Layout(double pageWidth, double pageHeight, double marginTop, double marginBottom, double marginInner,
      double marginOuter, double fontSize, double leading, FontFiles fonts, boolean hyphenate) {
    this(pageWidth, pageHeight, marginTop, marginBottom, marginInner, marginOuter, fontSize, leading, fonts, hyphenate,
        false);
  }

  /** A5 (148 × 210 mm), Gentium Book Plus 10.5 on 13.5 pt: a readable book page. */
  public static Layout defaults() {
    return new Layout(mm(148), mm(210), mm(18), mm(24), mm(17), mm(17), 10.5, 13.5, FontFiles.bundled(), true);
  }

  public double textWidth() {
    return pageWidth - marginInner - marginOuter;
  }

  public double textHeight() {
    return pageHeight - marginTop - marginBottom;
  }

  public static double mm(double millimetres) {
    return millimetres * 72.0 / 25.4;
  }

  /** Font files of the four styles; each empty one falls back to the bundled font of that style. */
  public record FontFiles(Optional<Path> regular, Optional<Path> italic, Optional<Path> bold, Optional<Path> boldItalic) {
    public static FontFiles bundled() {
      return new FontFiles(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
