package cz.sazba.pipeline;

/** The two finished files of a book, in memory, and the base name they are written under. */
public record BuiltBook(String slug, byte[] pdf, byte[] epub) {
  public String pdfName() {
    return slug + ".pdf";
  }

  public String epubName() {
    return slug + ".epub";
  }
}
