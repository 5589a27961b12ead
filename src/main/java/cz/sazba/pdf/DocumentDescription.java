package cz.sazba.pdf;

import cz.sazba.model.License;
import cz.sazba.model.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What both the Info dictionary and the XMP packet say about the book, decided once so the two
 * cannot disagree (PDF/A requires them to be equivalent).
 *
 * @param author the Info /Author: only when there is exactly one author, because PDF/A wants it
 *     equal to the single entry of dc:creator
 * @param languages the book's language first, then the other languages its text uses, sorted
 * @param rights a sentence naming the licence, when the book has rights or a licence
 */
record DocumentDescription(
    String title,
    Optional<String> subject,
    List<String> creators,
    Optional<String> author,
    List<String> languages,
    Optional<String> rights,
    Optional<License> license,
    Instant timestamp) {
  static final String CREATOR_TOOL = "Sazba";
  static final String PRODUCER = "Sazba with Apache PDFBox 3.0.8";

  static DocumentDescription of(Metadata m, List<String> otherLanguages, Instant timestamp) {
    List<String> languages = new java.util.ArrayList<>();
    languages.add(m.lang().tag());
    new java.util.TreeSet<>(otherLanguages).forEach(l -> {
      if (!languages.contains(l)) languages.add(l);
    });
    Optional<String> rights = rightsSentence(m);
    return new DocumentDescription(
        m.title(),
        m.subtitle(),
        m.authors(),
        m.authors().size() == 1 ? Optional.of(m.authors().get(0)) : Optional.empty(),
        List.copyOf(languages),
        rights,
        m.license(),
        timestamp);
  }

  private static Optional<String> rightsSentence(Metadata m) {
    StringBuilder s = new StringBuilder(m.rights().orElse("").strip());
    m.license().ifPresent(l -> {
      if (s.length() > 0) s.append(' ');
      s.append("Licensed under ").append(l.name()).append(" (").append(l.url()).append(").");
    });
    return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
  }
}
