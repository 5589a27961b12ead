package cz.sazba.wikipedia;

import cz.sazba.model.Lang;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Parsoid HTML (mediawiki.org Specs/HTML) → one chapter of pandoc Markdown, the CSL items its
 * citations need, and the honest list of what was left out. Every element is either mapped,
 * or dropped on purpose and named in {@link Result#leftOut}, or (an element this class does not
 * know) read for its content: nothing is dropped silently.
 */
final class ParsoidConverter {
  /** The image files the import has (fetched, or given with {@code --images}), by file name. */
  interface Images {
    /** The manuscript-relative path of the image, or why it is not there. */
    Optional<String> path(String fileName);

    /** Why the image is not in the book, when {@link #path} is empty. */
    String whyMissing(String fileName);
  }

  record Result(String markdown, List<Citations.Item> items, List<String> leftOut, List<String> warnings) {}

  private final Document doc;
  private final PageHead head;
  private final RefStyle refs;
  private final Images images;
  private final List<String> warnings = new ArrayList<>();
  private final Citations citations = new Citations(warnings);
  /** What was left out, by kind, each with the names seen, in first-seen order. */
  private final Map<String, Set<String>> leftOut = new LinkedHashMap<>();
  private final Map<String, String> headingIds = new HashMap<>();
  private final Map<String, Element> noteTexts = new HashMap<>();
  private final Set<String> citedByShortCitation = new HashSet<>();
  private final List<String> footnotes = new ArrayList<>();
  private boolean refsSlotWritten;
  /** Around the page of a {@code {{rp}}}, until {@link #tidy} puts it on the citation before it. */
  private static final String RP = "\uE002";
  /** A hard line break until {@link #tidy} knows whether text follows it (none at a paragraph's ends). */
  private static final String BREAK = "\uE001";
  /** Where the reference list goes; written as {@code ::: {#refs}} when any citation was made, else removed. */
  private static final String REFS_SLOT = "\uE000refs\uE000";
  private boolean anyCitation;
  private int redLinks;

  private final boolean keepInfobox;

  private ParsoidConverter(Document doc, PageHead head, RefStyle refs, Images images, boolean keepInfobox) {
    this.doc = doc;
    this.head = head;
    this.refs = refs;
    this.images = images;
    this.keepInfobox = keepInfobox;
  }

  static Result convert(Document doc, PageHead head, RefStyle refs, Images images) {
    return convert(doc, head, refs, images, false);
  }

  /** @param keepInfobox the infobox's labelled rows as a definition list instead of leaving it out */
  static Result convert(Document doc, PageHead head, RefStyle refs, Images images, boolean keepInfobox) {
    return new ParsoidConverter(doc, head, refs, images, keepInfobox).run();
  }

  /** The file names of the figures the book would show (not those inside dropped parts), for fetching. */
  static List<String> figureFiles(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element f : doc.body().select("figure")) {
      if (!isMediaFigure(f)) continue;
      boolean dropped = false;
      for (Element p = f; p != null; p = p.parent()) if (dropKind(p).isPresent()) dropped = true;
      if (dropped) continue;
      fileName(f).ifPresent(n -> {
        if (!out.contains(n)) out.add(n);
      });
    }
    return out;
  }

  private Result run() {
    prepare();
    int removed = 0;
    for (Element e : doc.body().getAllElements()) {
      for (TextNode t : e.textNodes()) {
        String clean = Markdown.printable(t.getWholeText());
        if (clean.length() != t.getWholeText().length()) {
          removed += t.getWholeText().length() - clean.length();
          t.text(clean);
        }
      }
    }
    if (removed > 0) {
      note(removed + " invisible control character" + (removed == 1 ? "" : "s")
          + " (direction marks, zero-width no-break spaces; Sazba sets left-to-right text only)", "");
    }
    Ctx ctx = new Ctx(head.lang(), false, false, false, false, false);
    List<String> blocks = blocks(doc.body(), ctx);
    int slot = blocks.indexOf(REFS_SLOT);
    if (slot >= 0 && anyCitation) {
      blocks.set(slot, "::: {#refs}\n:::");
    } else if (slot >= 0) {
      blocks.remove(slot);
      boolean headingBefore = slot > 0 && blocks.get(slot - 1).startsWith("#");
      boolean nothingAfter = slot >= blocks.size() || blocks.get(slot).startsWith("#")
          && level(blocks.get(slot)) <= level(blocks.get(slot - 1));
      if (headingBefore && nothingAfter) {
        note("headings of sections left empty by the import", blocks.get(slot - 1).replaceAll("^#+ | \\{#.*\\}$", ""));
        blocks.remove(slot - 1);
      }
    }
    StringBuilder md = new StringBuilder();
    for (String b : blocks) {
      if (md.length() > 0) md.append("\n\n");
      md.append(b);
    }
    if (!footnotes.isEmpty()) {
      md.append("\n");
      for (String f : footnotes) md.append("\n").append(f);
    }
    md.append('\n');
    if (redLinks > 0) {
      note("the links of " + redLinks + " red link" + (redLinks == 1 ? "" : "s") + " (to articles that do not exist; the words are kept)", "");
    }
    List<String> left = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : leftOut.entrySet()) {
      left.add(e.getKey() + (e.getValue().isEmpty() ? "" : ": " + String.join("; ", e.getValue())));
    }
    List<Citations.Item> used = anyCitation ? citations.items() : List.of();
    return new Result(md.toString(), used, left, warnings);
  }

  private static int level(String heading) {
    int n = 0;
    while (n < heading.length() && heading.charAt(n) == '#') n++;
    return n;
  }

  /** Heading ids, the notes' texts by id, the short citations' targets and the bibliography's items. */
  private void prepare() {
    Set<String> taken = new HashSet<>();
    for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
      String raw = h.id();
      String base = safeId(raw.isEmpty() ? h.text() : raw);
      String id = base;
      for (int n = 1; taken.contains(id); n++) id = base + "-" + n;
      taken.add(id);
      if (!raw.isEmpty()) headingIds.put(raw, id);
      h.attr("data-sazba-id", id);
    }
    for (Element t : doc.body().select(".mw-reference-text[id], .reference-text[id]")) noteTexts.put(t.id(), t);
    for (Element li : doc.body().select("ol.references > li[id]")) noteTexts.putIfAbsent("li:" + li.id(), li);
    for (Element ref : doc.body().select("[typeof~=mw:Extension/ref]")) {
      shortCitation(ref).ifPresent(citedByShortCitation::add);
    }
  }

  /** A heading id both readers take: letters, digits, {@code - _ . :}; anything else becomes {@code _}. */
  static String safeId(String raw) {
    String s = raw.strip().replace(' ', '_');
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' ? c : '_');
    }
    String id = out.toString().replaceAll("_+", "_").replaceAll("^[^\\p{L}\\p{N}]+|_+$", "");
    return id.isEmpty() ? "section" : id;
  }

  // ---------------------------------------------------------------- dropping

  private void note(String kind, String name) {
    Set<String> names = leftOut.computeIfAbsent(kind, k -> new LinkedHashSet<>());
    if (name != null && !name.isBlank()) names.add(name.strip());
  }

  /**
   * What kind of page furniture this element is, when the book leaves it out: infoboxes,
   * navigation boxes, sidebars, hatnotes, maintenance and message boxes, edit links,
   * coordinates, inline maintenance tags, galleries, the table of contents.
   */
  static Optional<String> dropKind(Element e) {
    Set<String> cls = e.classNames();
    String role = e.attr("role");
    for (String c : cls) {
      if (c.equals("infobox") || c.startsWith("infobox")) return Optional.of("infobox");
    }
    if (cls.contains("navbox") || cls.contains("navbox-styles") || cls.contains("vertical-navbox") || role.equals("navigation")) {
      return Optional.of(cls.contains("vertical-navbox") || cls.contains("sidebar") ? "sidebar" : "navigation box");
    }
    if (cls.contains("sidebar")) return Optional.of("sidebar");
    if (cls.contains("hatnote") || cls.contains("dablink") || role.equals("note") && e.tagName().equals("div")) {
      return Optional.of("hatnote");
    }
    if (cls.contains("ambox") || cls.contains("mbox-small") || cls.contains("ombox") || cls.contains("tmbox")
        || cls.contains("cmbox") || cls.contains("metadata") && !e.tagName().equals("span")) {
      return Optional.of("maintenance or message box");
    }
    if (cls.contains("mw-editsection")) return Optional.of("edit links");
    if (e.id().equals("coordinates") || cls.contains("geo-default") || cls.contains("geo-multi-punct")) {
      return Optional.of("coordinates");
    }
    if (cls.contains("Inline-Template") || cls.contains("noprint") && (e.tagName().equals("sup") || e.tagName().equals("span"))) {
      return Optional.of("inline maintenance tags");
    }
    if (cls.contains("shortdescription") || e.attr("style").replace(" ", "").contains("display:none")) {
      return Optional.of("text the article hides (short description, hidden parts)");
    }
    if (cls.contains("noprint") || cls.contains("metadata") && e.tagName().equals("span")) {
      return Optional.of("parts Wikipedia marks as not for print");
    }
    if (cls.contains("sistersitebox") || cls.contains("portalbox") || cls.contains("portal") || cls.contains("side-box")) {
      return Optional.of("boxes pointing to sister projects and portals");
    }
    if (cls.contains("toc") || e.id().equals("toc")) return Optional.of("table of contents (the book makes its own)");
    if (e.attr("typeof").contains("mw:Extension/gallery") || cls.contains("gallery") && e.tagName().equals("ul")) {
      return Optional.of("galleries");
    }
    if (e.tagName().equals("link") && e.attr("rel").contains("mw:PageProp/Category")) return Optional.of("categories");
    return Optional.empty();
  }

  /** The name to list for a dropped element: its template's, else a short piece of its text. */
  private String dropName(Element e, String kind) {
    if (kind.equals("categories")) {
      String href = e.attr("href");
      // ./Category:Name, or the wiki's own namespace name (./Kategorie:Název).
      int c = href.indexOf(':');
      return c < 0 ? "" : decode(href.substring(c + 1).replaceAll("#.*", "")).replace('_', ' ');
    }
    if (kind.equals("edit links") || kind.equals("coordinates") || kind.startsWith("table of contents")) return "";
    Element carrier = templateCarrier(e);
    if (carrier != null) {
      for (Templates.Call c : Templates.calls(carrier)) if (!c.name().isEmpty()) return "{{" + c.displayName() + "}}";
    }
    String text = e.text().strip();
    if (kind.equals("hatnote") || kind.equals("inline maintenance tags")) {
      return text.length() > 80 ? "“" + text.substring(0, 77) + "…”" : text.isEmpty() ? "" : "“" + text + "”";
    }
    return "";
  }

  /** The element that carries the data-mw of the template this element comes from, if any. */
  private Element templateCarrier(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.attr("typeof").contains("mw:Transclusion") && p.hasAttr("data-mw")) return p;
      String about = p.attr("about");
      if (!about.isEmpty()) {
        for (Element s : doc.getElementsByAttributeValue("about", about)) {
          if (s.attr("typeof").contains("mw:Transclusion") && s.hasAttr("data-mw")) return s;
        }
      }
      if (p.tagName().equals("section") || p.tagName().equals("body")) break;
    }
    return null;
  }

  // ---------------------------------------------------------------- blocks

  /** Where a piece of content is: language, and what it sits inside. */
  record Ctx(String lang, boolean heading, boolean link, boolean note, boolean italic, boolean bold) {
    Ctx withLang(String l) {
      return new Ctx(l, heading, link, note, italic, bold);
    }

    Ctx inHeading() {
      return new Ctx(lang, true, link, note, italic, bold);
    }

    Ctx inLink() {
      return new Ctx(lang, heading, true, note, italic, bold);
    }

    Ctx inNote() {
      return new Ctx(lang, heading, link, true, italic, bold);
    }

    Ctx italics() {
      return new Ctx(lang, heading, link, note, true, bold);
    }

    Ctx boldface() {
      return new Ctx(lang, heading, link, note, italic, true);
    }
  }

  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
      "blockquote", "pre", "table", "figure", "div", "section", "hr", "center", "body", "main", "article", "aside",
      "header", "footer", "nav", "details", "figcaption", "dt", "dd", "li", "tbody", "thead", "tr");

  private static boolean isBlock(Node n) {
    return n instanceof Element e && (BLOCK_TAGS.contains(e.tagName()) || isMediaFigure(e) && e.tagName().equals("figure"));
  }

  /** The blocks of a container's children, in order; runs of inline content become paragraphs. */
  private List<String> blocks(Element container, Ctx ctx) {
    List<String> out = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    for (Node n : container.childNodes()) {
      if (isBlock(n)) {
        paragraph(run, ctx, out);
        run.clear();
        block((Element) n, ctx, out);
      } else if (n instanceof Element e && (e.tagName().equals("style") || e.tagName().equals("script")
          || e.tagName().equals("meta") || e.tagName().equals("link") && dropKind(e).isEmpty())) {
        continue;
      } else {
        run.add(n);
      }
    }
    paragraph(run, ctx, out);
    return out;
  }

  /**
   * A bibliography's entry that a short citation cites: in {@link RefStyle#CITATIONS} it is an item of
   * the reference data (listed where the reference list is), so the entry itself goes.
   */
  private boolean isBibliographyEntry(Element e) {
    if (refs != RefStyle.CITATIONS) return false;
    List<Element> cites = e.select("cite[id]");
    if (cites.size() != 1 || !citedByShortCitation.contains(cites.get(0).id())) return false;
    Element copy = e.clone();
    copy.select("cite, .Z3988, link, style").remove();
    if (!copy.text().replaceAll("[\\p{P}\\s]", "").isEmpty()) return false;
    if (bibliographyItem(cites.get(0).id()).isEmpty()) return false;
    note("bibliography entries", "they are the reference list's items now");
    return true;
  }

  private void paragraph(List<Node> run, Ctx ctx, List<String> out) {
    if (run.isEmpty()) return;
    if (run.size() == 1 && run.get(0) instanceof Element only && isBibliographyEntry(only)) return;
    StringBuilder sb = new StringBuilder();
    for (Node n : run) sb.append(inline(n, ctx));
    String p = tidy(sb.toString());
    if (!p.isEmpty()) out.add(Markdown.blockStart(p));
  }

  /** One space for each run of spaces (no-break spaces stay), nothing at either end, citations merged. */
  private static String tidy(String s) {
    String t = s.replaceAll(" *\uE001[ \uE001]*", "\uE001").replaceAll(" {2,}", " ").strip();
    t = t.replaceAll("^\uE001+|\uE001+$", "").strip().replace(BREAK, "\\\n");
    // {{rp|158}} right after a citation without a locator: its locator; anywhere else the
    // page as Wikipedia shows it, ":158" raised.
    t = t.replaceAll("(\\[@[^\\[\\],]*)\\]\uE002([^\uE002]*)\uE002", "$1, p. $2]");
    t = t.replaceAll("\uE002(\\S+)\uE002", "^:$1^").replaceAll("\uE002([^\uE002]*)\uE002", ":$1").replace(RP, "");
    // Citations side by side, [@a][@b], are one citation [@a; @b] as pandoc would write them.
    String merged;
    while (!(merged = t.replaceAll("(\\[@[^\\[\\]]*)\\] ?\\[@", "$1; @")).equals(t)) t = merged;
    return t;
  }

  private void block(Element e, Ctx ctx, List<String> out) {
    Optional<String> drop = dropKind(e);
    if (drop.isPresent() && drop.get().equals("infobox") && keepInfobox && e.tagName().equals("table")) {
      infobox(e, ctx, out);
      return;
    }
    if (drop.isPresent()) {
      note(drop.get(), dropName(e, drop.get()));
      return;
    }
    if (isReferenceList(e)) {
      referenceList(e, out);
      return;
    }
    String lang = langOf(e, ctx);
    if (!lang.equals(ctx.lang()) && !e.tagName().matches("h[1-6]|section|body")) {
      List<String> inner = new ArrayList<>();
      block(e.clone().removeAttr("lang"), ctx.withLang(lang), inner);
      if (!inner.isEmpty()) out.add("::: {lang=" + lang + "}\n" + String.join("\n\n", inner) + "\n:::");
      return;
    }
    Ctx c = ctx.withLang(lang);
    switch (e.tagName()) {
      case "section": {
        List<String> inner = blocks(e, c);
        Element h = e.selectFirst("> h1, > h2, > h3, > h4, > h5, > h6");
        if (h != null && inner.size() == 1 && inner.get(0).startsWith("#")) {
          note("headings of sections left empty by the import", h.text());
          return;
        }
        out.addAll(inner);
        return;
      }
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": {
        int level = Math.max(1, Math.min(6, e.tagName().charAt(1) - '0' - 1));
        String text = tidy(inlines(e, c.inHeading()));
        if (text.isEmpty()) return;
        out.add("#".repeat(level) + " " + text + " {#" + e.attr("data-sazba-id") + "}");
        return;
      }
      case "p":
        if (isBibliographyEntry(e)) return;
        paragraph(e.childNodes(), c, out);
        return;
      case "ul": case "ol":
        list(e, c, out);
        return;
      case "dl":
        definitionList(e, c, out);
        return;
      case "blockquote": {
        List<String> inner = blocks(e, c);
        if (!inner.isEmpty()) out.add(prefix(String.join("\n\n", inner), "> ", ">"));
        return;
      }
      case "pre": {
        String code = e.wholeText().replaceAll("\\n+$", "");
        int longest = 2;
        for (String line : code.split("\n")) {
          int k = 0;
          while (k < line.length() && line.charAt(k) == '`') k++;
          longest = Math.max(longest, k);
        }
        String fence = "`".repeat(longest + 1);
        out.add(fence + "\n" + code + "\n" + fence);
        return;
      }
      case "hr":
        out.add("* * *");
        return;
      case "table":
        table(e, c, out);
        return;
      case "figure":
        if (isMediaFigure(e)) figure(e, c, out);
        else out.addAll(blocks(e, c));
        return;
      case "figcaption": case "dt": case "dd": case "li": case "tr": case "tbody": case "thead":
        out.addAll(blocks(e, c));
        return;
      default:
        // div, center and the other containers: their content, in order.
        out.addAll(blocks(e, c));
    }
  }

  private static String prefix(String text, String prefix, String blankPrefix) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(line.isEmpty() ? blankPrefix : prefix + line);
    }
    return sb.toString();
  }

  private static String indent(String text, int n) {
    String pad = " ".repeat(n);
    StringBuilder sb = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) sb.append('\n').append(lines[i].isEmpty() ? "" : pad + lines[i]);
      else sb.append(lines[i]);
    }
    return sb.toString();
  }

  private void list(Element e, Ctx c, List<String> out) {
    boolean ordered = e.tagName().equals("ol");
    int number = 1;
    if (ordered && e.attr("start").matches("[0-9]{1,9}")) number = Integer.parseInt(e.attr("start"));
    List<String> items = new ArrayList<>();
    boolean loose = false;
    for (Element li : e.children()) {
      if (isBibliographyEntry(li)) continue;
      Optional<String> drop = dropKind(li);
      if (drop.isPresent()) {
        note(drop.get(), dropName(li, drop.get()));
        continue;
      }
      List<String> inner = blocks(li, c.withLang(langOf(li, c)));
      if (langOf(li, c).equals(c.lang()) && inner.isEmpty()) inner = List.of("");
      String marker = ordered ? (number++) + "." : "-";
      marker = marker + " ".repeat(Math.max(1, 4 - marker.length()));
      int nonLists = 0;
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < inner.size(); i++) {
        String b = inner.get(i);
        boolean isList = b.startsWith("-   ") || b.matches("(?s)[0-9]+\\. .*");
        if (!isList) nonLists++;
        if (i > 0) body.append(isList && nonLists <= 1 ? "\n" : "\n\n");
        body.append(b);
      }
      if (nonLists > 1) loose = true;
      items.add(marker + indent(body.toString(), marker.length()));
    }
    if (!items.isEmpty()) out.add(String.join(loose ? "\n\n" : "\n", items));
  }

  private void definitionList(Element e, Ctx c, List<String> out) {
    boolean hasTerm = !e.select("> dt").isEmpty();
    if (!hasTerm) {
      // Wikitext's ':' indentation: a quotation-like indent, not a definition.
      List<String> inner = new ArrayList<>();
      for (Element dd : e.children()) inner.addAll(blocks(dd, c));
      if (!inner.isEmpty()) out.add(prefix(String.join("\n\n", inner), "> ", ">"));
      return;
    }
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    for (Element child : e.children()) {
      if (child.tagName().equals("dt")) {
        if (item != null) items.add(item.toString());
        String term = tidy(inlines(child, c));
        item = new StringBuilder(Markdown.blockStart(term.isEmpty() ? "\\ " : term));
      } else if (child.tagName().equals("dd")) {
        if (item == null) item = new StringBuilder("\\ ");
        List<String> inner = blocks(child, c);
        item.append("\n:   ").append(indent(inner.isEmpty() ? "" : String.join("\n\n", inner), 4));
      }
    }
    if (item != null) items.add(item.toString());
    out.add(String.join("\n\n", items));
  }

  // ---------------------------------------------------------------- tables

  /**
   * An infobox kept: each row with a label ({@code th}) and a value ({@code td}) is a term and its
   * definition; its title, section headings and images (no text of their own) are left out.
   */
  private void infobox(Element table, Ctx c, List<String> out) {
    String name = dropName(table, "infobox");
    List<String> items = new ArrayList<>();
    boolean leftSomething = false;
    for (Element tr : table.select("tr")) {
      if (tr.parents().stream().filter(p -> p.tagName().equals("table")).findFirst().orElse(null) != table) continue;
      Element th = tr.selectFirst("> th");
      Element td = tr.selectFirst("> td");
      if (th != null && td != null) {
        String term = tidy(inlines(th, c).replace(BREAK, " "));
        String value = tidy(cellText(td, c).replace(BREAK, " "));
        if (!term.isEmpty() && !value.isEmpty()) {
          items.add(Markdown.blockStart(term) + "\n:   " + value);
          continue;
        }
      }
      if (!tr.text().isBlank() || !tr.select("img").isEmpty()) leftSomething = true;
    }
    if (!items.isEmpty()) out.add(String.join("\n\n", items));
    note("the infobox's title, headings and images (its labelled rows are a list)", name);
    if (!leftSomething && items.isEmpty()) note("infobox", name);
  }

  private void table(Element table, Ctx c, List<String> out) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = false;
    boolean merged = false;
    Map<Integer, Integer> rowspans = new HashMap<>();
    int width = 0;
    for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
      List<String> row = new ArrayList<>();
      int col = 0;
      for (Element cell : tr.children()) {
        if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) continue;
        while (rowspans.getOrDefault(col, 0) > 0) {
          rowspans.merge(col, -1, Integer::sum);
          row.add("");
          col++;
        }
        String text = tidy(cellText(cell, c).replace(BREAK, " "));
        row.add(text);
        int colspan = span(cell.attr("colspan"));
        int rowspan = span(cell.attr("rowspan"));
        if (colspan > 1 || rowspan > 1) merged = true;
        if (rowspan > 1) rowspans.put(col, rowspan - 1);
        col++;
        for (int k = 1; k < colspan; k++) {
          row.add("");
          if (rowspan > 1) rowspans.put(col, rowspan - 1);
          col++;
        }
      }
      while (rowspans.getOrDefault(col, 0) > 0) {
        rowspans.merge(col, -1, Integer::sum);
        row.add("");
        col++;
      }
      if (rows.isEmpty()) header = !tr.select("> th").isEmpty() && tr.select("> td").isEmpty();
      rows.add(row);
      width = Math.max(width, row.size());
    }
    Element captionEl = table.selectFirst("> caption");
    String caption = captionEl == null ? "" : tidy(inlines(captionEl, c));
    if (rows.isEmpty() || width == 0) return;
    if (merged) {
      warnings.add("table " + (caption.isEmpty() ? "(without caption)" : "'" + captionEl.text() + "'")
          + ": merged cells are written as a cell and empty cells (pipe tables have no merged cells)");
    }
    if (!table.select("table table").isEmpty()) {
      warnings.add("a table inside a table cell is written as the cell's text");
    }
    StringBuilder sb = new StringBuilder();
    List<String> first = header ? rows.remove(0) : new ArrayList<>();
    pad(first, width);
    sb.append(row(first)).append('\n');
    sb.append("|").append("---|".repeat(width));
    for (List<String> r : rows) {
      pad(r, width);
      sb.append('\n').append(row(r));
    }
    if (!caption.isEmpty()) sb.append("\n\nTable: ").append(caption);
    out.add(sb.toString());
  }

  private static int span(String v) {
    return v.strip().matches("[0-9]{1,3}") ? Math.max(1, Integer.parseInt(v.strip())) : 1;
  }

  private static void pad(List<String> row, int width) {
    while (row.size() < width) row.add("");
  }

  private static String row(List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String cell : cells) sb.append(' ').append(cell).append(" |");
    return sb.toString();
  }

  /** A cell's content on one line: its paragraphs and list items side by side. */
  private String cellText(Element cell, Ctx c) {
    StringBuilder sb = new StringBuilder();
    for (Node n : cell.childNodes()) {
      if (n instanceof Element e && (dropKind(e).isPresent())) {
        note(dropKind(e).get(), dropName(e, dropKind(e).get()));
      } else if (n instanceof Element e && isBlock(e) && !e.tagName().equals("figure")) {
        sb.append(' ').append(cellText(e, c)).append(' ');
      } else if (n instanceof Element e && e.tagName().equals("figure")) {
        note("images inside tables", fileName(e).orElse(""));
      } else {
        sb.append(inline(n, c));
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- figures

  private static boolean isMediaFigure(Element e) {
    String t = e.attr("typeof");
    return t.contains("mw:File") || t.contains("mw:Image") || t.contains("mw:Video") || t.contains("mw:Audio");
  }

  /** {@code Foo bar.jpg} from {@code resource="./File:Foo_bar.jpg"} (or the link to the file page). */
  static Optional<String> fileName(Element figure) {
    Element media = figure.selectFirst("img[resource], video[resource], audio[resource], [resource]");
    String res = media != null ? media.attr("resource") : "";
    if (res.isEmpty()) {
      Element a = figure.selectFirst("a[href]");
      res = a == null ? "" : a.attr("href");
    }
    int colon = res.indexOf(':');
    if (colon < 0) return Optional.empty();
    String name = decode(res.substring(colon + 1)).replace('_', ' ').strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  private void figure(Element fig, Ctx c, List<String> out) {
    Optional<String> name = fileName(fig);
    if (name.isEmpty()) {
      note("figures whose file could not be named", tidyText(fig.text()));
      return;
    }
    Element media = fig.selectFirst("img, video, audio");
    if (media == null || !media.tagName().equals("img")) {
      note("audio and video", "File:" + name.get());
      return;
    }
    Optional<String> path = images.path(name.get());
    if (path.isEmpty()) {
      note("figures", "File:" + name.get() + " (" + images.whyMissing(name.get()) + ")");
      return;
    }
    Element captionEl = fig.selectFirst("figcaption");
    String caption = captionEl == null ? "" : tidy(inlines(captionEl, c.inLink()));
    String alt = media.attr("alt").strip();
    if (alt.isEmpty()) {
      warnings.add("image File:" + name.get() + " has no alt text in the article; its caption stands in for it"
          + " — describe the image in the chapter file's {alt=\"…\"}");
      alt = captionEl == null ? name.get() : captionEl.text();
    }
    if (caption.isEmpty()) caption = Markdown.text(alt);
    out.add("![" + caption + "](" + Markdown.url(path.get()) + "){alt=" + Markdown.quoted(alt) + "}");
  }

  private static String tidyText(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 57) + "…" : t;
  }

  // ---------------------------------------------------------------- references

  private static boolean isReferenceList(Element e) {
    return e.attr("typeof").contains("mw:Extension/references") || e.tagName().equals("ol") && e.hasClass("references")
        || e.hasClass("reflist") || e.hasClass("mw-references-wrap");
  }

  private void referenceList(Element e, List<String> out) {
    Map<?, ?> mw = Templates.dataMw(e);
    // A group's list ({{notelist}}, <references group="lower-alpha"/>) holds explanatory notes, not sources.
    boolean group = mw.get("attrs") instanceof Map<?, ?> attrs && attrs.get("group") != null
        || e.hasClass("notelist") || !e.select("ol[data-mw-group]").isEmpty() || e.hasAttr("data-mw-group");
    if (refs == RefStyle.CITATIONS && !group && !refsSlotWritten) {
      refsSlotWritten = true;
      out.add(REFS_SLOT);
    }
    // Otherwise its notes are footnotes (or citations) now; metadata's changes say so.
  }

  /** The CITEREF anchor a {@code {{sfn}}}-style short citation points at, if this ref is one. */
  private static Optional<String> shortCitation(Element ref) {
    for (Templates.Call call : Templates.calls(ref)) {
      if (!Set.of("sfn", "sfnp", "harvnb", "harv", "harvp", "sfnm").contains(call.name())) continue;
      StringBuilder id = new StringBuilder("CITEREF");
      for (int k = 1; k <= 5; k++) {
        String v = call.params().get(String.valueOf(k));
        if (v == null) break;
        id.append(v.strip().replace(' ', '_'));
      }
      return Optional.of(id.toString());
    }
    return Optional.empty();
  }

  private static Optional<String> shortLocator(Element ref) {
    for (Templates.Call call : Templates.calls(ref)) {
      Optional<String> p = call.param("p", "page");
      if (p.isPresent()) return Templates.plain(p.get()).map(v -> "p. " + v);
      Optional<String> pp = call.param("pp", "pages");
      if (pp.isPresent()) return Templates.plain(pp.get()).map(v -> "pp. " + v);
      Optional<String> loc = call.param("loc", "at");
      if (loc.isPresent()) return Templates.plain(loc.get());
    }
    return Optional.empty();
  }

  /** The text of a ref's note: by the id data-mw names, or the body's HTML, or the list item it links to. */
  private Optional<Element> noteText(Element ref) {
    Map<?, ?> mw = Templates.dataMw(ref);
    if (mw.get("body") instanceof Map<?, ?> body) {
      if (body.get("id") instanceof String id && noteTexts.containsKey(id)) return Optional.of(noteTexts.get(id));
      if (body.get("html") instanceof String html) {
        Element holder = new Element("span");
        holder.html(html);
        return Optional.of(holder);
      }
    }
    Element a = ref.selectFirst("a[href*=#]");
    if (a != null) {
      String frag = decode(a.attr("href").substring(a.attr("href").indexOf('#') + 1));
      Element li = noteTexts.get("li:" + frag);
      if (li != null) {
        Element text = li.selectFirst(".mw-reference-text, .reference-text");
        return Optional.of(text != null ? text : li);
      }
    }
    return Optional.empty();
  }

  private String ref(Element ref, Ctx c) {
    if (c.note() || c.heading()) {
      note("references inside notes and headings", tidyText(ref.text()));
      return "";
    }
    Map<?, ?> mw = Templates.dataMw(ref);
    boolean group = mw.get("attrs") instanceof Map<?, ?> attrs && attrs.get("group") != null
        || ref.selectFirst("[data-mw-group]") != null;
    Optional<Element> text = noteText(ref);
    if (refs == RefStyle.CITATIONS && !group) {
      Optional<String> target = shortCitation(ref);
      if (target.isPresent()) {
        Optional<Citations.Item> item = citations.byCiteref(target.get());
        if (item.isEmpty()) item = bibliographyItem(target.get());
        if (item.isPresent()) {
          anyCitation = true;
          return "[@" + item.get().key() + shortLocator(ref).map(l -> ", " + Markdown.text(l)).orElse("") + "]";
        }
        warnings.add("short citation " + tidyText(ref.text()) + " points at " + target.get()
            + ", which no citation template of the page defines; it is a footnote with its text");
      }
      if (text.isPresent()) {
        Optional<String> only = onlyCitation(text.get());
        if (only.isPresent()) return only.get();
      }
    }
    if (text.isEmpty()) {
      warnings.add("the note of reference " + tidyText(ref.text()) + " was not found in the page; it is left out");
      note("notes whose text the page does not have", tidyText(ref.text()));
      return "";
    }
    String body = tidy(inlines(text.get(), c.inNote()));
    if (body.isEmpty()) return "";
    String label = String.valueOf(footnotes.size() + 1);
    footnotes.add("[^" + label + "]: " + body);
    return "[^" + label + "]";
  }

  /** {@code [@key, locator]} when the note is one citation template and nothing else (but punctuation). */
  private Optional<String> onlyCitation(Element text) {
    List<Element> cites = new ArrayList<>();
    for (Element cite : text.select("cite")) if (templateOf(cite).isPresent()) cites.add(cite);
    if (cites.size() != 1) return Optional.empty();
    Element cite = cites.get(0);
    Element copy = text.clone();
    copy.select("cite, .Z3988, link, style, .cs1-maint, .cs1-format").remove();
    if (!copy.text().replaceAll("[\\p{P}\\s]", "").isEmpty()) return Optional.empty();
    Templates.Call call = templateOf(cite).get();
    Citations.Item item = citations.item(call, cite.id());
    anyCitation = true;
    return Optional.of("[@" + item.key() + Citations.locator(call).map(l -> ", " + Markdown.text(l)).orElse("") + "]");
  }

  /** A bibliography's {@code <cite id="CITEREF…">} made an item the first time a short citation needs it. */
  private Optional<Citations.Item> bibliographyItem(String citeref) {
    Element cite = doc.getElementById(citeref);
    if (cite == null) return Optional.empty();
    return templateOf(cite).map(call -> citations.item(call, citeref));
  }

  /** The citation template an element was made by (CS1's {@code <cite>}), if its data-mw says so. */
  private Optional<Templates.Call> templateOf(Element cite) {
    Element carrier = templateCarrier(cite);
    if (carrier == null) return Optional.empty();
    for (Templates.Call call : Templates.calls(carrier)) if (Citations.isCitationTemplate(call.name())) return Optional.of(call);
    return Optional.empty();
  }

  // ---------------------------------------------------------------- inlines

  private String inlines(Element parent, Ctx c) {
    StringBuilder sb = new StringBuilder();
    for (Node n : parent.childNodes()) sb.append(inline(n, c));
    return sb.toString();
  }

  private String inline(Node n, Ctx c) {
    if (n instanceof TextNode t) return Markdown.text(t.getWholeText());
    if (n instanceof Comment || n instanceof DataNode) return "";
    if (!(n instanceof Element e)) return "";
    Optional<String> drop = dropKind(e);
    if (drop.isPresent()) {
      note(drop.get(), dropName(e, drop.get()));
      return "";
    }
    String typeOf = e.attr("typeof");
    if (typeOf.contains("mw:Extension/ref")) return ref(e, c);
    if (typeOf.contains("mw:Transclusion")) {
      for (Templates.Call call : Templates.calls(e)) {
        if (call.name().equals("rp") && call.param("1", "page", "p").flatMap(Templates::plain).isPresent()) {
          // {{rp|158}} after a <ref>: the page cited; tidy() makes it the citation's locator.
          return RP + Markdown.text(call.param("1", "page", "p").flatMap(Templates::plain).get()) + RP;
        }
      }
    }
    if (e.hasClass("Z3988")) return ""; // COinS: the citation's data for reference managers, no visible text
    if (c.note() && refs == RefStyle.CITATIONS && e.tagName().equals("cite")) {
      Optional<Templates.Call> call = templateOf(e);
      if (call.isPresent()) {
        anyCitation = true;
        Citations.Item item = citations.item(call.get(), e.id());
        return "[@" + item.key() + Citations.locator(call.get()).map(l -> ", " + Markdown.text(l)).orElse("") + "]";
      }
    }
    if (typeOf.contains("mw:File") || typeOf.contains("mw:Image") || e.tagName().equals("img")) {
      note("small images inside the text (icons, flags)", fileName(e).map(f -> "File:" + f).orElse(""));
      return "";
    }
    if (typeOf.contains("mw:Extension/math") || e.tagName().equals("math")) {
      String tex = e.select("annotation[encoding=application/x-tex]").text();
      if (tex.isEmpty()) tex = e.attr("alttext");
      warnings.add("a formula is written as its TeX source in code: " + tex);
      return tex.isEmpty() ? "" : Markdown.code(tex);
    }
    if (isBlock(e)) {
      // A block where only inline content can go (a list inside a heading, say): its text.
      return " " + inlines(e, c) + " ";
    }
    String lang = langOf(e, c);
    if (!lang.equals(c.lang()) && !c.heading()) {
      String inner = inlineElement(e, c.withLang(lang));
      return spanAround(inner, lang, e, c);
    }
    return inlineElement(e, c.withLang(lang));
  }

  /** {@code [text]{lang=xx}}, with emphasis that surrounds the whole span outside it, as both readers like. */
  private String spanAround(String inner, String lang, Element e, Ctx c) {
    String[] ws = splitSpace(inner);
    if (ws[1].isEmpty()) return inner;
    String core = ws[1];
    String open = "";
    String close = "";
    for (String mark : new String[] {"***", "**", "*"}) {
      if (core.length() > 2 * mark.length() && core.startsWith(mark) && core.endsWith(mark)
          && !core.endsWith("\\" + mark) && (mark.equals("***") || !core.startsWith(mark + "*"))) {
        open = mark;
        close = mark;
        core = core.substring(mark.length(), core.length() - mark.length());
        break;
      }
    }
    return ws[0] + open + "[" + core + "]{lang=" + lang + "}" + close + ws[2];
  }

  private String inlineElement(Element e, Ctx c) {
    switch (e.tagName()) {
      case "i": case "em": case "var": case "dfn":
        return c.italic() ? inlines(e, c) : wrap(inlines(e, c.italics()), "*");
      case "b": case "strong":
        return c.bold() ? inlines(e, c) : wrap(inlines(e, c.boldface()), "**");
      case "s": case "del": case "strike":
        return wrap(inlines(e, c), "~~");
      case "sub": case "sup": {
        String inner = inlines(e, c);
        if (inner.isBlank() || inner.contains(" ") || inner.contains("\u00a0") || inner.contains("[")) return inner;
        return wrap(inner, e.tagName().equals("sub") ? "~" : "^");
      }
      case "code": case "kbd": case "tt": case "samp":
        return e.text().isEmpty() ? "" : Markdown.code(e.wholeText());
      case "br":
        return c.heading() || c.link() || c.note() ? " " : BREAK;
      case "q":
        return "\"" + inlines(e, c) + "\"";
      case "a":
        return link(e, c);
      case "wbr":
        return "";
      default:
        // span, small, abbr, cite, u, ins, mark, bdi, time, font, big and any element this class does not
        // know: its content, so no text is lost.
        return inlines(e, c);
    }
  }

  private static String[] splitSpace(String s) {
    int a = 0;
    while (a < s.length() && s.charAt(a) == ' ') a++;
    int b = s.length();
    while (b > a && s.charAt(b - 1) == ' ' && (b < 2 || s.charAt(b - 2) != '\\')) b--;
    return new String[] {s.substring(0, a), s.substring(a, b), s.substring(b)};
  }

  private static String wrap(String inner, String mark) {
    String[] ws = splitSpace(inner);
    if (ws[1].isEmpty()) return inner;
    return ws[0] + mark + ws[1] + mark + ws[2];
  }

  private String langOf(Element e, Ctx c) {
    String l = e.attr("lang").strip();
    if (l.isEmpty()) return c.lang();
    Lang parsed = Lang.parseOrNull(l);
    if (parsed == null) {
      warnings.add("language '" + l + "' of the passage “" + tidyText(e.text()) + "” is not a known language tag;"
          + " the passage is set in the language around it");
      return c.lang();
    }
    String tag = parsed.tag();
    return tag.equalsIgnoreCase(c.lang()) ? c.lang() : tag;
  }

  private String link(Element a, Ctx c) {
    String inner = inlines(a, c.inLink());
    if (c.link() || inner.isBlank() && a.text().isBlank() && !a.attr("rel").contains("mw:ExtLink")) return inner;
    String rel = a.attr("rel");
    String href = a.attr("href");
    if (rel.contains("mw:WikiLink") && !rel.contains("Interwiki") || href.startsWith("./") || href.startsWith("#")) {
      if (a.hasClass("new") || href.contains("redlink=1")) {
        redLinks++;
        return inner;
      }
      String target = href.startsWith("./") ? href.substring(2) : href;
      String page = target;
      String fragment = "";
      int hash = target.indexOf('#');
      if (hash >= 0) {
        page = target.substring(0, hash);
        fragment = decode(target.substring(hash + 1));
      }
      int query = page.indexOf('?');
      if (query >= 0) page = page.substring(0, query);
      page = decode(page);
      if (page.isEmpty() || page.replace(' ', '_').equals(head.pageName().replace(' ', '_'))) {
        String id = headingIds.get(fragment);
        if (fragment.isEmpty() || id == null) return inner; // a place the book has no anchor for
        return "[" + inner.strip() + "](#" + id + ")";
      }
      String url = head.pageUrl(page) + (fragment.isEmpty() ? "" : "#" + PageHead.encodeName(fragment));
      return "[" + inner.strip() + "](" + Markdown.url(url) + ")";
    }
    String url = href.startsWith("//") ? "https:" + href : href;
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
      note("link targets a book cannot open (their words are kept)", url);
      return inner;
    }
    if (inner.isBlank() || a.hasClass("autonumber")) return "<" + Markdown.url(url) + ">";
    return "[" + inner.strip() + "](" + Markdown.url(url) + ")";
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
