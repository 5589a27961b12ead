package cz.sazba.manuscript;

import cz.sazba.model.CslDate;
import cz.sazba.model.Lang;
import cz.sazba.model.Name;
import cz.sazba.model.Reference;
import cz.sazba.source.Quote;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code references} list: CSL items as pandoc's citeproc reads them from YAML, with the
 * fields Sazba formats. Other CSL fields are reported as ignored rather than dropped silently.
 */
final class ReferenceReader {
  private static final Set<String> KEYS = Set.of("id", "type", "author", "editor", "title", "container-title",
      "publisher", "publisher-place", "issued", "accessed", "URL", "url", "DOI", "doi", "page", "medium", "language");
  private static final Set<String> NAME_KEYS = Set.of("family", "given", "literal");
  private static final Set<String> DATE_KEYS = Set.of("date-parts");
  /** The item types of CSL 1.0.2. */
  private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
      "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
      "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
      "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
      "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog",
      "regulation", "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty",
      "webpage");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  private final YamlValues yaml;
  /** Fields Sazba does not show, by name: how many references have them and where the first is. */
  private final Map<String, IgnoredField> ignored = new java.util.TreeMap<>();

  private static final class IgnoredField {
    int count;
    cz.sazba.source.Span first;
  }

  ReferenceReader(YamlValues yaml) {
    this.yaml = yaml;
  }

  List<Reference> references(Node node) {
    List<Reference> out = new ArrayList<>();
    if (!(node instanceof SequenceNode seq)) {
      yaml.typeError(node, "references", "a list of CSL items (- id: ...)");
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (Node item : seq.getValue()) {
      reference(item).ifPresent(r -> {
        if (!ids.add(r.id())) {
          yaml.diagnostics().error("reference-duplicate", r.span(), "the reference id " + Quote.of(r.id()) + " is used twice",
              "give each reference its own id");
        } else {
          out.add(r);
        }
      });
    }
    // One warning per field, not one per reference: a bibliography has many fields Sazba does
    // not show, and hundreds of warnings would hide the errors.
    for (Map.Entry<String, IgnoredField> e : ignored.entrySet()) {
      int n = e.getValue().count;
      yaml.diagnostics().warning("reference-field-ignored", e.getValue().first, "the field " + Quote.of(e.getKey())
              + (n == 1 ? " (in 1 reference)" : " (in " + n + " references)") + " is not shown and is ignored",
          "Sazba shows id, type, author, title, container-title, publisher, publisher-place, issued, accessed, URL, DOI,"
              + " page, medium and language");
    }
    return out;
  }

  /** Notes the keys of a reference Sazba does not read, for the summary, and returns all its keys. */
  private Set<String> keysOf(Node node) {
    Set<String> keys = new HashSet<>(KEYS);
    if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
      for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && !KEYS.contains(k.getValue())) {
          IgnoredField f = ignored.computeIfAbsent(k.getValue(), x -> new IgnoredField());
          if (f.count++ == 0) f.first = yaml.span(k);
          keys.add(k.getValue());
        }
      }
    }
    return keys;
  }

  private Optional<Reference> reference(Node node) {
    Map<String, Node> m = yaml.mapping(node, "a reference", keysOf(node));
    Optional<String> id = yaml.string(m, "id", "reference id");
    if (!m.containsKey("id")) yaml.missing(yaml.span(node), "the reference's id", "add 'id: key' as used in [@key]");
    String what = "reference " + Quote.visible(id.orElse(""));
    // pandoc writes @misc entries with no type (or an empty one): CSL's generic "document".
    Optional<String> type = yaml.string(m, "type", what + " type").map(String::strip)
        .map(t -> t.isEmpty() ? "document" : t).or(() -> Optional.of("document"));
    if (!CSL_TYPES.contains(type.get())) {
      yaml.diagnostics().error("reference-type-unknown", yaml.span(m.get("type")),
          Quote.of(type.get()) + " is not a CSL item type", "use e.g. book, chapter, article-journal, webpage, document");
    }
    List<Name> authors = m.containsKey("author") ? names(m.get("author"), what + " author") : List.of();
    if (m.containsKey("editor")) {
      names(m.get("editor"), what + " editor");
      yaml.diagnostics().warning("reference-field-ignored", yaml.span(m.get("editor")),
          "editors are not shown in the reference list yet", "list the editors as authors if they must appear");
    }
    Optional<String> title = yaml.string(m, "title", what + " title");
    Optional<String> container = yaml.string(m, "container-title", what + " container-title");
    Optional<String> publisher = yaml.string(m, "publisher", what + " publisher");
    Optional<String> place = yaml.string(m, "publisher-place", what + " publisher-place");
    Optional<CslDate> issued = date(m.get("issued"), what + " issued");
    Optional<CslDate> accessed = date(m.get("accessed"), what + " accessed");
    // pandoc's own BibTeX-to-YAML output spells these in lower case.
    Optional<URI> url = MetadataReader.url(yaml, m, m.containsKey("URL") ? "URL" : "url", what + " URL");
    Optional<String> doi = yaml.string(m, m.containsKey("DOI") ? "DOI" : "doi", what + " DOI").map(ReferenceReader::doi);
    Optional<String> page = yaml.string(m, "page", what + " page");
    Optional<String> medium = yaml.string(m, "medium", what + " medium");
    Optional<Lang> language = MetadataReader.lang(yaml, m.get("language"), what + " language");
    if (id.isEmpty() || type.isEmpty()) return Optional.empty();
    return Optional.of(new Reference(id.get(), type.get(), authors, title, container, publisher, place, issued,
        accessed, url.map(URI::toString), page, medium, language, yaml.span(node), doi.filter(d -> !d.isEmpty())));
  }

  /** A DOI without the resolver in front: {@code https://doi.org/10.1/x} and {@code doi:10.1/x} are {@code 10.1/x}. */
  static String doi(String written) {
    String d = written.strip();
    for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
        "doi:"}) {
      if (d.regionMatches(true, 0, prefix, 0, prefix.length())) return d.substring(prefix.length()).strip();
    }
    return d;
  }

  /** CSL names: {@code [{family: ..., given: ...}, {literal: ...}]}. */
  private List<Name> names(Node node, String what) {
    List<Name> out = new ArrayList<>();
    if (!(node instanceof SequenceNode seq)) {
      yaml.typeError(node, what, "a list of names ({family: ..., given: ...} or {literal: ...})");
      return out;
    }
    for (Node n : seq.getValue()) {
      Map<String, Node> m = yaml.mapping(n, what, NAME_KEYS);
      Optional<String> family = yaml.string(m, "family", what + " family");
      Optional<String> given = yaml.string(m, "given", what + " given");
      Optional<String> literal = yaml.string(m, "literal", what + " literal");
      if (literal.isPresent() && (family.isPresent() || given.isPresent())) {
        yaml.diagnostics().error("metadata-type", yaml.span(n), what + " has both a literal and a family or given name",
            "a name is either a person {family, given} or an institution {literal}");
      } else if (literal.isEmpty() && family.isEmpty()) {
        yaml.missing(yaml.span(n), what + "'s family name (or literal)", "write {family: ..., given: ...} or {literal: ...}");
      } else {
        out.add(new Name(family, given, literal));
      }
    }
    return out;
  }

  /** {@code {date-parts: [[y, m, d]]}} or an ISO string {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}. */
  private Optional<CslDate> date(Node node, String what) {
    if (node == null) return Optional.empty();
    List<String> parts = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      Matcher iso = ISO_DATE.matcher(s.getValue().strip());
      if (!iso.matches()) {
        yaml.typeError(node, what, "a date: 'YYYY-MM-DD' or {date-parts: [[YYYY, M, D]]}");
        return Optional.empty();
      }
      for (int g = 1; g <= 3; g++) if (iso.group(g) != null) parts.add(iso.group(g));
    } else {
      Map<String, Node> m = yaml.mapping(node, what, DATE_KEYS);
      Node dp = m.get("date-parts");
      if (!(dp instanceof SequenceNode outer) || outer.getValue().size() != 1
          || !(outer.getValue().get(0) instanceof SequenceNode inner) || inner.getValue().isEmpty()
          || inner.getValue().size() > 3) {
        yaml.typeError(dp == null ? node : dp, what + " date-parts", "one list of year, month and day: [[1980]] or [[2015, 6, 18]]");
        return Optional.empty();
      }
      for (Node p : inner.getValue()) {
        if (!(p instanceof ScalarNode ps) || !ps.getValue().strip().matches("[0-9]{1,4}")) {
          yaml.typeError(p, what + " date part", "a whole number");
          return Optional.empty();
        }
        parts.add(ps.getValue().strip());
      }
    }
    int year = Integer.parseInt(parts.get(0));
    OptionalInt month = parts.size() > 1 ? OptionalInt.of(Integer.parseInt(parts.get(1))) : OptionalInt.empty();
    OptionalInt day = parts.size() > 2 ? OptionalInt.of(Integer.parseInt(parts.get(2))) : OptionalInt.empty();
    try {
      LocalDate.of(year, month.orElse(1), day.orElse(1));
    } catch (DateTimeException e) {
      yaml.diagnostics().error("metadata-type", yaml.span(node), what + " is not a valid date", e.getMessage());
      return Optional.empty();
    }
    return Optional.of(new CslDate(year, month, day));
  }
}
