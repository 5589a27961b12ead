package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a list item goes on, as pandoc 2.17 reads it: a second paragraph, a nested list, code,
 * lazy lines, tabs, for bullet, decimal, fancy and example markers. Each case in
 * {@code list-continuation/cases.txt} is a small Markdown file and pandoc's native output of it
 * ({@code scripts/list-continuation-cases.py} writes the file with pandoc; the test needs none);
 * Sazba's reader must give the same structure ({@link Skeleton}) for every one.
 */
class ListContinuationTest {
  @TempDir Path work;

  record Case(String name, String markdown, String pandocNative) {}

  static Map<String, Case> cases() throws IOException {
    Path file = TestFiles.resources().getParent().resolve("list-continuation/cases.txt");
    Map<String, Case> cases = new LinkedHashMap<>();
    String name = null;
    StringBuilder markdown = new StringBuilder();
    boolean inNative = false;
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
      if (line.equals("%%% pandoc")) {
        inNative = true;
      } else if (line.startsWith("%%% ")) {
        name = line.substring(4);
        markdown.setLength(0);
        inNative = false;
      } else if (inNative) {
        cases.put(name, new Case(name, markdown.toString(), line));
      } else {
        markdown.append(line).append('\n');
      }
    }
    return cases;
  }

  /** Sazba's structure of one case, read as a one-chapter manuscript. */
  private String sazba(Case c) throws IOException {
    Path dir = Files.createDirectories(work.resolve("m" + System.nanoTime()));
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\n");
    Files.writeString(dir.resolve("01-a.md"), c.markdown());
    Diagnostics diagnostics = new Diagnostics();
    Document doc = ManuscriptReader.readAsFarAsPossible(dir, diagnostics)
        .orElseThrow(() -> new AssertionError(c.name() + ": " + diagnostics.sorted()));
    return Skeleton.ofDocument(doc);
  }

  private static String pandoc(Case c) {
    return Skeleton.ofPandoc(PandocNative.parse(c.pandocNative()), "en");
  }

  @Test
  void everyCaseReadsAsPandocReadsIt() throws Exception {
    Map<String, Case> cases = cases();
    assertTrue(cases.size() > 1000, "cases.txt holds " + cases.size() + " cases");
    List<String> differ = new ArrayList<>();
    for (Case c : cases.values()) {
      String theirs = pandoc(c);
      String ours = sazba(c);
      if (!theirs.equals(ours)) {
        differ.add("--- " + c.name() + "\n" + c.markdown().replace("\t", "→") + "pandoc:\n" + theirs + "Sazba:\n" + ours);
      }
    }
    assertTrue(differ.isEmpty(), differ.size() + " of " + cases.size() + " cases read differently from pandoc:\n"
        + String.join("\n", differ.subList(0, Math.min(20, differ.size()))));
  }

  /**
   * The table in the bug report, "MARKER First item", a blank line, then a paragraph indented N
   * spaces: inside the item ({@code in}: a paragraph or, indented further, a code block there),
   * after the list ({@code out}) or a code block after it ({@code code}), by pandoc's output and by
   * Sazba's reading alike. An example item's content is four columns in, whatever its marker's
   * width; any other item's is as far as its first line's text.
   */
  @Test
  void theTableInTheBugReport() throws Exception {
    String[] table = {
        "(iv)     2:out 3:out 4:code 5:in 6:in 8:in 9:in 10:in",
        "(@outer) 2:out 3:out 4:in 5:in 6:in 8:in 9:in 10:in",
        "(@)      2:out 3:out 4:in 5:in 6:in 8:in 9:in 10:in",
        "#.       2:out 3:in 4:in 5:in 6:in 8:in 9:in 10:in",
        "iv.      2:out 3:out 4:in 5:in 6:in 8:in 9:in 10:in",
        "A)       2:out 3:in 4:in 5:in 6:in 8:in 9:in 10:in",
        "(10)     2:out 3:out 4:code 5:in 6:in 8:in 9:in 10:in",
        "10.      2:out 3:out 4:in 5:in 6:in 8:in 9:in 10:in",
        "1.       2:out 3:in 4:in 5:in 6:in 8:in 9:in 10:in",
    };
    Map<String, Case> cases = cases();
    for (String row : table) {
      String[] cells = row.split(" +");
      StringBuilder pandoc = new StringBuilder(cells[0]);
      StringBuilder sazba = new StringBuilder(cells[0]);
      for (int k = 1; k < cells.length; k++) {
        String n = cells[k].substring(0, cells[k].indexOf(':'));
        Case c = cases.get(cells[0] + " then a paragraph after a blank line, " + n + " spaces");
        pandoc.append(' ').append(n).append(':').append(where(pandoc(c)));
        sazba.append(' ').append(n).append(':').append(where(sazba(c)));
      }
      String expected = String.join(" ", cells);
      assertEquals(expected, pandoc.toString(), "pandoc's committed output");
      assertEquals(expected, sazba.toString(), "Sazba's reading");
    }
  }

  /** Where the indented text went: the item's second block, a block after the list, a code block after it. */
  private static String where(String skeleton) {
    List<String> lines = skeleton.lines().toList();
    // OL, LI, the item's paragraph, then the text: indented inside the item, or at the top.
    String last = lines.get(lines.size() - 1);
    if (last.startsWith("    ")) return "in";
    return last.startsWith("CODE") ? "code" : "out";
  }

  /** The case in the bug report: the nested example is an ordered list inside the first item. */
  @Test
  void anExampleNestedFourColumnsInIsASublist() throws Exception {
    Case c = cases().get("the example in the bug report");
    String expected = """
        OL 1 Example TwoParens
          LI
            P First item
            OL 2 Example TwoParens
              LI
                P nested
          LI
            P third
        """;
    assertEquals(expected, pandoc(c));
    assertEquals(expected, sazba(c));
  }
}
