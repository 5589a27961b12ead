package cz.sazba.manuscript;

import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Inline;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pandoc's {@code example_lists}: every {@code (@)} item of the book is numbered on from the one
 * before in reading order, across lists and chapter files (pandoc reads {@code manuscript/*.md}
 * as one text) and into the example lists inside an item (they come after their item and before
 * the next one), and an item {@code (@label)} gives its number to every {@code @label} written as
 * a narrative citation ({@code as (@good) shows} is set {@code as (2) shows}), before or after the
 * item. A label used twice names the later item, as in pandoc, and is a warning at the later
 * item. Only a bare {@code @label} is a reference: {@code [@label]} and {@code @label [p. 3]} stay
 * citations, as pandoc keeps them.
 */
final class ExampleLists {
  private int count;
  /** Each label's latest example: its number, and its marker for the warning about a label used again. */
  private final Map<String, Labelled> labels = new HashMap<>();

  private record Labelled(int number, Span marker) {}

  /**
   * The next example's number; its label, when it has one, names it from now on. A label an
   * earlier example has is a warning at {@code marker}, the later item's marker.
   */
  int next(String label, Span marker, Diagnostics diagnostics) {
    count++;
    if (label != null && !label.isEmpty()) {
      Labelled before = labels.put(label, new Labelled(count, marker));
      if (before != null) {
        diagnostics.warning("example-label-duplicate", marker, "the example label " + Quote.of("@" + label)
                + " is already example (" + before.number() + ") at " + before.marker().location() + ", so every @"
                + Quote.visible(label) + " in the book names this example (" + count + ") instead, as in pandoc",
            "give each example its own label");
      }
    }
    return count;
  }

  /** The chapters with every reference to an example label replaced by the example's number. */
  List<Chapter> resolve(List<Chapter> chapters) {
    if (labels.isEmpty()) return chapters;
    ModelRewriter rewriter = new ModelRewriter() {
      @Override public List<Inline> visitCite(Cite c) {
        Integer n = number(c);
        return n == null ? super.visitCite(c) : List.of(new Text(Integer.toString(n), c.span()));
      }

      @Override public List<Inline> inlines(List<Inline> inlines) {
        boolean any = false;
        for (Inline i : inlines) any |= i instanceof Cite c && number(c) != null;
        List<Inline> out = super.inlines(inlines);
        return any ? joined(out) : out;
      }
    };
    List<Chapter> out = new ArrayList<>();
    for (Chapter c : chapters) out.add(new Chapter(c.file(), rewriter.blocks(c.blocks())));
    return out;
  }

  private Integer number(Cite c) {
    if (!c.authorInText() || c.items().size() != 1) return null;
    CiteItem item = c.items().get(0);
    if (item.locator().isPresent() || item.prefix().isPresent()) return null;
    Labelled l = labels.get(item.key());
    return l == null ? null : l.number();
  }

  /** Neighbouring texts as one, as the reader leaves them: a number between brackets is one word. */
  private static List<Inline> joined(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev
          && prev.span().file() == t.span().file()) {
        out.set(out.size() - 1, new Text(prev.text() + t.text(),
            prev.span().file().span(prev.span().start(), Math.max(prev.span().end(), t.span().end()))));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
