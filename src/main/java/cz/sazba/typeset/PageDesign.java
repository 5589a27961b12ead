package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Layout;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.vertical.BreakGeometry;
import java.util.ArrayList;
import java.util.List;

/**
 * Every number of the page's design, in sp, derived once from the manuscript's layout options
 * ({@link Layout}) and then read by the layouters, the page breaker and the page assembly. No
 * layouter holds a literal length, size or skip of its own: to change how a book looks, change
 * this record (or, for what a user may set, {@link Layout} and {@code docs/manuscript.md}).
 *
 * <p>Body text sits on a baseline grid of {@link Body#leading()}; headings take whole grid lines
 * so the grid holds.
 */
public record PageDesign(
    Geometry page,
    Body body,
    Text small,
    List<HeadingStyle> headings,
    Blocks blocks,
    References references,
    Contents contents,
    TitlePage titlePage,
    Margins runningHead,
    Margins folio,
    Notes notes,
    Floats floats,
    Code code,
    SceneBreak sceneBreak,
    Tables tables) {

  public PageDesign {
    headings = List.copyOf(headings);
    if (headings.size() != MAX_HEADING_LEVEL) throw new IllegalArgumentException("heading styles for levels 1 to 6");
  }

  /** The deepest heading level the typesetter sets (and the PDF tags, H1 to H6). */
  public static final int MAX_HEADING_LEVEL = 6;

  /** The paper and the text block on it. */
  public record Geometry(long width, long height, long marginTop, long marginBottom, long marginInner, long marginOuter) {
    public long textWidth() {
      return width - marginInner - marginOuter;
    }

    public long textHeight() {
      return height - marginTop - marginBottom;
    }

    /** Top edge of the text block, from the bottom of the page. */
    public long textTop() {
      return height - marginTop;
    }

    /** Left edge of the text block: the inner margin is on the left of recto (odd) pages. */
    public long textLeft(int pageIndex) {
      boolean recto = pageIndex % 2 == 0;
      return recto ? marginInner : marginOuter;
    }
  }

  /** A size and the baseline-to-baseline distance that goes with it. */
  public record Text(long size, long leading) {}

  /**
   * Body text.
   *
   * @param indent first-line indent of a paragraph (none after a heading); also the unit of the
   *     list hang and quote inset
   * @param topSkip distance from the top of the text block to the first baseline (TeX's topskip)
   * @param tracking letter-spacing a justified line may use, in thousandths of an em per gap
   *     between two letters of a word: at most 0.008 em, far below what a reader sees, yet enough
   *     to take part of the justification off the word spaces (the aim of pdfTeX's font
   *     expansion, reached without scaling glyphs); lines may also tighten by half that
   * @param emergencyStretch stretchability the emergency line-breaking pass may add (1.5 em)
   * @param raggedStretchEms the right-skip stretch of ragged lines, in ems of their size
   * @param brokenPagePenalty cost of ending a page in a hyphenated word (TeX's brokenpenalty): the
   *     page breaker ends such a page a line earlier when that break is allowed too
   */
  public record Body(long size, long leading, long indent, long topSkip, int tracking, long emergencyStretch,
      long raggedStretchEms, boolean hyphenate, int brokenPagePenalty) {
    /** The right-skip stretch of a ragged line set at {@code size}. */
    public long raggedStretch(long size) {
      return raggedStretchEms * size;
    }
  }

  /**
   * A heading level's look.
   *
   * @param spaceBefore extra space above the heading when it is not at the top of its division,
   *     on top of the one grid line every line takes
   * @param lineSkip baseline distance between the lines of a heading that takes more than one
   * @param spaceAfter extra space between the heading and the text below it
   * @param runningHead whether its text becomes the running head of the rectos that follow
   * @param keepLines how many lines of text must follow the heading on its page
   */
  public record HeadingStyle(int level, long size, FontStyle font, long spaceBefore, long lineSkip, long spaceAfter,
      boolean runningHead, int keepLines) {}

  /**
   * Paragraph-level blocks.
   *
   * @param quoteInset how far a block quote is set in from each side
   * @param listHang the hanging indent of list items, where their labels sit
   * @param listLabelGap space between a list label's right edge and the item's text
   * @param raggedParagraphSkip extra space between unindented (ragged, colophon) paragraphs
   */
  public record Blocks(long quoteInset, long listHang, long listLabelGap, long raggedParagraphSkip) {}

  /** The reference list: small type, ragged, numbers hanging. */
  public record References(Text text, long hang, long labelGap, long firstSkip, long entrySkip) {}

  /**
   * The contents: the page number follows the title after {@code numberGap}; {@code numberRoom}
   * is kept free on an entry's last line for it; lower levels are indented by {@code levelIndent}.
   *
   * @param linkBelow how far the page number's link area reaches below the baseline
   * @param linkAbove how far it reaches above
   */
  public record Contents(Text text, long numberGap, long numberRoom, long levelIndent, long firstSkip,
      long chapterSkip, long linkBelow, long linkAbove) {}

  /** The title page: a centred title a quarter down the text block, subtitle and authors below. */
  public record TitlePage(long top, long titleSize, long titleLineSkip, long subtitleSize, long subtitleSkip,
      long subtitleLineSkip, long authorSize, long authorSkip, long authorLineSkip) {}

  /** A running head or folio: its face, size and baseline (from the bottom of the page). */
  public record Margins(FontStyle font, long size, long baseline) {}

  /**
   * Page-foot inserts (notes): their type, the rule above them and how much of a page they may take.
   *
   * @param skip space from the top of the foot area to the first note's top (the rule is in it)
   * @param gap extra space between two notes
   * @param ruleWidth, ruleThickness the separator rule
   * @param ruleDrop distance from the top of the foot area down to the rule's bottom
   * @param topSkip distance from a note's top to its first baseline
   * @param maxHeight the most of a page the notes may take; the rest of a long note goes on
   * @param labelHang the indent of a note's text, in which its number stands right-aligned
   * @param labelGap the space between the number and the text
   * @param perDivision whether notes are numbered from 1 in each chapter (else through the book)
   * @param linkBelow, linkAbove how far the link area of a note's number (back to its mark) reaches
   *     below and above the baseline
   */
  public record Notes(Text text, long skip, long gap, long ruleWidth, long ruleThickness, long ruleDrop, long topSkip,
      long maxHeight, long labelHang, long labelGap, boolean perDivision, long linkBelow, long linkAbove) {}

  /**
   * Code: type (monospace, smaller than the body), the inset of a block and the mark that starts
   * a line continued from the one above (a long line wrapped at the measure).
   *
   * @param scale size of inline code, in thousandths of the text around it
   * @param continuation the mark (in the monospace face) before a wrapped line's continuation
   * @param space extra space above and below a code block
   * @param tabWidth the columns between two tab stops
   * @param minimumColumns the fewest columns a code line is wrapped at, however narrow the measure
   *     (and what a table's column needs for a code block in a cell)
   * @param continuationColumns the columns the continuation mark and its space take
   */
  public record Code(Text text, long inset, int scale, String continuation, long space, int tabWidth,
      int minimumColumns, int continuationColumns) {}

  /**
   * A thematic break (a scene break): a centred mark on a line of its own, kept with the text on
   * both sides so it never ends or starts a page alone.
   */
  public record SceneBreak(String mark, FontStyle font, long size) {}

  /**
   * Tables: booktabs rules (a heavier one at the top and bottom, a light one under the header),
   * no vertical rules, cells set ragged in the column's alignment.
   *
   * @param text the cells' type; a table too wide for the measure is set smaller, step by step,
   *     down to {@code minimumSize} (with the leading in proportion) before it is an error
   * @param columnGap the space between two columns, at the text's size (it shrinks with the type)
   * @param cellPadding the space above and below a row's text
   * @param outerRule, innerRule thickness of the top and bottom rules, and of the header's rule
   * @param captionSkip space between the caption's last line and the top rule
   * @param space space above and below the table
   * @param shrinkStep how much smaller the type gets at each try of a table too wide for the measure
   * @param rowDepth the room under a row's last baseline, in thousandths of the table's type size
   * @param typeHeight how far type reaches above its baseline, in thousandths of its size (where a
   *     row taller than a page may be cut without cutting a line)
   * @param captionMinimum the narrowest a caption is set, in thousandths of the measure (a caption
   *     is as wide as its table, but no narrower than this)
   * @param wordSlack, lineSlack what a column takes beyond its text's natural width (kerning and
   *     the faces of emphasis may differ): thousandths of the widest word; of a whole line, the same
   *     share of it plus {@code lineSlack} thousandths of the type size
   * @param paragraphSkip the baseline distance between two paragraphs in a cell, in thousandths of
   *     the cell's leading
   */
  public record Tables(Text text, long minimumSize, long columnGap, long cellPadding, long outerRule, long innerRule,
      long captionSkip, long space, long shrinkStep, int rowDepth, int typeHeight, int captionMinimum, int wordSlack,
      int lineSlack, int paragraphSkip) {}

  /**
   * Floats (figures, tables) at the top of a page, and the space below each.
   *
   * @param captionDepth the room a figure keeps under its caption's last baseline
   * @param minimumDpi the resolution below which a picture, at the size it prints, is warned about
   */
  public record Floats(long skip, long captionDepth, double minimumDpi) {}

  /** The design of a book with these layout options. */
  public static PageDesign of(Layout layout) {
    long size = Sp.of(layout.fontSize());
    long leading = Sp.of(layout.leading());
    Geometry page = new Geometry(Sp.of(layout.pageWidth()), Sp.of(layout.pageHeight()), Sp.of(layout.marginTop()),
        Sp.of(layout.marginBottom()), Sp.of(layout.marginInner()), Sp.of(layout.marginOuter()));
    long indent = size;
    Body body = new Body(size, leading, indent, size, 8, Math.round(size * 1.5), 2, layout.hyphenate(), 100);
    // Notes, references and the colophon: about 85 % of the body size, leading in proportion.
    Text small = new Text(Math.round(size * 0.857), Math.round(leading * 0.857));

    List<HeadingStyle> headings = new ArrayList<>();
    // A modest scale, because the page is small. Two grid lines above a level-1 heading and one
    // below it; lower headings take one line above and sit right on their text.
    long h1 = Math.round(size * 1.43);
    long h2 = Math.round(size * 1.19);
    headings.add(new HeadingStyle(1, h1, FontStyle.BOLD, 2 * leading, Math.round(h1 * 1.25), leading, true, 2));
    headings.add(new HeadingStyle(2, h2, FontStyle.BOLD, leading, Math.round(h2 * 1.25), 0, false, 2));
    headings.add(new HeadingStyle(3, size, FontStyle.BOLD, leading, Math.round(size * 1.25), 0, false, 2));
    // Below level 3 the size stays and the face steps down: bold italic, italic, regular.
    headings.add(new HeadingStyle(4, size, FontStyle.BOLD_ITALIC, leading, Math.round(size * 1.25), 0, false, 2));
    headings.add(new HeadingStyle(5, size, FontStyle.ITALIC, leading, Math.round(size * 1.25), 0, false, 2));
    headings.add(new HeadingStyle(6, size, FontStyle.REGULAR, leading, Math.round(size * 1.25), 0, false, 2));

    long hang = indent * 2;
    Blocks blocks = new Blocks(indent * 2, hang, hang / 4, small.leading() / 2);
    References references = new References(small, Math.round(small.size() * 2.0), small.size() / 3,
        small.leading() + small.leading() / 2, small.leading() + small.leading() / 3);
    Contents contents = new Contents(new Text(size, leading), size / 2, Math.round(size * 2.0), indent * 2,
        2 * leading, leading + leading / 2, size / 4, size * 4 / 5);
    long titleSize = Math.round(size * 2.1);
    long subtitleSize = Math.round(size * 1.3);
    long authorSize = Math.round(size * 1.15);
    TitlePage title = new TitlePage(page.textHeight() / 4, titleSize, Math.round(titleSize * 1.2), subtitleSize,
        2 * leading, Math.round(subtitleSize * 1.3), authorSize, 4 * leading, Math.round(authorSize * 1.3));
    Margins runningHead = new Margins(FontStyle.ITALIC, small.size(), page.textTop() + leading);
    Margins folio = new Margins(FontStyle.REGULAR, small.size(), page.marginBottom() - 2 * leading);
    // Plain TeX's footnote rule is 2 in by 0.4 pt; on an A5 page a third of the measure.
    Notes notes = new Notes(small, leading, 0, page.textWidth() / 3, Sp.of(0.4), leading / 2, small.size(),
        page.textHeight() / 2, Math.round(small.size() * 1.5), small.size() / 3, layout.notesPerChapter(),
        small.size() / 4, small.size() * 4 / 5);
    Floats floats = new Floats(leading, small.leading() / 3, 150);
    // DejaVu Sans Mono is large on its body: 80 % of the small size matches Gentium's x-height.
    Code code = new Code(new Text(Math.round(small.size() * 0.9), small.leading()), indent, 880, "\u21AA",
        small.leading() / 2, 4, 8, 2);
    SceneBreak sceneBreak = new SceneBreak("*\u2003*\u2003*", FontStyle.REGULAR, size);
    // Tables in the small size; at most down to 70 % of the body before a table is too wide.
    Tables tables = new Tables(small, Math.round(size * 0.7), small.size(), small.leading() / 5, Sp.of(0.6), Sp.of(0.35),
        small.leading() / 3, small.leading() / 2, Sp.PER_POINT / 2, 300, 800, 500, 20, 100, 1500);
    return new PageDesign(page, body, small, headings, blocks, references, contents, title, runningHead, folio,
        notes, floats, code, sceneBreak, tables);
  }

  /**
   * The design a table's cells are laid out in when its type is {@code size}: the body's and
   * code's numbers scaled to it, so paragraphs, lists and code in a cell follow the table's type.
   */
  public PageDesign forTableCells(long size) {
    double f = (double) size / body.size();
    long leading = Math.round(tables.text().leading() * ((double) size / tables.text().size()));
    Body cellBody = new Body(size, leading, Math.round(body.indent() * f), size, body.tracking(),
        Math.round(body.emergencyStretch() * f), body.raggedStretchEms(), body.hyphenate(), body.brokenPagePenalty());
    Blocks cellBlocks = new Blocks(Math.round(blocks.quoteInset() * f), Math.round(blocks.listHang() * f),
        Math.round(blocks.listLabelGap() * f), Math.round(blocks.raggedParagraphSkip() * f));
    Code cellCode = new Code(new Text(Math.round(code.text().size() * f), Math.round(code.text().leading() * f)),
        Math.round(code.inset() * f), code.scale(), code.continuation(), Math.round(code.space() * f), code.tabWidth(),
        code.minimumColumns(), code.continuationColumns());
    return new PageDesign(page, cellBody, small, headings, cellBlocks, references, contents, titlePage, runningHead,
        folio, notes, floats, cellCode, sceneBreak, tables);
  }

  /** {@code perMille} thousandths of {@code value}, rounded down: the design's shares of a length. */
  static long thousandths(long value, int perMille) {
    return value * perMille / 1000;
  }

  /** {@code perMille} thousandths of {@code value}, rounded to the nearest sp. */
  static long roundedThousandths(long value, int perMille) {
    return Math.round(value * (perMille / 1000.0));
  }

  /** The style of heading level {@code level}, 1 to 6. */
  public HeadingStyle heading(int level) {
    if (level < 1 || level > MAX_HEADING_LEVEL) throw new IllegalArgumentException("heading level " + level);
    return headings.get(level - 1);
  }

  /** What the page breaker needs to know of the page: the text block's height, notes and floats. */
  public BreakGeometry breakGeometry() {
    return new BreakGeometry(page.textHeight(), notes.skip(), notes.gap(), notes.maxHeight(), floats.skip());
  }
}
