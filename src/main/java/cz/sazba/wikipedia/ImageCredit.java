package cz.sazba.wikipedia;

import java.util.Locale;
import java.util.Optional;

/**
 * An image's licence and credit from the API's {@code extmetadata} (Artist, LicenseShortName,
 * LicenseUrl, Credit, NonFree), and whether a book may carry it: free licences (Creative Commons
 * BY and BY-SA, CC0, public domain, GFDL, Free Art, …) yes; non-free (fair use) or unknown no.
 */
record ImageCredit(String fileName, String author, String licence, Optional<String> licenceUrl, String source,
    boolean nonFree) {

  /** Why the book cannot carry the image, or empty when it may. */
  Optional<String> refusal() {
    if (nonFree) return Optional.of("non-free (fair use) file: a book may not reuse it");
    String l = licence.toLowerCase(Locale.ROOT);
    if (l.isBlank()) return Optional.of("its licence is not stated");
    if (l.contains("-nc") || l.contains(" nc") || l.contains("-nd") || l.contains(" nd") || l.contains("fair use")
        || l.contains("non-free")) {
      return Optional.of("licence " + licence + " does not allow reuse in a book");
    }
    boolean free = l.startsWith("cc by") || l.startsWith("cc-by") || l.startsWith("cc0") || l.contains("public domain")
        || l.equals("pd") || l.startsWith("pd-") || l.startsWith("gfdl") || l.startsWith("gpl") || l.startsWith("lgpl")
        || l.startsWith("fal") || l.contains("free art") || l.startsWith("attribution") || l.startsWith("mit")
        || l.startsWith("bsd") || l.startsWith("copyrighted free use");
    return free ? Optional.empty() : Optional.of("licence " + licence + " is not one Sazba knows to be free");
  }

  /** One line for the colophon: {@code File:X.jpg: Author, CC BY-SA 4.0 (url), source}. */
  String line() {
    StringBuilder sb = new StringBuilder("Image File:").append(fileName).append(": ");
    sb.append(author.isBlank() ? "author not stated" : author).append("; ").append(licence);
    licenceUrl.ifPresent(u -> sb.append(" (").append(u).append(')'));
    if (!source.isBlank()) sb.append("; source: ").append(source);
    return sb.append('.').toString();
  }
}
