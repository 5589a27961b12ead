package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Figure;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Link;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Table;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbered captions and pandoc-crossref's references. Figures are numbered through the book in
 * reading order, and so are tables with a caption; each caption then starts with its label in the
 * book's language ("Figure 3: ", "Obrázek 3: "). Then every {@code [@fig:id]}, {@code [@tbl:id]}
 * and {@code [@sec:id]} (also written {@code @fig:id} in the text) becomes a link to its target
 * whose text is "Figure 3", "Table 2", "Section 1.4" (the heading's title in quotes when the book
 * numbers no sections); several in one bracket share the word: "Figures 1 and 2". A label that
 * names nothing is an error at its place, as an unknown citation key is.
 *
 * <p>The citation step leaves alone every citation with one of these prefixes ({@link
 * #isCrossReference}); a bracket that mixes them with real citation keys is an error here.
 */
final class CrossReferences {
  static final List<String> PREFIXES = List.of("fig:", "tbl:", "sec:");

  private final Terms terms;
  private final Diagnostics diagnostics;
  /** Label to the text of a reference to it ("Figure 3"), for every target in the book. */
  private final Map<String, Target> targets = new LinkedHashMap<>();
  private int figures;
  private int tables;

  private record Target(String prefix, String number, Span span) {}

  private CrossReferences(Terms terms, Diagnostics diagnostics) {
    this.terms = terms;
    this.diagnostics = diagnostics;
  }

  static boolean isCrossReference(String key) {
    for (String p : PREFIXES) if (key.startsWith(p) && key.length() > p.length()) return true;
    return false;
  }

  static boolean isCrossReference(Cite cite) {
    for (CiteItem item : cite.items()) if (isCrossReference(item.key())) return true;
    return false;
  }

  static Document apply(Document doc, Diagnostics diagnostics) {
    CrossReferences step = new CrossReferences(Terms.of(doc.metadata().lang()), diagnostics);
    List<Chapter> numbered = new ArrayList<>();
    for (Chapter c : doc.chapters()) numbered.add(new Chapter(c.file(), step.numbering.blocks(c.blocks())));
    List<Chapter> linked = new ArrayList<>();
    for (Chapter c : numbered) linked.add(new Chapter(c.file(), step.linking.blocks(c.blocks())));
    return new Document(doc.metadata(), linked);
  }

  /** Numbers figures and captioned tables and learns every label, headings' included. */
  private final ModelRewriter numbering = new ModelRewriter() {
    @Override public List<Block> visitFigure(Figure f) {
      Figure numbered = super.visitFigure(f).get(0) instanceof Figure g ? g : f;
      int n = ++figures;
      if (!f.id().isEmpty()) targets.putIfAbsent(f.id(), new Target("fig", Integer.toString(n), f.span()));
      return List.of(new Figure(numbered.id(), numbered.image(), labelled("fig", n, numbered.caption()), n, numbered.span()));
    }

    @Override public List<Block> visitTable(Table t) {
      Table rewritten = super.visitTable(t).get(0) instanceof Table u ? u : t;
      if (rewritten.caption().isEmpty()) {
        if (!t.id().isEmpty()) targets.putIfAbsent(t.id(), new Target("tbl", "", t.span()));
        return List.of(rewritten);
      }
      int n = ++tables;
      if (!t.id().isEmpty()) targets.putIfAbsent(t.id(), new Target("tbl", Integer.toString(n), t.span()));
      return List.of(new Table(rewritten.id(), labelled("tbl", n, rewritten.caption()), rewritten.columns(),
          rewritten.head(), rewritten.body(), n, rewritten.span()));
    }

    @Override public List<Block> visitHeading(Heading h) {
      String text = h.number().orElse("");
      // Without section numbers a reference names the section by its title.
      targets.putIfAbsent(h.id(), new Target("sec", text.isEmpty() ? terms.quoted(Inlines.plainText(h.content()).strip())
          : text, h.span()));
      return super.visitHeading(h);
    }
  };

  private List<Inline> labelled(String prefix, int n, List<Inline> caption) {
    List<Inline> out = new ArrayList<>();
    Span at = caption.isEmpty() ? Span.GENERATED : caption.get(0).span();
    out.add(new Text(terms.captionLabel(prefix, n), at));
    out.addAll(caption);
    return out;
  }

  private final ModelRewriter linking = new ModelRewriter() {
    @Override public List<Inline> visitCite(Cite c) {
      return isCrossReference(c) ? resolve(c) : List.of(c);
    }
  };

  /** The links a bracket of references becomes; nothing for the ones reported. */
  private List<Inline> resolve(Cite cite) {
    List<Inline> out = new ArrayList<>();
    List<CiteItem> items = cite.items();
    boolean ok = true;
    for (CiteItem item : items) {
      if (!isCrossReference(item.key())) {
        diagnostics.error("crossref-mixed", item.span(),
            "the citation " + Quote.of("@" + item.key()) + " shares its brackets with a reference to a figure, table or section",
            "cite works and refer to figures in separate brackets: [@fig:map] and [@smith2001]");
        ok = false;
        continue;
      }
      Target target = targets.get(item.key());
      String prefix = item.key().substring(0, item.key().indexOf(':'));
      if (target == null || !target.prefix.equals(prefix)) {
        String hint = EditDistance.closest(item.key(), targets.keySet().stream().filter(k -> k.startsWith(prefix + ":")).toList())
            .map(k -> "did you mean " + Quote.of(k) + "?")
            .orElse("give the " + kindName(prefix) + " the identifier {#" + Quote.visible(item.key()) + "}");
        diagnostics.error("crossref-unknown", item.span(), "nothing in the book has the label " + Quote.of(item.key()), hint);
        ok = false;
      } else if (target.number.isEmpty()) {
        diagnostics.error("crossref-unnumbered", item.span(),
            "the table " + Quote.of(item.key()) + " has no caption, so it has no number to refer to",
            "give it a caption: a line 'Table: what it shows {#" + Quote.visible(item.key()) + "}' after it");
        ok = false;
      } else if (item.locator().isPresent()) {
        diagnostics.warning("crossref-locator-ignored", item.span(),
            "a reference to a figure, table or section takes no page or locator; " + Quote.of(item.locator().get())
                + " is left out", "remove the text after the label");
      }
    }
    if (!ok) return List.of();
    // Consecutive references of one kind share the word: "Figures 1, 2 and 4".
    int i = 0;
    while (i < items.size()) {
      String prefix = prefixOf(items.get(i).key());
      int j = i;
      while (j < items.size() && prefixOf(items.get(j).key()).equals(prefix)) j++;
      if (!out.isEmpty()) out.add(new Text("; ", cite.span()));
      String word = terms.referenceWord(prefix, j - i > 1) + "\u00A0";
      for (int k = i; k < j; k++) {
        CiteItem item = items.get(k);
        Target target = targets.get(item.key());
        String text = (k == i ? word : "") + target.number;
        if (k > i) out.add(new Text(k == j - 1 ? " " + terms.and() + " " : ", ", cite.span()));
        out.add(new Link("#" + item.key(), List.of(new Text(text, item.span())), item.span()));
      }
      i = j;
    }
    return out;
  }

  private static String prefixOf(String key) {
    return key.substring(0, key.indexOf(':'));
  }

  private static String kindName(String prefix) {
    return prefix.equals("fig") ? "figure" : prefix.equals("tbl") ? "table (after its caption)" : "heading";
  }
}
