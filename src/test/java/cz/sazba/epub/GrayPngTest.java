package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GrayPngTest {
  private static byte[] imageIo(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "png", out));
    return out.toByteArray();
  }

  /** The grey samples of an image made here (no offset, no padding), as {@code GrayPng} takes them. */
  private static byte[] samples(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  private static byte[] encode(BufferedImage image) {
    return GrayPng.encode(samples(image), image.getWidth(), image.getHeight());
  }

  private static BufferedImage gray(int width, int height) {
    return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
  }

  @Test
  void writesWhatImageIoWritesForADrawing() throws Exception {
    BufferedImage image = gray(640, 480);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xF3, 0xF3, 0xF3));
    g.fillRect(0, 0, 640, 480);
    g.setColor(new Color(0x1C, 0x1C, 0x1C));
    g.fillOval(40, 30, 500, 400);
    g.drawString("Sazba", 300, 240);
    g.dispose();
    assertArrayEquals(imageIo(image), encode(image));
  }

  @Test
  void splitsTheDataIntoChunksAsImageIoDoes() throws Exception {
    // Noise does not compress: about 90 kB of deflated rows, three IDAT chunks, the last short.
    BufferedImage noise = gray(300, 300);
    Random random = new Random(7);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) noise.getRaster().setSample(x, y, 0, random.nextInt(256));
    }
    byte[] png = encode(noise);
    assertArrayEquals(imageIo(noise), png);
    assertTrue(png.length > 2 * 32768, "more than one IDAT chunk: " + png.length);
    assertArrayEquals(imageIo(gray(1, 1)), encode(gray(1, 1)));
    assertArrayEquals(imageIo(gray(3, 700)), encode(gray(3, 700)));
  }

  @Test
  void theDrawnCoverIsTheSameAsImageIoWouldWriteIt() throws Exception {
    byte[] png = Cover.draw(SampleBook.book().metadata(), SampleBook.fonts());
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    BufferedImage again = gray(read.getWidth(), read.getHeight());
    again.getRaster().setRect(read.getRaster());
    assertArrayEquals(imageIo(again), png);
  }

  @Test
  void writesARasterAsItsPixels() throws Exception {
    GrayRaster raster = new GrayRaster(50, 40, 0xF3);
    raster.fillRect(5, 7, 30, 3, 0x1C);
    BufferedImage image = gray(50, 40);
    System.arraycopy(raster.pixels(), 0, samples(image), 0, 50 * 40);
    assertArrayEquals(imageIo(image), GrayPng.encode(raster));
  }

  @Test
  void refusesBytesThatAreNotThePicture() {
    assertThrows(IllegalArgumentException.class, () -> GrayPng.encode(new byte[5], 2, 2));
    assertThrows(IllegalArgumentException.class, () -> GrayPng.encode(new byte[0], 0, 0));
  }
}
