package cz.sazba.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the test and sample images (our own work, GPL-3.0-or-later like the rest of Sazba, and
 * also CC0 where that is simpler for a reuser): simple geometric drawings in every variant of PNG
 * and JPEG the reader must take. Deterministic: the same bytes on every run. Run
 * {@code mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=cz.sazba.figures.SampleImages
 * -Dexec.args=src/test/resources/cz/sazba/figures/images} to write them again.
 */
public final class SampleImages {
  private SampleImages() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/cz/sazba/figures/images");
    Files.createDirectories(dir);
    Files.write(dir.resolve("map.png"), png(map(1500, 1000, false), 300, false));
    Files.write(dir.resolve("alpha.png"), png(map(900, 600, true), 300, false));
    Files.write(dir.resolve("palette.png"), png(palette(600, 400), 200, false));
    Files.write(dir.resolve("deep16.png"), png(deep(300, 200), 300, false));
    Files.write(dir.resolve("interlaced.png"), png(map(600, 450, false), 300, true));
    Files.write(dir.resolve("lowres.png"), png(map(120, 80, false), 72, false));
    Files.write(dir.resolve("icon.png"), png(icon(96), 600, false));
    Files.write(dir.resolve("photo.jpg"), jpeg(map(1200, 900, false), 300, false));
    Files.write(dir.resolve("progressive.jpg"), jpeg(map(900, 600, false), 300, true));
    Files.write(dir.resolve("cmyk.jpg"), cmykJpeg(600, 400, 300));
  }

  /** A made-up map: sea, two lands with borders, a river and five towns. */
  static BufferedImage map(int w, int h, boolean transparent) {
    BufferedImage image = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    if (!transparent) {
      g.setColor(new Color(0xB8D4E8));
      g.fillRect(0, 0, w, h);
    }
    int[] xs = {w / 10, w / 2, w * 6 / 10, w / 3, w / 12};
    int[] ys = {h / 8, h / 10, h / 2, h * 9 / 10, h * 6 / 10};
    g.setColor(new Color(0xE8DDB5));
    g.fillPolygon(xs, ys, xs.length);
    int[] xs2 = {w * 6 / 10, w * 9 / 10, w * 19 / 20, w * 7 / 10};
    int[] ys2 = {h / 5, h / 6, h * 4 / 5, h * 7 / 8};
    g.setColor(new Color(0xC9E0B0));
    g.fillPolygon(xs2, ys2, xs2.length);
    g.setColor(new Color(0x5A4632));
    g.setStroke(new BasicStroke(Math.max(1, w / 300f)));
    g.drawPolygon(xs, ys, xs.length);
    g.drawPolygon(xs2, ys2, xs2.length);
    g.setColor(new Color(0x2F6FA8));
    g.setStroke(new BasicStroke(Math.max(1, w / 200f)));
    g.drawPolyline(new int[] {w / 5, w / 3, w / 2, w * 3 / 4}, new int[] {h / 4, h / 2, h * 2 / 5, h * 3 / 5}, 4);
    g.setColor(new Color(0xA0281E));
    int r = Math.max(2, w / 80);
    for (int k = 0; k < 5; k++) {
      int x = w / 6 + k * w / 6;
      int y = h / 3 + ((k * 37) % 5) * h / 12;
      g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }
    g.dispose();
    return image;
  }

  static BufferedImage palette(int w, int h) {
    byte[] r = {(byte) 255, (byte) 200, 40, 0};
    byte[] gr = {(byte) 255, 60, (byte) 120, 0};
    byte[] b = {(byte) 255, 40, (byte) 200, 0};
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, gr, b));
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    for (int k = 0; k < 6; k++) {
      g.setColor(k % 2 == 0 ? new Color(200, 60, 40) : new Color(40, 120, 200));
      g.fillRect(k * w / 6, h - (k + 1) * h / 7, w / 6 - 8, (k + 1) * h / 7);
    }
    g.setColor(Color.BLACK);
    g.drawLine(0, h - 1, w, h - 1);
    g.dispose();
    return image;
  }

  /** A 16-bit-per-channel RGB gradient. */
  static BufferedImage deep(int w, int h) {
    ComponentColorModel model = new ComponentColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
        new int[] {16, 16, 16}, false, false, java.awt.Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
    WritableRaster raster = model.createCompatibleWritableRaster(w, h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.setPixel(x, y, new int[] {x * 65535 / (w - 1), y * 65535 / (h - 1), 65535 - x * 65535 / (w - 1)});
      }
    }
    return new BufferedImage(model, raster, false, null);
  }

  static BufferedImage icon(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x8A6D3B));
    g.fillOval(size / 8, size / 8, size * 3 / 4, size * 3 / 4);
    g.setColor(Color.WHITE);
    g.fillOval(size * 3 / 8, size * 3 / 8, size / 4, size / 4);
    g.dispose();
    return image;
  }

  static byte[] png(BufferedImage image, int dpi, boolean interlaced) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return withPhys(out.toByteArray(), dpi);
  }

  /** Inserts a pHYs chunk (pixels per metre) after IHDR. */
  static byte[] withPhys(byte[] png, int dpi) {
    int ppm = (int) Math.round(dpi / 0.0254);
    byte[] data = {'p', 'H', 'Y', 's', (byte) (ppm >>> 24), (byte) (ppm >>> 16), (byte) (ppm >>> 8), (byte) ppm,
        (byte) (ppm >>> 24), (byte) (ppm >>> 16), (byte) (ppm >>> 8), (byte) ppm, 1};
    CRC32 crc = new CRC32();
    crc.update(data);
    long c = crc.getValue();
    int at = 8 + 12 + 13; // signature, IHDR
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, at);
    out.write(new byte[] {0, 0, 0, 9}, 0, 4);
    out.write(data, 0, data.length);
    out.write(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c}, 0, 4);
    out.write(png, at, png.length - at);
    return out.toByteArray();
  }

  static byte[] jpeg(BufferedImage image, int dpi, boolean progressive) throws IOException {
    ImageWriter writer = jdkJpegWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      if (progressive) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
      IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
      jfif.setAttribute("resUnits", "1");
      jfif.setAttribute("Xdensity", Integer.toString(dpi));
      jfif.setAttribute("Ydensity", Integer.toString(dpi));
      metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A four-component (Adobe, CMYK) JPEG of a drawing, written from a raster. */
  static byte[] cmykJpeg(int w, int h, int dpi) throws IOException {
    BufferedImage rgb = map(w, h, false);
    WritableRaster cmyk = WritableRaster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = rgb.getRGB(x, y);
        double r = ((p >> 16) & 0xff) / 255.0;
        double g = ((p >> 8) & 0xff) / 255.0;
        double b = (p & 0xff) / 255.0;
        double k = 1 - Math.max(r, Math.max(g, b));
        double c = k >= 1 ? 0 : (1 - r - k) / (1 - k);
        double m = k >= 1 ? 0 : (1 - g - k) / (1 - k);
        double yy = k >= 1 ? 0 : (1 - b - k) / (1 - k);
        // Adobe CMYK JPEGs store the components inverted.
        cmyk.setPixel(x, y, new int[] {255 - (int) Math.round(c * 255), 255 - (int) Math.round(m * 255),
            255 - (int) Math.round(yy * 255), 255 - (int) Math.round(k * 255)});
      }
    }
    ImageWriter writer = jdkJpegWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(cmyk, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static ImageWriter jdkJpegWriter() {
    var writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter fallback = null;
    while (writers.hasNext()) {
      ImageWriter w = writers.next();
      if (w.getClass().getName().startsWith("com.sun.")) return w;
      fallback = w;
    }
    return fallback;
  }
}
