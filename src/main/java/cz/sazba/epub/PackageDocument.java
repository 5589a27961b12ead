package cz.sazba.epub;

import cz.sazba.model.Metadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The package document ({@code content.opf}, EPUB 3.3): metadata with the accessibility
 * statements of EPUB Accessibility 1.1, the manifest and the spine. Written from typed values in a
 * fixed order, so the same book always gives the same bytes.
 */
final class PackageDocument {
  static final String FILE = "content.opf";

  /** The conformance string EPUB Accessibility 1.1 (section 5.1) defines for WCAG 2.1 AA. */
  static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

  /**
   * {@code cc:} is not one of EPUB's reserved prefixes, so the package declares it; the reserved
   * ones ({@code dcterms:}, {@code schema:}, {@code a11y:}) must not be redeclared.
   */
  private static final String PREFIXES = "cc: http://creativecommons.org/ns#";

  /** W3CDTF, the date form EPUB wants in {@code dc:date}; anything else is left out. */
  private static final Pattern W3CDTF =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

  private static final DateTimeFormatter MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One manifest entry: id, path relative to the package document, media type, properties. */
  record Item(String id, String href, String mediaType, Optional<String> properties) {}

  private PackageDocument() {}

  static String modified(Instant instant) {
    return MODIFIED.format(instant);
  }

  static String write(Metadata m, String identifier, Instant modified, List<Item> manifest, List<String> spine,
      boolean hasPageList, String coverId) {
    return write(m, identifier, modified, manifest, spine, hasPageList, coverId, false, true);
  }

  /**
   * @param coverId the manifest id of the cover image (every book has one: its own or one drawn
   *     from the title page)
   * @param pictures whether the book has images, besides the cover, that carry meaning
   * @param allAlt whether every such image has a text alternative
   */
  static String write(Metadata m, String identifier, Instant modified, List<Item> manifest, List<String> spine,
      boolean hasPageList, String coverId, boolean pictures, boolean allAlt) {
    return write(m, identifier, modified, manifest, spine, hasPageList, coverId, pictures, allAlt, List.of());
  }

  /** As above; {@code illustrators} are the authors of pictures with credits of their own (dc:contributor, role ill). */
  static String write(Metadata m, String identifier, Instant modified, List<Item> manifest, List<String> spine,
      boolean hasPageList, String coverId, boolean pictures, boolean allAlt, List<String> illustrators) {
    String lang = Xml.attr(m.lang().tag());
    String dir = XhtmlHead.direction(m.lang());
    StringBuilder out = new StringBuilder(4096);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"")
        .append(lang).append("\" dir=\"").append(dir).append("\" prefix=\"").append(PREFIXES).append("\">\n")
        .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    element(out, "dc:identifier", " id=\"pub-id\"", identifier);
    element(out, "dc:title", " id=\"title\"", m.title());
    for (int i = 0; i < m.authors().size(); i++) {
      element(out, "dc:creator", " id=\"creator-" + (i + 1) + "\"", m.authors().get(i));
    }
    for (int i = 0; i < illustrators.size(); i++) {
      String id = "illustrator-" + (i + 1);
      element(out, "dc:contributor", " id=\"" + id + "\"", illustrators.get(i));
      out.append("<meta refines=\"#").append(id).append("\" property=\"role\" scheme=\"marc:relators\">ill</meta>\n");
    }
    element(out, "dc:language", "", m.lang().tag());
    m.date().map(String::strip).filter(d -> W3CDTF.matcher(d).matches()).ifPresent(d -> element(out, "dc:date", "", d));
    rights(m).ifPresent(r -> element(out, "dc:rights", "", r));
    m.source().ifPresent(s -> element(out, "dc:source", " id=\"source\"", s.url().toString()));
    meta(out, "dcterms:modified", modified(modified));
    m.license().ifPresent(l -> out.append("<link rel=\"cc:license\" href=\"").append(Xml.attr(l.url().toString()))
        .append("\"/>\n"));
    accessibility(out, hasPageList, pictures, allAlt);
    // EPUB 2 reading systems find the cover by this; EPUB 3 ones by the item's cover-image property.
    out.append("<meta name=\"cover\" content=\"").append(Xml.attr(coverId)).append("\"/>\n");
    out.append("</metadata>\n<manifest>\n");
    for (Item item : manifest) {
      out.append("<item id=\"").append(Xml.attr(item.id())).append("\" href=\"").append(Xml.attr(item.href()))
          .append("\" media-type=\"").append(Xml.attr(item.mediaType())).append('"');
      item.properties().ifPresent(p -> out.append(" properties=\"").append(Xml.attr(p)).append('"'));
      out.append("/>\n");
    }
    out.append("</manifest>\n<spine toc=\"ncx\"");
    if ("rtl".equals(dir)) out.append(" page-progression-direction=\"rtl\"");
    out.append(">\n");
    for (String id : spine) out.append("<itemref idref=\"").append(Xml.attr(id)).append("\"/>\n");
    out.append("</spine>\n</package>\n");
    return out.toString();
  }

  /** The rights statement as written, or else a sentence naming the licence and its address. */
  static Optional<String> rights(Metadata m) {
    if (m.rights().isPresent() && !m.rights().get().isBlank()) return Optional.of(m.rights().get().strip());
    return m.license().map(l -> "Licensed under " + l.name() + " (" + l.url() + ").");
  }

  /**
   * EPUB Accessibility 1.1 discovery metadata: text and at least one picture, the cover, whose
   * text alternative says all it shows; text alone suffices only when every picture that carries
   * meaning has a text alternative; no hazards, headings and a contents list, one reading order;
   * page markers only when the print edition's pages were given.
   */
  private static void accessibility(StringBuilder out, boolean hasPageList, boolean pictures, boolean allAlt) {
    meta(out, "schema:accessMode", "textual");
    // Every book has a picture, its cover, whose text alternative says all it shows.
    meta(out, "schema:accessMode", "visual");
    if (allAlt) meta(out, "schema:accessModeSufficient", "textual");
    meta(out, "schema:accessModeSufficient", "textual,visual");
    if (allAlt) meta(out, "schema:accessibilityFeature", "alternativeText");
    meta(out, "schema:accessibilityFeature", "structuralNavigation");
    meta(out, "schema:accessibilityFeature", "tableOfContents");
    meta(out, "schema:accessibilityFeature", "readingOrder");
    if (hasPageList) {
      meta(out, "schema:accessibilityFeature", "pageBreakMarkers");
      meta(out, "schema:accessibilityFeature", "pageNavigation");
    }
    meta(out, "schema:accessibilityHazard", "none");
    String pages = hasPageList ? ", the page numbers of the print edition" : "";
    if (pictures) {
      meta(out, "schema:accessibilitySummary", "A book of text and pictures with headings, a table of contents and a"
          + " logical reading order" + pages
          + (allAlt ? "; the cover and every picture that carries meaning have a text alternative, and figures have captions"
              : "; some pictures have no text alternative") + "; it has no media.");
    } else {
      meta(out, "schema:accessibilitySummary", "A text book with headings, a table of contents and a logical reading"
          + " order" + pages + "; its one picture, the cover, has a text alternative; it has no media.");
    }
    if (hasPageList) meta(out, "pageBreakSource", "The PDF edition Sazba typeset from the same manuscript.");
    meta(out, "dcterms:conformsTo", CONFORMANCE);
  }

  private static void meta(StringBuilder out, String property, String value) {
    out.append("<meta property=\"").append(property).append("\">").append(Xml.text(value)).append("</meta>\n");
  }

  private static void element(StringBuilder out, String name, String attributes, String value) {
    out.append('<').append(name).append(attributes).append('>').append(Xml.text(value)).append("</").append(name)
        .append(">\n");
  }
}
