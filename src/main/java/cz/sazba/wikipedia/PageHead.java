package cz.sazba.wikipedia;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the {@code <head>} of Parsoid HTML says about the revision (Specs/HTML): the page's title
 * ({@code <title>}), its name on the wiki ({@code link rel="dc:isVersionOf"}), the wiki
 * ({@code <base href="//en.wikipedia.org/wiki/">}), the revision id (the {@code about} of
 * {@code <html>}, {@code …/Special:Redirect/revision/N}), the edit time
 * ({@code meta property="dc:modified"}) and the content language ({@code lang} of the body).
 *
 * @param wiki scheme and host, {@code https://en.wikipedia.org}, no slash at the end
 * @param pageName the page's name with underscores, {@code Czechoslovakia–Soviet_Union_relations}
 */
record PageHead(String title, String pageName, String wiki, Optional<String> revision, Optional<Instant> modified,
    String lang) {

  static PageHead of(Document doc, String fallbackWiki) throws WikiImportException {
    Element head = doc.head();
    String wiki = fallbackWiki;
    Element base = head.selectFirst("base[href]");
    String baseHref = base == null ? "" : base.attr("href");
    String pageName = null;
    Element isVersionOf = head.selectFirst("link[rel=dc:isVersionOf][href]");
    if (isVersionOf != null) {
      String href = absolute(isVersionOf.attr("href"));
      int wikiPath = href.indexOf("/wiki/");
      if (wikiPath > 0) {
        wiki = href.substring(0, wikiPath);
        pageName = decode(href.substring(wikiPath + 6));
      }
    }
    if (wiki == null && baseHref.contains("/wiki/")) wiki = absolute(baseHref.substring(0, baseHref.indexOf("/wiki/")));
    Element titleElement = head.selectFirst("title");
    String title = titleElement == null ? "" : titleElement.text().strip();
    if (title.isEmpty() && pageName != null) title = pageName.replace('_', ' ');
    if (title.isEmpty()) {
      throw new WikiImportException("the HTML has no <title>: is it Parsoid HTML of a page (the REST API's page/html)?");
    }
    if (pageName == null) pageName = title.replace(' ', '_');
    if (wiki == null) {
      throw new WikiImportException("the HTML does not say which wiki it is from (no <base href> and no "
          + "<link rel=\"dc:isVersionOf\">): is it Parsoid HTML?");
    }
    Optional<String> revision = Optional.empty();
    String about = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("about");
    int r = about.lastIndexOf("/revision/");
    if (r >= 0 && about.substring(r + 10).matches("[0-9]+")) revision = Optional.of(about.substring(r + 10));
    Optional<Instant> modified = Optional.empty();
    Element meta = head.selectFirst("meta[property=dc:modified][content]");
    if (meta != null) {
      try {
        modified = Optional.of(Instant.parse(meta.attr("content")));
      } catch (DateTimeParseException e) {
        modified = Optional.empty();
      }
    }
    String lang = doc.body().attr("lang");
    if (lang.isBlank() && doc.selectFirst("html") != null) lang = doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) lang = "en";
    return new PageHead(title, pageName, wiki, revision, modified, lang);
  }

  private static String absolute(String href) {
    return href.startsWith("//") ? "https:" + href : href;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** A page name as MediaWiki writes it in a URL: non-ASCII and reserved characters percent-encoded. */
  static String encodeName(String pageName) {
    StringBuilder out = new StringBuilder();
    for (byte b : pageName.replace(' ', '_').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:/()!*,;@$".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /** {@code https://host/w/index.php?title=…&oldid=N}: the exact revision. */
  String revisionUrl() {
    return wiki + "/w/index.php?title=" + encodeName(pageName) + revision.map(r -> "&oldid=" + r).orElse("");
  }

  String historyUrl() {
    return wiki + "/w/index.php?title=" + encodeName(pageName) + "&action=history";
  }

  /** A link to another page of the same wiki. */
  String pageUrl(String otherPage) {
    return wiki + "/wiki/" + encodeName(otherPage);
  }
}
