package cz.sazba.typeset;

import java.util.List;
import java.util.Optional;

/**
 * A line in the vertical list of a division, with the rules the page builder needs.
 *
 * @param left where the line starts, from the left edge of the text block
 * @param skip baseline-to-baseline distance from the line before, when both share a page
 * @param topSkip distance from the top of the text block to this baseline when it opens a page
 * @param breakBefore whether a page may end just before this line (false inside the first or last
 *     two lines of a paragraph, and after a heading)
 * @param anchors anchors of blocks that start with this line (headings, reference entries),
 *     placed at the top of the line
 * @param ascent height above the baseline, for the anchors' position
 * @param section the text of a level-1 heading that starts here, for running heads
 */
record VLine(
    SetLine line,
    long left,
    long skip,
    long topSkip,
    boolean breakBefore,
    List<String> anchors,
    long ascent,
    Optional<String> section,
    Position position) {

  /** Where the line's text comes from in the model, for the EPUB's page list. */
  record Position(String divisionId, List<Integer> blockPath, int charOffset) {}
}
