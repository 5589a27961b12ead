package cz.sazba.transform;

import cz.sazba.model.CiteItem;
import cz.sazba.model.CslStyle;
import cz.sazba.model.Emph;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.Name;
import cz.sazba.model.Reference;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strong;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations and the reference list in a CSL style (pandoc's {@code csl} key), rendered by
 * citeproc-java and its HTML output turned back into model inlines: italic, bold, small caps,
 * super- and subscript, and links (citeproc-java's own for URLs and DOIs).
 *
 * <p>The locale comes from the CSL locale files bundled under {@code cz/sazba/csl/}: the book's
 * language tag, else the first bundled region of its language, else en-US with a warning.
 */
final class CslCitations {
  private static final String LOCALES = "/cz/sazba/csl/locales-";
  /** The bundled locales, in the order a bare language picks its region. */
  static final List<String> BUNDLED = List.of("en-US", "en-GB", "cs-CZ", "sk-SK", "de-DE");
  /** A locator as pandoc writes it: a label ({@code p.}, {@code chap.}) and its value. */
  private static final Pattern LOCATOR = Pattern.compile("(?i)^(pp?|pages?|chap|chapters?|sec|sections?|para|§|fig|"
      + "figures?|vol|volumes?|l|ll|lines?|n|nn|notes?|col|columns?|bk|books?|v|vv|verses?|part|pt|op|fol)\\.?\\s*(\\S.*)$");

  /** Stands for an author in the style's output while working out the names ({@link #namesOf}). */
  private static final char SENTINEL = '\uE000';

  private final CSL csl;
  private final Span span;
  private final CslStyle style;
  private final Map<String, Reference> references;
  private final String locale;
  /** A processor of its own for {@link #namesOf}, made when a first author is left out; null until then. */
  private CSL probe;
  /** Each key's names as the style writes them in a citation, and what follows them there; see {@link #namesOf}. */
  private final Map<String, Optional<Names>> names = new java.util.HashMap<>();

  private CslCitations(CSL csl, Span span, CslStyle style, Map<String, Reference> references, String locale) {
    this.csl = csl;
    this.span = span;
    this.style = style;
    this.references = references;
    this.locale = locale;
  }

  /** The renderer, or empty when citeproc-java refuses the style (reported at the csl key). */
  static Optional<CslCitations> create(CslStyle style, Collection<Reference> references, Lang lang,
      Diagnostics diagnostics) {
    Map<String, Reference> byKey = new LinkedHashMap<>();
    for (Reference r : references) byKey.putIfAbsent(r.id(), r);
    String locale = locale(lang);
    if (locale == null) {
      diagnostics.warning("csl-locale-missing", style.span(), "Sazba has no CSL locale for the book's language "
          + Quote.of(lang.tag()) + ", so the style's terms and dates are in English (en-US)",
          "Sazba bundles the CSL locales " + String.join(", ", BUNDLED));
      locale = "en-US";
    }
    Map<String, CSLItemData> items = new LinkedHashMap<>();
    for (Reference r : byKey.values()) items.put(r.id(), item(r, r.id(), null));
    try {
      return Optional.of(new CslCitations(processor(style, items, locale), style.span(), style, Map.copyOf(byKey), locale));
    } catch (IOException | RuntimeException e) {
      diagnostics.error("csl-invalid", style.span(), "the citation style " + Quote.of(style.file())
          + " cannot be used: " + Quote.visible(String.valueOf(e.getMessage())),
          "give a CSL 1.0 style file, such as one from the CSL styles repository");
      return Optional.empty();
    }
  }

  /** citeproc-java's processor of the style over {@code items}, writing HTML. */
  private static CSL processor(CslStyle style, Map<String, CSLItemData> items, String locale) throws IOException {
    return processor(style, new ItemDataProvider() {
      @Override public CSLItemData retrieveItem(String id) {
        return items.get(id);
      }

      @Override public Collection<String> getIds() {
        return items.keySet();
      }
    }, locale);
  }

  private static CSL processor(CslStyle style, ItemDataProvider provider, String locale) throws IOException {
    LocaleProvider locales = CslCitations::bundledLocale;
    CSL csl = new CSL(provider, locales, new de.undercouch.citeproc.DefaultAbbreviationProvider(), style.xml(), locale);
    csl.setOutputFormat("html");
    csl.setConvertLinks(true);
    return csl;
  }

  /** The bundled locale for the book's language, or null. */
  static String locale(Lang lang) {
    for (String l : BUNDLED) if (l.equalsIgnoreCase(lang.tag())) return l;
    for (String l : BUNDLED) if (l.substring(0, 2).equals(lang.language().toLowerCase(Locale.ROOT))) return l;
    return null;
  }

  private static String bundledLocale(String tag) {
    String name = BUNDLED.contains(tag) ? tag : "en-US";
    try (InputStream in = CslCitations.class.getResourceAsStream(LOCALES + name + ".xml")) {
      if (in == null) throw new IllegalStateException("bundled CSL locale " + name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Registers the cited keys, in order of first citation (a numeric style numbers them so). */
  void register(Collection<String> keys) {
    csl.registerCitationItems(keys);
  }

  /**
   * One citation. {@code authorInText} ({@code @key}) is set as the style's names followed by the
   * citation without them, as pandoc does; an item whose {@link CiteItem#suppressAuthor} is set
   * ({@code [-@key]}) is set without its names, as pandoc's citeproc sets it: "(2005)" for
   * "(Novák, 2005)".
   */
  List<Inline> citation(List<CiteItem> items, String narrativeNames, Span at) {
    if (narrativeNames != null) {
      // citeproc-java 3.1 ignores author-only, so the names are Sazba's and the rest the style's.
      List<Inline> out = new ArrayList<>();
      if (!narrativeNames.isEmpty()) out.add(new Text(narrativeNames + "\u00A0", at));
      out.addAll(render(citationItems(items), narrativeNames, List.of(), at));
      return out;
    }
    List<Names> suppressed = new ArrayList<>();
    for (CiteItem item : items) if (item.suppressAuthor()) namesOf(item.key()).ifPresent(suppressed::add);
    return render(citationItems(items), "", suppressed, at);
  }

  private List<CSLCitationItem> citationItems(List<CiteItem> items) {
    List<CSLCitationItem> out = new ArrayList<>();
    for (CiteItem item : items) out.add(builder(item, item.key()).build());
    return out;
  }

  /**
   * How the style writes a work's names in a citation, in its HTML, and what follows them there
   * ({@code ", 2006)"}): found by setting the work alone twice, once as it is and once with a
   * stand-in for its authors; what differs is the names. citeproc-java 3.1 ignores
   * suppress-author, so this is what {@code [-@key]} takes out. A processor of its own does it,
   * each work once and as a first citation, so the book's own citations (their positions, ibid.)
   * are untouched. Empty when the work has no authors, the style names none (a numeric one), or
   * the two do not differ only in the names.
   */
  private Optional<Names> namesOf(String key) {
    Optional<Names> known = names.get(key);
    if (known != null) return known;
    Optional<Names> found = Optional.empty();
    Reference r = references.get(key);
    if (r != null && !r.authors().isEmpty()) {
      String standIn = String.valueOf(SENTINEL) + (char) (SENTINEL + 1 + names.size() % 0x1000) + SENTINEL;
      try {
        if (probe == null) probe = processor(style, new ProbeItems(references), locale);
        String real = probeCitation(key);
        String stood = probeCitation(ProbeItems.standInId(key, standIn));
        found = Names.between(real, stood, standIn);
      } catch (IOException | RuntimeException e) {
        // The same style already works for the book's processor; without names nothing is cut.
        found = Optional.empty();
      }
    }
    names.put(key, found);
    return found;
  }

  private String probeCitation(String id) {
    List<de.undercouch.citeproc.output.Citation> made =
        probe.makeCitation(new CSLCitation(new CSLCitationItemBuilder(id).build()));
    return made.isEmpty() ? "" : made.get(made.size() - 1).getText();
  }

  /**
   * The works a probe knows: each by its key, and each again under {@link #standInId} with its
   * authors replaced by one literal name, the stand-in, made when first asked for.
   */
  private static final class ProbeItems implements ItemDataProvider {
    private static final String STAND_IN = "\u0000stand-in\u0000";
    private final Map<String, Reference> references;
    private final Map<String, CSLItemData> made = new java.util.HashMap<>();

    ProbeItems(Map<String, Reference> references) {
      this.references = references;
    }

    static String standInId(String key, String standIn) {
      return key + STAND_IN + standIn;
    }

    @Override public CSLItemData retrieveItem(String id) {
      return made.computeIfAbsent(id, k -> {
        int at = k.indexOf(STAND_IN);
        Reference r = references.get(at < 0 ? k : k.substring(0, at));
        return r == null ? null : item(r, k, at < 0 ? null : k.substring(at + STAND_IN.length()));
      });
    }

    @Override public Collection<String> getIds() {
      return references.keySet();
    }
  }

  /**
   * A work's names as the style writes them in a citation ({@code Dvořák &amp; Čapek}), and what
   * follows them when the work is cited alone ({@code , 2006)}).
   */
  private record Names(String html, String after) {
    /** The names where {@code real} and {@code stood} (the same citation with {@code standIn} for the authors) differ. */
    static Optional<Names> between(String real, String stood, String standIn) {
      int at = stood.indexOf(standIn);
      if (at < 0 || stood.indexOf(standIn, at + 1) >= 0) return Optional.empty();
      String before = stood.substring(0, at);
      String after = stood.substring(at + standIn.length());
      if (!real.startsWith(before) || !real.endsWith(after) || real.length() <= before.length() + after.length()) {
        return Optional.empty();
      }
      return Optional.of(new Names(real.substring(before.length(), real.length() - after.length()), after));
    }

    /**
     * {@code html} without these names and the comma or space after them, where they stand
     * before the longest start of {@link #after} (so the right one of two works by the same
     * authors loses them); unchanged when they are not there.
     */
    String cutFrom(String html) {
      for (int k = after.length(); k >= 0; k--) {
        int i = html.indexOf(this.html + after.substring(0, k));
        if (i >= 0) return cut(html, i, this.html.length());
      }
      return html;
    }
  }

  /** {@code html} without the {@code length} characters at {@code i} and the comma or space after them. */
  private static String cut(String html, int i, int length) {
    int j = i + length;
    if (html.startsWith(", ", j)) j += 2;
    else if (html.startsWith(" ", j)) j += 1;
    return html.substring(0, i) + html.substring(j);
  }

  private static CSLCitationItemBuilder builder(CiteItem item, String id) {
    CSLCitationItemBuilder b = new CSLCitationItemBuilder(id);
    item.prefix().ifPresent(p -> b.prefix(p + " "));
    item.locator().ifPresent(l -> {
      Matcher m = LOCATOR.matcher(l.strip());
      CSLLabel label = m.matches() ? label(m.group(1)) : null;
      if (label != null) {
        b.label(label).locator(m.group(2));
      } else {
        // Not a locator a CSL label names ("ch. 3 and passim"): kept as the item's suffix.
        b.suffix(", " + l.strip());
      }
    });
    return b;
  }

  private static CSLLabel label(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    if (w.equals("§")) return CSLLabel.SECTION;
    if (w.startsWith("p")) return w.startsWith("par") ? CSLLabel.PARAGRAPH : w.startsWith("part") || w.equals("pt")
        ? CSLLabel.PART : CSLLabel.PAGE;
    if (w.startsWith("chap")) return CSLLabel.CHAPTER;
    if (w.startsWith("sec")) return CSLLabel.SECTION;
    if (w.startsWith("fig")) return CSLLabel.FIGURE;
    if (w.startsWith("vol")) return CSLLabel.VOLUME;
    if (w.startsWith("l")) return CSLLabel.LINE;
    if (w.startsWith("n")) return CSLLabel.NOTE;
    if (w.startsWith("col")) return CSLLabel.COLUMN;
    if (w.startsWith("b")) return CSLLabel.BOOK;
    if (w.startsWith("v")) return CSLLabel.VERSE;
    if (w.startsWith("op")) return CSLLabel.OPUS;
    if (w.startsWith("fol")) return CSLLabel.FOLIO;
    return null;
  }

  /**
   * The style's citation; {@code namesInText}, already set before it (an author-in-text citation),
   * is taken out of it once, with the comma or space after it, because citeproc-java 3.1 ignores
   * author-only: "(Novák, 2005)" becomes "(2005)"; a numeric style's "[1]" has no names to take
   * out. Names the style writes differently from Sazba's stay, so nothing is lost. The
   * {@code suppressed} items' names, as the style writes them, are taken out likewise.
   */
  private List<Inline> render(List<CSLCitationItem> items, String namesInText, List<Names> suppressed, Span at) {
    List<de.undercouch.citeproc.output.Citation> made =
        csl.makeCitation(new CSLCitation(items.toArray(new CSLCitationItem[0])));
    if (made.isEmpty()) return List.of();
    String html = made.get(made.size() - 1).getText();
    if (!namesInText.isEmpty()) {
      // citeproc-java writes "á" as "&aacute;" and "&" as "&amp;"; try its spelling, then the plain one.
      String names = org.apache.commons.text.StringEscapeUtils.escapeHtml4(namesInText);
      int i = html.indexOf(names);
      if (i < 0) i = html.indexOf(names = namesInText.replace("&", "&amp;"));
      if (i >= 0) html = cut(html, i, names.length());
    }
    for (Names n : suppressed) html = n.cutFrom(html);
    return HtmlInlines.parse(html, at);
  }

  /**
   * The formatted entries, key to inlines, in the style's order. citeproc-java's bibliography
   * does not say which entry is which item, so each item's entry is made on its own (with every
   * item registered, so numbers and disambiguation stay) and placed where the same text stands
   * in the whole bibliography; an entry the whole list sets differently (a style that replaces
   * a repeated author with a dash) keeps its place in citation order after the matched ones.
   */
  Map<String, List<Inline>> bibliography(Collection<String> keys) {
    List<String> whole = List.of(csl.makeBibliography().getEntries());
    Map<String, String> each = new LinkedHashMap<>();
    for (String key : keys) {
      String[] one = csl.makeBibliography(item -> item.getId().equals(key)).getEntries();
      if (one.length > 0) each.put(key, one[0]);
    }
    List<String> order = new ArrayList<>(each.keySet());
    order.sort(java.util.Comparator.comparingInt(k -> {
      int i = whole.indexOf(each.get(k));
      return i < 0 ? Integer.MAX_VALUE : i;
    }));
    Map<String, List<Inline>> out = new LinkedHashMap<>();
    for (String key : order) out.put(key, HtmlInlines.parse(each.get(key), span));
    return out;
  }

  /** The work as citeproc-java's item {@code id}; with a {@code standIn}, one literal name for all its authors. */
  private static CSLItemData item(Reference r, String id, String standIn) {
    CSLItemDataBuilder b = new CSLItemDataBuilder().id(id);
    CSLType type;
    try {
      type = CSLType.fromString(r.type());
    } catch (IllegalArgumentException e) {
      type = CSLType.DOCUMENT;
    }
    b.type(type);
    List<CSLName> names = new ArrayList<>();
    for (Name n : r.authors()) {
      CSLNameBuilder nb = new CSLNameBuilder();
      n.family().ifPresent(nb::family);
      n.given().ifPresent(nb::given);
      n.literal().ifPresent(nb::literal);
      names.add(nb.build());
    }
    if (standIn != null && !names.isEmpty()) names = List.of(new CSLNameBuilder().literal(standIn).build());
    if (!names.isEmpty()) b.author(names.toArray(new CSLName[0]));
    r.title().ifPresent(b::title);
    r.containerTitle().ifPresent(b::containerTitle);
    r.publisher().ifPresent(b::publisher);
    r.publisherPlace().ifPresent(b::publisherPlace);
    r.issued().ifPresent(d -> b.issued(date(d)));
    r.accessed().ifPresent(d -> b.accessed(date(d)));
    r.url().ifPresent(b::URL);
    r.doi().ifPresent(b::DOI);
    r.page().ifPresent(b::page);
    r.medium().ifPresent(b::medium);
    r.language().ifPresent(l -> b.language(l.tag()));
    return b.build();
  }

  private static CSLDate date(cz.sazba.model.CslDate d) {
    if (d.month().isEmpty()) return new CSLDateBuilder().dateParts(d.year()).build();
    if (d.day().isEmpty()) return new CSLDateBuilder().dateParts(d.year(), d.month().getAsInt()).build();
    return new CSLDateBuilder().dateParts(d.year(), d.month().getAsInt(), d.day().getAsInt()).build();
  }

  /** citeproc-java's HTML, a small known subset, as model inlines. */
  static final class HtmlInlines {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern STYLE = Pattern.compile("style=\"([^\"]*)\"");

    private HtmlInlines() {}

    /** A frame of open elements: what to wrap the children in when it closes. */
    private record Frame(String tag, String kind, String href, List<Inline> children) {}

    static List<Inline> parse(String html, Span at) {
      Deque<Frame> stack = new ArrayDeque<>();
      stack.push(new Frame("", "", null, new ArrayList<>()));
      Matcher m = TAG.matcher(html);
      int pos = 0;
      boolean blockSeen = false;
      while (m.find()) {
        text(stack.peek().children, html.substring(pos, m.start()), at);
        pos = m.end();
        String tag = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1).isEmpty()) {
          if (tag.equals("br")) continue;
          if (tag.equals("div")) {
            // csl-left-margin and csl-right-inline: the label and the entry, a space between them.
            if (blockSeen) text(stack.peek().children, " ", at);
            blockSeen = true;
          }
          stack.push(new Frame(tag, kind(tag, m.group(3)), href(m.group(3)), new ArrayList<>()));
        } else if (stack.size() > 1) {
          Frame f = stack.pop();
          stack.peek().children.addAll(wrap(f, at));
        }
      }
      text(stack.peek().children, html.substring(pos), at);
      while (stack.size() > 1) {
        Frame f = stack.pop();
        stack.peek().children.addAll(wrap(f, at));
      }
      return merge(stack.peek().children, at);
    }

    private static String kind(String tag, String attrs) {
      switch (tag) {
        case "i": case "em": return "emph";
        case "b": case "strong": return "strong";
        case "sup": return "sup";
        case "sub": return "sub";
        case "a": return "link";
        default: break;
      }
      Matcher s = STYLE.matcher(attrs);
      if (s.find()) {
        String style = s.group(1).replace(" ", "");
        if (style.contains("font-style:italic")) return "emph";
        if (style.contains("font-weight:bold")) return "strong";
        if (style.contains("font-variant:small-caps")) return "smallcaps";
      }
      return "";
    }

    private static String href(String attrs) {
      Matcher h = HREF.matcher(attrs);
      return h.find() ? unescape(h.group(1)) : null;
    }

    private static List<Inline> wrap(Frame f, Span at) {
      List<Inline> c = merge(f.children, at);
      if (c.isEmpty()) return c;
      switch (f.kind) {
        case "emph": return List.of(new Emph(c, at));
        case "strong": return List.of(new Strong(c, at));
        case "smallcaps": return List.of(new SmallCaps(c, at));
        case "sup": return List.of(new Superscript(c, at));
        case "sub": return List.of(new Subscript(c, at));
        case "link": return f.href == null ? c : List.of(new Link(f.href, c, at));
        default: return c;
      }
    }

    private static void text(List<Inline> out, String raw, Span at) {
      if (raw.isEmpty()) return;
      String t = unescape(raw).replace('\n', ' ');
      if (!t.isEmpty()) out.add(new Text(t, at));
    }

    /** Adjacent texts as one, and no blank ends. */
    private static List<Inline> merge(List<Inline> in, Span at) {
      List<Inline> out = new ArrayList<>();
      for (Inline i : in) {
        if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
          out.set(out.size() - 1, new Text(prev.text() + t.text(), at));
        } else {
          out.add(i);
        }
      }
      if (!out.isEmpty() && out.get(0) instanceof Text first) {
        String s = first.text().stripLeading();
        if (s.isEmpty()) out.remove(0);
        else out.set(0, new Text(s, at));
      }
      if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text last) {
        String s = last.text().stripTrailing();
        if (s.isEmpty()) out.remove(out.size() - 1);
        else out.set(out.size() - 1, new Text(s, at));
      }
      return out;
    }

    static String unescape(String s) {
      if (s.indexOf('&') < 0) return s;
      s = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(s);
      if (s.indexOf('&') < 0) return s;
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int semi = c == '&' ? s.indexOf(';', i) : -1;
        if (semi < 0 || semi - i > 10) {
          out.append(c);
          continue;
        }
        String e = s.substring(i + 1, semi);
        String r = null;
        if (e.equals("amp")) r = "&";
        else if (e.equals("lt")) r = "<";
        else if (e.equals("gt")) r = ">";
        else if (e.equals("quot")) r = "\"";
        else if (e.equals("apos")) r = "'";
        else if (e.equals("nbsp")) r = "\u00A0";
        else if (e.startsWith("#x") || e.startsWith("#X")) r = codePoint(e.substring(2), 16);
        else if (e.startsWith("#")) r = codePoint(e.substring(1), 10);
        if (r == null) {
          out.append(c);
        } else {
          out.append(r);
          i = semi;
        }
      }
      return out.toString();
    }

    private static String codePoint(String digits, int radix) {
      try {
        return new String(Character.toChars(Integer.parseInt(digits, radix)));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
