package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Lang;
import cz.sazba.model.Locator;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Content;
import cz.sazba.typeset.vertical.FlushBottoms;
import cz.sazba.typeset.vertical.Glue;
import cz.sazba.typeset.vertical.VItem;
import cz.sazba.typeset.vertical.Line;
import cz.sazba.typeset.vertical.Penalty;
import cz.sazba.typeset.vertical.VerticalList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the layouters of one division share: the design, the fonts, the structure tree, the
 * division's vertical list being built, and the few rules that run across blocks (no indent and
 * a keep after a heading, the lines a heading still needs below it).
 */
final class LayoutContext {
  final FontSet fonts;
  final PageDesign design;
  final StructureTree structure;
  /**
   * The language of the blocks being laid out: the document's, or a container's ({@code Div}
   * with {@code lang}) while its blocks are laid out.
   */
  Lang documentLang;
  /** The book's language, whatever passage is being laid out: generated words follow it. */
  final Lang bookLang;
  /** Page labels of anchors from the previous pass, for the contents' page numbers. */
  final Map<String, String> pageOfAnchor;
  final Diagnostics diagnostics;
  final TextSetter text;
  /** The shaping cache, for contexts of a design of their own (a table's cells). */
  private final ShapedWords shapes;
  final Division division;
  final VerticalList list;
  final List<HeadingInfo> headings;
  /** The notes whose marks are set but whose lines are not yet placed after them. */
  final NoteQueue notes;
  /** True while a note's own blocks are laid out (into the note's own list): small type. */
  final boolean inNote;
  /** True for a table cell's blocks: its list becomes the cell's box, where nothing floats. */
  final boolean inCell;

  /** True right after a heading: the next paragraph is not indented and is kept with it. */
  boolean afterHeading = true;
  /**
   * Lines of text that must still follow the last heading on its page, whichever blocks they
   * come from (a one-line paragraph does not end the keep); a heading right below it keeps them.
   */
  int keepWithHeading;
  /** Extra space the paragraph after a heading adds above its first line. */
  long skipAfterHeading;
  private boolean lastLineBroken;
  /** Paragraphs the page breaker may set a line shorter or longer, in the order of the list. */
  final List<FlushBottoms.Flexible> flexible = new ArrayList<>();

  LayoutContext(FontSet fonts, PageDesign design, ShapedWords shapes, StructureTree structure, Lang documentLang,
      Map<String, String> pageOfAnchor, Diagnostics diagnostics, Division division) {
    this.fonts = fonts;
    this.design = design;
    this.structure = structure;
    this.documentLang = documentLang;
    this.bookLang = documentLang;
    this.pageOfAnchor = pageOfAnchor;
    this.diagnostics = diagnostics;
    this.text = new TextSetter(fonts, design, diagnostics, shapes);
    this.shapes = shapes;
    this.division = division;
    this.list = new VerticalList();
    this.headings = new ArrayList<>();
    this.notes = new NoteQueue(design.notes().perDivision());
    this.inNote = false;
    this.inCell = false;
  }

  /** A context for a note's blocks: the same division, structure and notes, a list of its own. */
  private LayoutContext(LayoutContext outer) {
    this.fonts = outer.fonts;
    this.design = outer.design;
    this.structure = outer.structure;
    this.documentLang = outer.documentLang;
    this.bookLang = outer.bookLang;
    this.pageOfAnchor = outer.pageOfAnchor;
    this.diagnostics = outer.diagnostics;
    this.text = outer.text;
    this.shapes = outer.shapes;
    this.division = outer.division;
    this.list = new VerticalList();
    this.headings = new ArrayList<>();
    this.notes = outer.notes;
    this.inNote = true;
    this.inCell = outer.inCell;
    this.afterHeading = false;
  }

  /**
   * A context for a table cell's blocks: the same division, structure and notes, a list of its
   * own, and the cell's design (the body's numbers at the table's type size). Nothing indents
   * the cell's first paragraph.
   */
  private LayoutContext(LayoutContext outer, PageDesign cellDesign) {
    this.fonts = outer.fonts;
    this.design = cellDesign;
    this.structure = outer.structure;
    this.documentLang = outer.documentLang;
    this.bookLang = outer.bookLang;
    this.pageOfAnchor = outer.pageOfAnchor;
    this.diagnostics = outer.diagnostics;
    this.shapes = outer.shapes;
    this.text = new TextSetter(fonts, cellDesign, diagnostics, shapes);
    this.division = outer.division;
    this.list = new VerticalList();
    this.headings = new ArrayList<>();
    this.notes = outer.notes;
    this.inNote = outer.inNote;
    this.inCell = true;
    this.afterHeading = true;
  }

  /** The shaping cache. */
  ShapedWords shapes() {
    return shapes;
  }

  /** The division's running paragraphs being set ahead on other threads, if they are. */
  Optional<ParagraphsAhead> ahead = Optional.empty();

  LayoutContext forCell(PageDesign cellDesign) {
    return new LayoutContext(this, cellDesign);
  }

  LayoutContext forNote() {
    return new LayoutContext(this);
  }

  /** Distance from the top of the area to the first baseline: the page's, or a note's. */
  long topSkip() {
    return inNote ? design.notes().topSkip() : design.body().topSkip();
  }

  /** The colophon is set small and ragged. */
  boolean small() {
    return division.kind() == DivisionKind.COLOPHON;
  }

  /**
   * Adds a set line to the division's list.
   *
   * @param skip baseline distance from the line before, when both share a page
   * @param breakBefore whether a page may end just before this line
   * @param ascent height above the baseline, for anchors on it
   * @param section running-head text that starts here
   * @return the line's index in the list, for {@link #attachLabel}
   */
  int addLine(SetLine set, long left, long skip, long topSkip, boolean breakBefore, List<String> anchors, long ascent,
      Optional<String> section, Locator at) {
    int penalty = !breakBefore ? Penalty.FORBID
        : lastLineBroken ? design.body().brokenPagePenalty() : Penalty.ALLOW;
    Line line = toLine(set, left, ascent, topSkip, anchors, section, at);
    lastLineBroken = line.endsInBrokenWord();
    int index = list.add(line, skip, penalty);
    // A note goes right after the line that holds its mark: the page breaker keeps them on one page.
    for (NoteQueue.Pending note : notes.takeMarkedIn(line.anchors())) {
      if (inNote) throw new IllegalStateException("a note inside a note: " + note.note().span());
      list.addInsert(NoteLayouter.insert(note, this, at));
    }
    return index;
  }

  static Line toLine(SetLine set, long left, long ascent, long topSkip, List<String> anchors, Optional<String> section,
      Locator at) {
    List<PageElement> elements = new ArrayList<>(set.runs().size() + set.links().size());
    elements.addAll(set.runs());
    elements.addAll(set.links());
    elements.addAll(set.rules());
    elements.addAll(set.pictures());
    List<String> ids = new ArrayList<>(anchors);
    for (SetLine.LineAnchor a : set.anchors()) ids.add(a.id());
    return new Line(elements, left, ascent, topSkip, ids, section, at, endsInBrokenWord(set));
  }

  /** The line ends with the first piece of a hyphenated word (its ActualText reads as the whole word). */
  private static boolean endsInBrokenWord(SetLine line) {
    List<GlyphRun> runs = line.runs();
    if (runs.isEmpty()) return false;
    GlyphRun last = runs.get(runs.size() - 1);
    return last.actualText().isPresent() && !last.actualText().get().isEmpty()
        && last.glyphs().text(last.glyphs().size() - 1).equals("-");
  }

  /**
   * Adds a paragraph's lines with widow and orphan control: no page break after its first line
   * or before its last line, and none between a heading and the paragraph's first two lines.
   */
  void addParagraphLines(List<SetLine> set, long left, long firstSkip, long leading, long size, Locator at,
      List<String> firstAnchors) {
    int n = set.size();
    for (int i = 0; i < n; i++) {
      // Orphans: no break after the first line; widows: none before the last; and none between a
      // heading and the first two lines of what follows it.
      boolean breakBefore = mayBreakBefore(i == 0 ? !afterHeading : i >= 2 && n - i >= 2);
      SetLine line = set.get(i);
      addLine(line, left, i == 0 ? firstSkip : leading, topSkip(), breakBefore,
          i == 0 ? firstAnchors : List.of(), size, Optional.empty(), at.at(line.modelOffset()));
    }
  }

  /**
   * Adds a paragraph as {@link #addParagraphLines} does, and offers its one-line-shorter and
   * one-line-longer settings to the page breaker, with the penalties the same rules give them.
   * A paragraph whose lines carry anchors or notes is not offered: those are tied to its lines.
   */
  void addFlexibleParagraph(TextSetter.Flexed set, long left, long firstSkip, long leading, long size, Locator at) {
    int keep = keepWithHeading;
    boolean broken = lastLineBroken;
    boolean after = afterHeading;
    boolean had = list.hasContent();
    int from = list.size();
    addParagraphLines(set.lines(), left, firstSkip, leading, size, at, List.of());
    int to = list.size();
    if (inNote || to - from != 3 * set.lines().size()) return;
    for (SetLine l : set.lines()) if (!l.anchors().isEmpty()) return;
    TextSetter.Flexed.Others o = set.others();
    if (o.shorter().isEmpty() && o.longer().isEmpty() && o.twoShorter().isEmpty() && o.twoLonger().isEmpty()) return;
    flexible.add(new FlushBottoms.Flexible(from, to,
        o.shorter().flatMap(v -> variant(v, left, firstSkip, leading, size, at, keep, broken, after, had)),
        o.longer().flatMap(v -> variant(v, left, firstSkip, leading, size, at, keep, broken, after, had)),
        o.twoShorter().flatMap(v -> variant(v, left, firstSkip, leading, size, at, keep, broken, after, had)),
        o.twoLonger().flatMap(v -> variant(v, left, firstSkip, leading, size, at, keep, broken, after, had))));
  }

  /**
   * A variant's material with the penalties the paragraph's rules give it (made when first
   * tried); none when it is too short to satisfy a heading above that still needs lines (the
   * next block would not know).
   */
  private Optional<FlushBottoms.Variant> variant(TextSetter.Flexed.Variant v, long left, long firstSkip, long leading,
      long size, Locator at, int keep, boolean broken, boolean after, boolean had) {
    if (keep > v.lineCount()) return Optional.empty();
    return Optional.of(new FlushBottoms.Variant(v.lines().map(lines -> material(lines, left, firstSkip, leading, size,
        at, keep, broken, after, had)), v.cost()));
  }

  private List<VItem> material(List<SetLine> lines, long left, long firstSkip, long leading, long size, Locator at,
      int keep, boolean broken, boolean after, boolean had) {
    int n = lines.size();
    VItem[] out = new VItem[3 * n];
    for (int i = 0; i < n; i++) {
      SetLine set = lines.get(i);
      boolean byRules = i == 0 ? !after : i >= 2 && n - i >= 2;
      boolean allowed = byRules && keep == 0 && (i > 0 || had);
      if (keep > 0) keep--;
      int penalty = !allowed ? Penalty.FORBID : broken ? design.body().brokenPagePenalty() : Penalty.ALLOW;
      Line line = toLine(set, left, size, topSkip(), List.of(), Optional.empty(), at.at(set.modelOffset()));
      broken = line.endsInBrokenWord();
      out[3 * i] = new Penalty(penalty);
      out[3 * i + 1] = new Glue(i == 0 ? firstSkip : leading);
      out[3 * i + 2] = line;
    }
    return List.of(out);
  }

  /**
   * Whether a page may end before the next line of text: where the block's own rules allow it
   * and no heading above still needs its lines. Counts the line towards that keep.
   */
  boolean mayBreakBefore(boolean byBlockRules) {
    boolean allowed = byBlockRules && keepWithHeading == 0 && list.hasContent();
    if (keepWithHeading > 0) keepWithHeading--;
    return allowed;
  }

  /** How wide {@code label} is set, as {@link #attachLabel} sets it. */
  long labelWidth(String label, FontStyle labelStyle, long size) {
    return TextSetter.width(text.singleLine(label, labelStyle, size, Tag.artifact(cz.sazba.typeset.page.Artifact.LAYOUT)));
  }

  /** Puts a label (a bullet, a number) right-aligned in the hanging indent of the line at {@code index}. */

  void attachLabel(int index, String label, FontStyle labelStyle, long size, int structId, long gap) {
    Line line = (Line) list.get(index);
    SetLine one = text.singleLine(label, labelStyle, size, Tag.of(structId));
    long labelWidth = TextSetter.width(one);
    List<PageElement> elements = new ArrayList<>();
    for (GlyphRun r : one.runs()) elements.add(TextSetter.shift(r, -labelWidth - gap));
    elements.addAll(line.elements());
    list.replace(index, line.withElements(elements));
  }

  /** Puts an anchor on the first line added at or after {@code from}, if there is one. */
  void addAnchorAt(int from, String id) {
    int first = firstContentFrom(from);
    if (first >= 0 && list.get(first) instanceof Line line) {
      List<String> anchors = new ArrayList<>(line.anchors());
      anchors.add(0, id);
      list.replace(first, line.withAnchors(anchors));
    }
  }

  /** Index of the first content added at or after {@code from}, or -1. */
  int firstContentFrom(int from) {
    for (int i = from; i < list.size(); i++) if (list.get(i) instanceof Content) return i;
    return -1;
  }
}
