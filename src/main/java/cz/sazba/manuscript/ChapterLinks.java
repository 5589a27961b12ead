package cz.sazba.manuscript;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A link to another chapter file without a fragment ({@code [war](02-war.md)}) points at that
 * file's first heading, known only once every file is read. A file with no heading has nothing
 * to point at: the link's text is kept and the link reported.
 */
final class ChapterLinks {
  private ChapterLinks() {}

  static List<Chapter> resolve(List<Chapter> chapters, Diagnostics diagnostics) {
    Map<String, String> firstHeading = new HashMap<>();
    for (Chapter c : chapters) {
      String path = c.file().displayPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      String[] first = {null};
      ModelWalk.forEachBlock(c.blocks(), b -> {
        if (first[0] == null && b instanceof Heading h) first[0] = h.id();
      });
      if (first[0] != null) firstHeading.put(name, first[0]);
    }
    ModelRewriter rewriter = new ModelRewriter() {
      @Override public List<Inline> visitLink(Link l) {
        if (l.isInternal() || l.href().contains(":")) return super.visitLink(l);
        String id = firstHeading.get(l.href());
        if (id == null) {
          diagnostics.warning("link-to-file-without-heading", l.span(),
              "the chapter file " + Quote.of(l.href()) + " has no heading to link to; the link's text is set without a link",
              "link to a heading of it: " + Quote.visible(l.href()) + "#identifier");
          return inlines(l.content());
        }
        return List.of(new Link("#" + id, inlines(l.content()), l.span()));
      }
    };
    List<Chapter> out = new ArrayList<>();
    for (Chapter c : chapters) {
      List<Block> blocks = rewriter.blocks(c.blocks());
      out.add(new Chapter(c.file(), blocks));
    }
    return out;
  }
}
