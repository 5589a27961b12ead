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
    this(StructRole.DOCUMENT);
  }

  /**
   * A tree, or a division's part of one, whose root has {@code rootRole}. Ids start at 0 here;
   * a division's ids are moved to their place in the book's tree when the pages are assembled.
   */
  StructureTree(StructRole rootRole) {
    root = add(-1, rootRole, Optional.empty(), Optional.empty());
  }

  /** How many nodes the tree has (its ids are 0 to size - 1). */
  int size() {
    return nodes.size();
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
    return freeze(root, 0);
  }

  private StructNode freeze(int id, int offset) {
    Builder b = nodes.get(id);
    List<StructNode> children = new ArrayList<>();
    for (int c : b.children) children.add(freeze(c, offset));
    return new StructNode(b.id + offset, b.role, b.lang, b.alt, Optional.empty(), children);
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
