package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Footnotes laid out from a manuscript of 33 notes, some of them long enough to split: read
 * from the laid-out pages, every note starts on the page of its mark, a note's part without its
 * number only opens a page's foot and continues the last note of the page before, no part of a
 * split note is a single line, and nothing is overfull. The prose sample sets without a warning.
 */
class FootnotePagesTest {
  static final Path ROOT = Path.of(System.getProperty("sazba.projectDir", "."));
  static final Path NOTES = ROOT.resolve("src/test/resources/cz/sazba/typeset/notes");
  static final Path PROSE = ROOT.resolve("src/test/resources/cz/sazba/prose");

  static Book read(Path dir, Diagnostics d) {
    return cz.sazba.testing.Samples.book(dir, d);
  }

  static LaidOutBook typeset(Path dir, Diagnostics d) {
    Book book = read(dir, d);
    return Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()))
        .book();
  }

  private static List<LinkArea> links(Frame f) {
    List<LinkArea> out = new ArrayList<>();
    for (PageElement e : f.allElements()) if (e instanceof LinkArea l) out.add(l);
    return out;
  }

  private static int lines(Frame insert) {
    return insert.find(FrameKind.LINE).size();
  }

  @Test
  void everyNoteIsOnThePageOfItsMarkOrContinuesFromIt() {
    Diagnostics d = new Diagnostics();
    LaidOutBook book = typeset(NOTES, d);
    Map<String, Integer> markPage = new HashMap<>();
    Map<String, Integer> notePage = new HashMap<>();
    int splits = 0;
    Frame lastInsertBefore = null;
    for (Page page : book.pages()) {
      for (Frame body : page.frames(FrameKind.BODY)) {
        for (LinkArea l : links(body)) {
          if (l.href().startsWith("#fn")) assertEquals(null, markPage.put(l.href().substring(1), page.index()));
        }
      }
      List<Frame> inserts = page.frames(FrameKind.INSERT);
      for (int i = 0; i < inserts.size(); i++) {
        Frame insert = inserts.get(i);
        String note = null;
        for (LinkArea l : links(insert)) {
          if (l.href().endsWith("-ref")) note = l.href().substring(1, l.href().length() - "-ref".length());
        }
        if (note == null) {
          // A continued part: first at the foot, after a page whose foot ended with a note.
          splits++;
          assertEquals(0, i, "a continued note opens the foot of page " + page.label());
          assertTrue(lastInsertBefore != null, "page " + page.label() + " continues a note no page began");
          assertTrue(lines(insert) >= 2, "a continued part of one line on page " + page.label());
          assertTrue(lines(lastInsertBefore) >= 2, "a split note leaves one line before page " + page.label());
        } else {
          assertEquals(null, notePage.put(note, page.index()), note + " begins twice");
        }
      }
      if (!inserts.isEmpty()) lastInsertBefore = inserts.get(inserts.size() - 1);
      else lastInsertBefore = null;
    }
    assertEquals(markPage.keySet(), notePage.keySet(), "every mark has its note and every note its mark");
    for (String note : markPage.keySet()) {
      assertEquals(markPage.get(note), notePage.get(note), note + " is not on the page of its mark");
    }
    assertTrue(markPage.size() >= 30, "notes: " + markPage.size());
    assertTrue(splits >= 1, "the long notes split across pages");
    for (Diagnostic w : d.sorted()) assertFalse(w.code().equals("line-overfull"), w.toString());
  }

  @Test
  void notesAreSetSmallUnderTheSeparator() {
    LaidOutBook book = typeset(NOTES, new Diagnostics());
    Page page = book.pages().stream().filter(p -> !p.frames(FrameKind.INSERT).isEmpty()).findFirst().orElseThrow();
    assertEquals(1, page.frames(FrameKind.SEPARATOR).size());
    Frame insert = page.frames(FrameKind.INSERT).get(0);
    long bodySize = PageDesign.of(cz.sazba.model.Layout.defaults()).body().size();
    for (PageElement e : insert.allElements()) {
      if (e instanceof GlyphRun r) assertTrue(r.size() < bodySize, "note type " + r.size());
    }
  }

  @Test
  void theProseSampleSetsWithoutWarnings() {
    Diagnostics d = new Diagnostics();
    LaidOutBook book = typeset(PROSE, d);
    assertTrue(book.pages().size() >= 2);
    for (Diagnostic w : d.sorted()) assertFalse(w.code().startsWith("line-"), w.toString());
  }
}
