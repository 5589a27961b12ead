package cz.sazba.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.model.Figure;
import cz.sazba.model.Image;
import cz.sazba.model.ImageData;
import cz.sazba.model.Inlines;
import cz.sazba.model.Link;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Division;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures sample through the reader and the transforms: images, numbered captions, cross-references. */
public class FiguresModelTest {
  static final Path ROOT = Path.of(System.getProperty("sazba.projectDir", "."));
  public static final Path SAMPLE = ROOT.resolve("src/test/resources/cz/sazba/figures");

  public static Book book(Path dir, Diagnostics d) {
    Document doc = ManuscriptReader.read(dir, d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    return Transforms.apply(doc, d);
  }

  @Test
  void aCzechBookSaysObrazek(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path m = dir.resolve("kniha");
    java.nio.file.Files.createDirectories(m.resolve("obr"));
    java.nio.file.Files.writeString(m.resolve("metadata.yaml"), "title: Mapy\nlang: cs\nlicense:\n  id: CC0-1.0\n"
        + "  name: CC0 1.0\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n");
    java.nio.file.Files.writeString(m.resolve("01.md"), "# Údolí\n\nÚdolí ukazuje [@fig:mapa; @fig:znova].\n\n"
        + "![Údolí a řeka](obr/mapa.png){#fig:mapa alt=\"Mapa údolí\"}\n\n![Znovu](obr/mapa.png){#fig:znova alt=\"Táž mapa\"}\n");
    java.nio.file.Files.copy(SAMPLE.resolve("images/map.png"), m.resolve("obr/mapa.png"));
    Diagnostics d = new Diagnostics();
    Book book = book(m, d);
    assertFalse(d.hasErrors(), d.sorted().toString());
    StringBuilder all = new StringBuilder();
    for (Division div : book.divisions()) {
      ModelWalk.forEachBlock(div.blocks(), b -> {
        if (b instanceof Figure f) all.append(Inlines.plainText(f.caption())).append('|');
      });
      ModelWalk.forEachInline(div.blocks(), i -> {
        if (i instanceof Link l && l.href().startsWith("#fig:")) all.append(Inlines.plainText(l.content())).append('|');
        if (i instanceof cz.sazba.model.Text t && t.text().contains("obrázků")) all.append(t.text()).append('|');
      });
    }
    String text = all.toString().replace('\u00A0', ' ');
    assertTrue(text.contains("Obrázek 1: Údolí a řeka|"), text);
    // In running text the abbreviation, which fits every grammatical case ("viz obr. 1 a 2").
    assertTrue(text.contains("obr. 1|2|"), text);
    assertTrue(text.contains("Zdroje obrázků"), text);
  }

  @Test
  void aCmykJpegIsEmbeddedAsRgb() throws Exception {
    Diagnostics d = new Diagnostics();
    Book book = book(SAMPLE, d);
    List<ImageData> cmyk = new ArrayList<>();
    for (Division div : book.divisions()) {
      ModelWalk.forEachInline(div.blocks(), i -> {
        if (i instanceof Image im && im.path().equals("images/cmyk.jpg")) cmyk.add(im.data());
      });
    }
    var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(cmyk.get(0).bytes()));
    assertEquals(3, image.getColorModel().getNumColorComponents());
    assertEquals(600, image.getWidth());
  }

  @Test
  void figuresAreNumberedAndReferencesAreLinks() {
    Diagnostics d = new Diagnostics();
    Book book = book(SAMPLE, d);
    assertFalse(d.hasErrors(), d.sorted().toString());
    List<Figure> figures = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<Image> inline = new ArrayList<>();
    for (Division div : book.divisions()) {
      ModelWalk.forEachBlock(div.blocks(), b -> {
        if (b instanceof Figure f) figures.add(f);
      });
      ModelWalk.forEachInline(div.blocks(), i -> {
        if (i instanceof Link l && l.href().startsWith("#fig:") || i instanceof Link m && m.href().startsWith("#sec:")) links.add((Link) i);
        if (i instanceof Image im) inline.add(im);
      });
    }
    assertEquals(8, figures.size());
    for (int k = 0; k < figures.size(); k++) assertEquals(k + 1, figures.get(k).number());
    assertEquals("Figure\u00A01: The valley and its two lands, with the river and five towns",
        Inlines.plainText(figures.get(0).caption()));
    assertTrue(figures.get(0).image().alt().startsWith("A map: a pale yellow land"));
    Link first = links.get(0);
    assertEquals("#fig:map", first.href());
    assertEquals("Figure\u00A01", Inlines.plainText(first.content()));
    assertTrue(links.stream().anyMatch(l -> l.href().equals("#sec:colours") && Inlines.plainText(l.content()).equals("Section\u00A01.1")),
        links.toString());
    // The icon is used twice but read once; the decorative one has no alt text.
    List<Image> icons = inline.stream().filter(i -> i.path().equals("images/icon.png")).toList();
    assertEquals(2, icons.size());
    assertTrue(icons.get(0).data() == icons.get(1).data());
    assertTrue(icons.get(1).decorative());
    assertEquals("a brown ring", icons.get(0).alt());
    ImageData cmyk = figures.get(5).image().data();
    assertEquals(ImageData.Format.JPEG, cmyk.format());
    assertEquals(300, figures.get(0).image().data().dpi(), 0.5);
  }
}
