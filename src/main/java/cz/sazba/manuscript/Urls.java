package cz.sazba.manuscript;

import cz.sazba.source.Quote;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a book may link to: absolute {@code http}, {@code https} and {@code mailto} URLs, and
 * {@code #anchor}s inside the book. A relative link has nothing to point at in a PDF or an EPUB
 * made from one manuscript, so it is an error rather than a broken link in the output.
 */
final class Urls {
  private Urls() {}

  /** Why a link target is not accepted, as {@code code} and sentence; empty when it is fine. */
  record Problem(String code, String message, String hint) {}

  static Optional<Problem> checkLink(String href) {
    if (href.startsWith("#")) {
      return href.length() > 1 && href.chars().noneMatch(Character::isWhitespace)
          ? Optional.empty()
          : Optional.of(new Problem("link-malformed", Quote.of(href) + " is not a valid anchor", "write #identifier"));
    }
    return checkAbsolute(href, true).map(p -> p.code().equals("link-relative")
        ? new Problem(p.code(), p.message(), "write an absolute URL (https://...) or #anchor for a place in the book")
        : p);
  }

  /** An absolute http(s) URL (or mailto when {@code mailtoAllowed}), for links and metadata. */
  static Optional<Problem> checkAbsolute(String href, boolean mailtoAllowed) {
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      return Optional.of(new Problem("link-malformed", Quote.of(href) + " is not a valid URL: " + Quote.visible(e.getReason()),
          "percent-encode spaces and special characters (%20 for a space)"));
    }
    if (!uri.isAbsolute()) {
      return Optional.of(new Problem("link-relative", Quote.of(href) + " is a relative link",
          "write an absolute URL (https://...)"));
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("mailto") && mailtoAllowed) return Optional.empty();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(new Problem("link-scheme", Quote.of(scheme + ":") + " links are not supported",
          mailtoAllowed ? "use http, https or mailto" : "use an http or https URL"));
    }
    if (uri.getHost() == null) {
      return Optional.of(new Problem("link-malformed", Quote.of(href) + " has no host", "write https://host/path"));
    }
    return Optional.empty();
  }
}
