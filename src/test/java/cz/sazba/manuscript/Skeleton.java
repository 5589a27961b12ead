package cz.sazba.manuscript;

import cz.sazba.manuscript.PandocNative.Con;
import cz.sazba.manuscript.PandocNative.Num;
import cz.sazba.manuscript.PandocNative.Record;
import cz.sazba.manuscript.PandocNative.Seq;
import cz.sazba.manuscript.PandocNative.Str;
import cz.sazba.manuscript.PandocNative.Tuple;
import cz.sazba.manuscript.PandocNative.Value;
import cz.sazba.model.Figure;
import cz.sazba.model.Image;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableRow;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.ContentsList;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Strong;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.Text;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.TitlePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structure both pandoc and Sazba give a manuscript, printed the same way from pandoc's native
 * AST and from Sazba's model: one block per line, inline content as a compact string. Only what
 * the two represent differently by design is normalised: pandoc's {@code Quoted} nodes become the
 * quotation marks of their language (Sazba stores the characters), {@code Plain} and
 * {@code Para} are both paragraphs, a div with neither id nor language is its blocks (Sazba keeps
 * only divs that mean something), HTML comments vanish, and a link to a chapter file keeps its
 * fragment only.
 */
final class Skeleton {
  private final StringBuilder out = new StringBuilder();

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text.replaceAll(" +", " ").strip()).append('\n');
  }

  // pandoc's side

  static String ofPandoc(Value blocks, String bookLang) {
    Skeleton k = new Skeleton();
    k.pandocBlocks(((Seq) blocks).items(), 0, bookLang);
    return k.out.toString();
  }

  private static List<Value> args(Value v) {
    return ((Con) v).args();
  }

  private static String name(Value v) {
    return ((Con) v).name();
  }

  private static List<Value> seq(Value v) {
    return ((Seq) v).items();
  }

  private static String str(Value v) {
    return ((Str) v).text();
  }

  /** (id, classes, key-values) */
  private record Attr(String id, List<String> classes, Map<String, String> kv) {
    static Attr of(Value v) {
      List<Value> t = ((Tuple) v).items();
      List<String> classes = new ArrayList<>();
      for (Value c : seq(t.get(1))) classes.add(str(c));
      Map<String, String> kv = new java.util.LinkedHashMap<>();
      for (Value p : seq(t.get(2))) kv.put(str(((Tuple) p).items().get(0)), str(((Tuple) p).items().get(1)));
      return new Attr(str(t.get(0)), classes, kv);
    }
  }

  private void pandocBlocks(List<Value> blocks, int depth, String lang) {
    for (Value b : blocks) pandocBlock(b, depth, lang);
  }

  private void pandocBlock(Value b, int depth, String lang) {
    List<Value> a = args(b);
    switch (name(b)) {
      case "Para", "Plain" -> line(depth, "P " + pandocInlines(seq(a.get(0)), lang));
      case "Header" -> {
        Attr attr = Attr.of(a.get(1));
        String content = pandocInlines(seq(a.get(2)), attr.kv().getOrDefault("lang", lang));
        if (attr.kv().containsKey("lang")) content = "lang:" + attr.kv().get("lang") + "(" + content + ")";
        line(depth, "H" + ((Num) a.get(0)).value() + " #" + attr.id() + (attr.classes().contains("unnumbered") ? " unnumbered" : "")
            + " " + content);
      }
      case "RawBlock" -> {
        // Sazba reads a raw <hr> as the thematic break it shows as.
        if (str(a.get(1)).matches("(?i)<hr[\\s/>].*")) line(depth, "HR");
        else if (!str(a.get(1)).startsWith("<!--")) line(depth, "RAW " + str(a.get(1)));
      }
      case "CodeBlock" -> {
        Attr attr = Attr.of(a.get(0));
        line(depth, "CODE " + (attr.classes().isEmpty() ? "-" : attr.classes().get(0)) + " " + ModelPrinter.quote(str(a.get(1))));
      }
      case "HorizontalRule" -> line(depth, "HR");
      case "BlockQuote" -> {
        line(depth, "QUOTE");
        pandocBlocks(seq(a.get(0)), depth + 1, lang);
      }
      case "BulletList", "OrderedList" -> {
        boolean ordered = name(b).equals("OrderedList");
        if (ordered) {
          List<Value> attrs = ((Tuple) a.get(0)).items();
          line(depth, "OL " + ((Num) attrs.get(0)).value() + " " + name(attrs.get(1)) + " " + name(attrs.get(2)));
        } else {
          line(depth, "UL");
        }
        for (Value item : seq(a.get(ordered ? 1 : 0))) {
          line(depth + 1, "LI");
          pandocBlocks(seq(item), depth + 2, lang);
        }
      }
      case "DefinitionList" -> {
        line(depth, "DL");
        for (Value item : seq(a.get(0))) {
          List<Value> pair = ((Tuple) item).items();
          line(depth + 1, "DT " + pandocInlines(seq(pair.get(0)), lang));
          for (Value d : seq(pair.get(1))) {
            line(depth + 2, "DD");
            pandocBlocks(seq(d), depth + 3, lang);
          }
        }
      }
      case "Div" -> {
        Attr attr = Attr.of(a.get(0));
        String divLang = attr.kv().get("lang");
        if (attr.id().isEmpty() && divLang == null) {
          pandocBlocks(seq(a.get(1)), depth, lang);
        } else {
          line(depth, "DIV" + (attr.id().isEmpty() ? "" : " #" + attr.id()) + (divLang == null ? "" : " lang=" + divLang));
          pandocBlocks(seq(a.get(1)), depth + 1, divLang == null ? lang : divLang);
        }
      }
      case "Table" -> pandocTable(a, depth, lang);
      default -> line(depth, "?? " + name(b));
    }
  }

  /** pandoc's Table attr caption colspecs head bodies foot; a {@code {#id}} ending the caption is the id. */
  private void pandocTable(List<Value> a, int depth, String lang) {
    List<Value> captionBlocks = seq(args(a.get(1)).get(1));
    String caption = captionBlocks.isEmpty() ? "" : pandocInlines(seq(args(captionBlocks.get(0)).get(0)), lang).strip();
    String id = Attr.of(a.get(0)).id();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*\\{#([^ }]+)\\}$").matcher(caption);
    if (m.find()) {
      id = m.group(1);
      caption = caption.substring(0, m.start());
    }
    List<Value> specs = seq(a.get(2));
    line(depth, "TABLE" + (id.isEmpty() ? "" : " #" + id) + " " + specs.size() + " " + caption);
    StringBuilder cols = new StringBuilder("COLS");
    for (Value spec : specs) {
      List<Value> pair = ((Tuple) spec).items();
      String align = name(pair.get(0)).replace("Align", "").toUpperCase(java.util.Locale.ROOT);
      double width = name(pair.get(1)).equals("ColWidth") ? ((PandocNative.Real) args(pair.get(1)).get(0)).value() : 0;
      cols.append(' ').append(align).append(width == 0 ? "" : String.format(java.util.Locale.ROOT, ":%.4f", width));
    }
    line(depth + 1, cols.toString());
    pandocRows("TH-ROW", seq(args(a.get(3)).get(1)), depth, lang);
    for (Value body : seq(a.get(4))) pandocRows("TR", seq(args(body).get(3)), depth, lang);
  }

  private void pandocRows(String name, List<Value> rows, int depth, String lang) {
    for (Value row : rows) {
      line(depth + 1, name);
      for (Value cell : seq(args(row).get(1))) {
        line(depth + 2, "TD");
        pandocBlocks(seq(args(cell).get(4)), depth + 3, lang);
      }
    }
  }

  private String pandocInlines(List<Value> inlines, String lang) {
    StringBuilder s = new StringBuilder();
    for (Value i : inlines) s.append(pandocInline(i, lang));
    return s.toString();
  }

  private String pandocInline(Value i, String lang) {
    List<Value> a = args(i);
    return switch (name(i)) {
      case "Str" -> str(a.get(0));
      case "Space", "SoftBreak" -> " ";
      case "LineBreak" -> "\\n";
      case "Emph" -> "*" + pandocInlines(seq(a.get(0)), lang) + "*";
      case "Underline" -> pandocInlines(seq(a.get(0)), lang);
      case "Strong" -> "**" + pandocInlines(seq(a.get(0)), lang) + "**";
      case "Strikeout" -> "~~" + pandocInlines(seq(a.get(0)), lang) + "~~";
      case "Superscript" -> "^" + pandocInlines(seq(a.get(0)), lang) + "^";
      case "Subscript" -> "~" + pandocInlines(seq(a.get(0)), lang) + "~";
      case "SmallCaps" -> "sc(" + pandocInlines(seq(a.get(0)), lang) + ")";
      case "Code" -> "`" + str(a.get(1)) + "`";
      case "Quoted" -> {
        String[] q = SmartPunctuation.quotes(new cz.sazba.model.Lang(lang));
        boolean dbl = name(a.get(0)).equals("DoubleQuote");
        yield (dbl ? q[0] : q[2]) + pandocInlines(seq(a.get(1)), lang) + (dbl ? q[1] : q[3]);
      }
      case "Link" -> {
        String url = str(((Tuple) a.get(2)).items().get(0));
        url = url.replaceFirst("^[^/:#]+\\.md#", "#");
        yield "link(" + url + ")[" + pandocInlines(seq(a.get(1)), lang) + "]";
      }
      case "Span" -> {
        Attr attr = Attr.of(a.get(0));
        String spanLang = attr.kv().get("lang");
        String content = pandocInlines(seq(a.get(1)), spanLang == null ? lang : spanLang);
        yield spanLang == null ? content : "lang:" + spanLang + "(" + content + ")";
      }
      case "Note" -> {
        Skeleton inner = new Skeleton();
        inner.pandocBlocks(seq(a.get(0)), 0, lang);
        yield "note{" + inner.out.toString().strip().replace("\n", " | ") + "}";
      }
      case "Cite" -> {
        List<String> keys = new ArrayList<>();
        for (Value c : seq(a.get(0))) keys.add(str(((Record) args(c).get(0)).fields().get("citationId")));
        yield "cite(" + String.join(";", keys) + ")";
      }
      case "RawInline" -> str(a.get(1)).startsWith("<!--") ? "" : "RAW(" + str(a.get(1)) + ")";
      case "Math" -> "MATH";
      default -> "??" + name(i);
    };
  }

  // Sazba's side

  /** The skeleton of every chapter's blocks, in order. */
  static String ofDocument(cz.sazba.model.Document doc) {
    List<Block> all = new java.util.ArrayList<>();
    for (cz.sazba.model.Chapter c : doc.chapters()) all.addAll(c.blocks());
    return ofModel(all);
  }

  /** pandoc's skeleton of a sample, from the {@code pandoc-native.txt} committed beside it. */
  static String ofPandocNative(java.nio.file.Path sample, String bookLang) throws java.io.IOException {
    String nativeText = java.nio.file.Files.readString(sample.resolve("pandoc-native.txt"),
        java.nio.charset.StandardCharsets.UTF_8);
    return ofPandoc(PandocNative.parse(nativeText), bookLang);
  }

  /** pandoc's name of a list style or delimiter: {@code LOWER_ALPHA} is {@code LowerAlpha}, {@code DEFAULT} {@code DefaultStyle}. */
  static String pandocName(Enum<?> e) {
    if (e == cz.sazba.model.ListNumbering.Style.DEFAULT) return "DefaultStyle";
    if (e == cz.sazba.model.ListNumbering.Delimiter.DEFAULT) return "DefaultDelim";
    StringBuilder out = new StringBuilder();
    for (String word : e.name().split("_")) out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    return out.toString();
  }

  static String ofModel(List<Block> blocks) {
    Skeleton k = new Skeleton();
    k.modelBlocks(blocks, 0);
    return k.out.toString();
  }

  private void modelBlocks(List<Block> blocks, int depth) {
    for (Block b : blocks) b.accept(new ModelBlock(depth));
  }

  private final class ModelBlock implements BlockVisitor<Void> {
    private final int depth;

    ModelBlock(int depth) {
      this.depth = depth;
    }

    @Override public Void visitHeading(Heading h) {
      line(depth, "H" + h.level() + " #" + h.id() + (h.numbered() ? "" : " unnumbered") + " " + modelInlines(h.content()));
      return null;
    }
    @Override public Void visitParagraph(Paragraph p) { line(depth, "P " + modelInlines(p.content())); return null; }
    @Override public Void visitBlockQuote(BlockQuote q) {
      line(depth, "QUOTE");
      modelBlocks(q.blocks(), depth + 1);
      return null;
    }
    @Override public Void visitList(ListBlock l) {
      line(depth, l.ordered() ? "OL " + l.start() + " " + pandocName(l.numbering().style()) + " "
          + pandocName(l.numbering().delimiter()) : "UL");
      for (ListItem item : l.items()) {
        line(depth + 1, "LI");
        modelBlocks(item.blocks(), depth + 2);
      }
      return null;
    }
    @Override public Void visitReferencesSlot(ReferencesSlot s) { line(depth, "DIV #refs"); return null; }
    @Override public Void visitReferenceList(ReferenceList r) { line(depth, "REFERENCES"); return null; }
    @Override public Void visitContentsList(ContentsList c) { line(depth, "CONTENTS"); return null; }
    @Override public Void visitTitlePage(TitlePage t) { line(depth, "TITLE"); return null; }
    @Override public Void visitCodeBlock(CodeBlock c) {
      line(depth, "CODE " + c.language().orElse("-") + " " + ModelPrinter.quote(c.text()));
      return null;
    }
    @Override public Void visitThematicBreak(ThematicBreak t) { line(depth, "HR"); return null; }
    @Override public Void visitDefinitionList(DefinitionList l) {
      line(depth, "DL");
      for (DefinitionItem item : l.items()) {
        line(depth + 1, "DT " + modelInlines(item.term()));
        for (List<Block> d : item.definitions()) {
          line(depth + 2, "DD");
          modelBlocks(d, depth + 3);
        }
      }
      return null;
    }
    @Override public Void visitDiv(Div d) {
      line(depth, "DIV" + (d.id().isEmpty() ? "" : " #" + d.id()) + d.lang().map(l -> " lang=" + l.tag()).orElse(""));
      modelBlocks(d.blocks(), depth + 1);
      return null;
    }
    @Override public Void visitFigure(Figure f) {
      line(depth, "FIGURE" + (f.id().isEmpty() ? "" : " #" + f.id()) + " " + modelInlines(List.of(f.image())) + " "
          + modelInlines(f.caption()));
      return null;
    }
    @Override public Void visitTable(Table t) {
      line(depth, "TABLE" + (t.id().isEmpty() ? "" : " #" + t.id()) + " " + t.columns().size() + " " + modelInlines(t.caption()));
      StringBuilder cols = new StringBuilder("COLS");
      for (cz.sazba.model.TableColumn c : t.columns()) {
        cols.append(' ').append(c.alignment()).append(c.relativeWidth() == 0 ? ""
            : String.format(java.util.Locale.ROOT, ":%.4f", c.relativeWidth()));
      }
      line(depth + 1, cols.toString());
      rows("TH-ROW", t.head());
      rows("TR", t.body());
      return null;
    }
    private void rows(String name, List<TableRow> rows) {
      for (TableRow row : rows) {
        line(depth + 1, name);
        for (TableCell cell : row.cells()) {
          line(depth + 2, "TD");
          modelBlocks(cell.blocks(), depth + 3);
        }
      }
    }
  }

  private String modelInlines(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    InlineVisitor<Void> v = new InlineVisitor<>() {
      private Void wrap(String open, List<Inline> content, String close) {
        s.append(open).append(modelInlines(content)).append(close);
        return null;
      }
      @Override public Void visitText(Text t) { s.append(t.text()); return null; }
      @Override public Void visitEmph(Emph e) { return wrap("*", e.content(), "*"); }
      @Override public Void visitStrong(Strong st) { return wrap("**", st.content(), "**"); }
      @Override public Void visitForeign(Foreign f) { return wrap("lang:" + f.lang().tag() + "(", f.content(), ")"); }
      @Override public Void visitCite(Cite c) {
        List<String> keys = new ArrayList<>();
        for (CiteItem item : c.items()) keys.add(item.key());
        s.append("cite(").append(String.join(";", keys)).append(')');
        return null;
      }
      @Override public Void visitCitation(Citation c) { s.append("citation"); return null; }
      @Override public Void visitLink(Link l) { return wrap("link(" + l.href() + ")[", l.content(), "]"); }
      @Override public Void visitLineBreak(LineBreak b) { s.append("\\n"); return null; }
      @Override public Void visitNote(Note n) {
        Skeleton inner = new Skeleton();
        inner.modelBlocks(n.blocks(), 0);
        s.append("note{").append(inner.out.toString().strip().replace("\n", " | ")).append('}');
        return null;
      }
      @Override public Void visitCode(Code c) { s.append('`').append(c.text()).append('`'); return null; }
      @Override public Void visitSmallCaps(SmallCaps sc) { return wrap("sc(", sc.content(), ")"); }
      @Override public Void visitStrikeout(Strikeout st) { return wrap("~~", st.content(), "~~"); }
      @Override public Void visitSuperscript(Superscript sup) { return wrap("^", sup.content(), "^"); }
      @Override public Void visitSubscript(Subscript sub) { return wrap("~", sub.content(), "~"); }
      @Override public Void visitImage(Image im) { s.append("img(").append(im.path()).append(')'); return null; }
    };
    for (Inline i : inlines) i.accept(v);
    return s.toString();
  }
}
