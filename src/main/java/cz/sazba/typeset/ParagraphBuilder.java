package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.ShapedText;
import cz.sazba.typeset.ParagraphItems.BoxContent;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.ParagraphItems.IndentContent;
import cz.sazba.typeset.ParagraphItems.Piece;
import cz.sazba.typeset.ParagraphItems.Slice;
import cz.sazba.typeset.ParagraphItems.SpaceContent;
import cz.sazba.typeset.ParagraphItems.Word;
import cz.sazba.typeset.linebreak.BreakParams;
import cz.sazba.typeset.linebreak.Box;
import cz.sazba.typeset.linebreak.Glue;
import cz.sazba.typeset.linebreak.Item;
import cz.sazba.typeset.linebreak.Penalty;
import cz.sazba.typeset.page.Sp;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Knuth–Plass items of a paragraph from its runs: words become boxes (split at their
 * break points, with widths from the font's advances, ligatures and kerning), spaces become glue
 * with TeX's proportions, break points become penalties.
 */
final class ParagraphBuilder {
  /** TeX's \hyphenpenalty and \exhyphenpenalty. */
  private static final int HYPHEN_PENALTY = 50;
  private static final int URL_PENALTY = 100;
  /**
   * A break inside a path or identifier, and one between two characters of a long stretch. The
   * breaker admits them only when a paragraph cannot be set within tolerance without them (see
   * Penalty.lastResort); then a segment break weighs about as much as a line set too loose
   * (badness 300), a character break as one set very loose, so loose lines and broken names are
   * traded fairly, and between segments is preferred to between characters.
   */
  private static final int SEGMENT_PENALTY = 300;
  private static final int CHARACTER_PENALTY = 1000;

  private final FontSet fonts;
  private final long size;
  private final boolean hyphenate;
  private final Alignment alignment;
  /** Letter-spacing allowed in justified text, in thousandths of an em per letter gap. */
  private final int tracking;

  private final List<Item> items = new ArrayList<>();
  private final List<Object> contents = new ArrayList<>();
  private final List<Word> words = new ArrayList<>();
  /** The word being collected: its pieces' runs and text, in order. */
  private final List<Run> wordRuns = new ArrayList<>();
  private final List<Integer> wordRunOffsets = new ArrayList<>();
  private final StringBuilder wordText = new StringBuilder();

  enum Alignment {
    JUSTIFIED,
    /** Ragged right (also used for centred lines, which the setter then centres). */
    RAGGED
  }

  private ShapedWords shapes = ShapedWords.none();

  private ParagraphBuilder(FontSet fonts, long size, boolean hyphenate, Alignment alignment, int tracking) {
    this.fonts = fonts;
    this.size = size;
    this.hyphenate = hyphenate;
    this.alignment = alignment;
    this.tracking = alignment == Alignment.JUSTIFIED ? tracking : 0;
  }

  /**
   * @param tracking letter-spacing justified lines may use, in thousandths of an em per gap
   *     between letters (see {@link PageDesign.Body#tracking()}); 0 for none
   */
  static ParagraphItems build(
      List<Run> runs, FontSet fonts, long size, long indent, boolean hyphenate, Alignment alignment, int tracking) {
    return build(runs, fonts, ShapedWords.none(), size, indent, hyphenate, alignment, tracking);
  }

  /** As above, shaping each word through {@code shapes} (the same word is shaped once). */
  static ParagraphItems build(List<Run> runs, FontSet fonts, ShapedWords shapes, long size, long indent,
      boolean hyphenate, Alignment alignment, int tracking) {
    ParagraphBuilder b = new ParagraphBuilder(fonts, size, hyphenate, alignment, tracking);
    b.shapes = shapes;
    if (indent > 0) b.add(Box.of(indent), new IndentContent());
    Run last = null;
    for (Run run : runs) {
      last = run;
      if (run.isLineBreak()) {
        b.flushWord();
        // As TeX's \\ does: spaces before it go, and it ends the line with fil glue. One before
        // any word would only make an empty line: it is dropped (and one at the end, below).
        b.dropTrailingSpaces();
        if (b.hasWord()) {
          b.add(new Glue(0, Glue.FIL, 0), null);
          b.add(Penalty.forced(), null);
        }
        continue;
      }
      if (run.picture().isPresent()) {
        // An inline picture is a box of its own, as wide as it is set: at most an em high
        // (scaled down, proportions kept, if it would be taller), so it never crowds the lines.
        b.flushWord();
        long em = run.look().size(b.size);
        long[] wh = FigureLayouter.size(run.picture().get(), 30 * em, em, em);
        b.add(Box.of(wh[0]), new ParagraphItems.PictureContent(run, wh[0], wh[1], wh[1] / 5));
        continue;
      }
      String t = run.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == ' ') {
          b.flushWord();
          b.interwordGlue(run, false);
        } else if (c == '\u00A0') {
          b.flushWord();
          b.interwordGlue(run, true);
        } else {
          b.appendToWord(run, i, c);
        }
      }
    }
    b.flushWord();
    // Trailing spaces would leave glue before the finishing glue, and a trailing line break an
    // empty last line: drop them.
    b.dropTrailingSpaces();
    while (b.endsWithLineBreak()) {
      b.removeLast();
      b.removeLast();
      b.dropTrailingSpaces();
    }
    if (b.items.isEmpty() || last == null) b.add(Box.of(0), null);
    b.add(new Penalty(0, Penalty.INFINITY, false, 0), null);
    b.add(new Glue(0, Glue.FIL, 0), null);
    b.add(Penalty.forced(), null);
    return new ParagraphItems(List.copyOf(b.items), java.util.Collections.unmodifiableList(b.contents), List.copyOf(b.words));
  }

  /**
   * How the paragraphs this builder makes are broken: TeX's plain values with emergency stretch
   * as the final pass; justified text also avoids a last line shorter than 1.5 em or holding one
   * short word (above all after a hyphen); ragged text puts its stretch at the line ends.
   */
  static BreakParams breakParams(PageDesign design, long size, Alignment alignment) {
    BreakParams params = BreakParams.defaults().withEmergencyStretch(design.body().emergencyStretch());
    if (alignment == Alignment.RAGGED) return params.withRightSkipStretch(design.body().raggedStretch(size));
    return params.withLastLine(BreakParams.LastLine.of(size * 3 / 2));
  }

  private void add(Item item, Object content) {
    items.add(item);
    contents.add(content);
  }

  private void removeLast() {
    items.remove(items.size() - 1);
    contents.remove(contents.size() - 1);
  }

  /** Removes word spaces (with a no-break space's penalty) at the end of the list. */
  private void dropTrailingSpaces() {
    while (!items.isEmpty() && contents.get(contents.size() - 1) instanceof SpaceContent) {
      removeLast();
      if (!items.isEmpty() && items.get(items.size() - 1) instanceof Penalty pen && pen.penalty() >= Penalty.INFINITY
          && contents.get(contents.size() - 1) == null) {
        removeLast();
      }
    }
  }

  private boolean hasWord() {
    for (Object c : contents) if (c instanceof BoxContent) return true;
    return false;
  }

  private boolean endsWithLineBreak() {
    int n = items.size();
    return n >= 2 && items.get(n - 1) instanceof Penalty p && p.penalty() <= -Penalty.INFINITY
        && items.get(n - 2) instanceof Glue g && g.stretch() >= Glue.FIL;
  }

  private void appendToWord(Run run, int indexInRun, char c) {
    // A new piece unless the char goes on the last piece's run right after it.
    if (pieceRun != run || pieceNext != indexInRun) {
      wordRuns.add(run);
      wordRunOffsets.add(indexInRun);
      pieceStarts.add(wordText.length());
      pieceRun = run;
    }
    pieceNext = indexInRun + 1;
    wordText.append(c);
  }

  /** The run of the word's last piece (null before its first) and the index in it its next char would have. */
  private Run pieceRun;
  private int pieceNext;

  private final List<Integer> pieceStarts = new ArrayList<>();

  private int pieceLength(int piece) {
    int end = piece + 1 < pieceStarts.size() ? pieceStarts.get(piece + 1) : wordText.length();
    return end - pieceStarts.get(piece);
  }

  /**
   * Interword glue of the space of the surrounding face: stretch 1/2 and shrink 1/3 of the space,
   * TeX's proportions. Ragged lines get no stretch here; their stretch sits at the line ends.
   */
  private void interwordGlue(Run run, boolean noBreak) {
    FontFace face = faceOf(run);
    long size = run.look().size(this.size);
    long space = Sp.scale(face.advance(face.glyphId(' ')), size, face.unitsPerEm());
    if (noBreak) add(new Penalty(0, Penalty.INFINITY, false, 0), null);
    if (alignment == Alignment.JUSTIFIED) {
      // TeX's proportions; the letter-spacing justified lines may also use sits in the words'
      // boxes (see flushWord), not here: a space at a line end is discarded with its stretch.
      add(new Glue(space, space / 2, space / 3), new SpaceContent(face, size, run));
    } else {
      // Ragged right: word spaces are fixed; the breaker adds stretch at each line end instead
      // (BreakParams.rightSkipStretch), as TeX's \rightskip does.
      add(new Glue(space, 0, 0), new SpaceContent(face, size, run));
    }
  }

  private void flushWord() {
    if (wordText.length() == 0) return;
    String text = wordText.toString();
    if (isLoneDash(text)) keepWithPrevious();
    int wordIndex = words.size();
    Run first = runOfFirstLetter();
    words.add(new Word(text, first.lang()));
    // A word of one run comes out as it did the last time the same word came in the same style.
    WordTemplate.Key key = null;
    if (wordRuns.size() == 1 && shapes.keepsWords()) {
      key = new WordTemplate.Key(text, fonts, faceOf(first), first.look(), first.lang(), first.url(), hyphenate, size,
          tracking);
      WordTemplate template = shapes.template(key);
      if (template != null) {
        template.addTo(items, contents, first, wordRunOffsets.get(0), wordIndex);
        clearWord();
        return;
      }
    }
    int itemsBefore = items.size();
    boolean url = false;
    for (Run r : wordRuns) url |= r.url();
    // A URL written as plain text breaks like one, too.
    url |= text.contains("://") || text.startsWith("www.");
    // Code is never hyphenated.
    List<WordBreaks.Point> points = WordBreaks.find(text, first.lang(), url, hyphenate && !first.look().mono());

    // Shape each piece once; break points must fall on glyph cluster boundaries (never inside a
    // ligature), which drops e.g. the of-fi break in "official" but keeps offi-cial.
    // A run's characters its face lacks are set in a fallback face (FontSet.segments): one piece
    // per face, each shaped on its own, at the run's size and on the same baseline.
    List<Piece> pieces = new ArrayList<>();
    List<Integer> pieceChars = new ArrayList<>();
    for (int p = 0; p < wordRuns.size(); p++) {
      Run run = wordRuns.get(p);
      int start = pieceStarts.get(p);
      String pieceText = text.substring(start, start + pieceLength(p));
      for (FontSet.Segment seg : fonts.segments(faceOf(run), pieceText)) {
        FontFace face = seg.face();
        String segText = seg.start() == 0 && seg.end() == pieceText.length()
            ? pieceText : pieceText.substring(seg.start(), seg.end());
        // Code keeps its letters as typed: no ligatures.
        ShapedText shaped = shapes.shape(face, segText, !run.look().mono());
        if (run.look().smallCaps()) shaped = face.smallCaps(shaped);
        pieces.add(new Piece(run, face, run.look().size(size), shaped, wordRunOffsets.get(p) + seg.start()));
        pieceChars.add(start + seg.start());
      }
    }

    // Flatten the word's glyphs; a break may only fall where a glyph cluster starts, never inside
    // a ligature (which drops the of-fi break in "official" but keeps offi-cial). Arrays, not
    // boxed sets: this runs for every word of the book.
    int glyphCount = 0;
    for (int p = 0; p < pieces.size(); p++) glyphCount += pieces.get(p).shaped().glyphCount();
    // Each glyph as its piece and index there (a Slice is made per box, not per glyph).
    Piece[] glyphPiece = new Piece[glyphCount];
    int[] glyphIndex = new int[glyphCount];
    int[] glyphChar = new int[glyphCount];
    boolean[] clusterStart = new boolean[text.length() + 1];
    int at = 0;
    for (int p = 0; p < pieces.size(); p++) {
      Piece pc = pieces.get(p);
      int[] starts = pc.shaped().clusterStarts();
      int base = pieceChars.get(p);
      for (int g = 0; g < pc.shaped().glyphCount(); g++) {
        glyphPiece[at] = pc;
        glyphIndex[at] = g;
        glyphChar[at++] = base + starts[g];
        int c = base + starts[g];
        if (c >= 0 && c < clusterStart.length) clusterStart[c] = true;
      }
    }
    if (!points.isEmpty()) {
      points.removeIf(pt -> pt.index() < 0 || pt.index() >= clusterStart.length || !clusterStart[pt.index()]);
    }
    // Letter-spacing a justified line may use, per gap between two glyphs of a word (the setter
    // shares a line's difference on the same terms).
    long gapStretch = size * tracking / 1000;
    long gapShrink = gapStretch / 2;

    int next = 0;
    for (int k = 0; k <= points.size(); k++) {
      int endChar = k < points.size() ? points.get(k).index() : text.length();
      List<Slice> slices = new ArrayList<>(2);
      long width = 0;
      int glyphsInBox = 0;
      // Consecutive glyphs of one piece make one slice.
      Piece slicePiece = null;
      int sliceFrom = 0;
      int sliceTo = 0;
      while (next < glyphCount && glyphChar[next] < endChar) {
        Piece pc = glyphPiece[next];
        int g = glyphIndex[next++];
        width += pc.advance(g);
        glyphsInBox++;
        if (pc == slicePiece && sliceTo == g) {
          sliceTo = g + 1;
        } else {
          if (slicePiece != null) slices.add(new Slice(slicePiece, sliceFrom, sliceTo));
          slicePiece = pc;
          sliceFrom = g;
          sliceTo = g + 1;
        }
      }
      if (slicePiece != null) slices.add(new Slice(slicePiece, sliceFrom, sliceTo));
      if (slices.isEmpty()) continue;
      Slice firstSlice = slices.get(0);
      Slice lastSlice = slices.get(slices.size() - 1);
      int firstChar = firstSlice.piece().shaped().text().codePointAt(
          firstSlice.piece().shaped().clusterStarts()[firstSlice.from()]);
      String lastCluster = lastSlice.piece().shaped().clusterText(lastSlice.to() - 1);
      int lastChar = lastCluster.codePointBefore(lastCluster.length());
      // Only the word's first box can start a line with a protruding mark; every box can end one.
      long leftProtrusion = k == 0 ? share(Protrusion.left(firstChar), firstSlice.piece().advance(firstSlice.from())) : 0;
      long rightProtrusion = share(Protrusion.right(lastChar), lastSlice.piece().advance(lastSlice.to() - 1));
      int modelOffset = firstSlice.piece().run().modelOffset() + firstSlice.piece().runOffset()
          + firstSlice.piece().shaped().clusterStarts()[firstSlice.from()];
      // The box's own gaps, and the one after it when a hyphen is added there or the word goes on
      // on the same line. (After a written hyphen, dash or URL break nothing follows at a line
      // end, so that gap is not counted: the setter may then have a gap more, never one less.)
      int gaps = glyphsInBox - 1;
      if (k < points.size() && points.get(k).kind() == BreakKind.HYPHENATION) gaps++;
      add(new Box(width, gaps * gapStretch, gaps * gapShrink, leftProtrusion, rightProtrusion),
          new BoxContent(List.copyOf(slices), wordIndex, modelOffset));
      if (k < points.size()) addBreak(points.get(k).kind(), lastSlice, wordIndex, repeatsHyphen(first.lang()));
    }
    if (key != null) {
      WordTemplate made = WordTemplate.of(items.subList(itemsBefore, items.size()),
          contents.subList(itemsBefore, contents.size()), first, wordRunOffsets.get(0));
      if (made != null) shapes.keep(key, made);
    }
    clearWord();
  }

  private void clearWord() {
    pieceRun = null;
    wordRuns.clear();
    wordRunOffsets.clear();
    pieceStarts.clear();
    wordText.setLength(0);
  }

  /**
   * The run that holds the word's first letter, whose language the word is hyphenated in: an
   * opening quote or bracket outside a foreign passage does not make its first word English.
   */
  private Run runOfFirstLetter() {
    for (int p = 0; p < wordRuns.size(); p++) {
      int start = pieceStarts.get(p);
      for (int i = start; i < start + pieceLength(p); i++) {
        if (Character.isLetter(wordText.charAt(i))) return wordRuns.get(p);
      }
    }
    return wordRuns.get(0);
  }

  /** A dash standing between spaces ("border - for") must not begin a line. */
  private static boolean isLoneDash(String text) {
    return text.equals("-") || text.equals("\u2013") || text.equals("\u2014");
  }

  /** Makes the space just before the current word unbreakable. */
  private void keepWithPrevious() {
    int last = items.size() - 1;
    if (last >= 0 && items.get(last) instanceof Glue && !(last > 0 && items.get(last - 1) instanceof Penalty)) {
      items.add(last, new Penalty(0, Penalty.INFINITY, false, 0));
      contents.add(last, null);
    }
  }


  /** Czech (and Slovak) typography repeats a written hyphen at the start of the next line. */
  private static boolean repeatsHyphen(cz.sazba.model.Lang lang) {
    return "cs".equals(lang.language());
  }

  private void addBreak(BreakKind kind, Slice before, int wordIndex, boolean hyphenRepeats) {
    Piece pc = before.piece();
    long size = pc.size();
    FontFace face = pc.face();
    int lastGlyph = pc.shaped().glyphIds()[before.to() - 1];
    // The box's last advance includes kerning towards the next glyph; a break removes it.
    long withKern = pc.advance(before.to() - 1);
    long plain = Sp.scale(face.advance(lastGlyph), size, face.unitsPerEm());
    long droppedKern = withKern - plain;
    long width = -droppedKern;
    long protrusion = 0;
    int cost;
    boolean flagged;
    boolean lastResort = false;
    switch (kind) {
      case HYPHENATION: {
        int hyphen = face.glyphId('-');
        long hyphenWidth = Sp.scale(face.advance(hyphen) + face.kerning(lastGlyph, hyphen), size, face.unitsPerEm());
        width += hyphenWidth;
        protrusion = share(Protrusion.right('-'), Sp.scale(face.advance(hyphen), size, face.unitsPerEm()));
        cost = HYPHEN_PENALTY;
        flagged = true;
        break;
      }
      case HARD_HYPHEN:
        protrusion = share(Protrusion.right('-'), plain);
        cost = HYPHEN_PENALTY;
        flagged = true;
        break;
      case DASH:
        protrusion = share(Protrusion.right('\u2013'), plain);
        cost = HYPHEN_PENALTY;
        flagged = false;
        break;
      case SEGMENT:
        cost = SEGMENT_PENALTY;
        flagged = false;
        lastResort = true;
        break;
      case CHARACTER:
        cost = CHARACTER_PENALTY;
        flagged = false;
        lastResort = true;
        break;
      default:
        cost = URL_PENALTY;
        flagged = false;
        break;
    }
    boolean repeat = kind == BreakKind.HARD_HYPHEN && hyphenRepeats;
    add(new Penalty(width, cost, flagged, protrusion, lastResort),
        new BreakContent(kind, face, size, pc.run(), wordIndex, droppedKern, repeat));
    if (repeat) {
      // The repeated hyphen widens the next line, which the breaker must know: Knuth and Plass's
      // trick for material after a break. Unbroken, -w and +w cancel; broken, the -w glue is
      // discarded with the break and the line starts at the empty box, then +w (where the
      // setter draws the hyphen). Neither glue is a legal break: each follows a penalty.
      long w = Sp.scale(face.advance(face.glyphId('-')), size, face.unitsPerEm());
      add(new Glue(-w, 0, 0), null);
      add(Box.of(0), null);
      add(new Penalty(0, Penalty.INFINITY, false, 0), null);
      add(new Glue(w, 0, 0), null);
    }
  }

  /** The face a run is set in: the monospace face for code, else the face of its style. */
  private FontFace faceOf(Run run) {
    return run.look().mono() ? fonts.mono() : fonts.face(run.style());
  }

  private static long share(int thousandths, long advance) {
    return advance * thousandths / 1000;
  }
}
