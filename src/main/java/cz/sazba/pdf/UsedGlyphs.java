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
    UsedGlyphs used = new UsedGlyphs();
    for (List<PageElement> page : pages) {
      for (PageElement element : page) {
        if (element instanceof GlyphRun run) used.add(run);
      }
    }
    return used;
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
