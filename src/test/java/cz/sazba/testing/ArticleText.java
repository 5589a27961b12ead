package cz.sazba.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first book's source as a reader saw it (shared/source, or the copy in test resources), and
 * its words: what every output must carry. Leaves out the typed contents list and the site's
 * footer, which the book generates or turned into metadata.
 */
public final class ArticleText {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ArticleText() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("sazba.projectDir", ".")).toAbsolutePath().normalize();
  }

  public static String text() {
    Path local = projectDir().resolve("src/test/resources/cz/sazba/manuscript/czechoslovakia-soviet-union-relations.txt");
    Path shared = projectDir().resolve("../shared/source/czechoslovakia-soviet-union-relations.txt");
    try {
      return Files.readString(Files.exists(shared) ? shared : local, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article's words in reading order: title, lead, sections, references. */
  public static List<String> words() {
    return words(body(true));
  }

  /**
   * The article as the book must carry it, one source line per line: without the typed contents
   * list (generated), the infobox's second copy of the title, the site's footer (metadata now)
   * and the citation marks ^[1] (citations now); optionally without the reference entries, which
   * the book formats from metadata.
   */
  public static String body(boolean withReferences) {
    StringBuilder article = new StringBuilder();
    boolean inContents = false;
    boolean titleSeen = false;
    for (String line : text().split("\n")) {
      String l = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (l.equals("Contents")) inContents = true;
      if (inContents) {
        if (l.equals("References")) inContents = false;
        continue;
      }
      if (l.equals("Czechoslovakia–Soviet Union relations")) {
        if (titleSeen) continue;
        titleSeen = true;
      }
      if (l.startsWith("Retrieved from") || l.startsWith("This page was last edited") || l.startsWith("Text is available under")) {
        continue;
      }
      if (!withReferences && l.matches("[12]\\. .*")) continue;
      article.append(l.replaceAll("\\^\\[[0-9]+\\]", "").replaceAll("\\(<(http[^>]*)>\\)", "($1)")).append('\n');
    }
    return article.toString();
  }

  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) out.add(m.group());
    return out;
  }

  /**
   * The share of {@code expected} words that appear in {@code actual} in the same order: the
   * longest common subsequence of the two word lists, over the expected length. Generated pages
   * (title page, colophon) add words around the article without costing it anything.
   */
  public static double inOrderShare(List<String> expected, List<String> actual) {
    int[] previous = new int[actual.size() + 1];
    int[] current = new int[actual.size() + 1];
    for (String w : expected) {
      for (int j = 1; j <= actual.size(); j++) {
        current[j] = w.equals(actual.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return expected.isEmpty() ? 1 : previous[actual.size()] / (double) expected.size();
  }

  /** The expected words missing from {@code actual} (ignoring order), for failure messages. */
  public static List<String> missing(List<String> expected, List<String> actual) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> have = new java.util.HashSet<>(actual);
    for (String w : expected) if (!have.contains(w)) out.add(w);
    return out;
  }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");

  /** Words and single punctuation marks, in order: the transcription tests' measure. */
  public static List<String> tokens(String text) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  /**
   * The first book's text as the reader made it, a line per heading or paragraph: what the
   * transcription is compared by (the hand-made manuscript and its Wikipedia import). Only the
   * kinds the first book has are taken; any other fails the test that asks, so a change of
   * shape is seen, not skipped.
   */
  public static String plainText(List<cz.sazba.model.Chapter> chapters) {
    StringBuilder out = new StringBuilder();
    for (cz.sazba.model.Chapter c : chapters) for (cz.sazba.model.Block b : c.blocks()) plainBlock(b, out);
    return out.toString();
  }

  private static void plainBlock(cz.sazba.model.Block b, StringBuilder out) {
    if (b instanceof cz.sazba.model.Heading h) plainInlines(h.content(), out);
    else if (b instanceof cz.sazba.model.Paragraph p) plainInlines(p.content(), out);
    else if (b instanceof cz.sazba.model.ReferencesSlot) return;
    else throw new AssertionError("unexpected block in the first book: " + b);
    out.append('\n');
  }

  private static void plainInlines(List<cz.sazba.model.Inline> inlines, StringBuilder out) {
    for (cz.sazba.model.Inline i : inlines) {
      if (i instanceof cz.sazba.model.Text t) out.append(t.text());
      else if (i instanceof cz.sazba.model.Emph e) plainInlines(e.content(), out);
      else if (i instanceof cz.sazba.model.Foreign f) plainInlines(f.content(), out);
      else if (i instanceof cz.sazba.model.Link l) plainInlines(l.content(), out);
      else if (i instanceof cz.sazba.model.Cite) continue;
      else throw new AssertionError("unexpected inline in the first book: " + i);
    }
  }
}
