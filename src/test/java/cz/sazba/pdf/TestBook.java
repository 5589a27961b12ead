package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.ShapedText;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.License;
import cz.sazba.model.Metadata;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.OutlineEntry;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A three-page book laid out by hand with the bundled fonts: a title page, a page with a Czech
 * heading, a paragraph with an italic Czech span, the "ffi" ligature, a word hyphenated across
 * lines and an internal link, and a page with the link's target, an external link, a running
 * head and folios.
 */
final class TestBook {
  static final long WIDTH = Sp.of(419.528);
  static final long HEIGHT = Sp.of(595.276);
  static final long LEFT = Sp.of(48);
  static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/Czechoslovakia%E2%80%93Soviet_Union_relations";

  // Structure node ids, in reading order.
  static final int DOCUMENT = 1, TITLE_DIV = 2, TITLE_P = 3, SECT1 = 4, H1 = 5, P1 = 6, CS_SPAN = 7,
      INTERNAL_LINK = 8, SECT2 = 9, H2 = 10, P2 = 11, EXTERNAL_LINK = 12;

  private TestBook() {}

  static FontFace regular() {
    return FontSet.bundled().face(FontStyle.REGULAR);
  }

  static FontFace italic() {
    return FontSet.bundled().face(FontStyle.ITALIC);
  }

  static FontFace bold() {
    return FontSet.bundled().face(FontStyle.BOLD);
  }

  static Metadata metadata() {
    return new Metadata(
        "Czechoslovakia–Soviet Union relations",
        Optional.of("Vztahy Československa a Sovětského svazu"),
        new Lang("en"),
        List.of("Wikipedia contributors"),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new License("CC-BY-SA-3.0", "Creative Commons Attribution-ShareAlike 3.0 Unported",
            URI.create("https://creativecommons.org/licenses/by-sa/3.0/"))),
        Optional.empty(),
        List.of(),
        List.of(),
        Layout.defaults(),
        Span.GENERATED);
  }

  static StructNode structure() {
    Lang cs = new Lang("cs");
    return node(DOCUMENT, StructRole.DOCUMENT,
        node(TITLE_DIV, StructRole.GROUP, node(TITLE_P, StructRole.PARAGRAPH)),
        node(SECT1, StructRole.DIVISION,
            new StructNode(H1, StructRole.HEADING_1, Optional.of(cs), Optional.empty(), Optional.empty(), List.of()),
            node(P1, StructRole.PARAGRAPH,
                new StructNode(CS_SPAN, StructRole.FOREIGN, Optional.of(cs), Optional.empty(), Optional.empty(), List.of()),
                new StructNode(INTERNAL_LINK, StructRole.LINK, Optional.empty(),
                    Optional.of("Go to the section Official visits"), Optional.empty(), List.of()))),
        node(SECT2, StructRole.DIVISION,
            node(H2, StructRole.HEADING_2),
            node(P2, StructRole.PARAGRAPH,
                new StructNode(EXTERNAL_LINK, StructRole.LINK, Optional.empty(),
                    Optional.of("The Wikipedia article"), Optional.empty(), List.of()))));
  }

  private static StructNode node(int id, StructRole role, StructNode... children) {
    return new StructNode(id, role, Optional.empty(), Optional.empty(), Optional.empty(), List.of(children));
  }

  static LaidOutBook book() {
    List<Page> pages = new ArrayList<>();

    List<PageElement> title = new ArrayList<>();
    Line t = new Line(title, Sp.of(480), 16);
    t.add(bold(), "Czechoslovakia–Soviet Union relations", Tag.of(TITLE_P));
    title.add(new Rule(LEFT, Sp.of(470), Sp.of(300), Sp.of(0.5), Tag.artifact(Artifact.LAYOUT)));
    pages.add(Page.flat(0, "i", WIDTH, HEIGHT, title));

    List<PageElement> one = new ArrayList<>();
    new Line(one, Sp.of(520), 16).add(bold(), "Vztahy Československa a SSSR", Tag.of(H1));
    Line l1 = new Line(one, Sp.of(490), 10.5);
    l1.add(regular(), "The office used the name ", Tag.of(P1));
    l1.add(italic(), "Československá republika", Tag.of(CS_SPAN));
    Line l2 = new Line(one, Sp.of(476.5), 10.5);
    l2.add(regular(), "in every ", Tag.of(P1));
    l2.add(regular(), "corres-", Tag.of(P1), Optional.of("correspondence"));
    Line l3 = new Line(one, Sp.of(463), 10.5);
    l3.add(regular(), "pondence", Tag.of(P1), Optional.of(""));
    l3.add(regular(), " with ", Tag.of(P1));
    long linkLeft = l3.x;
    l3.add(regular(), "official visits", Tag.of(INTERNAL_LINK));
    one.add(new LinkArea(linkLeft, Sp.of(460), l3.x, Sp.of(472), "#visits", "Go to the section Official visits",
        Tag.of(INTERNAL_LINK)));
    l3.add(regular(), ".", Tag.of(P1));
    folio(one, "1");
    pages.add(Page.flat(1, "1", WIDTH, HEIGHT, one));

    List<PageElement> two = new ArrayList<>();
    new Line(two, Sp.of(560), 9).add(italic(), "Czechoslovakia–Soviet Union relations", Tag.artifact(Artifact.PAGINATION));
    new Line(two, Sp.of(520), 13).add(bold(), "Official visits", Tag.of(H2));
    Line m1 = new Line(two, Sp.of(500), 10.5);
    m1.add(regular(), "Read more on ", Tag.of(P2));
    long extLeft = m1.x;
    m1.add(regular(), "Wikipedia", Tag.of(EXTERNAL_LINK));
    two.add(new LinkArea(extLeft, Sp.of(497), m1.x, Sp.of(509), WIKIPEDIA, "The Wikipedia article",
        Tag.of(EXTERNAL_LINK)));
    m1.add(regular(), ".", Tag.of(P2));
    folio(two, "2");
    pages.add(Page.flat(2, "2", WIDTH, HEIGHT, two));

    return new LaidOutBook(
        metadata(),
        pages,
        List.of(new Anchor("top", 1, Sp.of(540)), new Anchor("visits", 2, Sp.of(535))),
        List.of(new OutlineEntry("Vztahy Československa a SSSR", "top",
            List.of(new OutlineEntry("Oficiální návštěvy", "visits", List.of())))),
        structure());
  }

  private static void folio(List<PageElement> page, String number) {
    Line f = new Line(page, Sp.of(40), 9);
    f.x = WIDTH / 2;
    f.add(regular(), number, Tag.artifact(Artifact.PAGINATION));
  }

  /** Places shaped runs one after another on a baseline, as the typesetter would. */
  static final class Line {
    final List<PageElement> page;
    final long baseline;
    final long size;
    long x = LEFT;

    Line(List<PageElement> page, long baseline, double sizePt) {
      this.page = page;
      this.baseline = baseline;
      this.size = Sp.of(sizePt);
    }

    GlyphRun add(FontFace face, String text, Tag tag) {
      return add(face, text, tag, Optional.empty());
    }

    GlyphRun add(FontFace face, String text, Tag tag, Optional<String> actualText) {
      ShapedText shaped = face.shape(text, true);
      List<Glyph> glyphs = new ArrayList<>();
      for (int i = 0; i < shaped.glyphCount(); i++) {
        glyphs.add(new Glyph(shaped.glyphIds()[i], x, shaped.clusterText(i)));
        x += Sp.scale(shaped.advances()[i], size, face.unitsPerEm());
      }
      GlyphRun run = new GlyphRun(face, size, baseline, glyphs, actualText, tag);
      page.add(run);
      return run;
    }
  }
}
