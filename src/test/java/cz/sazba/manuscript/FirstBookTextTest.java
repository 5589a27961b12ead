package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.model.Reference;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transcription of the first book: the article's words, all of them, in their order. */
class FirstBookTextTest {
  /** Words and every punctuation mark, so a changed dash or apostrophe fails too. */

  private static Document read() {
    Diagnostics diagnostics = new Diagnostics();
    return ManuscriptReader.read(TestFiles.projectDir().resolve("manuscript"), diagnostics).orElseThrow();
  }

  @Test
  void everyWordAndMarkOfTheArticleIsThereInOrder() throws Exception {
    Document document = read();
    StringBuilder book = new StringBuilder(document.metadata().title()).append('\n');
    book.append(ArticleText.plainText(document.chapters()));

    // The article without its reference entries (generated from metadata, checked below); its
    // *italics* are emphasis here.
    // pandoc's smart typography, which the book has: an apostrophe between letters is ’.
    String article = cz.sazba.testing.ArticleText.body(false).replace("*", "").replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
    List<String> expected = ArticleText.tokens(article);
    List<String> actual = ArticleText.tokens(book.toString());
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
    book.append(ArticleText.plainText(read().chapters()));
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




}
