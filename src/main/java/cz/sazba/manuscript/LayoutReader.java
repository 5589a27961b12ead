package cz.sazba.manuscript;

import cz.sazba.model.Layout;
import cz.sazba.source.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The {@code sazba:} section: page, margins, type size and fonts, each falling back to {@link
 * Layout#defaults()}. Lengths carry a unit (mm, cm, in, pt) because a bare number on a page is
 * ambiguous; only the type sizes, which are points by tradition, may be bare numbers.
 */
final class LayoutReader {
  private static final Set<String> KEYS = Set.of("page-size", "margins", "font-size", "leading", "fonts", "hyphenate",
      "note-numbering");
  private static final Set<String> MARGIN_KEYS = Set.of("top", "bottom", "inner", "outer");
  private static final Set<String> PAGE_KEYS = Set.of("width", "height");
  private static final Set<String> FONT_KEYS = Set.of("regular", "italic", "bold", "bold-italic");
  private static final Pattern LENGTH = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*(mm|cm|in|pt)");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  /** The largest page PDF allows (ISO 32000-1, annex C): 200 inches. */
  private static final double MAX_POINTS = 14400;

  private final YamlValues yaml;
  private final Path manuscriptDir;

  LayoutReader(YamlValues yaml, Path manuscriptDir) {
    this.yaml = yaml;
    this.manuscriptDir = manuscriptDir;
  }

  Layout layout(Node node) {
    Layout d = Layout.defaults();
    Map<String, Node> m = yaml.mapping(node, "sazba", KEYS);
    double width = d.pageWidth();
    double height = d.pageHeight();
    if (m.containsKey("page-size")) {
      double[] size = pageSize(m.get("page-size"));
      if (size != null) {
        width = size[0];
        height = size[1];
      }
    }
    double top = d.marginTop();
    double bottom = d.marginBottom();
    double inner = d.marginInner();
    double outer = d.marginOuter();
    if (m.containsKey("margins")) {
      Map<String, Node> margins = yaml.mapping(m.get("margins"), "sazba.margins", MARGIN_KEYS);
      top = length(margins.get("top"), "margin top", false).orElse(top);
      bottom = length(margins.get("bottom"), "margin bottom", false).orElse(bottom);
      inner = length(margins.get("inner"), "margin inner", false).orElse(inner);
      outer = length(margins.get("outer"), "margin outer", false).orElse(outer);
    }
    OptionalDouble fontSize = length(m.get("font-size"), "font-size", true);
    OptionalDouble leading = length(m.get("leading"), "leading", true);
    double size = fontSize.orElse(d.fontSize());
    // Without an explicit leading, keep the default proportion rather than a fixed 13.5 pt.
    double lead = leading.orElse(size * d.leading() / d.fontSize());
    if (leading.isPresent() && lead < size) {
      yaml.diagnostics().error("layout-invalid", yaml.span(m.get("leading")),
          "leading " + pt(lead) + " is less than the font size " + pt(size), "the leading must be at least the font size");
    }
    // A line must hold a few words and a page a few lines: past that the layout can only fail
    // with every glyph "too wide", so the problem is named here, at the key.
    double textWidth = width - inner - outer;
    double textHeight = height - top - bottom;
    if (textWidth > 0 && textHeight > 0) {
      if (fontSize.isPresent() && size > textWidth / 8) {
        yaml.diagnostics().error("layout-invalid", yaml.span(m.get("font-size")),
            "font-size " + pt(size) + " is too large for a text width of " + pt(textWidth)
                + ": a line would hold fewer than about 16 letters",
            "use at most " + pt(textWidth / 8) + ", or a wider page or narrower margins");
      } else if (lead > textHeight / 4) {
        yaml.diagnostics().error("layout-invalid", yaml.span(leading.isPresent() ? m.get("leading") : m.get("font-size")),
            "leading " + pt(lead) + " is too large for a text height of " + pt(textHeight)
                + ": a page would hold fewer than four lines",
            "use a leading of at most " + pt(textHeight / 4) + ", or a taller page or smaller margins");
      }
    }
    if (width - inner - outer <= 0) {
      yaml.diagnostics().error("layout-invalid", yaml.span(node),
          "the margins leave no text width (" + pt(width - inner - outer) + ")", "make the inner and outer margins smaller");
    }
    if (height - top - bottom <= 0) {
      yaml.diagnostics().error("layout-invalid", yaml.span(node),
          "the margins leave no text height (" + pt(height - top - bottom) + ")", "make the top and bottom margins smaller");
    }
    Layout.FontFiles fonts = m.containsKey("fonts") ? fonts(m.get("fonts")) : d.fonts();
    boolean hyphenate = m.containsKey("hyphenate") ? yaml.bool(m.get("hyphenate"), "hyphenate").orElse(true) : d.hyphenate();
    boolean notesPerChapter = false;
    if (m.containsKey("note-numbering")) {
      Optional<String> v = yaml.string(m.get("note-numbering"), "note-numbering");
      if (v.isPresent() && v.get().equals("chapter")) {
        notesPerChapter = true;
      } else if (v.isPresent() && !v.get().equals("book")) {
        yaml.diagnostics().error("layout-invalid", yaml.span(m.get("note-numbering")),
            "note-numbering is \"" + v.get() + "\"", "write book (one count through the book) or chapter (from 1 in each)");
      }
    }
    return new Layout(width, height, top, bottom, inner, outer, size, lead, fonts, hyphenate, notesPerChapter);
  }

  private double[] pageSize(Node node) {
    if (node instanceof ScalarNode s) {
      switch (s.getValue().toLowerCase(Locale.ROOT)) {
        case "a5": return new double[] {Layout.mm(148), Layout.mm(210)};
        case "a4": return new double[] {Layout.mm(210), Layout.mm(297)};
        case "b5": return new double[] {Layout.mm(176), Layout.mm(250)};
        case "letter": return new double[] {8.5 * 72, 11 * 72};
        default:
          yaml.diagnostics().error("layout-invalid", yaml.span(node), "unknown page size " + Quote.of(s.getValue()),
              "use a5, a4, b5, letter or {width: 148mm, height: 210mm}");
          return null;
      }
    }
    Map<String, Node> m = yaml.mapping(node, "sazba.page-size", PAGE_KEYS);
    OptionalDouble w = length(m.get("width"), "page width", false);
    OptionalDouble h = length(m.get("height"), "page height", false);
    if (!m.containsKey("width")) yaml.missing(yaml.span(node), "the page width", "write {width: 148mm, height: 210mm}");
    if (!m.containsKey("height")) yaml.missing(yaml.span(node), "the page height", "write {width: 148mm, height: 210mm}");
    return w.isPresent() && h.isPresent() ? new double[] {w.getAsDouble(), h.getAsDouble()} : null;
  }

  /** A positive length in points; {@code bareIsPoints} lets a plain number mean points. */
  private OptionalDouble length(Node node, String what, boolean bareIsPoints) {
    if (node == null) return OptionalDouble.empty();
    if (!(node instanceof ScalarNode s)) {
      yaml.typeError(node, what, "a length such as 12mm");
      return OptionalDouble.empty();
    }
    String v = s.getValue().strip();
    double points;
    Matcher l = LENGTH.matcher(v);
    if (l.matches()) {
      points = toPoints(Double.parseDouble(l.group(1)), l.group(2));
    } else if (bareIsPoints && NUMBER.matcher(v).matches()
        && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()) || Tag.STR.equals(s.getTag()))) {
      points = Double.parseDouble(v);
    } else {
      yaml.diagnostics().error("metadata-type", yaml.span(node), what + " " + Quote.of(v) + " is not a length",
          bareIsPoints ? "write points (10.5) or a length with a unit (mm, cm, in, pt)"
              : "write a number with a unit: mm, cm, in or pt, e.g. 18mm");
      return OptionalDouble.empty();
    }
    if (points <= 0) {
      yaml.diagnostics().error("layout-invalid", yaml.span(node), what + " must be positive",
          "write a length greater than zero, e.g. 18mm");
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(points) || points > MAX_POINTS) {
      yaml.diagnostics().error("layout-invalid", yaml.span(node), what + " " + Quote.of(v) + " is too large",
          "a PDF page is at most 14400 pt (200 in) wide and high; so is every length on it");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(points);
  }

  private static double toPoints(double value, String unit) {
    switch (unit) {
      case "mm": return Layout.mm(value);
      case "cm": return Layout.mm(value * 10);
      case "in": return value * 72;
      default: return value;
    }
  }

  private Layout.FontFiles fonts(Node node) {
    Map<String, Node> m = yaml.mapping(node, "sazba.fonts", FONT_KEYS);
    return new Layout.FontFiles(font(m, "regular"), font(m, "italic"), font(m, "bold"), font(m, "bold-italic"));
  }

  /** A font file relative to the manuscript; it must exist, or the build would fail much later. */
  private Optional<Path> font(Map<String, Node> m, String key) {
    Optional<String> name = yaml.string(m, key, "font " + key);
    if (name.isEmpty()) return Optional.empty();
    Path path;
    try {
      path = Path.of(name.get());
    } catch (java.nio.file.InvalidPathException e) {
      yaml.diagnostics().error("font-missing", yaml.span(m.get(key)), "font file " + Quote.of(name.get()) + " is not a valid path",
          "give the path relative to the manuscript directory");
      return Optional.empty();
    }
    if (!Files.exists(manuscriptDir.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      yaml.diagnostics().error("font-missing", yaml.span(m.get(key)), "font file " + Quote.of(name.get()) + " does not exist",
          "give the path relative to the manuscript directory");
      return Optional.empty();
    }
    Optional<Path> real = ManuscriptFiles.check(manuscriptDir, path, name.get(), ManuscriptFiles.Kind.FONT,
        yaml.span(m.get(key)), yaml.diagnostics());
    real.ifPresent(p -> fontFormat(p, name.get(), yaml.span(m.get(key))));
    return real;
  }

  /**
   * The font's first four bytes, so that a font Sazba cannot use is reported at its fonts: entry
   * and not later at the top of the file: TrueType outlines only (PDFBox does not embed CFF).
   */
  private void fontFormat(Path file, String shown, cz.sazba.source.Span at) {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (java.io.IOException e) {
      yaml.diagnostics().error("font-unreadable", at, "cannot read the font " + Quote.of(shown) + ": " + SourceLoader.describe(e),
          "check that the file is readable");
      return;
    }
    String tag = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    boolean trueType = head.length == 4 && ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0)
        || tag.equals("true"));
    if (trueType) return;
    String what = tag.equals("OTTO") ? "an OpenType font with CFF outlines"
        : tag.equals("wOFF") || tag.equals("wOF2") ? "a web font (WOFF)"
        : tag.equals("ttcf") ? "a font collection (.ttc)" : "not a font file";
    yaml.diagnostics().error("font-unsupported", at, "the font " + Quote.of(shown) + " is " + what
            + "; Sazba embeds TrueType fonts (.ttf) only",
        "use the .ttf version of the font");
  }

  private static String pt(double points) {
    return String.format(Locale.ROOT, "%.2f pt", points);
  }
}
