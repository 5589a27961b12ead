package cz.sazba.typeset.page;

import cz.sazba.model.ImageData;

/**
 * A picture drawn in a rectangle of the page (a figure's image). {@code key} names the file: every
 * element with the same key draws the same embedded image.
 *
 * @param key the image's path in the manuscript
 */
public record ImageElement(long left, long bottom, long width, long height, String key, ImageData data, Tag tag)
    implements PageElement {
  public ImageElement {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("image of size " + width + "x" + height);
  }
}
