package cz.sazba.model;

import java.util.Locale;

/**
 * A BCP 47 language tag, well-formed and with a known ISO 639 language. Kept as the tag the user
 * wrote (normalised case) because that is what {@code xml:lang}, PDF {@code /Lang} and XMP want.
 */
public record Lang(String tag) {
  public Lang {
    Locale locale = parse(tag);
    if (locale == null) throw new IllegalArgumentException("not a known BCP 47 language tag: " + tag);
    tag = locale.toLanguageTag();
  }

  /** The parsed tag, or null when it is ill-formed or its language is not an ISO 639 language. */
  public static Lang parseOrNull(String tag) {
    return parse(tag) == null ? null : new Lang(tag);
  }

  /** ISO 639 languages, read once (the JDK hands out a fresh array each time). */
  private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

  /**
   * Parsed tags, kept: a book asks for the locale of the same few tags once per word. A book has
   * a handful of tags, so the map stays small; past a bound it starts over.
   */
  private static final java.util.concurrent.ConcurrentMap<String, Locale> LOCALES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Locale parse(String tag) {
    if (tag == null || tag.isBlank()) return null;
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
    } catch (java.util.IllformedLocaleException e) {
      return null;
    }
    String language = locale.getLanguage();
    if (language.isEmpty()) return null;
    return ISO_LANGUAGES.contains(language) ? locale : null;
  }

  public Locale locale() {
    Locale known = LOCALES.get(tag);
    if (known != null) return known;
    if (LOCALES.size() > 1024) LOCALES.clear();
    Locale parsed = Locale.forLanguageTag(tag);
    LOCALES.putIfAbsent(tag, parsed);
    return parsed;
  }

  /** The primary language subtag, lower case: {@code cs} for {@code cs-CZ}. */
  public String language() {
    return locale().getLanguage();
  }

  // equals and hashCode written out, as a record's would be (same values): the generated ones are
  // linked on first call through invokedynamic and method handles, some 15 classes spun at run
  // time that no class-data archive keeps, and a book compares languages from its first word on
  // (docs/performance.md, "Records compared without method handles").
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Lang l && java.util.Objects.equals(tag, l.tag);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(tag);
  }

  @Override
  public String toString() {
    return tag;
  }
}
