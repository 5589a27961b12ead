package cz.sazba.typeset.page;

/**
 * A clickable area. {@code href} is an absolute URL or {@code #anchor}; {@code description} is
 * the link's text for the annotation's /Contents (what a screen reader announces).
 */
public record LinkArea(long left, long bottom, long right, long top, String href, String description, Tag tag)
    implements PageElement {
  public boolean isInternal() {
    return href.startsWith("#");
  }
}
