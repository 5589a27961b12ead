package cz.sazba.typeset;

import cz.sazba.model.Lang;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grows the logical structure tree while the book is laid out in reading order, then freezes it
 * into immutable {@link StructNode}s. Ids are handed out in creation order, which is reading order.
 */
final class StructureTree {
  private final List<Builder> nodes = new ArrayList<>();
  private final int root;

  StructureTree() {
    root = add(-1, StructRole.DOCUMENT, Optional.empty(), Optional.empty());
  }

  int root() {
    return root;
  }

  /** Adds a child under {@code parent} and returns its id. */
  int add(int parent, StructRole role, Optional<Lang> lang, Optional<String> alt) {
    int id = nodes.size();
    nodes.add(new Builder(id, role, lang, alt));
    if (parent >= 0) nodes.get(parent).children.add(id);
    return id;
  }

  int add(int parent, StructRole role) {
    return add(parent, role, Optional.empty(), Optional.empty());
  }

  StructNode freeze() {
    return freeze(root);
  }

  private StructNode freeze(int id) {
    Builder b = nodes.get(id);
    List<StructNode> children = new ArrayList<>();
    for (int c : b.children) children.add(freeze(c));
    return new StructNode(b.id, b.role, b.lang, b.alt, Optional.empty(), children);
  }

  private static final class Builder {
    final int id;
    final StructRole role;
    final Optional<Lang> lang;
    final Optional<String> alt;
    final List<Integer> children = new ArrayList<>();

    Builder(int id, StructRole role, Optional<Lang> lang, Optional<String> alt) {
      this.id = id;
      this.role = role;
      this.lang = lang;
      this.alt = alt;
    }
  }
}
