/**
 * Vertical material and the page breaker. A block's layouter emits {@link
 * cz.sazba.typeset.vertical.VItem}s: lines, boxes, glue, penalties, inserts (page-foot notes)
 * and floats (figures, tables); {@link cz.sazba.typeset.vertical.PageBreaker} cuts a division's
 * material into pages, with room for the inserts on the page of their mark and the floats at the
 * top of this page or the next, and {@link cz.sazba.typeset.vertical.PageComposer} places a cut as
 * a tree of frames. Nothing here knows what a heading or a list is.
 */
package cz.sazba.typeset.vertical;
