package cz.sazba.manuscript;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.ListNumbering;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.ThematicBreak;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * One parsed chapter file (commonmark's tree) to model blocks. Whatever the model cannot hold is
 * reported with a hint, never dropped silently; the conversion goes on so that every problem of
 * the file is reported in one run.
 */
final class ChapterConverter implements InlineConverter.Notes {
  /**
   * Quotes, lists and divs inside one another deeper than this are an error. No book needs as
   * many; the limit keeps every stage's recursion far from the end of the stack.
   */
  static final int MAX_NESTING = 32;

  private final SourceMap map;
  private final Diagnostics diagnostics;
  private final ReadContext context;
  private final HeadingIds ids;
  private final InlineConverter inlines;
  private final TableReader tables;
  /** Footnote definitions by label (as commonmark matches them, case-insensitively); the first wins. */
  private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
  private final Set<String> referenced = new HashSet<>();
  /** The language of the passage being read: the book's, or a div's. */
  private Lang lang;
  /** Inside a note's definition, where another note is an error. */
  private boolean inNote;

  ChapterConverter(SourceMap map, Diagnostics diagnostics, ReadContext context) {
    this.map = map;
    this.diagnostics = diagnostics;
    this.context = context;
    this.ids = context.ids;
    this.lang = context.lang;
    this.inlines = new InlineConverter(map, diagnostics, context, this);
    this.tables = new TableReader(map, diagnostics, ids, new TableReader.Content() {
      @Override public List<Block> blocks(Node parent, int depth) {
        return ChapterConverter.this.blocks(parent, depth);
      }

      @Override public List<Inline> inlines(Node parent) {
        return inlines.convert(parent, lang);
      }
    });
  }

  Chapter convert(org.commonmark.node.Document document) {
    collectDefinitions(document);
    List<Block> blocks = blocks(document, 0);
    for (Map.Entry<String, FootnoteDefinition> d : definitions.entrySet()) {
      if (!referenced.contains(d.getKey())) {
        diagnostics.warning("note-unused", labelSpan(d.getValue()),
            "the footnote " + Quote.of("[^" + d.getValue().getLabel() + "]") + " is defined but never referenced",
            "put [^" + Quote.visible(d.getValue().getLabel()) + "] in the text where its mark belongs, or remove the definition");
      }
    }
    return new Chapter(map.file(), blocks);
  }

  // Footnotes

  /** Every definition in the file, in order; iterative, since the tree may be nested thousands deep. */
  private void collectDefinitions(Node root) {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    List<Node> top = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) top.add(n);
    for (int k = top.size() - 1; k >= 0; k--) stack.push(top.get(k));
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof org.commonmark.node.Paragraph || n instanceof org.commonmark.node.Heading) continue;
      List<Node> children = new ArrayList<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) children.add(c);
      for (int k = children.size() - 1; k >= 0; k--) stack.push(children.get(k));
      if (n instanceof FootnoteDefinition d) {
        String key = d.getLabel().toLowerCase(Locale.ROOT);
        FootnoteDefinition first = definitions.putIfAbsent(key, d);
        if (first != null) {
          diagnostics.error("note-duplicate", labelSpan(d),
              "the footnote label " + Quote.of("[^" + d.getLabel() + "]") + " is defined a second time",
              "the first definition is at " + labelSpan(first).location() + "; give each note its own label");
        }
      }
    }
  }

  private Span labelSpan(FootnoteDefinition d) {
    Span whole = map.span(d);
    return map.file().span(whole.start(), Math.min(whole.end(), whole.start() + d.getLabel().length() + 3));
  }

  @Override
  public Optional<Note> reference(String label, Span span) {
    String key = label.toLowerCase(Locale.ROOT);
    FootnoteDefinition d = definitions.get(key);
    if (d == null) return Optional.empty(); // commonmark only makes references to defined labels
    referenced.add(key);
    if (inNote) {
      noteInNote(span);
      return Optional.empty();
    }
    inNote = true;
    List<Block> blocks = blocks(d, 1);
    inNote = false;
    return Optional.of(new Note(blocks, span));
  }

  @Override
  public Note inline(List<Inline> content, Span span) {
    if (inNote) noteInNote(span);
    return new Note(List.of(new Paragraph(SmartPunctuation.apply(content, lang, context.text.smart()), span)), span);
  }

  private void noteInNote(Span span) {
    diagnostics.error("note-in-note", span, "a footnote inside a footnote cannot be set",
        "move the inner note's text into the outer note, in parentheses");
  }

  // Blocks

  /** The blocks of a container nested {@code depth} containers deep. */
  private List<Block> blocks(Node parent, int depth) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HtmlBlock html) n = htmlBlock(html, out, depth);
      else if (n instanceof PandocNodes.Definition d && TableReader.isCaptionDefinition(d)) continue;
      else if (n instanceof PandocNodes.Definition d) n = definitionList(d, out, depth);
      else if (TableReader.isCaptionBefore(n)) continue;
      else if (n instanceof TableNodes.TableBlock t) n = tables.convert(t, out, depth);
      else block(n, out, depth);
    }
    return out;
  }

  private void block(Node n, List<Block> out, int depth) {
    Span span = map.span(n);
    boolean container = n instanceof org.commonmark.node.BlockQuote || n instanceof org.commonmark.node.ListBlock
        || n instanceof PandocNodes.FencedDiv || n instanceof PandocNodes.HtmlDiv;
    if (container && depth >= MAX_NESTING) {
      // Reported once, at the outermost container too deep; what is inside it is not read.
      diagnostics.error("nesting-too-deep", span,
          "quotes, lists and divs are nested more than " + MAX_NESTING + " levels deep here",
          "a book needs only a few levels: close the quotes or lists sooner");
      return;
    }
    PandocBlocks.afterListItem(n, map, diagnostics);
    if (n instanceof org.commonmark.node.Heading h) {
      heading(h, span).ifPresent(out::add);
    } else if (n instanceof org.commonmark.node.Paragraph p && inlines.isFigure(p)) {
      inlines.figure(p, lang, span).ifPresent(out::add);
    } else if (n instanceof org.commonmark.node.Paragraph p) {
      PandocBlocks.Kind kind = PandocBlocks.check(p, map, diagnostics);
      if (kind == PandocBlocks.Kind.LINE_BLOCK) PandocBlocks.lineBlock(p);
      if (kind != PandocBlocks.Kind.REFUSED) {
        List<Inline> content = inlines.convert(p, lang);
        PandocBlocks.leftoverLinks(content, diagnostics);
        out.add(new Paragraph(content, span));
      }
    } else if (n instanceof org.commonmark.node.BlockQuote q) {
      PandocBlocks.interruption(q, map, diagnostics);
      out.add(new BlockQuote(blocks(q, depth + 1), span));
    } else if (n instanceof BulletList list) {
      PandocBlocks.interruption(list, map, diagnostics);
      out.add(new ListBlock(false, 1, items(list, depth + 1), span));
    } else if (n instanceof FancyListParser.FancyList list && list.first.style() == ListNumbering.Style.EXAMPLE) {
      out.add(exampleList(list, depth + 1, span));
    } else if (n instanceof FancyListParser.FancyList list) {
      ListMarker first = list.first;
      out.add(new ListBlock(true, new ListNumbering(first.number(), first.style(), first.delimiter()),
          items(list, depth + 1), span));
    } else if (n instanceof OrderedList list) {
      PandocBlocks.interruption(list, map, diagnostics);
      Integer start = list.getMarkerStartNumber();
      ListNumbering.Delimiter delimiter = ")".equals(list.getMarkerDelimiter())
          ? ListNumbering.Delimiter.ONE_PAREN : ListNumbering.Delimiter.PERIOD;
      out.add(new ListBlock(true, new ListNumbering(start == null ? 1 : start, ListNumbering.Style.DECIMAL, delimiter),
          items(list, depth + 1), span));
    } else if (n instanceof PandocNodes.FencedDiv div) {
      fencedDiv(div, span, out, depth + 1);
    } else if (n instanceof PandocNodes.HtmlDiv div) {
      htmlDiv(div, span, out, depth + 1);
    } else if (n instanceof FencedCodeBlock code) {
      codeAttributes(code, span);
      out.add(new CodeBlock(codeLanguage(code.getInfo()), expandTabs(withoutFinalNewline(code.getLiteral())), span));
    } else if (n instanceof IndentedCodeBlock code) {
      out.add(new CodeBlock(Optional.empty(), expandTabs(withoutFinalNewline(code.getLiteral())), span));
    } else if (n instanceof org.commonmark.node.ThematicBreak) {
      out.add(new ThematicBreak(span));
    } else if (n instanceof FootnoteDefinition) {
      // Read where its mark is (reference); unreferenced ones are reported by convert.
    } else if (n instanceof LinkReferenceDefinition) {
      // Supported: commonmark has already resolved the links that use it.
    } else {
      diagnostics.error("block-unsupported", span, "this kind of block is not supported",
          "see docs/manuscript.md for what a manuscript may contain");
    }
  }

  /** A fenced block's language: the info string's first word, or the first class of {@code {.lang}}. */
  static Optional<String> codeLanguage(String info) {
    if (info == null || info.isBlank()) return Optional.empty();
    String s = info.strip();
    if (s.startsWith("{")) {
      Optional<Attributes> parsed = Attributes.parse(s);
      if (parsed.isEmpty()) return Optional.empty();
      return parsed.get().entries().stream().filter(a -> a.kind() == Attributes.Kind.CLASS).map(Attributes.Attribute::name)
          .findFirst();
    }
    String word = s.split("[\\s{]", 2)[0];
    return word.isEmpty() ? Optional.empty() : Optional.of(word.startsWith(".") ? word.substring(1) : word);
  }

  /**
   * pandoc expands tabs to spaces with a tab stop of 4 before it reads the text; a tab left in a
   * code block would be set as nothing in particular, so do the same.
   */
  static String expandTabs(String s) {
    if (s.indexOf('\t') < 0) return s;
    StringBuilder out = new StringBuilder(s.length() + 8);
    int column = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        int spaces = 4 - column % 4;
        out.append(" ".repeat(spaces));
        column += spaces;
      } else {
        out.append(c);
        column = c == '\n' ? 0 : column + 1;
      }
    }
    return out.toString();
  }

  /**
   * A fenced block's attributes beyond its language ({@code {#id .python .numberLines startFrom=5}}):
   * pandoc keeps them for HTML; a book gives them no meaning, so each is named once, not dropped quietly.
   */
  private void codeAttributes(FencedCodeBlock code, Span span) {
    String info = code.getInfo() == null ? "" : code.getInfo().strip();
    int brace = info.indexOf('{');
    if (brace < 0) return;
    if (info.startsWith("{=")) {
      diagnostics.error("raw-unsupported", span, "a raw " + info.substring(2).replace("}", "").strip()
              + " block (pandoc's raw attribute) cannot be set in the books",
          "write what it shows in Markdown, or remove it");
      return;
    }
    Optional<Attributes> parsed = Attributes.parse(info.substring(brace));
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", span, Quote.of(info.substring(brace)) + " is not a valid attribute list",
          "write the code block's attributes as {.python}");
      return;
    }
    boolean language = brace > 0;
    for (Attributes.Attribute a : parsed.get().entries()) {
      if (a.kind() == Attributes.Kind.CLASS && !language) {
        language = true;
        continue;
      }
      inlines.ignored(a, span, "code block");
    }
  }

  private static String withoutFinalNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * An example list. Each item takes the book's next example number as it is read, before its
   * content, so the examples of a list inside an item come after it and before the next item, as
   * pandoc numbers them; the list then says each item's own number.
   */
  private ListBlock exampleList(FancyListParser.FancyList list, int depth, Span span) {
    List<Integer> numbers = new ArrayList<>();
    List<ListItem> items = items(list, depth, item -> {
      ListMarker m = list.markers.get(item);
      String label = m == null ? null : m.exampleLabel();
      numbers.add(context.examples.next(label, markerSpan(map.span(item), label, list.first.delimiter()), diagnostics));
    });
    ListMarker first = list.first;
    return new ListBlock(true, new ListNumbering(numbers.isEmpty() ? 1 : numbers.get(0), first.style(),
        first.delimiter(), numbers), items, span);
  }

  /** An example item's marker, {@code (@label)}, {@code @label)} or {@code @label.}, at the start of the item. */
  private static Span markerSpan(Span item, String label, ListNumbering.Delimiter delimiter) {
    int length = 2 + (label == null ? 0 : label.length()) + (delimiter == ListNumbering.Delimiter.TWO_PARENS ? 1 : 0);
    return item.sub(0, length);
  }

  private List<ListItem> items(org.commonmark.node.ListBlock list, int depth) {
    return items(list, depth, item -> { });
  }

  /** The list's items; {@code before} sees each item's node before its content is read. */
  private List<ListItem> items(org.commonmark.node.ListBlock list, int depth, java.util.function.Consumer<Node> before) {
    List<ListItem> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      before.accept(n);
      items.add(new ListItem(taskItem(blocks(n, depth)), map.span(n)));
    }
    return items;
  }

  /** pandoc's task list item ({@code - [ ] to do}, {@code - [x] done}): the box as ☐ or ☒, as pandoc reads it. */
  private static List<Block> taskItem(List<Block> blocks) {
    if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph p) || p.content().isEmpty()
        || !(p.content().get(0) instanceof cz.sazba.model.Text t) || !t.text().matches("\\[[ xX]\\] .*")) {
      return blocks;
    }
    List<Inline> content = new ArrayList<>(p.content());
    content.set(0, new cz.sazba.model.Text((t.text().charAt(1) == ' ' ? "\u2610" : "\u2612") + t.text().substring(3), t.span()));
    List<Block> out = new ArrayList<>(blocks);
    out.set(0, new Paragraph(content, p.span()));
    return out;
  }

  /**
   * pandoc's definition list: consecutive definitions, each either opening an item (it holds the
   * term) or adding a definition to the item before. Returns the last node consumed.
   */
  private Node definitionList(PandocNodes.Definition first, List<Block> out, int depth) {
    List<DefinitionItem> items = new ArrayList<>();
    List<Inline> term = null;
    Span itemSpan = null;
    List<List<Block>> definitions = new ArrayList<>();
    Node last = first;
    for (Node n = first; n instanceof PandocNodes.Definition d; n = n.getNext()) {
      last = n;
      Span span = map.span(d);
      if (d.hasTerm || d.termBefore) {
        if (term != null) items.add(new DefinitionItem(term, definitions, itemSpan));
        if (d.hasTerm) {
          term = inlines.convert(d.term, lang);
          itemSpan = span;
        } else {
          // The paragraph just read is the term (a blank line stood between them).
          Paragraph p = out.isEmpty() || !(out.get(out.size() - 1) instanceof Paragraph para) ? null : para;
          if (p == null) {
            term = List.of();
            itemSpan = span;
          } else {
            out.remove(out.size() - 1);
            term = p.content();
            itemSpan = p.span();
          }
        }
        definitions = new ArrayList<>();
      }
      List<Block> blocks = new ArrayList<>();
      for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
        if (c == d.term) continue;
        if (c instanceof HtmlBlock html) c = htmlBlock(html, blocks, depth + 1);
        else if (c instanceof PandocNodes.Definition inner) c = definitionList(inner, blocks, depth + 1);
        else block(c, blocks, depth + 1);
      }
      definitions.add(blocks);
      if (itemSpan != null) itemSpan = map.file().span(itemSpan.start(), Math.max(itemSpan.end(), span.end()));
    }
    if (term != null) items.add(new DefinitionItem(term, definitions, itemSpan));
    if (!items.isEmpty()) {
      // A term after a blank line ended the list before it in commonmark's tree: one list again.
      if (!out.isEmpty() && out.get(out.size() - 1) instanceof DefinitionList previous) {
        out.remove(out.size() - 1);
        List<DefinitionItem> merged = new ArrayList<>(previous.items());
        merged.addAll(items);
        items = merged;
      }
      Span all = map.file().span(items.get(0).span().start(), items.get(items.size() - 1).span().end());
      out.add(new DefinitionList(items, all));
    }
    return last;
  }

  // Headings

  private Optional<Block> heading(org.commonmark.node.Heading h, Span span) {
    Optional<String> explicitId = Optional.empty();
    boolean numbered = true;
    Lang headingLang = null;
    if (h instanceof PandocNodes.AttributedHeading attributed) {
      Optional<Attributes> parsed = Attributes.parse(attributed.attributes.getContent());
      for (Attributes.Attribute a : parsed.map(Attributes::entries).orElse(List.of())) {
        Span at = map.span(attributed.attributes, a.start(), a.end());
        if (a.kind() == Attributes.Kind.ID && explicitId.isEmpty()) {
          String id = a.name();
          if (ids.isAutomatic(a.name())) {
            // pandoc keeps the earlier heading's automatic id and gives this one the same (links
            // to it reach the earlier one). One book cannot have one id twice: the earlier keeps
            // it, as in pandoc, and this heading takes the next free one.
            id = ids.unique(a.name());
            diagnostics.warning("heading-id-taken", at, "an earlier heading already has the identifier " + Quote.of(a.name())
                    + " (made from its text), so this heading gets " + Quote.of(id) + " and links to #"
                    + Quote.visible(a.name()) + " reach the earlier one, as in pandoc",
                "give this heading another identifier, or give the earlier heading an explicit one");
          } else if (!ids.claim(a.name())) {
            diagnostics.error("heading-id-duplicate", at, "the identifier " + Quote.of(a.name()) + " is already used",
                "give each heading its own identifier");
          }
          explicitId = Optional.of(id);
        } else if (a.kind() == Attributes.Kind.CLASS && a.name().equals("unnumbered")) {
          numbered = false;
        } else if (a.kind() == Attributes.Kind.KEY_VALUE && a.name().equals("lang") && headingLang == null) {
          headingLang = Lang.parseOrNull(a.value());
          if (headingLang == null) {
            diagnostics.error("lang-unknown", map.span(attributed.attributes, a.valueStart(), a.valueEnd()),
                Quote.of(a.value()) + " is not a known BCP 47 language tag", "use a tag such as cs, en-US or de-AT");
          }
        } else {
          inlines.ignored(a, at, "heading");
        }
      }
    }
    List<Inline> content = inlines.convert(h, headingLang != null ? headingLang : lang);
    String id = explicitId.orElseGet(() -> ids.automatic(InlineConverter.identifierText(content)));
    List<Inline> shown = headingLang == null ? content : List.of(new Foreign(headingLang, content, span));
    return Optional.of(new Heading(h.getLevel(), id, shown, numbered, Optional.empty(), span));
  }

  // Divs

  private void fencedDiv(PandocNodes.FencedDiv div, Span span, List<Block> out, int depth) {
    String attributes = div.attributes.getContent();
    Span attributesSpan = map.span(div.attributes, 0, attributes.length());
    if (!div.closed) {
      diagnostics.error("div-unclosed", span, "the fenced div " + Quote.of("::: " + attributes) + " is never closed",
          "end it with a line of three colons: :::");
    }
    // pandoc's fence may carry one bare class word instead of braces: ::: warning
    String braced = attributes.startsWith("{") ? attributes : "{." + attributes + "}";
    Optional<Attributes> parsed = Attributes.parse(braced);
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", attributesSpan, Quote.of(attributes) + " is not a valid attribute list",
          "write the div's attributes as {#id .class lang=cs}");
      out.addAll(blocks(div, depth));
      return;
    }
    List<Attributes.Attribute> entries = parsed.get().entries();
    if (entries.size() == 1 && entries.get(0).kind() == Attributes.Kind.ID && entries.get(0).name().equals("refs")) {
      out.addAll(blocks(div, depth));
      out.add(new ReferencesSlot(span));
      return;
    }
    String id = "";
    Lang divLang = null;
    for (Attributes.Attribute a : entries) {
      Span at = attributes.startsWith("{") ? map.span(div.attributes, a.start(), a.end()) : attributesSpan;
      if (a.kind() == Attributes.Kind.ID && id.isEmpty()) {
        if (!ids.claim(a.name())) {
          diagnostics.error("heading-id-duplicate", at, "the identifier " + Quote.of(a.name()) + " is already used",
              "give each heading and div its own identifier");
        }
        id = a.name();
      } else if (a.kind() == Attributes.Kind.KEY_VALUE && a.name().equals("lang") && divLang == null) {
        divLang = Lang.parseOrNull(a.value());
        if (divLang == null) {
          diagnostics.error("lang-unknown", at, Quote.of(a.value()) + " is not a known BCP 47 language tag",
              "use a tag such as cs, en-US or de-AT");
        }
      } else {
        inlines.ignored(a, at, "div");
      }
    }
    container(id, divLang, div, span, out, depth);
  }

  /** A div's blocks, kept in a {@link Div} when it has an id or a language, else in its place. */
  private void container(String id, Lang divLang, Node parent, Span span, List<Block> out, int depth) {
    Lang outer = lang;
    if (divLang != null) lang = divLang;
    List<Block> inner = blocks(parent, depth);
    lang = outer;
    if (id.isEmpty() && divLang == null) out.addAll(inner);
    else out.add(new Div(id, Optional.ofNullable(divLang), inner, span));
  }

  // HTML blocks

  /** {@code <div>}/{@code <section>} on lines of their own: a div with the tag's id and lang. */
  private void htmlDiv(PandocNodes.HtmlDiv div, Span span, List<Block> out, int depth) {
    if (!div.closed) {
      diagnostics.error("html-unmatched", span, "the HTML element <" + div.name + "> is never closed",
          "close it with a line of its own: </" + div.name + ">");
    }
    HtmlTags.Tag tag = HtmlTags.parse(div.tag);
    Lang divLang = null;
    String id = "";
    if (tag != null) {
      if (tag.attribute("lang").isPresent()) {
        divLang = Lang.parseOrNull(tag.attribute("lang").get());
        if (divLang == null) {
          diagnostics.error("lang-unknown", span, Quote.of(tag.attribute("lang").get())
              + " is not a known BCP 47 language tag", "use a tag such as cs, en-US or de-AT");
        }
      }
      id = tag.attribute("id").orElse("");
      if (!id.isEmpty() && !ids.claim(id)) {
        diagnostics.error("heading-id-duplicate", span, "the identifier " + Quote.of(id) + " is already used",
            "give each heading and div its own identifier");
      }
    }
    container(id, divLang, div, span, out, depth);
  }

  /**
   * An HTML block as pandoc reads it: comments are dropped; a {@code <div>} or {@code <section>}
   * opening tag alone in its block, with its closing tag alone in a later block, is a container
   * of the blocks between (pandoc's native_divs), with its {@code id} and {@code lang}. Anything
   * else is an error, once per element. Returns the last node consumed.
   */
  private Node htmlBlock(HtmlBlock html, List<Block> out, int depth) {
    Span span = map.span(html);
    String literal = html.getLiteral().strip();
    if (isComments(literal)) return html;
    HtmlTags.Tag tag = HtmlTags.parse(literal);
    if (tag != null && tag.name().equals("hr") && !tag.closing()) {
      out.add(new ThematicBreak(span)); // pandoc's raw <hr>: what an HTML reader sees, a thematic break
      return html;
    }
    if (tag != null && !tag.closing() && !tag.selfClosing() && (tag.name().equals("div") || tag.name().equals("section"))) {
      Node closing = null;
      int open = 1;
      for (Node n = html.getNext(); n != null; n = n.getNext()) {
        if (n instanceof HtmlBlock h) {
          HtmlTags.Tag t = HtmlTags.parse(h.getLiteral().strip());
          if (t != null && t.name().equals(tag.name())) open += t.closing() ? -1 : 1;
          if (open == 0) {
            closing = n;
            break;
          }
        }
      }
      if (closing != null) {
        PandocNodes.HtmlContainer holder = new PandocNodes.HtmlContainer();
        List<Node> inner = new ArrayList<>();
        for (Node n = html.getNext(); n != closing; n = n.getNext()) inner.add(n);
        for (Node n : inner) holder.appendChild(n);
        html.insertAfter(holder);
        Lang divLang = null;
        if (tag.attribute("lang").isPresent()) {
          divLang = Lang.parseOrNull(tag.attribute("lang").get());
          if (divLang == null) {
            diagnostics.error("lang-unknown", span, Quote.of(tag.attribute("lang").get())
                + " is not a known BCP 47 language tag", "use a tag such as cs, en-US or de-AT");
          }
        }
        String id = tag.attribute("id").orElse("");
        if (!id.isEmpty() && !ids.claim(id)) {
          diagnostics.error("heading-id-duplicate", span, "the identifier " + Quote.of(id) + " is already used",
              "give each heading and div its own identifier");
        }
        Span whole = map.file().span(span.start(), Math.max(span.end(), map.span(closing).end()));
        if (depth >= MAX_NESTING) {
          diagnostics.error("nesting-too-deep", whole, "HTML containers are nested too deeply here",
              "a book needs only a few levels");
          return closing;
        }
        container(id, divLang, holder, whole, out, depth + 1);
        return closing;
      }
    }
    String what = tag != null ? "the HTML element <" + tag.name() + ">" : "raw HTML";
    diagnostics.error("html-unsupported", span, what + " is not supported here",
        "write the content in Markdown; Sazba reads <div> and <section> wrappers, comments and a few inline elements"
            + " (docs/manuscript.md)");
    return html;
  }

  /** One or more HTML comments and nothing else. */
  private static boolean isComments(String literal) {
    String s = literal;
    while (s.startsWith("<!--")) {
      int end = s.indexOf("-->", 4);
      if (end < 0) return false;
      s = s.substring(end + 3).strip();
    }
    return s.isEmpty() && literal.startsWith("<!--");
  }
}
