package cz.sazba.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.cli.Main;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad image gives exactly one error, with its code and at the image's place, and the build
 * writes nothing.
 */
public class BadImagesTest {
  static final String METADATA = "title: Bad pictures\nlang: en\nlicense:\n  id: CC0-1.0\n  name: CC0 1.0 Universal\n"
      + "  url: https://creativecommons.org/publicdomain/zero/1.0/\n";

  /** A manuscript whose chapter is {@code text} (the image on line 3), with the sample's map.png beside it. */
  public static Path manuscript(Path dir, String text) throws IOException {
    Path m = dir.resolve("book");
    Files.createDirectories(m.resolve("images"));
    Files.writeString(m.resolve("metadata.yaml"), METADATA, StandardCharsets.UTF_8);
    Files.writeString(m.resolve("01.md"), "# One\n\n" + text + "\n", StandardCharsets.UTF_8);
    Files.copy(FiguresModelTest.SAMPLE.resolve("images/map.png"), m.resolve("images/map.png"));
    return m;
  }

  static List<Diagnostic> errors(Path m) {
    Diagnostics d = new Diagnostics();
    ManuscriptReader.read(m, d);
    return d.sorted().stream().filter(x -> x.severity() == Severity.ERROR).toList();
  }

  static void assertOneError(Path m, String code) {
    List<Diagnostic> errors = errors(m);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(code, errors.get(0).code(), errors.toString());
    assertTrue(errors.get(0).span().location().startsWith("01.md:3:") || errors.get(0).span().location().contains("01.md:3:"),
        errors.get(0).span().location());
  }

  @Test
  void missing(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "![A map](images/nothing.png){alt=\"x\"}"), "file-missing");
  }

  @Test
  void corrupt(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A map](images/broken.png){alt=\"x\"}");
    byte[] png = Files.readAllBytes(m.resolve("images/map.png"));
    Files.write(m.resolve("images/broken.png"), Arrays.copyOf(png, png.length / 3));
    assertOneError(m, "image-corrupt");
  }

  @Test
  void outsideTheManuscript(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "![A map](../map.png){alt=\"x\"}"), "image-path-outside");
  }

  @Test
  void absolutePath(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "![A map](/etc/passwd){alt=\"x\"}"), "image-path-outside");
  }

  @Test
  void symbolicLinkOut(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A map](images/link.png){alt=\"x\"}");
    Path outside = dir.resolve("secret.png");
    Files.copy(m.resolve("images/map.png"), outside);
    Files.createSymbolicLink(m.resolve("images/link.png"), outside);
    assertOneError(m, "file-outside");
  }

  @Test
  void svgIsNamedAndRefused(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A drawing](images/d.svg){alt=\"x\"}");
    Files.writeString(m.resolve("images/d.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    assertOneError(m, "image-format-unsupported");
    assertTrue(errors(m).get(0).message().contains("SVG") && errors(m).get(0).message().contains("PNG and JPEG"),
        errors(m).get(0).message());
  }

  @Test
  void gifIsRefused(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A drawing](images/d.gif){alt=\"x\"}");
    Files.write(m.resolve("images/d.gif"), "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
    assertOneError(m, "image-format-unsupported");
  }

  @Test
  void figureWithoutAlt(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "![A map of the valley](images/map.png)"), "figure-alt-missing");
  }

  @Test
  void inlineImageWithoutAnyText(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "See ![](images/map.png) here."), "image-alt-missing");
  }

  @Test
  void decorativeNeedsNoAlt(@TempDir Path dir) throws IOException {
    assertEquals(List.of(), errors(manuscript(dir, "![A map](images/map.png){.decorative}")));
    assertEquals(List.of(), errors(manuscript(dir.resolve("2"), "See ![](images/map.png){.decorative} here.")));
  }

  @Test
  void badSize(@TempDir Path dir) throws IOException {
    assertOneError(manuscript(dir, "![A map](images/map.png){alt=\"x\" width=wide}"), "image-size-malformed");
  }

  @Test
  void unknownCrossReference(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "See [@fig:nomap].\n\n![A map](images/map.png){#fig:map alt=\"x\"}");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {m.toString(), "-o", dir.resolve("out").toString()}, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(1, exit, err.toString());
    assertTrue(err.toString().contains("01.md:3:6: error: nothing in the book has the label 'fig:nomap'"), err.toString());
    assertTrue(err.toString().contains("did you mean 'fig:map'?"), err.toString());
    assertFalse(Files.exists(dir.resolve("out")), "no file written");
  }

  @Test
  void aCreditMissingWhatItsLicenceAsksIsRefused(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A map](images/map.png){alt=\"x\"}");
    Files.writeString(m.resolve("images/map.png.yaml"), "title: A map\nlicense:\n  id: CC-BY-SA-4.0\n"
        + "  name: CC BY-SA 4.0\n  url: https://creativecommons.org/licenses/by-sa/4.0/\n");
    List<Diagnostic> errors = errors(m);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("image-credit-incomplete", errors.get(0).code());
    assertTrue(errors.get(0).message().contains("author, source url are missing"), errors.get(0).message());
  }

  @Test
  void aPublicDomainCreditNeedsNoAuthor(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A map](images/map.png){alt=\"x\"}");
    Files.writeString(m.resolve("images/map.yaml"), "license:\n  id: CC0-1.0\n  name: CC0\n"
        + "  url: https://creativecommons.org/publicdomain/zero/1.0/\n");
    assertEquals(List.of(), errors(m));
  }

  @Test
  void aPictureBelow150DpiIsWarnedAboutOnce(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![Coarse](images/low.png){alt=\"x\" width=60%}\n\n![Again](images/low.png){alt=\"y\" width=60%}");
    Files.copy(FiguresModelTest.SAMPLE.resolve("images/lowres.png"), m.resolve("images/low.png"));
    Diagnostics d = new Diagnostics();
    var book = FiguresModelTest.book(m, d);
    cz.sazba.typeset.Typesetter.typeset(book, cz.sazba.font.FontSet.bundled(), d).orElseThrow();
    List<Diagnostic> low = d.sorted().stream().filter(x -> x.code().equals("image-low-resolution")).toList();
    assertEquals(1, low.size(), d.sorted().toString());
    assertTrue(low.get(0).message().contains("will print at 45 dpi"), low.get(0).message());
  }

  @Test
  void aBadImageWritesNothing(@TempDir Path dir) throws IOException {
    Path m = manuscript(dir, "![A map](images/nothing.png){alt=\"x\"}");
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {m.toString(), "-o", dir.resolve("out").toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(1, exit);
    assertTrue(err.toString().contains("01.md:3:1: error: 'images/nothing.png' does not exist [file-missing]"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("out")), "no file written");
  }
}
