package cz.sazba.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One name for a place in the book, shared by every stage: the division, the path of block
 * indices down to the block that holds the text, and a character offset into that block's plain
 * text ({@link Inlines#plainText}). The typesetter's frames carry it, the EPUB places its page
 * list by it, so the two never need a private agreement on coordinates.
 *
 * <p>The block path is the index of the block in its division, then for nested blocks the index
 * inside: a list's item and then the block in the item, a quote's inner block, a reference list's
 * or contents list's entry. A path always ends at a block with inline text (or at a title page).
 *
 * @param divisionId the {@link Division#id()}
 * @param blockPath indices from the division down; never empty
 * @param offset characters into the innermost block's plain text; 0 is its start
 */
public record Locator(String divisionId, List<Integer> blockPath, int offset) implements Comparable<Locator> {
  public Locator {
    Objects.requireNonNull(divisionId, "divisionId");
    blockPath = List.copyOf(blockPath);
    if (blockPath.isEmpty()) throw new IllegalArgumentException("empty block path in " + divisionId);
    if (offset < 0) throw new IllegalArgumentException("negative offset " + offset);
  }

  /** The start of the {@code index}-th block of a division. */
  public static Locator block(String divisionId, int index) {
    return new Locator(divisionId, List.of(index), 0);
  }

  /** The start of the {@code index}-th child of this place's block (an item, an entry, an inner block). */
  public Locator child(int index) {
    List<Integer> p = new ArrayList<>(blockPath.size() + 1);
    p.addAll(blockPath);
    p.add(index);
    return new Locator(divisionId, p, 0);
  }

  /** The same block, {@code offset} characters into its text. */
  public Locator at(int offset) {
    return offset == this.offset ? this : new Locator(divisionId, blockPath, offset);
  }

  /** Whether both name the same block (whatever the offset). */
  public boolean sameBlock(Locator other) {
    return divisionId.equals(other.divisionId) && blockPath.equals(other.blockPath);
  }

  /** Reading order within one division: by block path, then offset. Divisions compare by id only. */
  @Override
  public int compareTo(Locator o) {
    int c = divisionId.compareTo(o.divisionId);
    if (c != 0) return c;
    for (int i = 0; i < Math.min(blockPath.size(), o.blockPath.size()); i++) {
      c = Integer.compare(blockPath.get(i), o.blockPath.get(i));
      if (c != 0) return c;
    }
    c = Integer.compare(blockPath.size(), o.blockPath.size());
    return c != 0 ? c : Integer.compare(offset, o.offset);
  }

  /** {@code ch01/3.1.0@25}: short, for messages and dumps. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(divisionId).append('/');
    for (int i = 0; i < blockPath.size(); i++) s.append(i == 0 ? "" : ".").append(blockPath.get(i));
    return s.append('@').append(offset).toString();
  }
}
