package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Heading;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.ModelWalk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pandoc's {@code number-sections}: each numbered heading of the text gets its number, {@code 2},
 * {@code 2.1}, {@code 2.1.3}, counted through the whole book. An unnumbered heading ({@code {-}})
 * neither takes nor uses a number. As in pandoc, a heading below a missing level counts that
 * level as 0 ({@code 0.1} before any level-1 heading). Headings inside quotes, lists or notes are
 * quotations, not sections: only the top level and divs count.
 */
final class SectionNumbering {
  private final int[] counters = new int[Heading.MAX_LEVEL];

  private SectionNumbering() {}

  static Document apply(Document doc) {
    if (!doc.metadata().text().numberSections()) return doc;
    SectionNumbering step = new SectionNumbering();
    List<Chapter> out = new ArrayList<>();
    for (Chapter c : doc.chapters()) out.add(new Chapter(c.file(), step.blocks(c.blocks())));
    return new Document(doc.metadata(), out);
  }

  /**
   * The section headings are the ones {@link ModelWalk#forEachSectionHeading} names (as the
   * contents and the EPUB's navigation list them); each is replaced, by identity, through the
   * model's rewriter, which keeps every other node as it is.
   */
  private List<Block> blocks(List<Block> blocks) {
    Map<Heading, Heading> numbered = new IdentityHashMap<>();
    ModelWalk.forEachSectionHeading(blocks, h -> {
      if (h.numbered()) numbered.put(h, number(h));
    });
    if (numbered.isEmpty()) return blocks;
    return new ModelRewriter() {
      @Override public List<Block> visitHeading(Heading h) {
        Heading n = numbered.get(h);
        return n != null ? List.of(n) : super.visitHeading(h);
      }
    }.blocks(blocks);
  }

  private Heading number(Heading h) {
    int level = h.level() - 1;
    counters[level]++;
    for (int k = level + 1; k < counters.length; k++) counters[k] = 0;
    StringBuilder s = new StringBuilder();
    for (int k = 0; k <= level; k++) s.append(k == 0 ? "" : ".").append(counters[k]);
    return new Heading(h.level(), h.id(), h.content(), true, Optional.of(s.toString()), h.span());
  }
}
