package cz.sazba.epub;

import java.util.List;
import java.util.Objects;

/**
 * Where a printed page of the PDF edition starts, in model terms, so the EPUB can mark it.
 *
 * @param label the page number as printed ({@code 7}, {@code iv})
 * @param divisionId the division the page starts in
 * @param blockPath index of the block in the division, then for nested blocks the index inside
 *     (list: item index, then block index in the item; block quote: inner block index; reference
 *     list: entry index; contents list: entry index), ending at a block with inline text
 * @param charOffset offset into {@code Inlines.plainText} of that leaf's content; 0 is its start
 */
public record PrintPage(String label, String divisionId, List<Integer> blockPath, int charOffset) {
  public PrintPage {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(divisionId, "divisionId");
    if (label.isBlank()) throw new IllegalArgumentException("blank page label");
    blockPath = List.copyOf(blockPath);
    if (blockPath.isEmpty()) throw new IllegalArgumentException("empty block path for page " + label);
  }
}
