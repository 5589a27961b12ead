package cz.sazba.typeset.vertical;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertical material of a division (or of a note, a float) as layouters emit it. The usual
 * step is {@link #add(Content, long, int)}: a penalty saying whether a page may end before the
 * content, the glue above it, then the content. An {@link Insert} is added right after the
 * content that holds its mark, a {@link Floating} where the text refers to it.
 */
public final class VerticalList {
  private final List<VItem> items = new ArrayList<>();
  private int contentCount;

  /**
   * Adds content after a possible page break.
   *
   * @param skip distance from the previous content's end to this one's reference point (a
   *     baseline-to-baseline distance between lines)
   * @param penalty cost of ending a page before it ({@link Penalty#ALLOW}, {@link Penalty#FORBID})
   * @return the content's index, for {@link #replace}
   */
  public int add(Content content, long skip, int penalty) {
    items.add(new Penalty(penalty));
    items.add(new Glue(skip));
    items.add(content);
    contentCount++;
    return items.size() - 1;
  }

  /** Adds a note whose mark is in the content added last. */
  public void addInsert(Insert insert) {
    if (contentCount == 0) throw new IllegalStateException("an insert needs the content that holds its mark before it");
    items.add(insert);
  }

  /** Adds a float at the place the text refers to it. */
  public void addFloat(Floating floating) {
    items.add(floating);
  }

  /** Adds any item as it is (glue or a penalty of one's own). */
  public void addItem(VItem item) {
    items.add(item);
    if (item instanceof Content) contentCount++;
  }

  /** Whether any content has been added yet. */
  public boolean hasContent() {
    return contentCount > 0;
  }

  /** The item at {@code index}. */
  public VItem get(int index) {
    return items.get(index);
  }

  /** The index the next added item will have. */
  public int size() {
    return items.size();
  }

  /** Replaces the content at {@code index} (a list label added to an item's first line). */
  public void replace(int index, Content content) {
    if (!(items.get(index) instanceof Content)) throw new IllegalArgumentException("item " + index + " is no content");
    items.set(index, content);
  }

  /** The material so far, as an immutable list. */
  public List<VItem> items() {
    return List.copyOf(items);
  }

  /**
   * Height of a vertical list set on its own: from its top to the last content's end (a last
   * line's baseline), glue and penalties before the first content dropped, inserts and floats
   * (which go elsewhere) not counted.
   */
  public static long height(List<VItem> list) {
    long pos = -1;
    long glue = 0;
    for (VItem item : list) {
      if (item instanceof Content c) {
        pos = (pos < 0 ? c.topSkip() : pos + glue) + c.extent();
        glue = 0;
      } else if (item instanceof Glue g) {
        if (pos >= 0) glue += g.height();
      }
    }
    return Math.max(pos, 0);
  }
}
