package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import cz.sazba.typeset.page.Frame;

/**
 * A block of material laid out by its layouter as a frame (a table, a picture): it is placed
 * whole, never broken. The frame is in box coordinates: origin at the box's top-left corner, y
 * up (so its content has negative bottoms); placing moves it.
 *
 * @param height from the box's top to its bottom
 */
public record Box(Frame frame, long height, long topSkip, Locator locator) implements Content {
  @Override
  public long extent() {
    return height;
  }
}
