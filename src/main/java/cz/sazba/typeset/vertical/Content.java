package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;

/**
 * Material that takes room on a page. Each has a reference point: a line's baseline, a box's top.
 * The glue before it measures from the previous content's end (a baseline, a box's bottom) to
 * this reference point; at the top of a page the glue is dropped and the reference point sits
 * {@link #topSkip()} below the top instead.
 */
public sealed interface Content extends VItem permits Line, Box {
  /** Distance from the top of the area to the reference point when this opens a page. */
  long topSkip();

  /** Distance from the reference point to where the next glue is measured from (0 for a line). */
  long extent();

  /** Where the content comes from in the book. */
  Locator locator();
}
