package cz.sazba.epub;

import cz.sazba.model.Lang;

/**
 * The few words the EPUB adds itself (navigation headings, accessible names), in the book's
 * language: Czech or English, English for any other language.
 */
record Labels(
    String contents,
    String landmarks,
    String pages,
    String titlePage,
    String colophon,
    String references,
    String bodyStart,
    String backToCitation,
    String page,
    String backToNote,
    String cover,
    String by) {

  static Labels forLanguage(Lang lang) {
    if ("cs".equals(lang.language())) {
      return new Labels("Obsah", "Orientační body", "Strany tištěného vydání", "Titulní strana", "Tiráž",
          "Literatura", "Začátek textu", "Zpět na citaci", "Strana", "Zpět k poznámce", "Obálka", "Autor");
    }
    return new Labels("Contents", "Landmarks", "Pages of the print edition", "Title page", "Colophon",
        "References", "Start of text", "Back to citation", "Page", "Back to note", "Cover", "By");
  }

  /** The accessible name of the {@code n}-th of {@code count} links back to citations. */
  String backlinkName(int n, int count) {
    return count == 1 ? backToCitation : backToCitation + " " + n;
  }
}
