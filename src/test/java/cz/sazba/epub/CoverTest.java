package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Book;
import cz.sazba.model.CoverImage;
import cz.sazba.model.Metadata;
import cz.sazba.testing.EpubCheckRunner;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cover: drawn from the title page when the manuscript has none, the manuscript's otherwise. */
class CoverTest {
  private static final Instant MODIFIED = Instant.parse("2024-05-01T10:15:30Z");

  private static byte[] write(Book book) {
    return EpubWriter.write(book, SampleBook.fonts(), MODIFIED, List.of());
  }

  private static Book withCover(Book book, CoverImage cover) {
    Metadata m = book.metadata();
    Metadata withCover = new Metadata(m.title(), m.subtitle(), m.lang(), m.authors(), m.date(), m.rights(), m.license(),
        m.source(), m.changes(), m.references(), m.layout(), m.span(), m.text(), Optional.of(cover));
    return new Book(withCover, book.divisions());
  }

  @Test
  void theDrawnCoverShowsTheTitlePageAndIsTheSameEverywhere() throws Exception {
    byte[] first = EpubFiles.of(write(SampleBook.book())).data.get("OEBPS/cover.png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
    assertEquals(Cover.WIDTH, image.getWidth());
    assertEquals(Cover.HEIGHT, image.getHeight());
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) if ((image.getRGB(x, y) & 0xFF) < 0x80) dark++;
    }
    assertTrue(dark > 2000, "ink on the cover: " + dark + " sampled pixels");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertArrayEquals(first, EpubFiles.of(write(SampleBook.book())).data.get("OEBPS/cover.png"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theCoverIsDeclaredForEpub3AndEpub2WithItsTextAlternative() {
    EpubFiles epub = EpubFiles.of(write(SampleBook.book()));
    String opf = epub.text("OEBPS/content.opf");
    assertTrue(opf.contains("<item id=\"cover-image\" href=\"cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"), opf);
    assertTrue(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"), opf);
    assertTrue(opf.contains("<itemref idref=\"cover\"/>\n<itemref idref=\"d-title\"/>"), "cover page first in the spine");
    String page = epub.text("OEBPS/cover.xhtml");
    assertTrue(page.contains("alt=\"Cover: Czechoslovakia\u2013Soviet Union relations. A Wikipedia article. By Wikipedia contributors.\""), page);
  }

  @Test
  void aCoverFromTheManuscriptGoesInAsItIs() throws Exception {
    BufferedImage picture = new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(0x33, 0x66, 0x99));
    g.fillRect(0, 0, 600, 900);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(picture, "jpeg", jpeg);
    CoverImage cover = new CoverImage("cover.jpg", "image/jpeg", 600, 900, jpeg.toByteArray());
    byte[] book = write(withCover(SampleBook.book(), cover));
    EpubFiles epub = EpubFiles.of(book);
    assertArrayEquals(jpeg.toByteArray(), epub.data.get("OEBPS/cover.jpg"));
    assertTrue(!epub.data.containsKey("OEBPS/cover.png"), "no drawn cover beside it");
    assertTrue(epub.text("OEBPS/content.opf").contains(
        "<item id=\"cover-image\" href=\"cover.jpg\" media-type=\"image/jpeg\" properties=\"cover-image\"/>"));
    assertEquals(List.of(), EpubCheckRunner.problems(book));
  }

  @Test
  void theBookWithADrawnCoverPassesEpubCheck() {
    assertEquals(List.of(), EpubCheckRunner.problems(write(SampleBook.book())));
  }

  private static Metadata titled(String title) {
    Metadata m = SampleBook.book().metadata();
    return new Metadata(title, m.subtitle(), m.lang(), m.authors(), m.date(), m.rights(), m.license(),
        m.source(), m.changes(), m.references(), m.layout(), m.span(), m.text(), m.cover());
  }

  private static Optional<EpubFont> dejaVuSans() {
    cz.sazba.font.FontFace f = cz.sazba.font.FontSet.bundledFallback();
    return Optional.of(new EpubFont(f.familyName(), cz.sazba.font.FontStyle.REGULAR, "DejaVuSans.ttf", f.data()));
  }

  /** A title character the text face lacks is drawn from the fallback face; a title it covers is drawn as before. */
  @Test
  void theCoverDrawsWhatTheTextFaceLacksFromTheFallback() {
    Metadata boxes = titled("\u2610 \u2605 \u2610 \u2605");
    assertTrue(!java.util.Arrays.equals(Cover.draw(boxes, SampleBook.fonts()),
        Cover.draw(boxes, SampleBook.fonts(), CoverTest::dejaVuSans).png()), "the fallback's glyphs, not the text face's boxes");
    Metadata plain = titled("Plain Words");
    assertArrayEquals(Cover.draw(plain, SampleBook.fonts()), Cover.draw(plain, SampleBook.fonts(), CoverTest::dejaVuSans).png());
  }

  /**
   * The cover is drawn without Java2D, so that a cold build loads no AWT class for it: no main
   * source of the EPUB writer or of the font package names {@code java.awt} or ImageIO in code
   * (comments may). The run-time check is by hand: {@code java -Xlog:class+load} (docs/performance.md).
   */
  @Test
  void theEpubAndFontCodeUseNoJava2D() throws Exception {
    for (String dir : List.of("src/main/java/cz/sazba/epub", "src/main/java/cz/sazba/font")) {
      try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
        for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
          int n = 0;
          for (String line : java.nio.file.Files.readAllLines(file)) {
            n++;
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue;
            assertTrue(!code.matches(".*\\b(java\\.awt|javax\\.imageio|sun\\.java2d|sun\\.font)\\b.*"),
                file + ":" + n + ": " + code);
          }
        }
      }
    }
  }
}
