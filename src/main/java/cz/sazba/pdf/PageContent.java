package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.ImageElement;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The content stream of one page: glyph runs and rules, each inside marked content that ties it to
 * its structure element (by MCID) or marks it as an artifact. Consecutive elements of the same
 * structure node share one marked-content sequence.
 */
final class PageContent {
  /** Largest horizontal error left uncorrected, in millionths of a point. */
  private static final double TOLERANCE = 500;

  private final byte[] bytes;
  private final List<Integer> structIdByMcid;
  private final List<Item> items;
  private final SortedMap<String, EmbeddedFont> fonts;
  /** Image resource names this page draws. */
  private final java.util.SortedSet<String> images = new java.util.TreeSet<>();
  /** The bounding box, in points (left, bottom, right, top), of the pictures of each structure node on the page. */
  private final Map<Integer, double[]> boxes = new TreeMap<>();

  /**
   * What the structure tree gets from a page, in the page's order: a marked-content sequence
   * ({@code link} null) or a link area ({@code mcid} -1).
   */
  record Item(int structId, int mcid, LinkArea link) {}

  private PageContent(
      byte[] bytes, List<Integer> structIdByMcid, List<Item> items, SortedMap<String, EmbeddedFont> fonts) {
    this.bytes = bytes;
    this.structIdByMcid = structIdByMcid;
    this.items = items;
    this.fonts = fonts;
  }

  /**
   * @param fontOf the embedded font of each face
   * @param roleOf the structure type name of a node, used as the marked-content tag
   */
  static PageContent of(
      Page page, Map<FontFace, EmbeddedFont> fontOf, UsedGlyphs used, IntFunction<String> roleOf) {
    return of(page, fontOf, used, roleOf, null);
  }

  /** As above; {@code images} names the pictures the page draws (null: it draws none). */
  static PageContent of(
      Page page, Map<FontFace, EmbeddedFont> fontOf, UsedGlyphs used, IntFunction<String> roleOf, PdfImages images) {
    java.util.SortedSet<String> imageNames = new java.util.TreeSet<>();
    Map<Integer, double[]> boxes = new TreeMap<>();
    StringBuilder s = new StringBuilder();
    List<Integer> owners = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    SortedMap<String, EmbeddedFont> fonts = new TreeMap<>();
    // Character spacing (Tc) is text state, which outlives ET: track what is in force on the page.
    long[] charSpacing = {0};
    Tag open = null;
    for (PageElement element : page.elements()) {
      if (element instanceof LinkArea link) {
        if (link.tag().isArtifact()) throw new IllegalStateException("a link cannot be an artifact: " + link.href());
        items.add(new Item(link.tag().structId(), -1, link));
        continue;
      }
      Tag tag = element.tag();
      if (!sameSequence(open, tag)) {
        if (open != null) s.append("EMC\n");
        if (tag.isArtifact()) {
          s.append("/Artifact <</Type /").append(artifactType(tag.artifact().get())).append(">> BDC\n");
        } else {
          s.append('/').append(roleOf.apply(tag.structId()))
              .append(" <</MCID ").append(owners.size()).append(">> BDC\n");
          items.add(new Item(tag.structId(), owners.size(), null));
          owners.add(tag.structId());
        }
        open = tag;
      }
      if (element instanceof GlyphRun run) {
        EmbeddedFont font = fontOf.get(run.face());
        fonts.put(font.resourceName(), font);
        Optional<String> actualText = tag.isArtifact() ? Optional.empty() : used.actualTextFor(run);
        if (actualText.isPresent()) {
          s.append("/Span <</ActualText ").append(textString(actualText.get())).append(">> BDC\n");
        }
        appendRun(s, run, font, charSpacing);
        if (actualText.isPresent()) s.append("EMC\n");
      } else if (element instanceof ImageElement image) {
        String name = images.name(image);
        imageNames.add(name);
        s.append("q ").append(PdfNumbers.points(image.width())).append(" 0 0 ")
            .append(PdfNumbers.points(image.height())).append(' ')
            .append(PdfNumbers.points(image.left())).append(' ')
            .append(PdfNumbers.points(image.bottom())).append(" cm /").append(name).append(" Do Q\n");
        if (!tag.isArtifact()) {
          double[] b = {Sp.toPoints(image.left()), Sp.toPoints(image.bottom()), Sp.toPoints(image.left() + image.width()),
              Sp.toPoints(image.bottom() + image.height())};
          boxes.merge(tag.structId(), b, (x, y) -> new double[] {Math.min(x[0], y[0]), Math.min(x[1], y[1]),
              Math.max(x[2], y[2]), Math.max(x[3], y[3])});
        }
      } else if (element instanceof Rule rule) {
        s.append(PdfNumbers.points(rule.left())).append(' ')
            .append(PdfNumbers.points(rule.bottom())).append(' ')
            .append(PdfNumbers.points(rule.width())).append(' ')
            .append(PdfNumbers.points(rule.height())).append(" re f\n");
      } else {
        // PageElement is sealed; a kind added there must be drawn here, never skipped.
        throw new IllegalStateException("no PDF drawing for " + element.getClass().getSimpleName());
      }
    }
    if (open != null) s.append("EMC\n");
    PageContent content = new PageContent(
        s.toString().getBytes(StandardCharsets.US_ASCII),
        Collections.unmodifiableList(owners),
        Collections.unmodifiableList(items),
        fonts);
    content.images.addAll(imageNames);
    content.boxes.putAll(boxes);
    return content;
  }

  private static boolean sameSequence(Tag open, Tag next) {
    if (open == null) return false;
    if (open.isArtifact() || next.isArtifact()) return open.equals(next);
    return open.structId() == next.structId();
  }

  private static String artifactType(Artifact kind) {
    return kind == Artifact.PAGINATION ? "Pagination" : "Layout";
  }

  /**
   * One text object. The text matrix puts the first glyph at its x; every later glyph lands on
   * its own x through a TJ adjustment, computed against the position a viewer will actually reach
   * (after our rounding) so errors do not add up along the line. The letter-spacing a justified
   * line shares out goes into the character spacing Tc, once per run, so the TJ array carries only
   * what differs from it (word spaces, kerning, rounding) instead of a number after every glyph.
   *
   * @param charSpacing the Tc in force before this run, in millionths of a point; updated
   */
  private static void appendRun(StringBuilder s, GlyphRun run, EmbeddedFont font, long[] charSpacing) {
    List<Glyph> glyphs = run.glyphs();
    if (glyphs.isEmpty()) return;
    long sizeMilli = PdfNumbers.spToMilliPoints(run.size());
    long startMilli = PdfNumbers.spToMilliPoints(glyphs.get(0).x());
    s.append("BT\n/").append(font.resourceName()).append(' ').append(PdfNumbers.milli(sizeMilli)).append(" Tf\n");
    if (glyphs.size() > 1) {
      long spacing = commonSpacing(glyphs, font, sizeMilli);
      if (spacing != charSpacing[0]) {
        s.append(PdfNumbers.micro(spacing)).append(" Tc\n");
        charSpacing[0] = spacing;
      }
    }
    double tc = charSpacing[0];
    s.append("1 0 0 1 ").append(PdfNumbers.milli(startMilli)).append(' ')
        .append(PdfNumbers.points(run.baseline())).append(" Tm\n[<");
    // Where the viewer's pen is, in millionths of a point, computed from the numbers as written.
    double position = startMilli * 1000.0;
    for (int i = 0; i < glyphs.size(); i++) {
      int cid = font.cid(glyphs.get(i).glyphId());
      s.append(ToUnicodeCMap.hex4(cid));
      if (i + 1 == glyphs.size()) break;
      long width = font.widthMilli(cid); // thousandths of glyph space units
      double natural = position + width * (double) sizeMilli / 1000.0 + tc;
      double desired = glyphs.get(i + 1).x() * 1_000_000.0 / Sp.PER_POINT;
      long adjust = 0;
      // Drift below half a thousandth of a point is invisible; correcting it would only add noise.
      if (Math.abs(natural - desired) >= TOLERANCE) {
        // TJ number n moves the next glyph by -n/1000 * size; solve in thousandths of n.
        adjust = Math.round((natural - desired) * 1000.0 / sizeMilli);
      }
      if (adjust != 0) s.append("> ").append(PdfNumbers.milli(adjust)).append(" <");
      position = natural - adjust * (double) sizeMilli / 1000.0;
    }
    s.append(">] TJ\nET\n");
  }

  /**
   * The spacing most glyph pairs of the run share beyond their advances, in millionths of a point,
   * a multiple of ten (Tc is written with five decimals): the mean of the gaps near their median,
   * so word spaces and kerned pairs do not pull it and the rounding of positions averages out.
   */
  static long commonSpacing(List<Glyph> glyphs, EmbeddedFont font, long sizeMilli) {
    int n = glyphs.size() - 1;
    double[] gaps = new double[n];
    for (int i = 0; i < n; i++) {
      double here = glyphs.get(i).x() * 1_000_000.0 / Sp.PER_POINT;
      double next = glyphs.get(i + 1).x() * 1_000_000.0 / Sp.PER_POINT;
      long width = font.widthMilli(font.cid(glyphs.get(i).glyphId()));
      gaps[i] = next - here - width * (double) sizeMilli / 1000.0;
    }
    double[] sorted = gaps.clone();
    java.util.Arrays.sort(sorted);
    double median = sorted[n / 2];
    double sum = 0;
    int count = 0;
    for (double gap : gaps) {
      if (Math.abs(gap - median) <= 1000) {
        sum += gap;
        count++;
      }
    }
    return Math.round(sum / count / 10.0) * 10;
  }

  /** A PDF text string in hex, UTF-16BE with byte order mark; the empty string as {@code ()}. */
  static String textString(String text) {
    if (text.isEmpty()) return "()";
    return "<FEFF" + ToUnicodeCMap.utf16Hex(text) + ">";
  }

  byte[] bytes() {
    return bytes;
  }

  /** The structure node each MCID of this page belongs to, indexed by MCID. */
  List<Integer> structIdByMcid() {
    return structIdByMcid;
  }

  /** Marked-content sequences and link areas in page order. */
  List<Item> items() {
    return items;
  }

  /** Image resource names this page draws. */
  java.util.SortedSet<String> images() {
    return Collections.unmodifiableSortedSet(images);
  }

  /** The pictures' bounding boxes on this page, by structure node. */
  Map<Integer, double[]> boxes() {
    return Collections.unmodifiableMap(boxes);
  }

  /** Fonts this page uses, by resource name. */
  SortedMap<String, EmbeddedFont> fonts() {
    return fonts;
  }
}
