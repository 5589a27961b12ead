package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sazba preview} draws real pages; {@code sazba init} writes a project that builds. */
class PreviewAndInitTest {
  @TempDir Path tmp;

  private int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void previewRendersChosenPagesASpreadAndASheet() throws Exception {
    Path out = tmp.resolve("png");
    assertEquals(0, run("preview", ArticleText.projectDir().resolve("manuscript").toString(), "--pages", "1,3",
        "--spread", "4", "--sheet", "--dpi", "50", "-o", out.toString()));
    String slug = "czechoslovakia-soviet-union-relations";
    BufferedImage page = ImageIO.read(out.resolve(slug + "-p1.png").toFile());
    // A5 at 50 dpi: 148 mm x 210 mm.
    assertEquals(Math.round(148 / 25.4 * 50), page.getWidth(), 1);
    assertEquals(Math.round(210 / 25.4 * 50), page.getHeight(), 1);
    assertTrue(Files.exists(out.resolve(slug + "-p3.png")));
    BufferedImage spread = ImageIO.read(out.resolve(slug + "-spread-4-5.png").toFile());
    assertEquals(2 * page.getWidth(), spread.getWidth(), 2);
    assertTrue(inked(spread) > 1000, "text on the spread: " + inked(spread));
    assertTrue(Files.exists(out.resolve(slug + "-sheet.png")));
  }

  @Test
  void aPageListIsCheckedAgainstTheBook() {
    assertEquals(List.of(1, 3, 4, 5), PreviewCommand.pageList("5,1,3-4", 9));
    assertThrows(IllegalArgumentException.class, () -> PreviewCommand.pageList("0", 9));
    assertThrows(IllegalArgumentException.class, () -> PreviewCommand.pageList("2-12", 9));
    assertThrows(IllegalArgumentException.class, () -> PreviewCommand.pageList("two", 9));
    assertEquals(2, run("preview", ArticleText.projectDir().resolve("manuscript").toString(), "--pages", "99",
        "-o", tmp.resolve("none").toString()));
    assertTrue(!Files.exists(tmp.resolve("none")), "nothing written for a wrong page list");
  }

  @Test
  void initWritesAManuscriptThatBuildsAndRefusesAFullFolder() throws Exception {
    Path project = tmp.resolve("my-book");
    assertEquals(0, run("init", project.toString()));
    for (String f : List.of("pom.xml", "manuscript/metadata.yaml", "manuscript/01-beginning.md",
        "manuscript/references.bib", ".gitignore")) {
      assertTrue(Files.isRegularFile(project.resolve(f)), f);
    }
    assertTrue(Files.readString(project.resolve("pom.xml")).contains("<artifactId>exec-maven-plugin</artifactId>"));
    Diagnostics d = new Diagnostics();
    BuiltBook book = Pipeline.build(project.resolve("manuscript"), BuildEnvironment.fixed(), d);
    assertEquals(List.of(), d.sorted(), "the template builds without a warning");
    assertEquals("my-first-book.pdf", book.pdfName());
    assertEquals(2, run("init", project.toString()), "a folder that is not empty is refused");
  }

  private static int inked(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) if ((image.getRGB(x, y) & 0xFF) < 0xA0) n++;
    }
    return n;
  }
}
