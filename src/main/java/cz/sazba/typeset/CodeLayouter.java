package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.model.CodeBlock;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Glue;
import java.util.ArrayList;
import java.util.List;

/**
 * A code block: each source line in the monospace face as written (spaces kept, tabs to the next
 * stop of 4, no hyphenation, no justification), inset from the text. A line longer than the
 * measure's columns is wrapped at the last column and goes on on the next line behind the
 * design's continuation mark (an artifact: the text copies as one line), so no line is ever
 * overfull. A character the monospace face lacks is set from the faces code falls back to
 * ({@link cz.sazba.font.FontSet#segments}) in its own width and counts as the columns it covers. Pages may break between lines, but never after the block's first line or before its
 * last (the widow and orphan rules of a paragraph).
 */
final class CodeLayouter {
  private CodeLayouter() {}

  static void layOut(CodeBlock c, Where where, LayoutContext ctx) {
    PageDesign.Code d = ctx.design.code();
    FontFace mono = ctx.fonts.mono();
    long size = d.text().size();
    long leading = d.text().leading();
    int para = ctx.structure.add(where.parent(), StructRole.PARAGRAPH);
    int node = ctx.structure.add(para, StructRole.CODE);
    long left = where.left() + d.inset();
    long width = where.width() - d.inset();
    long column = Sp.scale(mono.advance(mono.glyphId(' ')), size, mono.unitsPerEm());
    int columns = (int) Math.max(d.minimumColumns(), width / column);
    SetLine mark = ctx.text.singleLine(d.continuation(), mono, size, Tag.artifact(Artifact.LAYOUT), false);
    int markColumns = d.continuationColumns();

    List<SetLine> lines = new ArrayList<>();
    int offset = 0;
    for (String source : c.text().split("\n", -1)) {
      String line = expandTabs(source, d.tabWidth());
      int[] cps = line.codePoints().toArray();
      int start = 0;
      boolean continued = false;
      do {
        int room = continued ? columns - markColumns : columns;
        int end = start;
        for (int used = 0; end < cps.length; end++) {
          used += columns(cps[end], mono, column, size, ctx.fonts);
          // A character wider than the whole room still goes on a line of its own.
          if (used > room && end > start) break;
        }
        String chunk = new String(cps, start, end - start);
        SetLine set = chunk.isEmpty() ? new SetLine(List.of(), List.of(), List.of(), offset)
            : ctx.text.singleLine(chunk, mono, size, Tag.of(node), false);
        if (continued) {
          List<GlyphRun> runs = new ArrayList<>(mark.runs());
          for (GlyphRun r : set.runs()) runs.add(TextSetter.shift(r, markColumns * column));
          set = new SetLine(runs, List.of(), List.of(), offset);
        } else {
          set = new SetLine(set.runs(), List.of(), List.of(), offset);
        }
        lines.add(set);
        start = end;
        continued = true;
      } while (start < cps.length);
      offset += source.length() + 1;
    }
    // A final newline of the source is no line of the block.
    if (lines.size() > 1 && c.text().endsWith("\n")) lines.remove(lines.size() - 1);

    long firstSkip = (ctx.list.hasContent() ? ctx.design.body().leading() : leading) + d.space();
    ctx.skipAfterHeading = 0;
    ctx.addParagraphLines(lines, left, firstSkip, leading, size, where.at(), List.of());
    ctx.list.addItem(new Glue(d.space() + ctx.design.body().leading() - leading));
    ctx.afterHeading = false;
  }

  /**
   * The columns a character of code takes: one in the monospace face; one taken from a face code
   * falls back to ({@link cz.sazba.font.FontSet#segments}: a CJK ideograph, ⸺) as many as its
   * own advance covers, so that a line with one is wrapped before the measure, not past it.
   */
  private static int columns(int cp, FontFace mono, long column, long size, cz.sazba.font.FontSet fonts) {
    if (mono.hasGlyph(cp)) return 1;
    FontFace face = fonts.faceFor(mono, cp);
    if (face == mono) return 1;
    long advance = Sp.scale(face.advance(face.glyphId(cp)), size, face.unitsPerEm());
    return (int) ((advance + column - 1) / column);
  }

  private static String expandTabs(String line, int tab) {
    if (line.indexOf('\t') < 0) return line;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\t') {
        do s.append(' '); while (s.length() % tab != 0);
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

}
