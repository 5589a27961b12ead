package cz.sazba.typeset.page;

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that Sazba uses. */
public enum StructRole {
  DOCUMENT("Document"),
  SECT("Sect"),
  DIV("Div"),
  H1("H1"),
  H2("H2"),
  H3("H3"),
  H4("H4"),
  H5("H5"),
  H6("H6"),
  P("P"),
  BLOCK_QUOTE("BlockQuote"),
  L("L"),
  LI("LI"),
  LBL("Lbl"),
  L_BODY("LBody"),
  TOC("TOC"),
  TOCI("TOCI"),
  SPAN("Span"),
  LINK("Link"),
  REFERENCE("Reference"),
  BIB_ENTRY("BibEntry"),
  NOTE("Note");

  private final String pdfName;

  StructRole(String pdfName) {
    this.pdfName = pdfName;
  }

  /** The heading role of level 1 to 6. */
  public static StructRole heading(int level) {
    switch (level) {
      case 1: return H1;
      case 2: return H2;
      case 3: return H3;
      case 4: return H4;
      case 5: return H5;
      case 6: return H6;
      default: throw new IllegalArgumentException("heading level " + level);
    }
  }

  /** The name written as the structure element's /S. */
  public String pdfName() {
    return pdfName;
  }
}
