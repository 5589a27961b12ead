package cz.sazba.pipeline;

import cz.sazba.font.FontSet;
import cz.sazba.hyphen.Hyphenators;
import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Foreign;
import cz.sazba.model.Lang;
import cz.sazba.model.ModelWalk;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on the pool, what a build will most likely ask for before it asks: the bundled fonts
 * while the manuscript is read, the book language's hyphenation patterns while it is
 * transformed. Both are parsed once per JVM behind their own holders, so a build that asks
 * first simply waits for the same result, and a build that never asks (other fonts, a
 * language without patterns) only spent a spare core's time once. Nothing here changes what is
 * built. A failure is left for the build's own call to meet and report.
 */
final class Prewarm {
  private static final AtomicBoolean FONTS = new AtomicBoolean();

  private Prewarm() {}

  /** The bundled text faces, once per JVM (about a tenth of a second in a cold JVM). */
  static void bundledFonts(Executor pool) {
    if (FONTS.compareAndSet(false, true)) pool.execute(Prewarm::loadBundledFonts);
  }

  private static void loadBundledFonts() {
    try {
      FontSet.bundled();
    } catch (RuntimeException | Error e) {
      // A broken build; the build's own call reports it.
    }
  }

  /**
   * The patterns of the book's language, then of every other language a passage of it is in
   * (cached per language by {@link Hyphenators}); the walk itself is done on the pool too.
   */
  static void hyphenation(Executor pool, Document document) {
    pool.execute(() -> {
      try {
        Hyphenators.forLanguage(document.metadata().lang());
        Set<Lang> others = new LinkedHashSet<>();
        for (Chapter c : document.chapters()) {
          ModelWalk.forEachInline(c.blocks(), i -> {
            if (i instanceof Foreign f) others.add(f.lang());
          });
        }
        for (Lang l : others) Hyphenators.forLanguage(l);
      } catch (RuntimeException e) {
        // A broken pattern file; the typesetter's own call reports it.
      }
    });
  }
}
