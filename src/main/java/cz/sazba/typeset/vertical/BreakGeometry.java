package cz.sazba.typeset.vertical;

/**
 * What the page breaker knows of a page.
 *
 * @param textHeight height of the text block: top floats, body and foot inserts share it
 * @param insertSkip space above the first insert of a page (the separator rule sits in it)
 * @param insertGap space between two inserts
 * @param maxInsertHeight the most the foot inserts may take of a page
 * @param floatSkip space below each top float
 */
public record BreakGeometry(long textHeight, long insertSkip, long insertGap, long maxInsertHeight, long floatSkip) {}
