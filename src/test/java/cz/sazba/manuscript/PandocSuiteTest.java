package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.manuscript.PandocNative.Con;
import cz.sazba.manuscript.PandocNative.Seq;
import cz.sazba.manuscript.PandocNative.Value;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.Div;
import cz.sazba.model.Document;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pandoc's own Markdown test suite ({@code test/testsuite.txt}, committed unmodified with
 * pandoc's native output of it, see the README beside it) read through Sazba's reader: nothing
 * pandoc reads from it may be dropped or flattened silently. Every block of pandoc's native
 * output (with the inline content inside it, printed by {@link Skeleton}) must be in Sazba's
 * model as the same kind with the same text, or a Sazba diagnostic must lie where it is in the
 * file. Blocks are matched in order (longest common subsequence of their skeletons); where the
 * two sides differ, lists, quotes and divs that correspond are compared item by item, and
 * everything else must have a diagnostic in the stretch of the file between the blocks that did
 * match. A block Sazba has and pandoc has not (raw markup read as text) needs one as well.
 */
class PandocSuiteTest {
  private static final String BASE = "https://example.org/";

  @TempDir Path work;

  static Path suite() {
    return TestFiles.resources().getParent().resolve("pandoc-suite");
  }

  /** What the reader made of one Markdown file: its blocks, its text and its diagnostics. */
  record Reading(List<Block> blocks, SourceFile file, List<Diagnostic> diagnostics) {}

  Reading read(String markdown) throws Exception {
    Path dir = Files.createDirectories(work.resolve("m" + System.nanoTime()));
    // The suite's relative links point into a web site: link-base says which, as a book would.
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\nlink-base: " + BASE + "\n");
    Files.writeString(dir.resolve("01.md"), markdown);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.readAsFarAsPossible(dir, diagnostics);
    assertTrue(doc.isPresent(), () -> diagnostics.sorted().toString());
    List<Block> blocks = new ArrayList<>();
    SourceFile file = null;
    for (Chapter c : doc.get().chapters()) {
      blocks.addAll(c.blocks());
      file = c.file();
    }
    List<Diagnostic> inFile = new ArrayList<>();
    for (Diagnostic d : diagnostics.sorted()) {
      if (d.span().file().displayPath().endsWith("01.md")) inFile.add(d);
    }
    return new Reading(blocks, file, inFile);
  }

  @Test
  void nothingInPandocsTestSuiteIsDroppedSilently() throws Exception {
    String markdown = Files.readString(suite().resolve("testsuite.txt"), StandardCharsets.UTF_8);
    Reading reading = read(markdown);
    Value pandoc = PandocNative.parse(Files.readString(suite().resolve("pandoc-native.txt"), StandardCharsets.UTF_8));
    List<String> silent = compare(pandoc, reading);
    assertTrue(silent.isEmpty(), "read differently from pandoc without a diagnostic:\n" + String.join("\n", silent));
  }

  /** The comparison itself can fail: a block left out of the model with no diagnostic is named with its line. */
  @Test
  void aBlockDroppedWithoutADiagnosticIsNamed() throws Exception {
    String markdown = "# One\n\nFirst paragraph.\n\nSecond *paragraph*.\n\n> quoted\n";
    Reading reading = read(markdown);
    Value pandoc = PandocNative.parse("[Header 1 (\"one\",[],[]) [Str \"One\"], Para [Str \"First\",Space,Str \"paragraph.\"],"
        + " Para [Str \"Second\",Space,Emph [Str \"paragraph\"],Str \".\"], BlockQuote [Para [Str \"quoted\"]]]");
    assertEquals(List.of(), compare(pandoc, reading));
    List<Block> dropped = new ArrayList<>(reading.blocks());
    dropped.remove(2);
    List<String> silent = compare(pandoc, new Reading(dropped, reading.file(), List.of()));
    assertEquals(1, silent.size(), silent.toString());
    assertTrue(silent.get(0).startsWith("line 3:") && silent.get(0).contains("P Second *paragraph*."), silent.get(0));
    // The same block flattened (its emphasis lost) is named too, inside a quote as well.
    Reading flat = read("# One\n\nFirst paragraph.\n\nSecond paragraph.\n\n> quoted *x*\n");
    Value pandoc2 = PandocNative.parse("[Header 1 (\"one\",[],[]) [Str \"One\"], Para [Str \"First\",Space,Str \"paragraph.\"],"
        + " Para [Str \"Second\",Space,Emph [Str \"paragraph\"],Str \".\"], BlockQuote [Para [Str \"quoted\",Space,Str \"x\"]]]");
    List<String> both = compare(pandoc2, flat);
    assertEquals(2, both.size(), both.toString());
    assertTrue(both.get(1).startsWith("line 7:"), both.toString());
  }

  static List<String> compare(Value pandoc, Reading reading) {
    List<String> out = new ArrayList<>();
    new Comparison(reading, out).blocks(((Seq) pandoc).items(), reading.blocks(), 0, reading.file().text().length());
    return out;
  }

  private record Comparison(Reading reading, List<String> out) {
    void blocks(List<Value> theirs, List<Block> ours, int from, int to) {
      // HTML comments: pandoc keeps them as raw blocks, Sazba drops them (both books leave them out).
      theirs = transparent(theirs).stream().filter(v -> !Skeleton.ofPandoc(new Seq(List.of(v)), "en").isBlank()).toList();
      int n = theirs.size();
      int m = ours.size();
      String[] a = new String[n];
      String[] b = new String[m];
      for (int i = 0; i < n; i++) a[i] = Skeleton.ofPandoc(new Seq(List.of(theirs.get(i))), "en");
      for (int j = 0; j < m; j++) b[j] = Skeleton.ofModel(List.of(ours.get(j))).replace("link(" + BASE, "link(/");
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      int gapI = 0;
      int gapJ = 0;
      int gapFrom = from;
      while (i < n && j < m) {
        if (a[i].equals(b[j])) {
          gap(theirs.subList(gapI, i), ours.subList(gapJ, j), a, gapI, b, gapJ, gapFrom, ours.get(j).span().start());
          gapFrom = ours.get(j).span().end();
          i++;
          j++;
          gapI = i;
          gapJ = j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
      gap(theirs.subList(gapI, n), ours.subList(gapJ, m), a, gapI, b, gapJ, gapFrom, to);
    }

    /** Blocks between two that matched (or the ends): corresponding containers compared inside, else a diagnostic. */
    private void gap(List<Value> theirs, List<Block> ours, String[] a, int ai, String[] b, int bj, int from, int to) {
      if (theirs.isEmpty() && ours.isEmpty()) return;
      if (theirs.size() == ours.size()) {
        boolean alike = true;
        for (int k = 0; k < theirs.size(); k++) alike &= kind(a[ai + k]).equals(kind(b[bj + k]));
        if (alike) {
          for (int k = 0; k < theirs.size(); k++) pair(theirs.get(k), ours.get(k), a[ai + k], b[bj + k]);
          return;
        }
      }
      if (diagnosed(from, to)) return;
      StringBuilder what = new StringBuilder();
      for (int k = 0; k < theirs.size(); k++) what.append("\n    pandoc: ").append(first(a[ai + k]));
      for (int k = 0; k < ours.size(); k++) what.append("\n    Sazba:  ").append(first(b[bj + k]));
      int at = ours.isEmpty() ? Math.min(from, reading.file().text().length()) : ours.get(0).span().start();
      out.add("line " + line(at) + ":" + what);
    }

    /** One block of each side, of the same kind and different content. */
    private void pair(Value theirs, Block ours, String a, String b) {
      List<Value> args = ((Con) theirs).args();
      if (ours instanceof BlockQuote q) {
        blocks(seq(args.get(0)), q.blocks(), q.span().start(), q.span().end());
        return;
      }
      if (ours instanceof Div d && ((Con) theirs).name().equals("Div")) {
        blocks(seq(args.get(1)), d.blocks(), d.span().start(), d.span().end());
        return;
      }
      if (ours instanceof ListBlock l && first(a).equals(first(b))) {
        List<Value> items = seq(args.get(l.ordered() ? 1 : 0));
        if (items.size() == l.items().size()) {
          for (int k = 0; k < items.size(); k++) {
            ListItem item = l.items().get(k);
            blocks(seq(items.get(k)), item.blocks(), item.span().start(), item.span().end());
          }
          return;
        }
      }
      if (diagnosed(ours.span().start(), ours.span().end())) return;
      out.add("line " + line(ours.span().start()) + ":\n    pandoc: " + a.strip().replace("\n", "\n            ")
          + "\n    Sazba:  " + b.strip().replace("\n", "\n            "));
    }

    /** A div with neither id nor language is its blocks, for pandoc as for Sazba ({@link Skeleton}). */
    private static List<Value> transparent(List<Value> blocks) {
      List<Value> out = new ArrayList<>();
      for (Value v : blocks) {
        if (v instanceof Con c && c.name().equals("Div")) {
          PandocNative.Tuple attr = (PandocNative.Tuple) c.args().get(0);
          boolean hasLang = seq(attr.items().get(2)).stream()
              .anyMatch(kv -> ((PandocNative.Str) ((PandocNative.Tuple) kv).items().get(0)).text().equals("lang"));
          if (((PandocNative.Str) attr.items().get(0)).text().isEmpty() && !hasLang) {
            out.addAll(transparent(seq(c.args().get(1))));
            continue;
          }
        }
        out.add(v);
      }
      return out;
    }

    private static List<Value> seq(Value v) {
      return ((Seq) v).items();
    }

    private boolean diagnosed(int from, int to) {
      for (Diagnostic d : reading.diagnostics()) {
        if (d.span().start() <= to && d.span().end() >= from) return true;
      }
      return false;
    }

    private int line(int offset) {
      return reading.file().line(Math.min(offset, reading.file().text().length()));
    }

    private static String first(String skeleton) {
      String s = skeleton.strip();
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    private static String kind(String skeleton) {
      String s = skeleton.strip();
      int sp = s.indexOf(' ');
      return sp < 0 ? s : s.substring(0, sp);
    }
  }
}
