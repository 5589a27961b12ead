package cz.sazba.epub;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontStyle;
import cz.sazba.font.GlyphOutline;
import cz.sazba.font.ShapedText;
import cz.sazba.model.CoverImage;
import cz.sazba.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The EPUB's cover: the manuscript's {@code cover-image} when it has one, otherwise a picture of
 * the title page drawn here in the book's own faces (title in bold, subtitle in italic, authors in
 * roman, between two rules), as a grey-scale PNG. Set with the faces' own shaping
 * ({@link FontFace#shape}: cmap, ligatures, kerning), the glyph outlines filled by
 * {@link GrayRaster}'s scan converter and written as the JDK's PNG writer would ({@link GrayPng}):
 * no Java2D, no ImageIO, no time stored, so the same metadata and fonts give the same bytes.
 */
final class Cover {
  /** The cover page's file, first in the spine. */
  static final String PAGE = "cover.xhtml";

  static final int WIDTH = 1200;
  static final int HEIGHT = 1800;
  private static final int MARGIN = 120;
  /** The grey of the page and of the type and rules. */
  static final int PAPER = 0xF3;
  static final int INK = 0x1C;

  /** The picture, its name in the package, its media type and its text alternative. */
  record Picture(String fileName, String mediaType, byte[] data, String alt, boolean generated) {}

  private Cover() {}

  static Picture of(Metadata metadata, List<EpubFont> fonts, Labels labels) {
    return of(metadata, fonts, java.util.Optional::empty, labels);
  }

  /** As above; a character of the title, subtitle or authors the text face lacks is drawn in {@code fallback}. */
  static Picture of(Metadata metadata, List<EpubFont> fonts, Supplier<Optional<EpubFont>> fallback, Labels labels) {
    String alt = alt(metadata, labels);
    if (metadata.cover().isPresent()) {
      CoverImage c = metadata.cover().get();
      return new Picture(c.fileName(), c.mediaType(), c.data(), alt, false);
    }
    return new Picture("cover.png", "image/png", drawn(metadata, fonts, fallback), alt, true);
  }

  /**
   * The last drawn cover, by what it shows and the text fonts' bytes: a rebuild of the same book
   * reuses it. One drawn with the fallback face also remembers that face's bytes, checked on use.
   */
  private static final Map<Key, Drawn> LAST = java.util.Collections.synchronizedMap(new HashMap<>());

  /** What a drawn cover shows and the text fonts' bytes by style. */
  private record Key(String text, List<Object> fonts) {
    // equals and hashCode written out as a record's would be: see model.Lang.equals.
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Key k && java.util.Objects.equals(text, k.text)
          && java.util.Objects.equals(fonts, k.fonts);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(text) + java.util.Objects.hashCode(fonts);
    }
  }

  /** A drawn cover and the bytes of the fallback face it used, or null when it used none. */
  record Drawn(byte[] png, EpubFont.Content fallbackFont) {}

  private static byte[] drawn(Metadata m, List<EpubFont> fonts, Supplier<Optional<EpubFont>> fallback) {
    StringBuilder key = new StringBuilder(m.title()).append('\u0000').append(m.subtitle().orElse("")).append('\u0000')
        .append(String.join("\u0001", m.authors()));
    List<Object> faces = new ArrayList<>();
    for (EpubFont f : fonts) {
      faces.add(f.style());
      faces.add(f.content());
    }
    Key k = new Key(key.toString(), faces);
    Drawn known = LAST.get(k);
    if (known != null && (known.fallbackFont() == null
        || fallback.get().map(f -> f.content().equals(known.fallbackFont())).orElse(false))) {
      return known.png().clone();
    }
    Drawn fresh = draw(m, fonts, fallback);
    synchronized (LAST) {
      LAST.clear();
      LAST.put(k, fresh);
    }
    return fresh.png().clone();
  }

  /** "Cover: Title. Subtitle. By A, B." in the book's language, as the title page has it. */
  static String alt(Metadata m, Labels labels) {
    StringBuilder s = new StringBuilder(labels.cover()).append(": ").append(m.title());
    m.subtitle().ifPresent(sub -> s.append(". ").append(sub));
    if (!m.authors().isEmpty()) s.append(". ").append(labels.by()).append(' ').append(String.join(", ", m.authors()));
    return s.append('.').toString().replace("..", ".");
  }

  static byte[] draw(Metadata m, List<EpubFont> fonts) {
    return draw(m, fonts, Optional::empty).png();
  }

  /** The cover, drawn; {@code fallbackFont} is asked only when the text face lacks a character. */
  static Drawn draw(Metadata m, List<EpubFont> fonts, Supplier<Optional<EpubFont>> fallbackFont) {
    GrayRaster raster = new GrayRaster(WIDTH, HEIGHT, PAPER);
    int measure = WIDTH - 2 * MARGIN;
    FontFace bold = face(fonts, FontStyle.BOLD);
    FontFace italic = face(fonts, FontStyle.ITALIC);
    FontFace regular = face(fonts, FontStyle.REGULAR);
    // The fallback face is read only when the cover shows a character the text face lacks.
    boolean lacks = lacks(bold, m.title())
        || m.subtitle().map(s -> lacks(italic, s)).orElse(false)
        || m.authors().stream().anyMatch(a -> lacks(regular, a));
    Optional<EpubFont> given = lacks ? fallbackFont.get() : Optional.empty();
    EpubFont.Content fallbackUsed = given.map(EpubFont::content).orElse(null);
    FontFace fallback = given.map(EpubFont::face).orElse(null);

    double titleSize = 118;
    List<Line> title = lines(m.title(), bold, fallback, titleSize, measure);
    while ((title.size() > 4 || widest(title) > measure) && titleSize > 40) {
      titleSize -= 6;
      title = lines(m.title(), bold, fallback, titleSize, measure);
    }
    List<Line> subtitle = m.subtitle().map(s -> lines(s, italic, fallback, 58, measure)).orElse(List.of());
    List<Line> authors = new ArrayList<>();
    for (String a : m.authors()) authors.addAll(lines(a, regular, fallback, 52, measure));

    Outlines outlines = new Outlines();
    double y = HEIGHT * 0.28;
    raster.fillRect(MARGIN, (int) Math.round(y), measure, 5, INK);
    y += 70;
    y = block(raster, outlines, title, y, titleSize * 1.16);
    if (!subtitle.isEmpty()) y = block(raster, outlines, subtitle, y + 40, 58 * 1.25);
    raster.fillRect(MARGIN, (int) Math.round(y + 30), measure, 5, INK);
    double authorsTop = HEIGHT * 0.78;
    block(raster, outlines, authors, Math.max(authorsTop, y + 120), 52 * 1.3);
    return new Drawn(GrayPng.encode(raster), fallbackUsed);
  }

  private static boolean lacks(FontFace face, String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!face.hasGlyph(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** A part of a line in one face, shaped, at a size in pixels to the em. */
  private record Run(FontFace face, ShapedText shaped, double size) {
    double scale() {
      return size / face.unitsPerEm();
    }

    double advance() {
      return shaped.totalAdvance() * scale();
    }
  }

  /** A line: its runs left to right, its width and the tallest run's ascent and descent, in pixels. */
  private record Line(List<Run> runs, double advance, double ascent, double descent) {}

  private static double widest(List<Line> lines) {
    double w = 0;
    for (Line l : lines) w = Math.max(w, l.advance());
    return w;
  }

  /** Centred lines, the first one's top at {@code y}; returns the bottom of the last. */
  private static double block(GrayRaster raster, Outlines outlines, List<Line> lines, double y, double leading) {
    double baseline = y;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i == 0) baseline = y + line.ascent();
      else baseline += leading;
      double x = (WIDTH - line.advance()) / 2;
      for (Run run : line.runs()) x = draw(raster, outlines, run, x, baseline);
    }
    return lines.isEmpty() ? y : baseline + lines.get(lines.size() - 1).descent();
  }

  /** A run's glyphs from {@code x} on the baseline; returns where the next run starts. */
  private static double draw(GrayRaster raster, Outlines outlines, Run run, double x, double baseline) {
    double scale = run.scale();
    int[] glyphs = run.shaped().glyphIds();
    int[] advances = run.shaped().advances();
    for (int i = 0; i < glyphs.length; i++) {
      GlyphOutline outline = outlines.of(run.face(), glyphs[i]);
      if (outline.contourCount() > 0) {
        GrayRaster.Shape shape = new GrayRaster.Shape();
        double left = x;
        outline.walk(new GlyphOutline.Visitor() {
          @Override
          public void moveTo(double gx, double gy) {
            shape.moveTo(left + gx * scale, baseline - gy * scale);
          }

          @Override
          public void lineTo(double gx, double gy) {
            shape.lineTo(left + gx * scale, baseline - gy * scale);
          }

          @Override
          public void quadTo(double cx, double cy, double gx, double gy) {
            shape.quadTo(left + cx * scale, baseline - cy * scale, left + gx * scale, baseline - gy * scale);
          }

          @Override
          public void close() {
            shape.close();
          }
        });
        raster.fill(shape, INK);
      }
      x += advances[i] * scale;
    }
    return x;
  }

  /** The outlines of one drawing, each glyph read once. */
  private static final class Outlines {
    private final Map<FontFace, Map<Integer, GlyphOutline>> byFace = new HashMap<>();

    GlyphOutline of(FontFace face, int glyph) {
      Map<Integer, GlyphOutline> known = byFace.computeIfAbsent(face, f -> new HashMap<>());
      GlyphOutline outline = known.get(glyph);
      if (outline == null) {
        try {
          outline = face.outline(glyph);
        } catch (IOException e) {
          // The PDF embeds the same glyphs: a glyph that fails here is a broken font file.
          throw new IllegalStateException("cannot draw glyph " + glyph + " of " + face.name() + " on the cover: "
              + e.getMessage(), e);
        }
        known.put(glyph, outline);
      }
      return outline;
    }
  }

  /** The text broken greedily at spaces into lines no wider than {@code measure}. */
  private static List<Line> lines(String text, FontFace face, FontFace fallback, double size, int measure) {
    List<Line> out = new ArrayList<>();
    String line = "";
    // The line so far laid out, when it was laid out as a candidate: each line is shaped once.
    Line laidOut = null;
    for (String word : text.strip().split("\\s+")) {
      if (line.isEmpty()) {
        line = word;
        continue;
      }
      String candidate = line + " " + word;
      Line wider = layout(candidate, face, fallback, size);
      if (wider.advance() > measure) {
        out.add(laidOut != null ? laidOut : layout(line, face, fallback, size));
        line = word;
        laidOut = null;
      } else {
        line = candidate;
        laidOut = wider;
      }
    }
    if (!line.isEmpty()) out.add(laidOut != null ? laidOut : layout(line, face, fallback, size));
    return out;
  }

  /**
   * One line in {@code face}, the characters it lacks in {@code fallback} (when given and it has
   * them), each run shaped on its own (ligatures and kerning within a run, as in the book).
   */
  private static Line layout(String text, FontFace face, FontFace fallback, double size) {
    List<Run> runs = new ArrayList<>();
    int start = 0;
    FontFace current = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      FontFace f = fallback != null && !face.hasGlyph(cp) && fallback.hasGlyph(cp) ? fallback : face;
      if (current != null && f != current) {
        runs.add(new Run(current, current.shape(text.substring(start, i), true), size));
        start = i;
      }
      current = f;
      i += Character.charCount(cp);
    }
    if (current != null) runs.add(new Run(current, current.shape(text.substring(start), true), size));
    double advance = 0;
    double ascent = 0;
    double descent = 0;
    for (Run r : runs) {
      advance += r.advance();
      ascent = Math.max(ascent, r.face().ascender() * r.scale());
      descent = Math.max(descent, -r.face().descender() * r.scale());
    }
    return new Line(List.copyOf(runs), advance, ascent, descent);
  }

  /** The face of {@code style}, else the regular one, else the bundled face of that style. */
  private static FontFace face(List<EpubFont> fonts, FontStyle style) {
    EpubFont chosen = null;
    for (EpubFont f : fonts) {
      if (f.style() == style) chosen = f;
      if (chosen == null && f.style() == FontStyle.REGULAR) chosen = f;
    }
    return chosen != null ? chosen.face() : cz.sazba.font.FontSet.bundled().face(style);
  }

  /** The cover page: the picture alone, filling the screen, with its text alternative. */
  static String page(Metadata m, Picture picture) {
    StringBuilder out = new StringBuilder(512);
    XhtmlHead.open(out, m.lang(), m.title());
    // epub:type and its matching DPUB-ARIA role on the picture itself, as Ace asks.
    out.append("<body>\n<section class=\"cover\">\n<img epub:type=\"cover\" role=\"doc-cover\" src=\"")
        .append(Xml.attr(picture.fileName())).append("\" alt=\"").append(Xml.attr(picture.alt())).append("\"/>\n")
        .append("</section>\n</body>\n</html>\n");
    return out.toString();
  }
}
