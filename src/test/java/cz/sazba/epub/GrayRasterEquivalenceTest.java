package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.GlyphOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The run-walking scan converter ({@link GrayRaster}) paints the same bytes as the pixel-by-pixel
 * one it replaced ({@link ReferenceGrayRaster}): random polygons and curves, shapes hanging off
 * every edge of the picture, shapes painted over each other, and glyphs of the bundled faces at
 * cover sizes and fractional positions.
 */
class GrayRasterEquivalenceTest {
  /** A path, recorded to be made into a shape for each converter. */
  private static final class Path {
    private final List<double[]> ops = new ArrayList<>(); // {kind, coordinates...}

    Path moveTo(double x, double y) {
      ops.add(new double[] {0, x, y});
      return this;
    }

    Path lineTo(double x, double y) {
      ops.add(new double[] {1, x, y});
      return this;
    }

    Path quadTo(double cx, double cy, double x, double y) {
      ops.add(new double[] {2, cx, cy, x, y});
      return this;
    }

    Path close() {
      ops.add(new double[] {3});
      return this;
    }

    GrayRaster.Shape shape() {
      GrayRaster.Shape s = new GrayRaster.Shape();
      for (double[] op : ops) {
        switch ((int) op[0]) {
          case 0 -> s.moveTo(op[1], op[2]);
          case 1 -> s.lineTo(op[1], op[2]);
          case 2 -> s.quadTo(op[1], op[2], op[3], op[4]);
          default -> s.close();
        }
      }
      return s;
    }
  }

  private static void assertSame(int width, int height, int paper, List<Path> paths, List<Integer> greys) {
    GrayRaster fast = new GrayRaster(width, height, paper);
    ReferenceGrayRaster reference = new ReferenceGrayRaster(width, height, paper);
    for (int i = 0; i < paths.size(); i++) {
      fast.fill(paths.get(i).shape(), greys.get(i));
      reference.fill(paths.get(i).shape(), greys.get(i));
      assertArrayEquals(reference.pixels(), fast.pixels(), "after shape " + i);
    }
    assertArrayEquals(GrayPng.encode(reference.pixels(), width, height), GrayPng.encode(fast));
  }

  @Test
  void randomShapesPaintTheSameBytes() {
    Random random = new Random(20261203);
    for (int round = 0; round < 300; round++) {
      int width = 1 + random.nextInt(90);
      int height = 1 + random.nextInt(90);
      List<Path> paths = new ArrayList<>();
      List<Integer> greys = new ArrayList<>();
      int shapes = 1 + random.nextInt(6);
      for (int s = 0; s < shapes; s++) {
        Path p = new Path();
        int contours = 1 + random.nextInt(3);
        for (int c = 0; c < contours; c++) {
          // Some contours well off the picture, on any side, some crossing its edges.
          double ox = random.nextDouble() * (width + 60) - 30;
          double oy = random.nextDouble() * (height + 60) - 30;
          double reach = 2 + random.nextDouble() * 70;
          p.moveTo(ox, oy);
          int segments = 2 + random.nextInt(8);
          for (int k = 0; k < segments; k++) {
            double x = ox + (random.nextDouble() - 0.5) * reach;
            double y = oy + (random.nextDouble() - 0.5) * reach;
            if (random.nextInt(4) == 0) {
              // Horizontal and vertical edges, on and off whole pixels.
              if (random.nextBoolean()) y = Math.round(y);
              p.lineTo(x, random.nextBoolean() ? y : oy);
            } else if (random.nextBoolean()) {
              p.lineTo(x, y);
            } else {
              p.quadTo(ox + (random.nextDouble() - 0.5) * reach, oy + (random.nextDouble() - 0.5) * reach, x, y);
            }
          }
          if (random.nextBoolean()) p.close();
        }
        paths.add(p);
        greys.add(random.nextInt(256));
      }
      assertSame(width, height, random.nextInt(256), paths, greys);
    }
  }

  @Test
  void rectanglesOnAndOffWholePixelsPaintTheSameBytes() {
    Random random = new Random(7);
    List<Path> paths = new ArrayList<>();
    List<Integer> greys = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double x = random.nextInt(80) - 10 + (random.nextBoolean() ? 0 : random.nextDouble());
      double y = random.nextInt(80) - 10 + (random.nextBoolean() ? 0 : random.nextDouble());
      double w = random.nextInt(30) + (random.nextBoolean() ? 0 : random.nextDouble());
      double h = random.nextInt(30) + (random.nextBoolean() ? 0 : random.nextDouble());
      paths.add(new Path().moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h).lineTo(x, y + h).close());
      greys.add(random.nextInt(256));
    }
    assertSame(64, 64, 0xF3, paths, greys);
  }

  @Test
  void glyphsOfTheBundledFacesPaintTheSameBytes() throws Exception {
    Random random = new Random(42);
    for (FontStyle style : FontStyle.values()) {
      FontFace face = FontSet.bundled().face(style);
      List<Path> paths = new ArrayList<>();
      List<Integer> greys = new ArrayList<>();
      String text = "Czechoslovakia–Soviet Union relations, Wikipedia contributors. ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ fiflQ&@%";
      double x = -20;
      double baseline = 60;
      for (int i = 0; i < text.length(); i++) {
        int glyph = face.glyphId(text.charAt(i));
        double size = 20 + random.nextInt(110);
        double scale = size / face.unitsPerEm();
        double left = x + random.nextDouble();
        double base = baseline + random.nextDouble() * 40 - 20;
        Path p = new Path();
        face.outline(glyph).walk(new GlyphOutline.Visitor() {
          @Override
          public void moveTo(double gx, double gy) {
            p.moveTo(left + gx * scale, base - gy * scale);
          }

          @Override
          public void lineTo(double gx, double gy) {
            p.lineTo(left + gx * scale, base - gy * scale);
          }

          @Override
          public void quadTo(double cx, double cy, double gx, double gy) {
            p.quadTo(left + cx * scale, base - cy * scale, left + gx * scale, base - gy * scale);
          }

          @Override
          public void close() {
            p.close();
          }
        });
        paths.add(p);
        greys.add(random.nextBoolean() ? Cover.INK : random.nextInt(256));
        x += face.advance(glyph) * scale * 0.8; // a little overlap: glyphs painted over glyphs
        if (x > 380) {
          x = -20;
          baseline += 70;
        }
      }
      assertSame(400, 200, Cover.PAPER, paths, greys);
    }
  }
}
