package cz.sazba.manuscript;

import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.CoverImage;
import cz.sazba.model.License;
import cz.sazba.model.Metadata;
import cz.sazba.model.TextOptions;
import cz.sazba.model.Reference;
import cz.sazba.model.SourceWork;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * {@code metadata.yaml} to {@link Metadata}: pandoc's key names, each value checked where it
 * stands. Reads on after a problem so that all of them are reported; returns empty when any
 * error was found.
 */
final class MetadataReader {
  static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "subtitle", "lang", "author", "date", "rights",
      "license", "source", "changes", "references", "sazba", "number-sections", "toc-depth", "smart", "link-base",
      "cover-image", "bibliography", "csl", "images");
  private static final Set<String> LICENSE_KEYS = Set.of("id", "name", "url");
  private static final Set<String> SOURCE_KEYS = Set.of("title", "url", "revision", "edited", "history");
  /** SPDX short identifiers: letters, digits, dots, hyphens and plus, e.g. CC-BY-SA-3.0. */
  private static final Pattern SPDX_ID = Pattern.compile("(LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]");

  private MetadataReader() {}

  static Optional<Metadata> read(SourceFile file, Path manuscriptDir, Diagnostics diagnostics) {
    return read(file, manuscriptDir, List.of(), diagnostics);
  }

  /**
   * metadata.yaml with the chapters' YAML metadata blocks merged in, in reading order, as pandoc
   * merges them: a key not set before is read as if metadata.yaml held it (checked the same way,
   * reported at its place in the chapter); set differently in metadata.yaml, metadata.yaml's
   * value stays; set differently in an earlier chapter, the later value wins, as in pandoc. Either
   * is a {@code metadata-block-overridden} warning naming both places.
   */
  static Optional<Metadata> read(SourceFile file, Path manuscriptDir, List<ChapterPreamble.Block> blocks,
      Diagnostics diagnostics) {
    // Its own collector: whether the metadata is usable must not depend on earlier files' errors.
    Diagnostics local = new Diagnostics();
    Optional<Metadata> metadata = readInto(file, manuscriptDir, blocks, local);
    local.sorted().forEach(diagnostics::report);
    return local.hasErrors() ? Optional.empty() : metadata;
  }

  private static Optional<Metadata> readInto(SourceFile file, Path manuscriptDir, List<ChapterPreamble.Block> blocks,
      Diagnostics diagnostics) {
    YamlValues yaml = new YamlValues(file, diagnostics);
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      root = YamlValues.compose(file.text(), options);
    } catch (MarkedYAMLException e) {
      int at = e.getProblemMark() != null ? yaml.offset(e.getProblemMark()) : 0;
      // SnakeYAML's sentences may quote the offending character itself, a line break included.
      diagnostics.error("yaml-syntax", file.span(at, at), "YAML syntax: " + Quote.sentence(e.getProblem()
              + (e.getContext() != null ? " " + e.getContext() : "")),
          "check the indentation, and quote values that contain ': ' or start with a special character");
      return Optional.empty();
    } catch (ReaderException e) {
      int at = yaml.offsetOfCodePoint(e.getPosition());
      // The text policy has already reported it at this place when it refuses the character.
      if (cz.sazba.source.TextPolicy.refusal(e.getCodePoint()) != null) return Optional.empty();
      diagnostics.error("yaml-syntax", file.span(at, at),
          String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML", e.getCodePoint()),
          "remove it, or write it as an escape inside double quotes (\\u0000)");
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error("yaml-syntax", file.whole(), "YAML: " + Quote.sentence(String.valueOf(e.getMessage())), "keep one YAML document in the file");
      return Optional.empty();
    }
    Span whole = file.whole();
    if (root == null) {
      yaml.missing(whole, "the title", "start metadata.yaml with 'title: ...' and 'lang: ...'");
      yaml.missing(whole, "the language (lang)", "add e.g. 'lang: en-US'");
      return Optional.empty();
    }
    if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
      yaml.mapping(root, "metadata.yaml", TOP_LEVEL_KEYS);
      return Optional.empty();
    }
    merge(yaml, (org.yaml.snakeyaml.nodes.MappingNode) root, blocks);
    Map<String, Node> top = yaml.mapping(root, "metadata.yaml", TOP_LEVEL_KEYS);

    Optional<String> title = yaml.string(top, "title", "title").map(MetadataReader::oneLine);
    if (!top.containsKey("title")) yaml.missing(whole, "the title", "add 'title: ...' to metadata.yaml");
    if (title.isPresent() && title.get().isEmpty()) {
      diagnostics.error("title-empty", yaml.span(top.get("title")), "the title is empty",
          "write the book's title; it names the files and goes on the title page and into both books' metadata");
      title = Optional.empty();
    }
    Optional<String> subtitle = yaml.string(top, "subtitle", "subtitle").map(MetadataReader::oneLine).filter(t -> !t.isEmpty());
    Optional<Lang> lang = lang(yaml, top.get("lang"), "lang");
    if (!top.containsKey("lang")) {
      yaml.missing(whole, "the language (lang)", "add the book's BCP 47 language tag, e.g. 'lang: en-US'");
    }
    List<String> authors = top.containsKey("author") ? yaml.stringOrList(top.get("author"), "author") : List.of();
    authors = nonBlank(yaml, top.get("author"), authors, "author");
    Optional<String> date = yaml.string(top, "date", "date").map(MetadataReader::oneLine).filter(t -> !t.isEmpty());
    date.ifPresent(d -> checkYear(yaml, top.get("date"), d));
    Optional<String> rights = yaml.string(top, "rights", "rights").map(MetadataReader::oneLine).filter(t -> !t.isEmpty());
    List<String> changes = top.containsKey("changes") ? yaml.stringOrList(top.get("changes"), "changes") : List.of();
    changes = nonBlank(yaml, top.get("changes"), changes, "changes");
    List<Reference> references = top.containsKey("references")
        ? new ReferenceReader(yaml).references(top.get("references")) : List.of();
    if (top.containsKey("bibliography")) {
      references = merged(yaml, references, new BibliographyReader(yaml, manuscriptDir).read(top.get("bibliography")));
    }
    Optional<cz.sazba.model.CslStyle> csl = top.containsKey("csl")
        ? yaml.string(top, "csl", "csl").flatMap(style -> CslStyleReader.read(style, manuscriptDir,
            yaml.file().displayPath(), yaml.span(top.get("csl")), yaml.diagnostics()))
        : Optional.empty();
    Layout layout = top.containsKey("sazba")
        ? new LayoutReader(yaml, manuscriptDir).layout(top.get("sazba")) : Layout.defaults();

    TextOptions text = textOptions(yaml, top);
    Optional<CoverImage> cover = top.containsKey("cover-image")
        ? new CoverImageReader(yaml, manuscriptDir).read(top.get("cover-image")) : Optional.empty();

    PartialLicense license = top.containsKey("license") ? license(yaml, top.get("license")) : null;
    PartialSource source = top.containsKey("source") ? source(yaml, top.get("source")) : null;
    checkAttribution(yaml, license, source, authors, whole);

    if (diagnostics.hasErrors() || title.isEmpty() || lang.isEmpty()) return Optional.empty();
    Optional<License> typedLicense = Optional.ofNullable(license).map(l -> new License(l.id, l.name.orElse(l.id), l.url.orElse(null)));
    Optional<SourceWork> typedSource = Optional.ofNullable(source)
        .map(s -> new SourceWork(s.title.orElse(""), s.url.orElse(null), s.revision, s.edited, s.history));
    return Optional.of(new Metadata(title.get(), subtitle, lang.get(), authors, date, rights, typedLicense,
        typedSource, changes, references, layout, whole, text, places(yaml, top), cover, csl));
  }

  /** Appends to {@code root} each chapter block's keys not set before it; see {@link #read(SourceFile, Path, List, Diagnostics)}. */
  private static void merge(YamlValues yaml, org.yaml.snakeyaml.nodes.MappingNode root, List<ChapterPreamble.Block> blocks) {
    if (blocks.isEmpty()) return;
    List<org.yaml.snakeyaml.nodes.NodeTuple> merged = new java.util.ArrayList<>(root.getValue());
    Map<String, org.yaml.snakeyaml.nodes.NodeTuple> first = new java.util.LinkedHashMap<>();
    for (org.yaml.snakeyaml.nodes.NodeTuple t : merged) {
      if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k) first.putIfAbsent(k.getValue(), t);
    }
    for (ChapterPreamble.Block block : blocks) {
      yaml.adopt(block.mapping(), block.file());
      Map<String, org.yaml.snakeyaml.nodes.NodeTuple> before = new java.util.LinkedHashMap<>(first);
      for (org.yaml.snakeyaml.nodes.NodeTuple t : block.mapping().getValue()) {
        org.yaml.snakeyaml.nodes.NodeTuple earlier = t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
            ? before.get(k.getValue()) : null;
        if (earlier == null) {
          merged.add(t); // a key of two entries in one block is metadata-duplicate-key, as in metadata.yaml
          if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k) first.putIfAbsent(k.getValue(), t);
          continue;
        }
        if (sameValue(earlier.getValueNode(), t.getValueNode())) continue;
        String key = ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue();
        Span there = yaml.span(earlier.getKeyNode());
        String place = there.file().displayPath() + ":" + there.file().line(there.start());
        Span here = yaml.span(t.getKeyNode());
        Span at = here.file().span(here.start(), Math.max(here.end(), yaml.span(t.getValueNode()).end()));
        if (there.file() == yaml.file()) {
          yaml.diagnostics().warning("metadata-block-overridden", at, Quote.of(key) + " is set here and differently in "
                  + place + ", which wins, as one book has one " + key, "remove it here, or change it in " + place);
        } else {
          // Between chapters, as pandoc merges them: the later file's value wins.
          merged.set(merged.indexOf(earlier), t);
          first.put(key, t);
          yaml.diagnostics().warning("metadata-block-overridden", at, Quote.of(key) + " is set here and differently in "
                  + place + "; this later value wins, as in pandoc", "set " + Quote.visible(key) + " once, in metadata.yaml");
        }
      }
    }
    root.setValue(merged);
  }

  /** Whether two YAML values are the same: same kinds, tags and scalars, in the same order. */
  private static boolean sameValue(Node a, Node b) {
    if (a instanceof org.yaml.snakeyaml.nodes.ScalarNode x && b instanceof org.yaml.snakeyaml.nodes.ScalarNode y) {
      return x.getTag().equals(y.getTag()) && x.getValue().equals(y.getValue());
    }
    if (a instanceof org.yaml.snakeyaml.nodes.SequenceNode x && b instanceof org.yaml.snakeyaml.nodes.SequenceNode y) {
      if (x.getValue().size() != y.getValue().size()) return false;
      for (int i = 0; i < x.getValue().size(); i++) if (!sameValue(x.getValue().get(i), y.getValue().get(i))) return false;
      return true;
    }
    if (a instanceof org.yaml.snakeyaml.nodes.MappingNode x && b instanceof org.yaml.snakeyaml.nodes.MappingNode y) {
      if (x.getValue().size() != y.getValue().size()) return false;
      for (int i = 0; i < x.getValue().size(); i++) {
        if (!sameValue(x.getValue().get(i).getKeyNode(), y.getValue().get(i).getKeyNode())
            || !sameValue(x.getValue().get(i).getValueNode(), y.getValue().get(i).getValueNode())) return false;
      }
      return true;
    }
    return false;
  }

  /** Where each top-level key's value is, and those of license and source one level down. */
  private static Map<String, Span> places(YamlValues yaml, Map<String, Node> top) {
    Map<String, Span> out = new java.util.HashMap<>();
    for (var e : top.entrySet()) {
      if (e.getValue() == null) continue;
      out.put(e.getKey(), yaml.span(e.getValue()));
      if ((e.getKey().equals("license") || e.getKey().equals("source"))
          && e.getValue() instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
        for (var t : mapping.getValue()) {
          if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && t.getValueNode() != null) {
            out.put(e.getKey() + "." + k.getValue(), yaml.span(t.getValueNode()));
          }
        }
      }
    }
    return out;
  }

  /**
   * A value that is set as one line of text (title, author, date, rights): line breaks and tabs
   * of a YAML block scalar read as one space, as pandoc reads them, and the ends are trimmed.
   */
  static String oneLine(String value) {
    return value.replaceAll("[\\t\\n]+", " ").strip();
  }

  private static List<String> nonBlank(YamlValues yaml, Node node, List<String> values, String what) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String line = oneLine(v);
      if (line.isEmpty()) {
        yaml.diagnostics().error("metadata-value", yaml.span(node), "an entry of " + what + " is empty",
            "remove the empty entry or fill it in");
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** Year digits at the start of an ISO-like date ({@code 2018-11-16}, {@code +10000-01-01}, {@code 99999}). */
  private static final Pattern LEADING_YEAR = Pattern.compile("([+-]?)([0-9]{4,})(?:-.*)?");

  /**
   * A date whose year has more than four digits, or is zero or negative, cannot go into the PDF's
   * dates or EPUB's dcterms:date, which have four-digit years. Free text ("spring 2019") is shown
   * as written and not checked.
   */
  private static void checkYear(YamlValues yaml, Node node, String date) {
    java.util.regex.Matcher m = LEADING_YEAR.matcher(date);
    if (!m.matches()) return;
    boolean bad = m.group(1).equals("-") || m.group(2).length() > 4 || Integer.parseInt(m.group(2)) == 0;
    if (bad) {
      yaml.diagnostics().error("date-out-of-range", yaml.span(node), "the date " + Quote.of(date)
              + " is not between the years 1 and 9999",
          "write the date as YYYY-MM-DD, e.g. 2018-11-16");
    }
  }

  /**
   * The metadata's own references, then the bibliography files' ones; an id in both is the
   * metadata's (as in pandoc, where {@code references} in the metadata take precedence), said once.
   */
  private static List<Reference> merged(YamlValues yaml, List<Reference> inline, List<Reference> files) {
    List<Reference> out = new java.util.ArrayList<>(inline);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Reference r : inline) ids.add(r.id());
    for (Reference r : files) {
      if (ids.add(r.id())) {
        out.add(r);
      } else {
        yaml.diagnostics().warning("reference-duplicate", r.span(), "the reference id " + Quote.of(r.id())
            + " is also in metadata.yaml's references, which are used instead", "keep one of the two");
      }
    }
    return out;
  }

  /** pandoc's {@code number-sections}, {@code toc-depth} and {@code smart}, and Sazba's {@code link-base}. */
  static TextOptions textOptions(YamlValues yaml, Map<String, Node> top) {
    TextOptions d = TextOptions.defaults();
    boolean numberSections = top.containsKey("number-sections")
        ? yaml.bool(top.get("number-sections"), "number-sections").orElse(false) : d.numberSections();
    boolean smart = top.containsKey("smart") ? yaml.bool(top.get("smart"), "smart").orElse(true) : d.smart();
    Optional<Integer> tocDepth = Optional.empty();
    if (top.containsKey("toc-depth")) {
      Node n = top.get("toc-depth");
      Optional<String> v = yaml.string(n, "toc-depth");
      if (v.isPresent()) {
        if (v.get().matches("[1-6]")) tocDepth = Optional.of(Integer.parseInt(v.get()));
        else yaml.diagnostics().error("metadata-value", yaml.span(n), "toc-depth must be a whole number from 1 to 6, not "
            + Quote.of(v.get()), "write e.g. toc-depth: 2");
      }
    }
    Optional<String> linkBase = Optional.empty();
    if (top.containsKey("link-base")) {
      Node n = top.get("link-base");
      Optional<String> v = yaml.string(n, "link-base");
      if (v.isPresent()) {
        Optional<Urls.Problem> problem = Urls.checkAbsolute(v.get(), false);
        if (problem.isPresent()) {
          yaml.diagnostics().error(problem.get().code(), yaml.span(n), problem.get().message(), problem.get().hint());
        } else {
          // Relative links resolve against a folder: https://x.org/book means https://x.org/book/.
          linkBase = Optional.of(v.get().endsWith("/") ? v.get() : v.get() + "/");
        }
      }
    }
    return new TextOptions(numberSections, tocDepth, smart, linkBase);
  }

  static Optional<Lang> lang(YamlValues yaml, Node node, String what) {
    if (node == null) return Optional.empty();
    Optional<String> tag = yaml.string(node, what);
    if (tag.isEmpty()) return Optional.empty();
    Lang lang = Lang.parseOrNull(tag.get());
    if (lang == null) {
      yaml.diagnostics().error("lang-unknown", yaml.span(node), Quote.of(tag.get()) + " is not a known BCP 47 language tag",
          "use a tag such as en-US, cs or de-AT");
    }
    return Optional.ofNullable(lang);
  }

  static Optional<URI> url(YamlValues yaml, Map<String, Node> entries, String key, String what) {
    Node node = entries.get(key);
    if (node == null) return Optional.empty();
    Optional<String> value = yaml.string(node, what);
    if (value.isEmpty()) return Optional.empty();
    Optional<Urls.Problem> problem = Urls.checkAbsolute(value.get(), false);
    if (problem.isPresent()) {
      yaml.diagnostics().error("url-invalid", yaml.span(node), what + ": " + problem.get().message(), problem.get().hint());
      return Optional.empty();
    }
    return Optional.of(URI.create(value.get()));
  }

  /** The licence as read; url may be absent here, {@link #checkAttribution} decides if that is allowed. */
  /** @param asText the licence was one line of text, already reported as such ({@code license-form}) */
  private record PartialLicense(String id, Optional<String> name, Optional<URI> url, Span span, boolean asText) {}

  private record PartialSource(Optional<String> title, Optional<URI> url, Optional<String> revision,
      Optional<OffsetDateTime> edited, Optional<URI> history, Span span) {}

  private static PartialLicense license(YamlValues yaml, Node node) {
    if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
      // license: CC BY-SA 4.0 (pandoc takes any value): recognised, so the attribution still applies.
      Optional<String> known = CcLicences.fromName(scalar.getValue()).or(() -> CcLicences.fromUrl(scalar.getValue()))
          .or(() -> CcLicences.isCcById(scalar.getValue()) ? Optional.of(scalar.getValue()) : Optional.empty());
      yaml.diagnostics().error("license-form", yaml.span(node), "the licence is given as text"
              + known.map(k -> " (it names " + k + ")").orElse("") + "; Sazba needs its id, name and url",
          "write license: {id: " + known.orElse("CC-BY-SA-4.0") + ", name: ..., url: https://...}");
      return new PartialLicense(known.orElse(""), Optional.empty(), Optional.empty(), yaml.span(node), true);
    }
    Map<String, Node> m = yaml.mapping(node, "license", LICENSE_KEYS);
    Optional<String> id = yaml.string(m, "id", "license id").map(String::strip);
    Optional<String> name = yaml.string(m, "name", "license name");
    Optional<URI> url = url(yaml, m, "url", "license url");
    // What the url and the name say the licence is, whatever the id says.
    Optional<String> byUrl = url.flatMap(u -> CcLicences.fromUrl(u.toString()));
    Optional<String> byName = name.flatMap(CcLicences::fromName);
    Optional<String> recognised = byUrl.or(() -> byName);
    String effective = id.orElse("");
    if (!m.containsKey("id")) {
      yaml.missing(yaml.span(node), "the licence's SPDX id (license.id)",
          recognised.map(r -> "the licence's " + (byUrl.isPresent() ? "url" : "name") + " names " + r + ": write 'id: " + r + "'")
              .orElse("e.g. 'id: CC-BY-SA-4.0'"));
      effective = recognised.orElse("");
    } else if (id.isPresent() && !SPDX_ID.matcher(id.get()).matches()) {
      Optional<String> meant = CcLicences.fromName(id.get());
      yaml.diagnostics().error("license-id-invalid", yaml.span(m.get("id")),
          Quote.of(id.get()) + " is not an SPDX licence identifier",
          meant.map(r -> "write " + r).orElse("see https://spdx.org/licenses/, e.g. CC-BY-SA-4.0"));
      effective = meant.or(() -> recognised).orElse("");
    } else if (id.isPresent() && CcLicences.looksCc(id.get())) {
      yaml.diagnostics().error("license-id-unknown", yaml.span(m.get("id")),
          Quote.of(id.get()) + " is not the id of a Creative Commons licence",
          "write the licence's SPDX id, e.g. " + recognised.orElse("CC-BY-SA-4.0") + " (see https://spdx.org/licenses/)");
      effective = recognised.orElse("");
    } else if (id.isPresent() && recognised.isPresent()
        && !(CcLicences.isCcById(id.get()) && CcLicences.sameLicence(id.get(), recognised.get()))) {
      Node at = m.get("id");
      yaml.diagnostics().error("license-mismatch", yaml.span(at),
          "the licence id " + Quote.of(id.get()) + " does not match its " + (byUrl.isPresent() ? "url" : "name")
              + ", which names " + recognised.get(),
          "make id, name and url name the same licence");
      effective = recognised.get();
    }
    return new PartialLicense(effective, name, url, yaml.span(node), false);
  }

  private static PartialSource source(YamlValues yaml, Node node) {
    Map<String, Node> m = yaml.mapping(node, "source", SOURCE_KEYS);
    Optional<String> title = yaml.string(m, "title", "source title");
    Optional<URI> url = url(yaml, m, "url", "source url");
    Optional<String> revision = yaml.string(m, "revision", "source revision");
    Optional<OffsetDateTime> edited = Optional.empty();
    Optional<String> editedText = yaml.string(m, "edited", "source edited");
    if (editedText.isPresent()) {
      try {
        OffsetDateTime moment = OffsetDateTime.parse(editedText.get());
        // The colophon prints it in UTC; java.time cannot move its extreme years to UTC.
        if (moment.getYear() < 1 || moment.getYear() > 9999) {
          yaml.diagnostics().error("date-out-of-range", yaml.span(m.get("edited")),
              "source edited " + Quote.of(editedText.get()) + " is not between the years 1 and 9999",
              "write the date and time of the revision used, e.g. 2018-11-16T09:21Z");
        } else {
          edited = Optional.of(moment);
        }
      } catch (DateTimeParseException e) {
        yaml.diagnostics().error("metadata-type", yaml.span(m.get("edited")),
            "source edited " + Quote.of(editedText.get()) + " is not an ISO date and time with offset",
            "write e.g. 2018-11-16T09:21Z (Z for UTC)");
      }
    }
    Optional<URI> history = url(yaml, m, "history", "source history");
    return new PartialSource(title, url, revision, edited, history, yaml.span(node));
  }

  /**
   * A licence with attribution (CC BY and kin) wants title, author, source and licence named; a
   * book that cannot name them must not be built. Without such a licence, a given source still
   * needs its title and url, the two fields the model requires.
   */
  private static void checkAttribution(YamlValues yaml, PartialLicense license, PartialSource source,
      List<String> authors, Span whole) {
    boolean attribution = license != null && !license.id.isEmpty()
        && new License(license.id, "", null).requiresAttribution();
    if (attribution) {
      List<String> absent = new ArrayList<>();
      if (source == null || source.title.isEmpty()) absent.add("source title");
      if (authors.isEmpty()) absent.add("author");
      if (source == null || source.url.isEmpty()) absent.add("source url");
      // The licence's own url is the licence's field: reported once, below, as for any licence
      // (not at all when the licence was one line of text, which license-form has said).
      if (!license.asText && license.url.isEmpty()) {
        yaml.missing(license.span, "the licence's url (license.url)", "attribution needs a link to the licence");
      }
      if (!absent.isEmpty()) {
        yaml.diagnostics().error("attribution-incomplete", license.span,
            "the licence " + Quote.visible(license.id) + " requires attribution, but " + String.join(", ", absent)
                + (absent.size() == 1 ? " is" : " are") + " missing",
            "name the work's title (source.title), its authors (author), where it is (source.url) and the licence (license.url)");
      }
      return;
    }
    if (license != null && !license.asText && license.url.isEmpty()) {
      yaml.missing(license.span, "the licence's url (license.url)", "e.g. 'url: https://spdx.org/licenses/MIT.html'");
    }
    if (source != null) {
      if (source.title.isEmpty()) yaml.missing(source.span, "the source's title (source.title)", "name the work this book is made from");
      if (source.url.isEmpty()) yaml.missing(source.span, "the source's url (source.url)", "link the exact revision used");
    }
  }
}
