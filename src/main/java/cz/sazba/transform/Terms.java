package cz.sazba.transform;

import cz.sazba.model.CslDate;
import cz.sazba.model.Lang;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The few words and date forms generated text needs, for English and Czech. Fixed tables rather
 * than the JVM's locale data: the output must not depend on the machine, and the JDK's Czech
 * month names have changed between releases.
 */
final class Terms {
  private static final List<String> ENGLISH_MONTHS = List.of(
      "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  /** Nominative, for a month without a day: "červen 2015". */
  private static final List<String> CZECH_MONTHS = List.of(
      "leden", "únor", "březen", "duben", "květen", "červen",
      "červenec", "srpen", "září", "říjen", "listopad", "prosinec");
  /** Genitive, for a day of a month: "18. června 2015". */
  private static final List<String> CZECH_MONTHS_GENITIVE = List.of(
      "ledna", "února", "března", "dubna", "května", "června",
      "července", "srpna", "září", "října", "listopadu", "prosince");

  static final Terms ENGLISH = new Terms(false);
  static final Terms CZECH = new Terms(true);

  private final boolean czech;

  private Terms(boolean czech) {
    this.czech = czech;
  }

  /** Czech for a Czech book, English for every other language (the only other one we know). */
  static Terms of(Lang bookLang) {
    return "cs".equals(bookLang.language()) ? CZECH : ENGLISH;
  }

  boolean isCzech() {
    return czech;
  }

  String openQuote() {
    return czech ? "\u201E" : "\u201C";
  }

  String closeQuote() {
    return czech ? "\u201C" : "\u201D";
  }

  String quoted(String s) {
    return openQuote() + s + closeQuote();
  }

  String retrieved() {
    return czech ? "Citováno" : "Retrieved";
  }

  String in() {
    return "In";
  }

  /** "p. 5" or "pp. 5–9"; Czech uses "s." for both. */
  String pages(String page) {
    boolean range = page.contains("-") || page.contains("\u2013") || page.contains(",");
    if (czech) return "s.\u00A0" + page;
    return (range ? "pp.\u00A0" : "p.\u00A0") + page;
  }

  String referencesHeading() {
    return czech ? "Reference" : "References";
  }

  /**
   * Whether an author's own heading names the reference list: the usual headings in English and
   * Czech, whatever the book's language (a Czech book may well say "References").
   */
  boolean isReferencesHeading(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return java.util.Set.of("references", "bibliography", "works cited", "sources", "reference", "literatura",
        "použitá literatura", "seznam literatury", "zdroje", "bibliografie").contains(t);
  }

  String contentsHeading() {
    return czech ? "Obsah" : "Contents";
  }

  String aboutHeading() {
    return czech ? "O tomto vydání" : "About this edition";
  }

  /** "and" before the last of several names. */
  String and() {
    return czech ? "a" : "and";
  }

  /** A CSL date as far as it is known: "1980", "June 2015", "18 June 2015" (Czech alike). */
  String date(CslDate date) {
    if (date.month().isEmpty()) return Integer.toString(date.year());
    int month = date.month().getAsInt();
    if (month < 1 || month > 12) return Integer.toString(date.year());
    if (date.day().isEmpty()) {
      return (czech ? CZECH_MONTHS : ENGLISH_MONTHS).get(month - 1) + " " + date.year();
    }
    return dayMonthYear(date.day().getAsInt(), month, date.year());
  }

  /** A moment in UTC to the minute: "16 November 2018, 09:21 UTC". */
  String utcDateTime(OffsetDateTime moment) {
    OffsetDateTime utc = moment.withOffsetSameInstant(ZoneOffset.UTC);
    return dayMonthYear(utc.getDayOfMonth(), utc.getMonthValue(), utc.getYear())
        + ", " + two(utc.getHour()) + ":" + two(utc.getMinute()) + " UTC";
  }

  private String dayMonthYear(int day, int month, int year) {
    if (czech) return day + ". " + CZECH_MONTHS_GENITIVE.get(month - 1) + " " + year;
    return day + " " + ENGLISH_MONTHS.get(month - 1) + " " + year;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
  // Figures, tables and cross-references

  /** "Figure", "Table", "Section" (one) or their plurals, by the prefix of a label ({@code fig}). */
  String crossReferenceKind(String prefix, boolean plural) {
    switch (prefix) {
      case "fig":
        return czech ? (plural ? "Obrázky" : "Obrázek") : (plural ? "Figures" : "Figure");
      case "tbl":
        return czech ? (plural ? "Tabulky" : "Tabulka") : (plural ? "Tables" : "Table");
      default:
        return czech ? (plural ? "Oddíly" : "Oddíl") : (plural ? "Sections" : "Section");
    }
  }

  /**
   * The word of a cross-reference in running text: "Figure 3", "Figures 1 and 2" in English; in
   * Czech the abbreviations "obr. 3", "tab. 2", "odd. 1.4", which read right in any grammatical
   * case ("viz obr. 3", "v tab. 2"), where a full noun in the nominative would not ("v Oddíl 2").
   */
  String referenceWord(String prefix, boolean plural) {
    if (!czech) return crossReferenceKind(prefix, plural);
    switch (prefix) {
      case "fig":
        return "obr.";
      case "tbl":
        return "tab.";
      default:
        return "odd.";
    }
  }

  /** The label before a caption: "Figure 3: ", "Obrázek 3: ". */
  String captionLabel(String prefix, int number) {
    return crossReferenceKind(prefix, false) + "\u00A0" + number + ": ";
  }

  /** The heading of the attribution page's list of image credits. */
  String imageCreditsHeading() {
    return czech ? "Zdroje obrázků" : "Image credits";
  }
}
