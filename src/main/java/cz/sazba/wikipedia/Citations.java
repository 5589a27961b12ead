package cz.sazba.wikipedia;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation templates (Citation Style 1: cite book, cite web, cite news, cite journal, …,
 * citation) as CSL items for metadata.yaml: author, title, container, publisher and place, date,
 * URL, access date, medium, language. A field that does not map, or whose value is itself a
 * template, is not carried: the reference list shows what the item has.
 */
final class Citations {
  /** One item, in the order metadata.yaml lists it. */
  record Item(String key, Map<String, Object> csl) {}

  private final Map<String, Item> byCiteref = new LinkedHashMap<>();
  private final List<Item> items = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private final List<String> warnings;

  Citations(List<String> warnings) {
    this.warnings = warnings;
  }

  List<Item> items() {
    return items;
  }

  static boolean isCitationTemplate(String name) {
    return isCzechTemplate(name) || name.startsWith("cite ") || name.equals("citation") || name.startsWith("cite") && name.length() > 4
        && !name.equals("citation needed") || name.equals("vcite book") || name.equals("vcite web");
  }

  /**
   * The Czech Wikipedia's citation templates (Citace monografie, Citace periodika, Citace
   * elektronického periodika, Citace elektronické monografie, Citace sborníku) with their
   * parameters renamed to CS1's, so one mapping serves both.
   */
  private static final Map<String, String> CS_TEMPLATES = Map.of(
      "citace monografie", "cite book", "citace elektronické monografie", "cite web",
      "citace periodika", "cite journal", "citace elektronického periodika", "cite web",
      "citace sborníku", "cite book", "citace kvalifikační práce", "cite thesis", "citace právního předpisu", "citation");
  private static final Map<String, String> CS_PARAMS = Map.ofEntries(
      Map.entry("příjmení", "last"), Map.entry("jméno", "first"), Map.entry("autor", "author"),
      Map.entry("titul", "title"), Map.entry("vydavatel", "publisher"), Map.entry("místo", "location"),
      Map.entry("rok", "year"), Map.entry("datum", "date"), Map.entry("datum přístupu", "access-date"),
      Map.entry("jazyk", "language"), Map.entry("strany", "pages"), Map.entry("strana", "page"),
      Map.entry("periodikum", "journal"), Map.entry("formát", "format"), Map.entry("kapitola", "chapter"),
      Map.entry("sborník", "title"), Map.entry("datum vydání", "date"), Map.entry("odkaz", "url"));

  static boolean isCzechTemplate(String name) {
    return CS_TEMPLATES.containsKey(name);
  }

  private static Templates.Call english(Templates.Call call) {
    String en = CS_TEMPLATES.get(call.name());
    if (en == null) return call;
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : call.params().entrySet()) {
      String k = p.getKey();
      String digits = k.replaceAll("^\\D+", "");
      String stem = k.substring(0, k.length() - digits.length());
      String mapped = CS_PARAMS.get(k);
      if (mapped == null && CS_PARAMS.containsKey(stem)) mapped = CS_PARAMS.get(stem) + digits;
      params.put(mapped == null ? k : mapped, p.getValue());
    }
    return new Templates.Call(en, call.displayName(), params);
  }

  /** The item of a citation template call, made once per {@code CITEREF} anchor (or per call without one). */
  Item item(Templates.Call original, String citeref) {
    Templates.Call call = english(original);
    if (!citeref.isEmpty() && byCiteref.containsKey(citeref)) return byCiteref.get(citeref);
    Map<String, Object> csl = new LinkedHashMap<>();
    String type = type(call);
    List<Map<String, String>> authors = names(call);
    String title = call.param("title", "chapter", "script-title").flatMap(Templates::plain).orElse(null);
    if (call.param("chapter").isPresent() && call.param("title").isPresent()) {
      title = call.param("chapter").flatMap(Templates::plain).orElse(title);
    }
    Optional<String> year = date(call.param("date", "year", "publication-date").orElse(""));
    csl.put("type", type);
    if (!authors.isEmpty()) csl.put("author", authors);
    if (title != null) csl.put("title", title);
    String container = call.param("chapter").isPresent()
        ? call.param("title").flatMap(Templates::plain).orElse(null)
        : call.param("work", "website", "newspaper", "journal", "magazine", "encyclopedia", "periodical")
            .flatMap(Templates::plain).orElse(null);
    if (container != null) csl.put("container-title", container);
    call.param("publisher", "agency", "institution").flatMap(Templates::plain).ifPresent(v -> csl.put("publisher", v));
    call.param("location", "place", "publication-place").flatMap(Templates::plain)
        .ifPresent(v -> csl.put("publisher-place", v));
    year.ifPresent(v -> csl.put("issued", v));
    Optional<String> rawDate = call.param("date", "year");
    if (rawDate.isPresent() && year.isEmpty()) {
      warnings.add("citation '" + shortTitle(title) + "': the date '" + rawDate.get().strip()
          + "' is not one the reference data can hold; it is left out");
    }
    call.param("access-date", "accessdate").flatMap(Citations::date).ifPresent(v -> csl.put("accessed", v));
    call.param("url").map(String::strip).filter(u -> u.matches("https?://\\S+"))
        .ifPresent(u -> csl.put("URL", Markdown.url(u)));
    if (type.startsWith("article")) {
      call.param("pages", "page").flatMap(Templates::plain).ifPresent(v -> csl.put("page", v));
    }
    call.param("format").flatMap(Templates::plain).ifPresent(v -> csl.put("medium", v));
    call.param("language", "lang").flatMap(Citations::language).ifPresent(v -> csl.put("language", v));
    String key = key(authors, title, year);
    Item item = new Item(key, csl);
    items.add(item);
    if (!citeref.isEmpty()) byCiteref.put(citeref, item);
    return item;
  }

  /** The item already made for a {@code CITEREF…} anchor (for {@code {{sfn}}}), if any. */
  Optional<Item> byCiteref(String citeref) {
    return Optional.ofNullable(byCiteref.get(citeref));
  }

  /** The locator a citation template gives for the place cited: page, pages or at (not a journal's page range). */
  static Optional<String> locator(Templates.Call original) {
    Templates.Call call = english(original);
    if (type(call).startsWith("article")) return Optional.empty();
    Optional<String> page = call.param("page", "p").flatMap(Templates::plain);
    if (page.isPresent()) return Optional.of("p. " + page.get());
    Optional<String> pages = call.param("pages", "pp").flatMap(Templates::plain);
    if (pages.isPresent()) return Optional.of((pages.get().matches(".*[-–,].*") ? "pp. " : "p. ") + pages.get());
    return call.param("at", "loc").flatMap(Templates::plain);
  }

  private static String type(Templates.Call call) {
    String n = call.name();
    switch (n) {
      case "cite book": return "book";
      case "cite web": return "webpage";
      case "cite news": return "article-newspaper";
      case "cite journal": return "article-journal";
      case "cite magazine": return "article-magazine";
      case "cite encyclopedia": return "entry-encyclopedia";
      case "cite thesis": return "thesis";
      case "cite report": return "report";
      case "cite map": return "map";
      case "cite interview": return "interview";
      case "cite speech": return "speech";
      case "cite av media": return "motion_picture";
      case "cite press release": return "article";
      default:
        if (call.param("journal").isPresent()) return "article-journal";
        if (call.param("newspaper").isPresent()) return "article-newspaper";
        if (call.param("isbn").isPresent() || call.param("publisher").isPresent() && call.param("url").isEmpty()) {
          return "book";
        }
        return call.param("url").isPresent() ? "webpage" : "document";
    }
  }

  private static List<Map<String, String>> names(Templates.Call call) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int k = 1; k <= 20; k++) {
      String n = k == 1 ? "" : String.valueOf(k);
      Optional<String> last = k == 1 ? call.param("last", "last1", "surname", "surname1", "author1-last")
          : call.param("last" + n, "surname" + n, "author" + n + "-last");
      Optional<String> first = k == 1 ? call.param("first", "first1", "given", "given1", "author1-first")
          : call.param("first" + n, "given" + n, "author" + n + "-first");
      Optional<String> whole = k == 1 ? call.param("author", "author1") : call.param("author" + n);
      Map<String, String> name = new LinkedHashMap<>();
      if (last.flatMap(Templates::plain).isPresent()) {
        name.put("family", last.flatMap(Templates::plain).get());
        first.flatMap(Templates::plain).ifPresent(f -> name.put("given", f));
      } else if (whole.flatMap(Templates::plain).isPresent()) {
        name.put("literal", whole.flatMap(Templates::plain).get());
      } else if (k > 1) break;
      else continue;
      out.add(name);
    }
    return out;
  }

  private static final Pattern YEAR = Pattern.compile("(?:c\\. ?)?([12][0-9]{3})[a-z]?");
  private static final List<DateTimeFormatter> DAYS = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d. M. uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("cs")));
  private static final List<DateTimeFormatter> MONTHS = List.of(
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH));

  /** A CS1 date as CSL's {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of those. */
  static Optional<String> date(String raw) {
    Optional<String> plain = Templates.plain(raw);
    if (plain.isEmpty()) return Optional.empty();
    String s = plain.get();
    Matcher y = YEAR.matcher(s);
    if (y.matches()) return Optional.of(y.group(1));
    try {
      return Optional.of(LocalDate.parse(s).toString());
    } catch (DateTimeParseException e) {
      // not ISO
    }
    for (DateTimeFormatter f : DAYS) {
      try {
        return Optional.of(LocalDate.parse(s, f).toString());
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : MONTHS) {
      try {
        return Optional.of(YearMonth.parse(s, f).toString());
      } catch (DateTimeParseException e) {
        // next
      }
    }
    if (s.matches("[12][0-9]{3}-[01][0-9]")) return Optional.of(s);
    return Optional.empty();
  }

  /** A language field as a tag: already a tag ({@code cs}), or an English name ({@code Czech}). */
  static Optional<String> language(String raw) {
    Optional<String> plain = Templates.plain(raw);
    if (plain.isEmpty()) return Optional.empty();
    String s = plain.get().strip();
    if (s.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") && cz.sazba.model.Lang.parseOrNull(s) != null) return Optional.of(s);
    for (String code : Locale.getISOLanguages()) {
      if (new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(s)) return Optional.of(code);
    }
    return Optional.empty();
  }

  private String key(List<Map<String, String>> authors, String title, Optional<String> year) {
    String base;
    if (!authors.isEmpty()) {
      Map<String, String> a = authors.get(0);
      base = a.getOrDefault("family", a.getOrDefault("literal", ""));
    } else base = title == null ? "" : title;
    base = ascii(base);
    String[] words = base.split("-");
    base = a(words);
    if (base.isEmpty()) base = "item";
    base += year.map(y -> y.substring(0, 4)).orElse("");
    String key = base;
    for (char suffix = 'a'; keys.contains(key) && suffix <= 'z'; suffix++) key = base + suffix;
    for (int n = 2; keys.contains(key); n++) key = base + "-" + n;
    keys.add(key);
    return key;
  }

  private static String a(String[] words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) continue;
      if (out.length() > 0) out.append('-');
      out.append(w);
      if (out.length() >= 16) break;
    }
    return out.toString();
  }

  /** Lower-case ASCII letters and digits, hyphens between words: {@code Dvořák} → {@code dvorak}. */
  static String ascii(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String shortTitle(String title) {
    return title == null ? "untitled" : title.length() > 40 ? title.substring(0, 40) + "…" : title;
  }
}
