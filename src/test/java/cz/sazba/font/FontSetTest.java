package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontSetTest {
  @TempDir Path dir;

  @Test
  void relativeFontPathsResolveAgainstTheBaseDirectory() throws IOException {
    Files.createDirectories(dir.resolve("fonts"));
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("cz/sazba/fonts/GentiumBookPlus-Bold.ttf")) {
      Files.write(dir.resolve("fonts/MyBold.ttf"), in.readAllBytes());
    }
    Layout.FontFiles files =
        new Layout.FontFiles(
            Optional.empty(), Optional.empty(), Optional.of(Path.of("fonts/MyBold.ttf")), Optional.empty());
    FontSet set = FontSet.load(files, dir);
    FontFace bold = set.face(FontStyle.BOLD);
    assertNotSame(FontSet.bundled().face(FontStyle.BOLD), bold);
    assertTrue(bold.name().endsWith("MyBold.ttf"), bold.name());
    assertEquals("GentiumBookPlus-Bold", bold.postScriptName());
    assertSame(FontSet.bundled().face(FontStyle.REGULAR), set.face(FontStyle.REGULAR));
    assertEquals(1309, bold.advance(bold.glyphId('A')));
  }

  @Test
  void aMissingFontFileNamesThePath() {
    Layout.FontFiles files =
        new Layout.FontFiles(
            Optional.of(Path.of("nowhere.ttf")), Optional.empty(), Optional.empty(), Optional.empty());
    IOException e = assertThrows(IOException.class, () -> FontSet.load(files, dir));
    assertTrue(e.getMessage().contains("nowhere.ttf"), e.getMessage());
  }

  @Test
  void bundledFileNamesFollowTheStyles() {
    assertEquals("GentiumBookPlus-Regular.ttf", FontSet.bundledFileName(FontStyle.REGULAR));
    assertEquals("GentiumBookPlus-BoldItalic.ttf", FontSet.bundledFileName(FontStyle.BOLD_ITALIC));
  }
}
