package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.typeset.page.GlyphList;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.PageElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which glyphs of which faces the pages show, and the text each glyph stands for. A face is one
 * {@link FontFace} object; faces are kept in order of first use so resource names and object
 * order never depend on hashing.
 */
final class UsedGlyphs {
  private final List<FontFace> faces = new ArrayList<>();
  /**
   * Per face, the text of each glyph id (null: unused), an array because every glyph of the book
   * is looked up here.
   */
  private final Map<FontFace, String[]> textByGlyph = new IdentityHashMap<>();
  /**
   * The runs (by identity) with a glyph whose first-seen text is not the text it shows here. A
   * glyph's text is fixed by the first run that shows it, which comes no later than the run
   * itself, so this is known when the run is collected: no second pass over its glyphs.
   */
  private final Set<GlyphRun> otherText = Collections.newSetFromMap(new IdentityHashMap<>());

  /** @param pages each page's elements ({@code Page.elements()}, which is worked out anew per call) */
  static UsedGlyphs of(List<List<PageElement>> pages) {
    return of(pages, 0, pages.size());
  }

  /** Pages per run when the pages are gone through on an executor. */
  static final int PAGES_PER_TASK = 32;

  /**
   * As {@link #of(List)}, the pages gone through in runs of {@link #PAGES_PER_TASK} on {@code
   * executor} and the runs joined in page order: a glyph's text is the first run's to show it,
   * and a run that saw a glyph first with other text than an earlier run gave it (rare: the
   * same glyph for two texts) has its runs' ActualText needs worked out again against the
   * book's texts. The same result as going through the pages in order.
   */
  static UsedGlyphs of(List<List<PageElement>> pages, java.util.concurrent.Executor executor) {
    if (pages.size() <= PAGES_PER_TASK) return of(pages);
    List<UsedGlyphs> parts = cz.sazba.source.Tasks.inRuns(pages.size(), PAGES_PER_TASK, executor,
        (start, end) -> List.of(of(pages, start, end)));
    UsedGlyphs all = new UsedGlyphs();
    for (int k = 0; k < parts.size(); k++) {
      UsedGlyphs part = parts.get(k);
      boolean otherFirst = false;
      for (FontFace face : part.faces) {
        String[] mine = part.textByGlyph.get(face);
        String[] known = all.textByGlyph.get(face);
        if (known == null) {
          all.faces.add(face);
          all.textByGlyph.put(face, mine.clone());
          continue;
        }
        if (known.length < mine.length) {
          known = java.util.Arrays.copyOf(known, mine.length);
          all.textByGlyph.put(face, known);
        }
        for (int id = 0; id < mine.length; id++) {
          if (mine[id] == null) continue;
          if (known[id] == null) known[id] = mine[id];
          else if (!known[id].equals(mine[id])) otherFirst = true;
        }
      }
      if (!otherFirst) {
        all.otherText.addAll(part.otherText);
        continue;
      }
      int start = k * PAGES_PER_TASK;
      for (List<PageElement> page : pages.subList(start, Math.min(pages.size(), start + PAGES_PER_TASK))) {
        for (PageElement element : page) {
          if (element instanceof GlyphRun run && all.showsOtherText(run)) all.otherText.add(run);
        }
      }
    }
    return all;
  }

  private static UsedGlyphs of(List<List<PageElement>> pages, int from, int to) {
    UsedGlyphs used = new UsedGlyphs();
    for (int p = from; p < to; p++) {
      for (PageElement element : pages.get(p)) {
        if (element instanceof GlyphRun run) used.add(run);
      }
    }
    return used;
  }

  /** Whether a glyph of the run stands for other text than the one its glyph id first got. */
  private boolean showsOtherText(GlyphRun run) {
    String[] texts = textByGlyph.get(run.face());
    GlyphList glyphs = run.glyphs();
    for (int g = 0; g < glyphs.size(); g++) {
      if (!texts[glyphs.glyphId(g)].equals(glyphs.text(g))) return true;
    }
    return false;
  }

  private void add(GlyphRun run) {
    String[] texts = textByGlyph.get(run.face());
    if (texts == null) {
      texts = new String[256];
      textByGlyph.put(run.face(), texts);
      faces.add(run.face());
    }
    boolean differs = false;
    GlyphList glyphs = run.glyphs();
    for (int g = 0; g < glyphs.size(); g++) {
      int id = glyphs.glyphId(g);
      String text = glyphs.text(g);
      if (id == 0) {
        throw new IllegalStateException(
            "glyph 0 (.notdef) in a run of " + run.face().name() + " showing \"" + run.text() + "\"");
      }
      if (text.isEmpty()) {
        throw new IllegalStateException("glyph " + id + " of " + run.face().name() + " stands for no text");
      }
      // The first text a glyph is seen with goes into the ToUnicode map; runs that use the
      // same glyph for other text get an ActualText instead (see actualTextFor).
      if (id < 0) throw new IllegalStateException("negative glyph id " + id + " in a run of " + run.face().name());
      if (id >= texts.length) {
        texts = java.util.Arrays.copyOf(texts, Math.max(id + 1, texts.length * 2));
        textByGlyph.put(run.face(), texts);
      }
      String first = texts[id];
      if (first == null) texts[id] = text;
      else if (!differs && !first.equals(text)) differs = true;
    }
    if (differs) otherText.add(run);
  }

  /** Faces in order of first use. */
  List<FontFace> faces() {
    return Collections.unmodifiableList(faces);
  }

  /** Glyph id to its text, ascending by glyph id. */
  SortedMap<Integer, String> glyphs(FontFace face) {
    String[] texts = textByGlyph.get(face);
    SortedMap<Integer, String> glyphs = new TreeMap<>();
    for (int id = 0; id < texts.length; id++) {
      if (texts[id] != null) glyphs.put(id, texts[id]);
    }
    return Collections.unmodifiableSortedMap(glyphs);
  }

  /**
   * The ActualText a run needs: its own, when the typesetter gave one; else the run's text when
   * one of its glyphs maps to different text in the ToUnicode map; else none. {@code run} is one
   * of the runs of the pages this was made from.
   */
  Optional<String> actualTextFor(GlyphRun run) {
    if (run.actualText().isPresent()) return run.actualText();
    return otherText.contains(run) ? Optional.of(run.text()) : Optional.empty();
  }
}
