package cz.sazba.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of a PDF's pages, drawn by PDFBox's renderer: single pages, a spread (a left page beside
 * its right page, as the open book shows them), and a contact sheet of every page. PNG bytes; the
 * same PDF and options give the same bytes.
 */
public final class PageImages implements AutoCloseable {
  private static final Color DESK = new Color(0xD8, 0xD8, 0xD8);
  private static final int GAP = 24;

  private final PDDocument document;
  private final PDFRenderer renderer;

  private PageImages(PDDocument document) {
    this.document = document;
    this.renderer = new PDFRenderer(document);
  }

  public static PageImages of(byte[] pdf) throws IOException {
    return new PageImages(Loader.loadPDF(pdf));
  }

  public int pageCount() {
    return document.getNumberOfPages();
  }

  /** Page {@code number} (from 1) at {@code dpi} dots per inch. */
  public BufferedImage page(int number, float dpi) throws IOException {
    check(number);
    return renderer.renderImageWithDPI(number - 1, dpi, ImageType.RGB);
  }

  /**
   * The spread page {@code number} belongs to: an even page on the left with the next odd page on
   * its right; page 1 (a right-hand page) alone, as it opens the book.
   */
  public BufferedImage spread(int number, float dpi) throws IOException {
    check(number);
    int left = number % 2 == 0 ? number : number - 1;
    List<BufferedImage> pages = new ArrayList<>();
    if (left >= 1) pages.add(page(left, dpi));
    if (left + 1 <= pageCount()) pages.add(page(left + 1, dpi));
    return row(pages, 0);
  }

  /** Every page, {@code columns} to a row, on a grey desk. */
  public BufferedImage contactSheet(int columns, float dpi) throws IOException {
    List<BufferedImage> rows = new ArrayList<>();
    for (int first = 1; first <= pageCount(); first += columns) {
      List<BufferedImage> pages = new ArrayList<>();
      for (int p = first; p < first + columns && p <= pageCount(); p++) pages.add(page(p, dpi));
      rows.add(row(pages, GAP));
    }
    int width = 0;
    int height = GAP;
    for (BufferedImage r : rows) {
      width = Math.max(width, r.getWidth());
      height += r.getHeight() + GAP;
    }
    BufferedImage sheet = canvas(width + 2 * GAP, height);
    Graphics2D g = sheet.createGraphics();
    int y = GAP;
    for (BufferedImage r : rows) {
      g.drawImage(r, GAP, y, null);
      y += r.getHeight() + GAP;
    }
    g.dispose();
    return sheet;
  }

  private static BufferedImage row(List<BufferedImage> pages, int gap) {
    int width = gap * Math.max(0, pages.size() - 1);
    int height = 0;
    for (BufferedImage p : pages) {
      width += p.getWidth();
      height = Math.max(height, p.getHeight());
    }
    BufferedImage row = canvas(width, height);
    Graphics2D g = row.createGraphics();
    int x = 0;
    for (BufferedImage p : pages) {
      g.drawImage(p, x, 0, null);
      x += p.getWidth() + gap;
    }
    if (gap == 0 && pages.size() == 2) {
      // The fold between the two pages of a spread.
      g.setColor(new Color(0, 0, 0, 40));
      g.fillRect(pages.get(0).getWidth() - 1, 0, 2, height);
    }
    g.dispose();
    return row;
  }

  private static BufferedImage canvas(int width, int height) {
    BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(DESK);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
    return image;
  }

  private void check(int number) {
    if (number < 1 || number > pageCount()) {
      throw new IllegalArgumentException("page " + number + " is not in the book (pages 1 to " + pageCount() + ")");
    }
  }

  public static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this Java runtime");
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
