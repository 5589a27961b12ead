package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number of the page's design lives in {@link PageDesign}: a layouter's code holds no
 * numeric literal but 0, 1 and 2 (a start, a step, a half for centring). A share of a length is a
 * thousandths field of the design, taken with {@link PageDesign#thousandths}.
 */
class LayoutNumbersTest {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(\\.\\d+)?)(?![\\w.])");

  @Test
  void layoutersHoldNoDesignNumbers() throws Exception {
    Path dir = TestBooks.projectDir().resolve("src/main/java/cz/sazba/typeset");
    List<Path> layouters;
    try (Stream<Path> files = Files.list(dir)) {
      layouters = files.filter(p -> p.getFileName().toString().contains("Layouter")).sorted().toList();
    }
    assertTrue(layouters.size() >= 10, "the layouters are found: " + layouters);
    List<String> found = new ArrayList<>();
    for (Path p : layouters) {
      String[] lines = code(Files.readString(p, StandardCharsets.UTF_8)).split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        Matcher m = NUMBER.matcher(lines[n]);
        while (m.find()) {
          String v = m.group(1);
          if (!v.equals("0") && !v.equals("1") && !v.equals("2")) {
            found.add(p.getFileName() + ":" + (n + 1) + ": " + v + " in " + lines[n].strip());
          }
        }
      }
    }
    assertEquals(List.of(), found, "move these numbers into PageDesign");
  }

  @Test
  void theScanSeesALiteralButNotCommentsOrStrings() {
    String src = "// 72 points\n/* 25.4 mm */ long x = 8 * column; String s = \"150 dpi\"; char c = '3';\n";
    String code = code(src);
    Matcher m = NUMBER.matcher(code);
    List<String> numbers = new ArrayList<>();
    while (m.find()) numbers.add(m.group(1));
    assertEquals(List.of("8"), numbers);
  }

  /** The source without comments, strings and characters (line breaks kept, so lines still count). */
  private static String code(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') i++;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        for (int k = i; k < end; k++) if (s.charAt(k) == '\n') out.append('\n');
        i = end;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < s.length() && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
        i++;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
