package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Block;
import cz.sazba.model.Heading;
import cz.sazba.model.Lang;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ThematicBreak;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cz.sazba.source.InOrder;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A division's running paragraphs set ahead, on the other threads of the pool, while its blocks
 * are laid out one after another: breaking a paragraph into lines (shaping, hyphenation,
 * Knuth–Plass and its looser and tighter settings) is most of a division's layout and depends on
 * nothing before it, but the vertical list it goes into does (a heading's keep, widows, the notes
 * placed after their lines), so the list is still built in order and only the setting moves.
 *
 * <p>A paragraph set ahead is flattened on its own, its structure nodes numbered from 0 in a tree
 * of its own, with the indent it will most likely have (none right after a heading or a scene
 * break, or at the division's start). When the layout reaches it, the paragraph is flattened as
 * always, into the division's tree, and the setting made ahead is used only if that gives the
 * same runs with every node id moved by the paragraph's own id and the same indent and language;
 * its lines then take the real ids. Otherwise (a note numbered in the division, an indent guessed
 * wrong) the paragraph is set there and then as before. Setting is a pure function of those
 * inputs, so either way the lines are the same, whichever thread set them and when: the output
 * does not depend on the thread count.
 *
 * <p>Work is taken in layout order by the helpers and by the layout itself ({@link InOrder}): the
 * layout sets the next untaken paragraph while the one it needs is being set elsewhere, so
 * neither waits while there is work.
 */
final class ParagraphsAhead {
  /**
   * What a running paragraph is set with besides its runs: both the layout and the helpers set
   * through {@link #set}, and a setting made ahead is used only for an equal one.
   */
  record Setting(long size, long width, long indent, boolean hyphenate, Lang lang) {
    TextSetter.Flexed set(TextSetter setter, List<Run> runs, cz.sazba.source.Span span) {
      return setter.setFlexible(runs, size, width, indent, hyphenate, span);
    }

    // equals and hashCode written out as a record's would be: see Lang.equals.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Setting s && size == s.size && width == s.width && indent == s.indent
              && hyphenate == s.hyphenate && java.util.Objects.equals(lang, s.lang);
    }

    @Override
    public int hashCode() {
      int h = Long.hashCode(size);
      h = 31 * h + Long.hashCode(width);
      h = 31 * h + Long.hashCode(indent);
      h = 31 * h + Boolean.hashCode(hyphenate);
      return 31 * h + java.util.Objects.hashCode(lang);
    }
  }

  /** A paragraph to set ahead, with what it is expected to be set with. */
  private record Candidate(Paragraph paragraph, Setting setting) {}

  /**
   * A paragraph set ahead: its runs with ids from its own tree, its setting, what setting it
   * reported; or, when setting it failed there, none (the layout sets it and meets the problem).
   */
  private record Ahead(List<Run> runs, Setting setting, Optional<TextSetter.Flexed> set,
      List<Diagnostic> reported) {}

  private final LayoutContext ctx;
  private final List<Candidate> candidates;
  /** Item k's result, written by whoever sets it before its {@link InOrder} item completes. */
  private final Ahead[] results;
  private final Map<Paragraph, Integer> indexOf = new IdentityHashMap<>();
  private InOrder order;
  /**
   * Below this many running paragraphs a division is set in place: a title page or a colophon
   * would spend more on starting the helpers than they save.
   */
  private static final int FEWEST = 8;
  /** How many settings made ahead were used, in this JVM (for the tests: that the mechanism runs). */
  static final AtomicInteger TAKEN = new AtomicInteger();

  private ParagraphsAhead(LayoutContext ctx, List<Candidate> candidates) {
    this.ctx = ctx;
    this.candidates = candidates;
    this.results = new Ahead[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) indexOf.put(candidates.get(i).paragraph(), i);
  }

  /**
   * Starts setting the running paragraphs among {@code blocks} (a division's, in the order they
   * are laid out) on {@code helpers} threads of {@code executor}; none when there is no other
   * thread to set them on, or too few paragraphs to be worth it.
   */
  static Optional<ParagraphsAhead> start(List<Block> blocks, List<Integer> order, LayoutContext ctx,
      Executor executor, int helpers) {
    if (helpers < 1 || ctx.small() || ctx.inNote || ctx.inCell) return Optional.empty();
    List<Candidate> candidates = new ArrayList<>();
    boolean afterHeading = true;
    for (int b : order) {
      Block block = blocks.get(b);
      if (block instanceof Paragraph p) {
        PageDesign d = ctx.design;
        candidates.add(new Candidate(p, new Setting(d.body().size(), d.page().textWidth(),
            afterHeading ? 0 : d.body().indent(), d.body().hyphenate(), ctx.documentLang)));
      }
      // A heading or a scene break leaves the next paragraph unindented; a figure floats and
      // leaves it as it was; anything else ends in text, which indents what follows.
      if (!(block instanceof cz.sazba.model.Figure)) {
        afterHeading = block instanceof Heading || block instanceof ThematicBreak;
      }
    }
    if (candidates.size() < FEWEST) return Optional.empty();
    ParagraphsAhead ahead = new ParagraphsAhead(ctx, candidates);
    ahead.order = InOrder.start(candidates.size(), helpers, executor, ahead::setAhead);
    return Optional.of(ahead);
  }

  /** No more paragraphs are taken to be set ahead (the division is laid out, or failed). */
  void stop() {
    order.stop();
  }

  private void setAhead(int i) {
    Candidate c = candidates.get(i);
    StructureTree own = new StructureTree(StructRole.PARAGRAPH);
    List<Run> runs = List.of();
    Diagnostics reported = new Diagnostics();
    Optional<TextSetter.Flexed> set;
    try {
      runs = InlineFlattener.flatten(c.paragraph().content(), FontStyle.REGULAR, c.setting().lang(), own.root(), own,
          new NoteQueue(ctx.design.notes().perDivision()));
      TextSetter setter = new TextSetter(ctx.fonts, ctx.design, reported, ctx.shapes());
      set = Optional.of(c.setting().set(setter, runs, c.paragraph().span()));
    } catch (RuntimeException | StackOverflowError e) { // NOPMD: the layout sets it again and meets it there
      set = Optional.empty();
    }
    results[i] = new Ahead(runs, c.setting(), set, reported.sorted());
  }

  /**
   * The setting made ahead for {@code paragraph}, when it was flattened as {@code runs} (ids from
   * {@code paragraphNode}, the paragraph's node) and is set with {@code setting};
   * what setting it reported goes to the division's diagnostics. Empty when it was not set ahead
   * or not with these inputs.
   */
  Optional<TextSetter.Flexed> take(Paragraph paragraph, List<Run> runs, int paragraphNode, Setting setting) {
    Integer i = indexOf.get(paragraph);
    if (i == null) return Optional.empty();
    order.awaitItem(i);
    Ahead a = results[i];
    // Taken once: its runs need not live on with the division's layout (the same paragraph met
    // again, one object in two places, is set in place).
    results[i] = null;
    if (a == null || a.set().isEmpty()) return Optional.empty();
    if (!a.setting().equals(setting) || !sameRuns(a.runs(), runs, paragraphNode)) {
      return Optional.empty();
    }
    TAKEN.incrementAndGet();
    for (Diagnostic d : a.reported()) ctx.diagnostics.report(d);
    return Optional.of(a.set().get().withIdsMovedBy(paragraphNode));
  }

  /** Whether {@code own} (ids from 0) are {@code real} with every id moved by {@code offset}. */
  private static boolean sameRuns(List<Run> own, List<Run> real, int offset) {
    if (own.size() != real.size()) return false;
    for (int k = 0; k < own.size(); k++) {
      if (!own.get(k).withIdsMovedBy(offset).equals(real.get(k))) return false;
    }
    return true;
  }
}
