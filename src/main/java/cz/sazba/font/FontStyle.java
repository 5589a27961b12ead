package cz.sazba.font;

/** The four styles a book face comes in. */
public enum FontStyle {
  REGULAR,
  ITALIC,
  BOLD,
  BOLD_ITALIC;

  public static FontStyle of(boolean bold, boolean italic) {
    return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
  }

  public boolean isBold() {
    return this == BOLD || this == BOLD_ITALIC;
  }

  public boolean isItalic() {
    return this == ITALIC || this == BOLD_ITALIC;
  }
}
