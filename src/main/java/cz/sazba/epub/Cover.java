package cz.sazba.epub;

import cz.sazba.font.FontStyle;
import cz.sazba.model.CoverImage;
import cz.sazba.model.Metadata;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
 * roman, between two rules), as a grey-scale PNG. Drawn with Java2D at a fixed size with fixed
 * rendering hints and written as the JDK's PNG writer writes it ({@link GrayPng}, without ImageIO),
 * storing no time: the same metadata and fonts give the same bytes.
 */
final class Cover {
  /** The cover page's file, first in the spine. */
  static final String PAGE = "cover.xhtml";

  static final int WIDTH = 1200;
  static final int HEIGHT = 1800;
  private static final int MARGIN = 120;
  private static final Color PAPER = new Color(0xF3, 0xF3, 0xF3);
  private static final Color INK = new Color(0x1C, 0x1C, 0x1C);

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
  private record Key(String text, List<Object> fonts) {}

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
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    EpubFont.Content fallbackUsed;
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(PAPER);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(INK);
      FontRenderContext frc = g.getFontRenderContext();
      int measure = WIDTH - 2 * MARGIN;

      Font bold = font(fonts, FontStyle.BOLD);
      Font italic = font(fonts, FontStyle.ITALIC);
      Font regular = font(fonts, FontStyle.REGULAR);
      // The fallback face is read only when the cover shows a character the text face lacks.
      boolean lacks = bold.canDisplayUpTo(m.title()) >= 0
          || m.subtitle().map(s -> italic.canDisplayUpTo(s) >= 0).orElse(false)
          || m.authors().stream().anyMatch(a -> regular.canDisplayUpTo(a) >= 0);
      Optional<EpubFont> given = lacks ? fallbackFont.get() : Optional.empty();
      fallbackUsed = given.map(EpubFont::content).orElse(null);
      Font fallback = given.isPresent() ? font(List.of(given.get()), FontStyle.REGULAR) : null;
      float titleSize = 118f;
      List<TextLayout> title = lines(m.title(), bold.deriveFont(titleSize), fallback, measure, frc);
      while ((title.size() > 4 || widest(title) > measure) && titleSize > 40f) {
        titleSize -= 6f;
        title = lines(m.title(), bold.deriveFont(titleSize), fallback, measure, frc);
      }
      List<TextLayout> subtitle = m.subtitle().map(s -> lines(s, italic.deriveFont(58f), fallback, measure, frc))
          .orElse(List.of());
      List<TextLayout> authors = new ArrayList<>();
      for (String a : m.authors()) authors.addAll(lines(a, regular.deriveFont(52f), fallback, measure, frc));

      float y = HEIGHT * 0.28f;
      g.fillRect(MARGIN, Math.round(y), measure, 5);
      y += 70;
      y = block(g, title, y, titleSize * 1.16f);
      if (!subtitle.isEmpty()) y = block(g, subtitle, y + 40, 58f * 1.25f);
      g.fillRect(MARGIN, Math.round(y + 30), measure, 5);
      float authorsTop = HEIGHT * 0.78f;
      block(g, authors, Math.max(authorsTop, y + 120), 52f * 1.3f);
    } finally {
      g.dispose();
    }
    return new Drawn(GrayPng.encode(image), fallbackUsed);
  }

  private static float widest(List<TextLayout> lines) {
    float w = 0;
    for (TextLayout l : lines) w = Math.max(w, l.getAdvance());
    return w;
  }

  /** Centred lines, the first one's top at {@code y}; returns the bottom of the last. */
  private static float block(Graphics2D g, List<TextLayout> lines, float y, float leading) {
    float baseline = y;
    for (int i = 0; i < lines.size(); i++) {
      TextLayout line = lines.get(i);
      if (i == 0) baseline = y + line.getAscent();
      else baseline += leading;
      float x = (WIDTH - line.getAdvance()) / 2f;
      line.draw(g, x, baseline);
    }
    return lines.isEmpty() ? y : baseline + lines.get(lines.size() - 1).getDescent();
  }

  /** The text broken greedily at spaces into lines no wider than {@code measure}. */
  private static List<TextLayout> lines(String text, Font font, Font fallback, int measure, FontRenderContext frc) {
    List<TextLayout> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && layout(candidate, font, fallback, frc).getAdvance() > measure) {
        out.add(layout(line.toString(), font, fallback, frc));
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) out.add(layout(line.toString(), font, fallback, frc));
    return out;
  }

  /** One line in {@code font}, the characters it lacks in {@code fallback} (when given and it has them). */
  private static TextLayout layout(String text, Font font, Font fallback, FontRenderContext frc) {
    if (fallback == null || font.canDisplayUpTo(text) < 0) return new TextLayout(text, font, frc);
    java.text.AttributedString s = new java.text.AttributedString(text);
    s.addAttribute(TextAttribute.FONT, font);
    Font sized = fallback.deriveFont(font.getSize2D());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!font.canDisplay(cp) && sized.canDisplay(cp)) s.addAttribute(TextAttribute.FONT, sized, i, i + n);
      i += n;
    }
    return new TextLayout(s.getIterator(), frc);
  }

  private static Font font(List<EpubFont> fonts, FontStyle style) {
    EpubFont chosen = null;
    for (EpubFont f : fonts) {
      if (f.style() == style) chosen = f;
      if (chosen == null && f.style() == FontStyle.REGULAR) chosen = f;
    }
    if (chosen == null) return new Font(Font.SERIF, style.isBold() ? Font.BOLD : Font.PLAIN, 12);
    try {
      Map<TextAttribute, Object> features = new HashMap<>();
      features.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
      features.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(chosen.bytes())).deriveFont(features);
    } catch (FontFormatException | IOException e) {
      // The typesetter read the same bytes already: a font that fails here is a bug.
      throw new IllegalStateException("cannot draw the cover in " + chosen.fileName() + ": " + e.getMessage(), e);
    }
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
