package cz.sazba.typeset;

import java.util.List;

/**
 * Where a printed page begins, in model terms, so the EPUB can mark the print edition's pages.
 *
 * @param blockPath index of the block in its division, then indices into nested blocks (list
 *     item and block in it, quote's inner block, reference or contents entry)
 * @param charOffset offset into the plain text of that innermost block
 */
public record PageStart(String label, String divisionId, List<Integer> blockPath, int charOffset) {
  public PageStart {
    blockPath = List.copyOf(blockPath);
  }
}
