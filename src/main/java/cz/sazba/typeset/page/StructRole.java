package cz.sazba.typeset.page;

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that Sazba uses. */
public enum StructRole {
  DOCUMENT("Document"),
  SECT("Sect"),
  DIV("Div"),
  H1("H1"),
  H2("H2"),
  H3("H3"),
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

  /** The name written as the structure element's /S. */
  public String pdfName() {
    return pdfName;
  }
}
