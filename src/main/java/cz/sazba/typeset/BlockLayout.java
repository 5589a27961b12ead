package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.ShapedText;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.linebreak.KnuthPlass;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the blocks of one division as a vertical list of lines: paragraphs justified with a
 * first-line indent (none after a heading), headings kept with what follows, lists and reference
 * entries with hanging labels, the contents with page numbers, the title page centred. Each
 * block gets its structure element on the way.
 */
final class BlockLayout {
  private final FontSet fonts;
  private final TypeStyle style;
  private final StructureTree structure;
  private final Lang documentLang;
  private final Diagnostics diagnostics;
  /** Page labels of anchors from the previous pass, for the contents' page numbers. */
  private final Map<String, String> pageOfAnchor;

  private String divisionId;
  private DivisionKind divisionKind;
  private final List<VLine> lines = new ArrayList<>();
  private final List<HeadingInfo> headings = new ArrayList<>();
  /** True right after a heading: the next paragraph is not indented and is kept with it. */
  private boolean afterHeading;
  /**
   * Lines of text that must still follow the last heading on its page: two, whichever blocks
   * they come from (a one-line paragraph does not end the keep), and a heading right below it
   * keeps them both.
   */
  private int keepWithHeading;

  BlockLayout(FontSet fonts, TypeStyle style, StructureTree structure, Lang documentLang,
      Map<String, String> pageOfAnchor, Diagnostics diagnostics) {
    this.fonts = fonts;
    this.style = style;
    this.structure = structure;
    this.documentLang = documentLang;
    this.pageOfAnchor = pageOfAnchor;
    this.diagnostics = diagnostics;
  }

  List<HeadingInfo> headings() {
    return headings;
  }

  VDivision layout(Division division) {
    divisionId = division.id();
    divisionKind = division.kind();
    lines.clear();
    afterHeading = true;
    keepWithHeading = 0;
    int sect = structure.add(structure.root(), StructRole.SECT);
    for (int b = 0; b < division.blocks().size(); b++) {
      block(division.blocks().get(b), sect, List.of(b), 0, style.textWidth());
    }
    List<VLine> out = List.copyOf(lines);
    if (!out.isEmpty()) {
      // A division's anchor is its first line.
      VLine first = out.get(0);
      List<String> anchors = new ArrayList<>(first.anchors());
      anchors.add(0, division.id());
      List<VLine> copy = new ArrayList<>(out);
      copy.set(0, withAnchors(first, anchors));
      out = List.copyOf(copy);
    }
    return new VDivision(division.kind(), division.id(), out);
  }

  private boolean small() {
    return divisionKind == DivisionKind.COLOPHON;
  }

  private void block(Block block, int parent, List<Integer> path, long left, long width) {
    if (block instanceof Paragraph p) paragraph(p.content(), p.span(), parent, path, left, width);
    else if (block instanceof Heading h) heading(h, parent, path);
    else if (block instanceof BlockQuote q) quote(q, parent, path, left, width);
    else if (block instanceof ListBlock l) list(l, parent, path, left, width);
    else if (block instanceof ReferenceList r) references(r, parent, path);
    else if (block instanceof ContentsList c) contents(c, parent, path);
    else if (block instanceof TitlePage t) titlePage(t, parent, path);
    else throw new IllegalStateException("block the typesetter does not know: " + block);
  }

  // --- paragraphs -------------------------------------------------------------------------

  private void paragraph(List<Inline> content, Span span, int parent, List<Integer> path, long left, long width) {
    int p = structure.add(parent, StructRole.P);
    long size = small() ? style.smallSize() : style.bodySize();
    long leading = small() ? style.smallLeading() : style.leading();
    boolean ragged = small();
    long indent = afterHeading || ragged || left > 0 ? 0 : style.indent();
    List<Run> runs = InlineFlattener.flatten(content, FontStyle.REGULAR, documentLang, p, structure);
    List<SetLine> set = setText(runs, size, width, indent, ragged ? Alignment.RAGGED : Alignment.JUSTIFIED,
        ragged ? Placement.LEFT : Placement.JUSTIFIED, style.hyphenate(), span);
    // Space between paragraphs only where they are not indented (colophon).
    long extra = ragged && !afterHeading && !lines.isEmpty() ? leading / 2 : 0;
    if (afterHeading) extra += skipAfterHeading;
    skipAfterHeading = 0;
    addParagraphLines(set, left, leading + extra, leading, size, path, List.of());
    afterHeading = false;
  }

  /**
   * Adds a paragraph's lines with widow and orphan control: no page break after its first line
   * or before its last line, and none between a heading and the paragraph's first two lines.
   */
  private void addParagraphLines(List<SetLine> set, long left, long firstSkip, long leading, long size,
      List<Integer> path, List<String> firstAnchors) {
    int n = set.size();
    for (int i = 0; i < n; i++) {
      // Orphans: no break after the first line; widows: none before the last; and none between a
      // heading and the first two lines of what follows it.
      boolean breakBefore = mayBreakBefore(i == 0 ? !afterHeading : i >= 2 && n - i >= 2);
      SetLine line = set.get(i);
      lines.add(new VLine(line, left, i == 0 ? firstSkip : leading, style.topSkip(), breakBefore,
          i == 0 ? firstAnchors : List.of(), size, Optional.empty(), position(path, line.modelOffset())));
    }
  }

  /**
   * Whether a page may end before the next line of text: where the block's own rules allow it
   * and no heading above still needs its two lines. Counts the line towards that keep.
   */
  private boolean mayBreakBefore(boolean byBlockRules) {
    boolean allowed = byBlockRules && keepWithHeading == 0 && !lines.isEmpty();
    if (keepWithHeading > 0) keepWithHeading--;
    return allowed;
  }

  private VLine.Position position(List<Integer> path, int offset) {
    return new VLine.Position(divisionId, path, offset);
  }

  List<SetLine> setText(List<Run> runs, long size, long width, long indent, Alignment alignment, Placement placement,
      boolean hyphenate) {
    return setText(runs, size, width, indent, alignment, placement, hyphenate, Span.GENERATED);
  }

  /** Sets a paragraph; {@code span} is where it is in the manuscript, for the overfull warning. */
  List<SetLine> setText(List<Run> runs, long size, long width, long indent, Alignment alignment, Placement placement,
      boolean hyphenate, Span span) {
    ParagraphItems items = ParagraphBuilder.build(runs, fonts, size, indent, hyphenate, alignment, style.tracking());
    LineWidths widths = LineWidths.uniform(width);
    LineBreaks breaks = breakLines(items, width, size, alignment);
    for (int overfull : breaks.overfullLines()) {
      diagnostics.warning("line-overfull", span,
          "a line of the paragraph starting \"" + excerpt(runs) + "\" is too wide for the measure (line " + (overfull + 1) + ")",
          "a very long word or URL cannot be broken; rephrase, or allow a break in it");
    }
    return LineSetter.set(items, breaks, widths, placement, style.tracking());
  }

  private LineBreaks breakLines(ParagraphItems items, long width, long size, Alignment alignment) {
    return KnuthPlass.breakLines(items.items(), LineWidths.uniform(width),
        ParagraphBuilder.breakParams(style, size, alignment));
  }

  private static String excerpt(List<Run> runs) {
    StringBuilder s = new StringBuilder();
    for (Run r : runs) {
      s.append(r.text());
      if (s.length() > 40) break;
    }
    return s.length() > 40 ? s.substring(0, 40) + "…" : s.toString();
  }

  // --- headings ---------------------------------------------------------------------------

  private void heading(Heading h, int parent, List<Integer> path) {
    StructRole role = h.level() == 1 ? StructRole.H1 : h.level() == 2 ? StructRole.H2 : StructRole.H3;
    int node = structure.add(parent, role);
    long size = style.headingSize(h.level());
    long leading = style.leading();
    List<Run> runs = InlineFlattener.flatten(h.content(), FontStyle.BOLD, documentLang, node, structure);
    List<SetLine> set = setText(runs, size, style.textWidth(), 0, Alignment.RAGGED, Placement.LEFT, false);
    String title = Inlines.plainText(h.content());
    headings.add(new HeadingInfo(h.level(), h.id(), title));
    // Space above: two grid lines before a level-1 heading, one and a half before others; the
    // heading's own baselines then keep the text below on the grid.
    long before = lines.isEmpty() ? 0 : h.level() == 1 ? 2 * leading : leading;
    for (int i = 0; i < set.size(); i++) {
      long skip = i == 0 ? leading + before : Math.round(size * 1.25);
      // At the top of a page the heading sits on the first grid line, like body text.
      // Never between two headings: the one above would be left alone at the page's foot.
      lines.add(new VLine(set.get(i), 0, skip, style.topSkip(), i == 0 && !lines.isEmpty() && keepWithHeading == 0,
          i == 0 ? List.of(h.id()) : List.of(), size,
          i == 0 && h.level() == 1 ? Optional.of(title) : Optional.empty(), position(path, set.get(i).modelOffset())));
    }
    // One empty grid line below a level-1 heading; lower headings sit right above their text.
    skipAfterHeading = h.level() == 1 ? leading : 0;
    afterHeading = true;
    keepWithHeading = 2;
  }

  /** Extra space the paragraph after a heading adds above its first line. */
  private long skipAfterHeading;

  // --- quotes and lists -------------------------------------------------------------------

  private void quote(BlockQuote q, int parent, List<Integer> path, long left, long width) {
    int node = structure.add(parent, StructRole.BLOCK_QUOTE);
    long inset = style.indent() * 2;
    // Only the quote's first block stays with a heading right above it.
    boolean keepWithHeading = afterHeading;
    for (int i = 0; i < q.blocks().size(); i++) {
      afterHeading = i == 0 && keepWithHeading;
      block(q.blocks().get(i), node, append(path, i), left + inset, width - 2 * inset);
    }
    afterHeading = false;
  }

  private void list(ListBlock l, int parent, List<Integer> path, long left, long width) {
    int node = structure.add(parent, StructRole.L);
    long hang = style.indent() * 2;
    for (int i = 0; i < l.items().size(); i++) {
      ListItem item = l.items().get(i);
      int li = structure.add(node, StructRole.LI);
      int lbl = structure.add(li, StructRole.LBL);
      int body = structure.add(li, StructRole.L_BODY);
      int before = lines.size();
      // Only the list's first item stays with a heading right above it; a page may break between
      // any two items (within an item, widow and orphan rules apply).
      boolean keepWithHeading = afterHeading && i == 0;
      for (int j = 0; j < item.blocks().size(); j++) {
        afterHeading = j == 0 && keepWithHeading;
        block(item.blocks().get(j), body, append(append(path, i), j), left + hang, width - hang);
      }
      afterHeading = false;
      if (lines.size() > before) {
        // The label takes the size of the item's text (small in the colophon).
        attachLabel(before, l.label(i), FontStyle.REGULAR, small() ? style.smallSize() : style.bodySize(), lbl, hang / 4);
      }
    }
  }

  /** Puts a label (a bullet, a number) right-aligned in the hanging indent of line {@code at}. */
  private void attachLabel(int at, String label, FontStyle labelStyle, long size, int structId, long gap) {
    VLine line = lines.get(at);
    SetLine one = singleLine(label, labelStyle, size, Tag.of(structId));
    long labelWidth = width(one);
    List<GlyphRun> runs = new ArrayList<>();
    for (GlyphRun r : one.runs()) runs.add(shift(r, -labelWidth - gap));
    runs.addAll(line.line().runs());
    SetLine merged = new SetLine(runs, line.line().links(), line.line().anchors(), line.line().modelOffset());
    lines.set(at, new VLine(merged, line.left(), line.skip(), line.topSkip(), line.breakBefore(), line.anchors(),
        line.ascent(), line.section(), line.position()));
  }

  // --- references -------------------------------------------------------------------------

  private void references(ReferenceList list, int parent, List<Integer> path) {
    int node = structure.add(parent, StructRole.L);
    long size = style.smallSize();
    long leading = style.smallLeading();
    long hang = Math.round(size * 2.0);
    for (int e = 0; e < list.entries().size(); e++) {
      ReferenceEntry entry = list.entries().get(e);
      int li = structure.add(node, StructRole.LI);
      int lbl = structure.add(li, StructRole.LBL);
      int body = structure.add(li, StructRole.L_BODY);
      int bib = structure.add(body, StructRole.BIB_ENTRY);
      List<Run> runs = InlineFlattener.flatten(entry.content(), FontStyle.REGULAR, documentLang, bib, structure);
      List<SetLine> set = setText(runs, size, style.textWidth() - hang, 0, Alignment.RAGGED, Placement.LEFT, style.hyphenate());
      int before = lines.size();
      long skip = e == 0 ? leading + leading / 2 : leading + leading / 3;
      addParagraphLines(set, hang, skip, leading, size, append(path, e), List.of(entry.id()));
      afterHeading = false;
      attachLabel(before, entry.number() + ".", FontStyle.REGULAR, size, lbl, size / 3);
    }
  }

  // --- contents ---------------------------------------------------------------------------

  /**
   * The contents: each entry a link, its page number following the title after an en space
   * rather than pushed to the right edge (no leaders, no gulf for the eye to cross, as Bringhurst
   * advises); lower levels indented.
   */
  private void contents(ContentsList c, int parent, List<Integer> path) {
    int toc = structure.add(parent, StructRole.TOC);
    long size = style.bodySize();
    long leading = style.leading();
    long numberGap = size / 2;
    for (int e = 0; e < c.entries().size(); e++) {
      ContentsEntry entry = c.entries().get(e);
      int item = structure.add(toc, StructRole.TOCI);
      long indent = (entry.level() - 1) * style.indent() * 2;
      Link link = new Link("#" + entry.targetId(), entry.title(), Span.GENERATED);
      // ISO 32000-1 Table 333 lets a TOCI hold Lbl, Reference, NonStruct, P or TOC, not a Link:
      // the entry's link sits in a Reference (Matterhorn checkpoint 09-006).
      int reference = structure.add(item, StructRole.REFERENCE);
      List<Run> runs = InlineFlattener.flatten(List.of(link), FontStyle.REGULAR, documentLang, reference, structure);
      // The page number is part of the entry's link (not of a Span in its title).
      int linkNode = runs.isEmpty() ? reference : runs.get(0).linkId();
      String page = pageOfAnchor.getOrDefault(entry.targetId(), "0");
      SetLine number = singleLine(page, FontStyle.REGULAR, size, Tag.of(linkNode));
      long numberWidth = width(number);
      // Room for the number on the last line, so the title never collides with it.
      List<SetLine> set = setText(runs, size, style.textWidth() - indent - numberGap - Math.round(size * 2.0), 0,
          Alignment.RAGGED, Placement.LEFT, false);
      List<SetLine> withNumber = new ArrayList<>(set);
      SetLine lastLine = set.get(set.size() - 1);
      long at = width(lastLine) + numberGap;
      List<GlyphRun> runsOut = new ArrayList<>(lastLine.runs());
      for (GlyphRun r : number.runs()) runsOut.add(shift(r, at));
      List<LinkArea> links = new ArrayList<>(lastLine.links());
      links.add(new LinkArea(at, -size / 4, at + numberWidth, size * 4 / 5, "#" + entry.targetId(),
          "Go to page " + page, Tag.of(linkNode)));
      withNumber.set(set.size() - 1, new SetLine(runsOut, links, lastLine.anchors(), lastLine.modelOffset()));
      long skip = e == 0 ? 2 * leading : entry.level() == 1 ? leading + leading / 2 : leading;
      boolean keep = afterHeading;
      for (int i = 0; i < withNumber.size(); i++) {
        lines.add(new VLine(withNumber.get(i), indent, i == 0 ? skip : leading, style.topSkip(), mayBreakBefore(i == 0 && !keep),
            List.of(), size, Optional.empty(), position(append(path, e), withNumber.get(i).modelOffset())));
      }
      afterHeading = false;
    }
  }

  // --- title page -------------------------------------------------------------------------

  private void titlePage(TitlePage t, int parent, List<Integer> path) {
    long width = style.textWidth();
    long titleSize = Math.round(style.bodySize() * 2.1);
    int h = structure.add(parent, StructRole.H1);
    List<SetLine> title = balanced(textRuns(t.title(), FontStyle.BOLD, h), titleSize, width);
    headings.add(new HeadingInfo(0, "title", t.title()));
    long top = style.textHeight() / 4;
    for (int i = 0; i < title.size(); i++) {
      lines.add(new VLine(title.get(i), 0, Math.round(titleSize * 1.2), top, false, List.of(), titleSize, Optional.empty(),
          position(path, title.get(i).modelOffset())));
    }
    if (t.subtitle().isPresent()) {
      long size = Math.round(style.bodySize() * 1.3);
      int p = structure.add(parent, StructRole.P);
      List<SetLine> sub = setText(textRuns(t.subtitle().get(), FontStyle.ITALIC, p), size, width, 0, Alignment.RAGGED,
          Placement.CENTERED, false);
      for (int i = 0; i < sub.size(); i++) {
        lines.add(new VLine(sub.get(i), 0, i == 0 ? 2 * style.leading() : Math.round(size * 1.3), top, false, List.of(),
            size, Optional.empty(), position(path, 0)));
      }
    }
    long authorSize = Math.round(style.bodySize() * 1.15);
    for (int a = 0; a < t.authors().size(); a++) {
      int p = structure.add(parent, StructRole.P);
      List<SetLine> author = setText(textRuns(t.authors().get(a), FontStyle.REGULAR, p), authorSize, width, 0,
          Alignment.RAGGED, Placement.CENTERED, false);
      for (int i = 0; i < author.size(); i++) {
        lines.add(new VLine(author.get(i), 0, a == 0 && i == 0 ? 4 * style.leading() : Math.round(authorSize * 1.3), top,
            false, List.of(), authorSize, Optional.empty(), position(path, 0)));
      }
    }
    afterHeading = false;
  }

  /**
   * Centred display lines of even length: the narrowest measure that needs no more lines than
   * the full one, so a two-line title reads "Czechoslovakia–Soviet / Union relations" rather
   * than leaving one word alone on the second line. The lines are then centred on the page.
   */
  private List<SetLine> balanced(List<Run> runs, long size, long width) {
    List<SetLine> full = setText(runs, size, width, 0, Alignment.RAGGED, Placement.CENTERED, false);
    if (full.size() < 2) return full;
    ParagraphItems items = ParagraphBuilder.build(runs, fonts, size, 0, false, Alignment.RAGGED, 0);
    long narrow = width / 3;
    long wide = width;
    // Invariant: `wide` sets the text in as many lines as the full measure, none overfull;
    // `narrow` does not. Trial breaks report nothing.
    while (wide - narrow > Sp.PER_POINT) {
      long mid = (narrow + wide) / 2;
      LineBreaks trial = breakLines(items, mid, size, Alignment.RAGGED);
      if (trial.lines().size() <= full.size() && trial.overfullLines().isEmpty()) wide = mid;
      else narrow = mid;
    }
    List<SetLine> out = new ArrayList<>();
    for (SetLine l : setText(runs, size, wide, 0, Alignment.RAGGED, Placement.CENTERED, false)) {
      out.add(shift(l, (width - wide) / 2));
    }
    return out;
  }

  private static SetLine shift(SetLine l, long dx) {
    List<GlyphRun> runs = new ArrayList<>();
    for (GlyphRun r : l.runs()) runs.add(shift(r, dx));
    List<LinkArea> links = new ArrayList<>();
    for (LinkArea a : l.links()) {
      links.add(new LinkArea(a.left() + dx, a.bottom(), a.right() + dx, a.top(), a.href(), a.description(), a.tag()));
    }
    return new SetLine(runs, links, l.anchors(), l.modelOffset());
  }

  private List<Run> textRuns(String text, FontStyle s, int structId) {
    return InlineFlattener.flatten(List.of(new Text(text, Span.GENERATED)), s, documentLang, structId, structure);
  }

  // --- helpers ----------------------------------------------------------------------------

  /** A short text on one line without breaking: labels, page numbers, running heads. */
  SetLine singleLine(String text, FontStyle s, long size, Tag tag) {
    FontFace face = fonts.face(s);
    ShapedText shaped = face.shape(text, true);
    List<Glyph> glyphs = new ArrayList<>();
    long x = 0;
    for (int g = 0; g < shaped.glyphCount(); g++) {
      glyphs.add(new Glyph(shaped.glyphIds()[g], x, shaped.clusterText(g)));
      x += Sp.scale(shaped.advances()[g], size, face.unitsPerEm());
    }
    return new SetLine(List.of(new GlyphRun(face, size, 0, glyphs, Optional.empty(), tag)), List.of(), List.of(), 0);
  }

  static long width(SetLine line) {
    long w = 0;
    for (GlyphRun r : line.runs()) {
      if (r.glyphs().isEmpty()) continue;
      Glyph last = r.glyphs().get(r.glyphs().size() - 1);
      w = Math.max(w, last.x() + Sp.scale(r.face().advance(last.glyphId()), r.size(), r.face().unitsPerEm()));
    }
    return w;
  }

  private static GlyphRun shift(GlyphRun r, long dx) {
    List<Glyph> moved = new ArrayList<>();
    for (Glyph g : r.glyphs()) moved.add(new Glyph(g.glyphId(), g.x() + dx, g.text()));
    return new GlyphRun(r.face(), r.size(), r.baseline(), moved, r.actualText(), r.tag());
  }

  private static VLine withAnchors(VLine l, List<String> anchors) {
    return new VLine(l.line(), l.left(), l.skip(), l.topSkip(), l.breakBefore(), List.copyOf(anchors), l.ascent(),
        l.section(), l.position());
  }

  private static List<Integer> append(List<Integer> path, int i) {
    List<Integer> p = new ArrayList<>(path);
    p.add(i);
    return List.copyOf(p);
  }
}
