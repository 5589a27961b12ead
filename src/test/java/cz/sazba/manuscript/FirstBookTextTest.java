package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Reference;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The transcription of the first book: the article's words, all of them, in their order. */
class FirstBookTextTest {
  /** Words and every punctuation mark, so a changed dash or apostrophe fails too. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");

  private static Document read() {
    Diagnostics diagnostics = new Diagnostics();
    return ManuscriptReader.read(TestFiles.projectDir().resolve("manuscript"), diagnostics).orElseThrow();
  }

  @Test
  void everyWordAndMarkOfTheArticleIsThereInOrder() throws Exception {
    Document document = read();
    StringBuilder book = new StringBuilder(document.metadata().title()).append('\n');
    for (Chapter c : document.chapters()) for (Block b : c.blocks()) plainText(b, book);

    // The article without its reference entries (generated from metadata, checked below); its
    // *italics* are emphasis here.
    // pandoc's smart typography, which the book has: an apostrophe between letters is ’.
    String article = cz.sazba.testing.ArticleText.body(false).replace("*", "").replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
    List<String> expected = tokens(article);
    List<String> actual = tokens(book.toString());
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
    assertEquals(expected.size(), i, "first difference at token " + i + ": article "
        + expected.subList(Math.max(0, i - 5), Math.min(expected.size(), i + 5)) + ", book "
        + actual.subList(Math.max(0, i - 5), Math.min(actual.size(), i + 5)));
    assertEquals(expected, actual);
  }

  @Test
  void theQuirksOfTheArticleSurvive() {
    StringBuilder book = new StringBuilder();
    for (Chapter c : read().chapters()) for (Block b : c.blocks()) plainText(b, book);
    String text = book.toString();
    for (String quirk : List.of("The Soviet Union quickly", "communist\u2019s", "eventually lead to", "(1949-1991)",
        "(1955–1991)", "common border - for", "deStalinization", "Prague, on May 9.", "Se Sovětským svazem na věčné časy!")) {
      assertTrue(text.contains(quirk), quirk);
    }
  }

  @Test
  void theFooterAndReferencesBecameMetadata() {
    var m = read().metadata();
    assertEquals("869086731", m.source().orElseThrow().revision().orElseThrow());
    assertEquals("2018-11-16T09:21Z", m.source().orElseThrow().edited().orElseThrow().toString());
    assertEquals("https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&oldid=869086731",
        m.source().orElseThrow().url().toString());
    assertEquals("CC-BY-SA-3.0", m.license().orElseThrow().id());
    List<String> titles = new ArrayList<>();
    for (Reference r : m.references()) titles.add(r.title().orElseThrow());
    assertEquals(List.of("An Outline of the History of the CPCz", "Portréty deportovaných ve světle dokumentů NKVD"), titles);
  }


  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static void plainText(Block b, StringBuilder out) {
    if (b instanceof Heading h) inlines(h.content(), out);
    else if (b instanceof Paragraph p) inlines(p.content(), out);
    else if (b instanceof ReferencesSlot) return;
    out.append('\n');
  }

  private static void inlines(List<Inline> inlines, StringBuilder out) {
    for (Inline i : inlines) {
      if (i instanceof Text t) out.append(t.text());
      else if (i instanceof Emph e) inlines(e.content(), out);
      else if (i instanceof Foreign f) inlines(f.content(), out);
      else if (i instanceof Cite) continue;
      else throw new AssertionError("unexpected inline in the first book: " + i);
    }
  }
}
