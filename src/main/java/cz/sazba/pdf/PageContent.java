package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.GlyphList;
import cz.sazba.typeset.page.ImageElement;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * What one page draws and how it is tagged: its content stream (written into a caller's buffer)
 * of glyph runs and rules, each inside marked content that ties it to
 * its structure element (by MCID) or marks it as an artifact. Consecutive elements of the same
 * structure node share one marked-content sequence.
 */
final class PageContent {
  /** Largest horizontal error left uncorrected, in millionths of a point. */
  private static final double TOLERANCE = 500;

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

  private PageContent(List<Integer> structIdByMcid, List<Item> items, SortedMap<String, EmbeddedFont> fonts) {
    this.structIdByMcid = structIdByMcid;
    this.items = items;
    this.fonts = fonts;
  }

  /**
   * Writes the content stream of a page's elements into {@code stream} (emptied first) and
   * returns what else the page needs.
   *
   * @param elements the page's elements ({@code Page.elements()})
   * @param fontOf the embedded font of each face
   * @param roleOf the structure type name of a node, used as the marked-content tag
   * @param images the pictures (null: the page draws none)
   * @param stream receives the content stream; one buffer serves page after page
   */
  static PageContent of(List<PageElement> elements, Map<FontFace, EmbeddedFont> fontOf, UsedGlyphs used,
      IntFunction<String> roleOf, PdfImages images, ContentBuffer stream) {
    java.util.SortedSet<String> imageNames = new java.util.TreeSet<>();
    Map<Integer, double[]> boxes = new TreeMap<>();
    ContentBuffer s = stream;
    s.clear(expectedSize(elements));
    RunScratch scratch = new RunScratch();
    List<Integer> owners = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    SortedMap<String, EmbeddedFont> fonts = new TreeMap<>();
    EmbeddedFont lastFont = null;
    // Character spacing (Tc) is text state, which outlives ET: track what is in force on the page.
    long[] charSpacing = {0};
    Tag open = null;
    for (PageElement element : elements) {
      if (element instanceof LinkArea link) {
        if (link.tag().isArtifact()) throw new IllegalStateException("a link cannot be an artifact: " + link.href());
        items.add(new Item(link.tag().structId(), -1, link));
        continue;
      }
      Tag tag = element.tag();
      if (!sameSequence(open, tag)) {
        if (open != null) s.ascii("EMC\n");
        if (tag.isArtifact()) {
          s.ascii("/Artifact <</Type /").ascii(artifactType(tag.artifact().get())).ascii(">> BDC\n");
        } else {
          s.ascii('/').ascii(roleOf.apply(tag.structId()))
              .ascii(" <</MCID ").decimal(owners.size()).ascii(">> BDC\n");
          items.add(new Item(tag.structId(), owners.size(), null));
          owners.add(tag.structId());
        }
        open = tag;
      }
      if (element instanceof GlyphRun run) {
        EmbeddedFont font = fontOf.get(run.face());
        if (font != lastFont) {
          fonts.put(font.resourceName(), font);
          lastFont = font;
        }
        Optional<String> actualText = tag.isArtifact() ? Optional.empty() : used.actualTextFor(run);
        if (actualText.isPresent()) {
          s.ascii("/Span <</ActualText ");
          textString(s, actualText.get());
          s.ascii(">> BDC\n");
        }
        appendRun(s, run, font, charSpacing, scratch);
        if (actualText.isPresent()) s.ascii("EMC\n");
      } else if (element instanceof ImageElement image) {
        String name = images.name(image);
        imageNames.add(name);
        s.ascii("q ").points(image.width()).ascii(" 0 0 ")
            .points(image.height()).ascii(' ')
            .points(image.left()).ascii(' ')
            .points(image.bottom()).ascii(" cm /").ascii(name).ascii(" Do Q\n");
        if (!tag.isArtifact()) {
          double[] b = {Sp.toPoints(image.left()), Sp.toPoints(image.bottom()), Sp.toPoints(image.left() + image.width()),
              Sp.toPoints(image.bottom() + image.height())};
          boxes.merge(tag.structId(), b, (x, y) -> new double[] {Math.min(x[0], y[0]), Math.min(x[1], y[1]),
              Math.max(x[2], y[2]), Math.max(x[3], y[3])});
        }
      } else if (element instanceof Rule rule) {
        s.points(rule.left()).ascii(' ')
            .points(rule.bottom()).ascii(' ')
            .points(rule.width()).ascii(' ')
            .points(rule.height()).ascii(" re f\n");
      } else {
        // PageElement is sealed; a kind added there must be drawn here, never skipped.
        throw new IllegalStateException("no PDF drawing for " + element.getClass().getSimpleName());
      }
    }
    if (open != null) s.ascii("EMC\n");
    PageContent content = new PageContent(
        Collections.unmodifiableList(owners),
        Collections.unmodifiableList(items),
        fonts);
    content.images.addAll(imageNames);
    content.boxes.putAll(boxes);
    return content;
  }

  /**
   * A little more than the page's content stream will take, so its buffer grows at most once: a
   * run's glyph is four hex digits and sometimes a TJ number; every element opens with its
   * operators and positions, often a marked-content sequence.
   */
  private static int expectedSize(List<PageElement> elements) {
    long size = 256;
    for (PageElement e : elements) {
      size += 128;
      if (e instanceof GlyphRun run) size += 6L * run.glyphs().size();
    }
    return (int) Math.min(Integer.MAX_VALUE - 16, size);
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
   * Per-glyph numbers of one run, reused from run to run on a page: each glyph's CID, its x in
   * millionths of a point and its advance at the run's size, looked up and computed once for
   * both the common spacing and the TJ array.
   */
  private static final class RunScratch {
    int[] cids = new int[64];
    double[] x = new double[64];
    double[] advance = new double[64];
    double[] gaps = new double[64];
    double[] sorted = new double[64];

    void fit(int n) {
      if (cids.length >= n) return;
      int size = Math.max(n, cids.length * 2);
      cids = new int[size];
      x = new double[size];
      advance = new double[size];
      gaps = new double[size];
      sorted = new double[size];
    }
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
  private static void appendRun(
      ContentBuffer s, GlyphRun run, EmbeddedFont font, long[] charSpacing, RunScratch scratch) {
    GlyphList glyphs = run.glyphs();
    int n = glyphs.size();
    if (n == 0) return;
    long sizeMilli = PdfNumbers.spToMilliPoints(run.size());
    long startMilli = PdfNumbers.spToMilliPoints(glyphs.x(0));
    scratch.fit(n);
    int[] cids = scratch.cids;
    double[] x = scratch.x;
    double[] advance = scratch.advance;
    for (int i = 0; i < n; i++) {
      int cid = font.cid(glyphs.glyphId(i));
      cids[i] = cid;
      x[i] = glyphs.x(i) * 1_000_000.0 / Sp.PER_POINT;
      // width: thousandths of glyph space units
      advance[i] = font.widthMilli(cid) * (double) sizeMilli / 1000.0;
    }
    s.ascii("BT\n/").ascii(font.resourceName()).ascii(' ').milli(sizeMilli).ascii(" Tf\n");
    if (n > 1) {
      long spacing = commonSpacing(x, advance, n, scratch.gaps, scratch.sorted);
      if (spacing != charSpacing[0]) {
        s.micro(spacing).ascii(" Tc\n");
        charSpacing[0] = spacing;
      }
    }
    double tc = charSpacing[0];
    s.ascii("1 0 0 1 ").milli(startMilli).ascii(' ')
        .points(run.baseline()).ascii(" Tm\n[<");
    // Where the viewer's pen is, in millionths of a point, computed from the numbers as written.
    double position = startMilli * 1000.0;
    for (int i = 0; i < n; i++) {
      s.hex4(cids[i]);
      if (i + 1 == n) break;
      double natural = position + advance[i] + tc;
      double desired = x[i + 1];
      long adjust = 0;
      // Drift below half a thousandth of a point is invisible; correcting it would only add noise.
      if (Math.abs(natural - desired) >= TOLERANCE) {
        // TJ number n moves the next glyph by -n/1000 * size; solve in thousandths of n.
        adjust = Math.round((natural - desired) * 1000.0 / sizeMilli);
      }
      if (adjust != 0) s.ascii("> ").milli(adjust).ascii(" <");
      position = natural - adjust * (double) sizeMilli / 1000.0;
    }
    s.ascii(">] TJ\nET\n");
  }

  /**
   * The spacing most glyph pairs of the run share beyond their advances, in millionths of a point,
   * a multiple of ten (Tc is written with five decimals): the mean of the gaps near their median,
   * so word spaces and kerned pairs do not pull it and the rounding of positions averages out.
   *
   * @param x the run's first {@code n} glyph positions, in millionths of a point
   * @param advance their advances at the run's size, in the same unit
   * @param gaps scratch space of at least {@code n - 1}
   * @param sorted scratch space of at least {@code n - 1}
   */
  private static long commonSpacing(double[] x, double[] advance, int n, double[] gaps, double[] sorted) {
    int pairs = n - 1;
    for (int i = 0; i < pairs; i++) gaps[i] = x[i + 1] - x[i] - advance[i];
    System.arraycopy(gaps, 0, sorted, 0, pairs);
    double median = select(sorted, pairs, pairs / 2);
    double sum = 0;
    int count = 0;
    for (int i = 0; i < pairs; i++) {
      double gap = gaps[i];
      if (Math.abs(gap - median) <= 1000) {
        sum += gap;
        count++;
      }
    }
    return Math.round(sum / count / 10.0) * 10;
  }

  /**
   * The {@code k}-th smallest of the first {@code n} values (what a sorted copy holds at {@code k}),
   * reordering them: Hoare's selection, linear on average where sorting the copy was n log n. The
   * gaps are finite; the only value a different order could pick differently is a zero's sign,
   * which the caller's {@code Math.abs(gap - median)} does not see.
   */
  static double select(double[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return a[k];
    }
    return a[k];
  }

  /** Appends a PDF text string in hex, UTF-16BE with byte order mark; the empty string as {@code ()}. */
  static void textString(ContentBuffer s, String text) {
    if (text.isEmpty()) s.ascii("()");
    else s.ascii("<FEFF").utf16Hex(text).ascii('>');
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
