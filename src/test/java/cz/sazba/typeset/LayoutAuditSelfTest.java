package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.ShapedText;
import cz.sazba.model.Layout;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages made by hand with a widow and an orphan, to prove the audit sees them. */
final class LayoutAuditSelfTest {
  private LayoutAuditSelfTest() {}

  static boolean widowIsDetected() {
    PageDesign style = PageDesign.of(Layout.defaults());
    StructNode p1 = new StructNode(1, StructRole.PARAGRAPH, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    StructNode p2 = new StructNode(2, StructRole.PARAGRAPH, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    StructNode root = new StructNode(0, StructRole.DOCUMENT, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(p1, p2));
    // Page 1: paragraph 1's first three lines, then paragraph 2's first line (an orphan).
    // Page 2: paragraph 1 cannot continue here in order, so: paragraph 2's last line... build
    // simply: page 1 = p1 lines 1-3 + p2 line 1; page 2 = p2 line 2 (its last line: a widow).
    List<PageElement> first = new ArrayList<>();
    for (int i = 0; i < 3; i++) first.add(line(style, 0, i, 1, "word word word word"));
    first.add(line(style, 0, 3, 2, "orphan line"));
    List<PageElement> second = List.of(line(style, 1, 0, 2, "widow line."));
    LaidOutBook book = new LaidOutBook(TestBooks.metadata("t"), List.of(
        Page.flat(0, "1", style.page().width(), style.page().height(), first),
        Page.flat(1, "2", style.page().width(), style.page().height(), second)), List.of(), List.of(), root);
    LayoutAudit a = LayoutAudit.of(book, style);
    return a.widows == 1 && a.orphans == 1;
  }

  private static GlyphRun line(PageDesign style, int page, int n, int struct, String text) {
    FontFace face = FontSet.bundled().face(FontStyle.REGULAR);
    ShapedText s = face.shape(text, true);
    List<Glyph> glyphs = new ArrayList<>();
    long x = style.page().textLeft(page);
    for (int g = 0; g < s.glyphCount(); g++) {
      glyphs.add(new Glyph(s.glyphIds()[g], x, s.clusterText(g)));
      x += Sp.scale(s.advances()[g], style.body().size(), face.unitsPerEm());
    }
    long baseline = style.page().height() - style.page().marginTop() - style.body().topSkip() - n * style.body().leading();
    return new GlyphRun(face, style.body().size(), baseline, glyphs, Optional.empty(), Tag.of(struct));
  }
}
