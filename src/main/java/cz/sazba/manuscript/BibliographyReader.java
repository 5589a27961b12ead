package cz.sazba.manuscript;

import cz.sazba.model.CslDate;
import cz.sazba.model.Lang;
import cz.sazba.model.Name;
import cz.sazba.model.Reference;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * pandoc's {@code bibliography:} key: one file or a list, each inside the manuscript folder,
 * read by its extension: BibTeX or BibLaTeX ({@code .bib}, with jbibtex, mapped to CSL as pandoc
 * maps it), CSL JSON ({@code .json}) and CSL YAML ({@code .yaml}, {@code .yml}: a list, or a
 * mapping with {@code references:}), the last two through the same reader as the metadata's
 * {@code references}. Diagnostics point into the file: at the entry, or the field, of a BibTeX
 * file (jbibtex gives no positions, so they are found in the text), at the value in JSON and YAML.
 */
final class BibliographyReader {
  /** BibTeX and BibLaTeX entry types as pandoc maps them to CSL item types. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
      Map.entry("booklet", "pamphlet"), Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"),
      Map.entry("inreference", "entry-encyclopedia"), Map.entry("inproceedings", "paper-conference"),
      Map.entry("conference", "paper-conference"), Map.entry("manual", "book"), Map.entry("collection", "book"),
      Map.entry("proceedings", "book"), Map.entry("reference", "book"), Map.entry("periodical", "periodical"),
      Map.entry("mastersthesis", "thesis"), Map.entry("phdthesis", "thesis"), Map.entry("thesis", "thesis"),
      Map.entry("techreport", "report"), Map.entry("report", "report"), Map.entry("unpublished", "manuscript"),
      Map.entry("online", "webpage"), Map.entry("www", "webpage"), Map.entry("electronic", "webpage"),
      Map.entry("dataset", "dataset"), Map.entry("software", "software"), Map.entry("patent", "patent"),
      Map.entry("misc", "document"));

  /** BibTeX fields Sazba reads; every other one is summarised as ignored, one warning per field. */
  private static final Set<String> READ = Set.of("author", "editor", "title", "subtitle", "journal", "journaltitle",
      "booktitle", "publisher", "institution", "school", "organization", "address", "location", "year", "month",
      "date", "urldate", "url", "doi", "pages", "howpublished", "language", "langid");

  /** babel and polyglossia language names pandoc knows, for {@code langid} and {@code language}. */
  private static final Map<String, String> LANGUAGES = Map.ofEntries(
      Map.entry("english", "en"), Map.entry("american", "en-US"), Map.entry("usenglish", "en-US"),
      Map.entry("british", "en-GB"), Map.entry("ukenglish", "en-GB"), Map.entry("czech", "cs"),
      Map.entry("slovak", "sk"), Map.entry("german", "de"), Map.entry("ngerman", "de"),
      Map.entry("french", "fr"), Map.entry("russian", "ru"), Map.entry("polish", "pl"),
      Map.entry("spanish", "es"), Map.entry("italian", "it"));

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  private final YamlValues metadata;
  private final Path manuscriptDir;

  BibliographyReader(YamlValues metadata, Path manuscriptDir) {
    this.metadata = metadata;
    this.manuscriptDir = manuscriptDir;
  }

  /** The references of every file the key names, in file order. */
  List<Reference> read(Node node) {
    List<Node> entries = new ArrayList<>();
    if (node instanceof SequenceNode seq) entries.addAll(seq.getValue());
    else entries.add(node);
    List<Reference> out = new ArrayList<>();
    for (Node entry : entries) {
      Optional<String> name = metadata.string(entry, "bibliography");
      if (name.isEmpty()) continue;
      out.addAll(file(name.get(), metadata.span(entry)));
    }
    return out;
  }

  private List<Reference> file(String name, Span at) {
    Diagnostics diagnostics = metadata.diagnostics();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!Set.of("bib", "bibtex", "json", "yaml", "yml").contains(extension)) {
      diagnostics.error("bibliography-format", at, "bibliography " + Quote.of(name)
              + " is not a file Sazba can read by its name", "use a .bib (BibTeX, BibLaTeX), .json (CSL JSON) or"
              + " .yaml (CSL YAML) file");
      return List.of();
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      diagnostics.error("file-missing", at, "bibliography " + Quote.of(name) + " is not a valid path",
          "give the path relative to the manuscript folder");
      return List.of();
    }
    Optional<Path> real = ManuscriptFiles.check(manuscriptDir, path, name, ManuscriptFiles.Kind.TEXT, at, diagnostics);
    if (real.isEmpty()) return List.of();
    String display = displayPath(name);
    Optional<SourceFile> file = SourceLoader.load(real.get(), display, diagnostics);
    if (file.isEmpty()) return List.of();
    if (extension.startsWith("bib")) return new BibTeX(file.get(), diagnostics).references();
    return csl(file.get(), diagnostics);
  }

  /** The file's name as diagnostics show it: beside metadata.yaml, as the user sees the folder. */
  private String displayPath(String name) {
    String meta = metadata.file().displayPath();
    int slash = meta.lastIndexOf('/');
    return slash < 0 ? name : meta.substring(0, slash + 1) + name;
  }

  /** CSL JSON or CSL YAML: a list of items, or pandoc's {@code references:} mapping. */
  private static List<Reference> csl(SourceFile file, Diagnostics diagnostics) {
    YamlValues yaml = new YamlValues(file, diagnostics);
    Node root;
    try {
      root = YamlValues.compose(file.text(), new LoaderOptions());
    } catch (MarkedYAMLException e) {
      int at = e.getProblemMark() != null ? yaml.offset(e.getProblemMark()) : 0;
      diagnostics.error("bibliography-syntax", file.span(at, at), "syntax: " + Quote.sentence(e.getProblem()),
          "check the file's JSON or YAML syntax");
      return List.of();
    } catch (YAMLException e) {
      diagnostics.error("bibliography-syntax", file.whole(), "syntax: " + Quote.sentence(String.valueOf(e.getMessage())),
          "check the file's JSON or YAML syntax");
      return List.of();
    }
    if (root == null) return List.of();
    if (root instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("references")) {
          return new ReferenceReader(yaml).references(t.getValueNode());
        }
      }
      diagnostics.error("bibliography-syntax", yaml.span(root), "a CSL YAML file has no references: list",
          "start the file with 'references:' and list the items under it, or write the list alone");
      return List.of();
    }
    return new ReferenceReader(yaml).references(root);
  }

  /** One BibTeX file: entries in file order, fields in CSL terms. */
  private static final class BibTeX {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Map<String, int[]> ignored = new TreeMap<>(); // field -> {count, offset of the first}

    BibTeX(SourceFile file, Diagnostics diagnostics) {
      this.file = file;
      this.diagnostics = diagnostics;
    }

    List<Reference> references() {
      BibTeXDatabase database;
      try {
        BibTeXParser parser = new BibTeXParser() {
          @Override
          public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
            if (string == null) {
              diagnostics.error("bibliography-syntax", at(0), "the string " + Quote.of(key.getValue()) + " is not defined",
                  "define it with @string{" + key.getValue() + " = {...}}, or write the value in braces");
            }
          }

          @Override
          public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            if (entry == null) {
              diagnostics.warning("bibliography-crossref", at(0), "the cross-reference " + Quote.of(key.getValue())
                  + " names no entry of the file", "add the entry, or remove the crossref field");
            }
          }
        };
        for (int i = 0; i < MONTHS.length; i++) parser.addMacro(MONTHS[i], Integer.toString(i + 1));
        database = parser.parse(new StringReader(file.text()));
      } catch (ParseException e) {
        int at = e.currentToken != null && e.currentToken.next != null
            ? file.offset(e.currentToken.next.beginLine, e.currentToken.next.beginColumn) : 0;
        diagnostics.error("bibliography-syntax", at(at), "BibTeX syntax: " + firstLine(e.getMessage()),
            "check the braces and commas of the entry");
        return List.of();
      } catch (TokenMgrException | org.jbibtex.ObjectResolutionException e) {
        diagnostics.error("bibliography-syntax", at(0), "BibTeX: " + firstLine(e.getMessage()),
            "check the braces and commas of the entries");
        return List.of();
      }
      List<Reference> out = new ArrayList<>();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (BibTeXEntry entry : database.getEntries().values()) {
        Reference r = entry(entry);
        if (!ids.add(r.id())) {
          diagnostics.error("reference-duplicate", r.span(), "the reference id " + Quote.of(r.id()) + " is used twice",
              "give each entry its own key");
        } else {
          out.add(r);
        }
      }
      for (Map.Entry<String, int[]> e : ignored.entrySet()) {
        int n = e.getValue()[0];
        diagnostics.warning("reference-field-ignored", at(e.getValue()[1]), "the field " + Quote.of(e.getKey())
                + (n == 1 ? " (in 1 entry)" : " (in " + n + " entries)") + " is not shown and is ignored",
            "Sazba shows author, title, journal or booktitle, publisher, address, date, urldate, url, doi, pages and"
                + " language");
      }
      return out;
    }

    private Reference entry(BibTeXEntry entry) {
      String key = entry.getKey().getValue();
      String bibType = entry.getType().getValue().toLowerCase(Locale.ROOT);
      int start = entryOffset(bibType, key);
      Span span = at(start);
      Map<String, String> fields = new TreeMap<>();
      for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
        String name = f.getKey().getValue().toLowerCase(Locale.ROOT);
        fields.put(name, f.getValue().toUserString());
        if (!READ.contains(name)) {
          int[] seen = ignored.computeIfAbsent(name, x -> new int[] {0, fieldOffset(start, name)});
          seen[0]++;
        }
      }
      String type = TYPES.get(bibType);
      if (type == null) {
        type = "document";
        diagnostics.warning("reference-type-unknown", span, "the entry type @" + bibType + " is not one pandoc maps;"
            + " it is read as a document", "use @book, @article, @incollection, @inproceedings, @online or @misc");
      }
      List<Name> authors = names(fields.get("author"));
      if (fields.containsKey("editor")) {
        int[] seen = ignored.computeIfAbsent("editor", x -> new int[] {0, fieldOffset(start, "editor")});
        seen[0]++;
      }
      Optional<String> title = text(fields.get("title"));
      Optional<String> subtitle = text(fields.get("subtitle"));
      if (title.isPresent() && subtitle.isPresent()) title = Optional.of(title.get() + ": " + subtitle.get());
      Optional<String> container = text(first(fields, "journaltitle", "journal", "booktitle"));
      Optional<String> publisher = text(first(fields, "publisher", "institution", "school", "organization"));
      Optional<String> place = text(first(fields, "location", "address"));
      Optional<String> url = text(fields.get("url")).map(BibTeX::bareUrl);
      Optional<String> howpublished = text(fields.get("howpublished"));
      if (howpublished.isPresent()) {
        String h = bareUrl(howpublished.get());
        if (h.startsWith("http://") || h.startsWith("https://")) url = url.or(() -> Optional.of(h));
        else if (publisher.isEmpty()) publisher = howpublished;
      }
      if (url.isPresent()) {
        Optional<Urls.Problem> problem = Urls.checkAbsolute(url.get(), false);
        if (problem.isPresent()) {
          diagnostics.error(problem.get().code(), at(fieldOffset(start, "url")), "the url of " + Quote.of(key) + ": "
              + problem.get().message(), problem.get().hint());
          url = Optional.empty();
        } else {
          url = Optional.of(URI.create(url.get()).toString());
        }
      }
      Optional<String> doi = text(fields.get("doi")).map(ReferenceReader::doi).filter(d -> !d.isEmpty());
      Optional<String> page = text(fields.get("pages")).map(p -> p.replace("--", "\u2013"));
      Optional<CslDate> issued = date(fields.get("date"), fields.get("year"), fields.get("month"), start, key, "date");
      Optional<CslDate> accessed = date(fields.get("urldate"), null, null, start, key, "urldate");
      Optional<Lang> language = language(first(fields, "langid", "language"), start);
      return new Reference(key, type, authors, title, container, publisher, place, issued, accessed, url, page,
          Optional.empty(), language, span, doi);
    }

    private static String first(Map<String, String> fields, String... names) {
      for (String n : names) if (fields.containsKey(n)) return fields.get(n);
      return null;
    }

    private static String bareUrl(String s) {
      String t = s.strip();
      if (t.startsWith("\\url{") && t.endsWith("}")) t = t.substring(5, t.length() - 1);
      return t;
    }

    /** A field's LaTeX as plain Unicode text ({@code {\v{c}}} is č), spaces collapsed. */
    private Optional<String> text(String latex) {
      if (latex == null) return Optional.empty();
      String plain;
      try {
        plain = new LaTeXPrinter().print(new LaTeXParser().parse(latex));
      } catch (ParseException | RuntimeException e) {
        plain = latex.replace("{", "").replace("}", "");
      }
      plain = plain.replaceAll("\\s+", " ").strip();
      return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
    }

    /** BibTeX names: {@code A and B}; each {@code Last, First}, {@code First Last}, or {@code {Literal}}. */
    private List<Name> names(String latex) {
      List<Name> out = new ArrayList<>();
      if (latex == null) return out;
      for (String part : splitAnd(latex)) {
        String p = part.strip();
        if (p.isEmpty()) continue;
        if (p.startsWith("{") && p.endsWith("}") && balanced(p.substring(1, p.length() - 1))) {
          text(p.substring(1, p.length() - 1)).ifPresent(l -> out.add(new Name(Optional.empty(), Optional.empty(),
              Optional.of(l))));
          continue;
        }
        int comma = topLevelComma(p);
        Optional<String> family;
        Optional<String> given;
        if (comma >= 0) {
          family = text(p.substring(0, comma));
          given = text(p.substring(comma + 1));
        } else {
          int space = lastTopLevelSpace(p);
          family = text(space < 0 ? p : p.substring(space + 1));
          given = space < 0 ? Optional.empty() : text(p.substring(0, space));
        }
        if (family.isPresent()) out.add(new Name(family, given, Optional.empty()));
      }
      return out;
    }

    private static List<String> splitAnd(String s) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') depth++;
        else if (c == '}') depth--;
        else if (depth == 0 && s.regionMatches(true, i, " and ", 0, 5)) {
          parts.add(s.substring(from, i));
          from = i + 5;
          i += 4;
        }
      }
      parts.add(s.substring(from));
      return parts;
    }

    private static boolean balanced(String s) {
      int depth = 0;
      for (char c : s.toCharArray()) {
        if (c == '{') depth++;
        else if (c == '}' && --depth < 0) return false;
      }
      return depth == 0;
    }

    private static int topLevelComma(String s) {
      int depth = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') depth++;
        else if (c == '}') depth--;
        else if (c == ',' && depth == 0) return i;
      }
      return -1;
    }

    private static int lastTopLevelSpace(String s) {
      int depth = 0;
      int last = -1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') depth++;
        else if (c == '}') depth--;
        else if (c == ' ' && depth == 0) last = i;
      }
      return last;
    }

    /** BibLaTeX's ISO {@code date} (or {@code urldate}), else BibTeX's {@code year} and {@code month}. */
    private Optional<CslDate> date(String iso, String year, String month, int start, String key, String field) {
      if (iso != null) {
        String d = iso.strip();
        Matcher m = ISO_DATE.matcher(d.contains("/") ? d.substring(0, d.indexOf('/')) : d);
        if (!m.matches()) {
          diagnostics.error("metadata-type", at(fieldOffset(start, field)), "the " + field + " of " + Quote.of(key)
              + " is not a date: " + Quote.of(d), "write YYYY, YYYY-MM or YYYY-MM-DD");
          return Optional.empty();
        }
        return Optional.of(new CslDate(Integer.parseInt(m.group(1)),
            m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2))),
            m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)))));
      }
      if (year == null) return Optional.empty();
      String y = year.strip();
      if (!y.matches("[0-9]{1,4}")) {
        diagnostics.error("metadata-type", at(fieldOffset(start, "year")), "the year of " + Quote.of(key)
            + " is not a year: " + Quote.of(y), "write the year as digits, e.g. year = {2005}");
        return Optional.empty();
      }
      OptionalInt mon = OptionalInt.empty();
      if (month != null && month.strip().matches("[0-9]{1,2}")) {
        int n = Integer.parseInt(month.strip());
        if (n >= 1 && n <= 12) mon = OptionalInt.of(n);
      }
      return Optional.of(new CslDate(Integer.parseInt(y), mon, OptionalInt.empty()));
    }

    private Optional<Lang> language(String written, int start) {
      if (written == null) return Optional.empty();
      String w = written.strip().toLowerCase(Locale.ROOT);
      String tag = LANGUAGES.getOrDefault(w, w);
      Lang lang = Lang.parseOrNull(tag);
      if (lang == null) {
        int[] seen = ignored.computeIfAbsent("langid", x -> new int[] {0, fieldOffset(start, "langid")});
        seen[0]++;
      }
      return Optional.ofNullable(lang);
    }

    /** Where {@code @type{key,} starts in the file, found in the text since jbibtex keeps no positions. */
    private int entryOffset(String type, String key) {
      Matcher m = Pattern.compile("@\\s*" + Pattern.quote(type) + "\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,",
          Pattern.CASE_INSENSITIVE).matcher(file.text());
      return m.find() ? m.start() : 0;
    }

    /** Where {@code field =} starts inside the entry at {@code start}, or the entry's start. */
    private int fieldOffset(int start, String field) {
      int next = file.text().indexOf('@', start + 1);
      String entry = file.text().substring(start, next < 0 ? file.text().length() : next);
      Matcher m = Pattern.compile("(?i)(?<![A-Za-z])" + Pattern.quote(field) + "\\s*=").matcher(entry);
      return m.find() ? start + m.start() : start;
    }

    private Span at(int offset) {
      return file.span(offset, offset);
    }

    private static String firstLine(String s) {
      String t = String.valueOf(s);
      int nl = t.indexOf('\n');
      return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
  }
}
