package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.GlyphOutline;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The cover's scan converter: exact coverage of simple shapes, non-zero winding, glyphs with counters. */
class GrayRasterTest {
  private static final int PAPER = 255;
  private static final int INK = 0;

  private static GrayRaster filled(GrayRaster.Shape shape) {
    GrayRaster r = new GrayRaster(40, 40, PAPER);
    r.fill(shape, INK);
    return r;
  }

  private static int inked(GrayRaster r) {
    int n = 0;
    for (int y = 0; y < r.height(); y++) for (int x = 0; x < r.width(); x++) if (r.get(x, y) < PAPER) n++;
    return n;
  }

  @Test
  void aSquareOnWholePixelsFillsExactlyItsPixels() {
    GrayRaster.Shape s = new GrayRaster.Shape();
    s.rect(10, 5, 8, 6);
    GrayRaster r = filled(s);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 40; x++) {
        boolean inside = x >= 10 && x < 18 && y >= 5 && y < 11;
        assertEquals(inside ? INK : PAPER, r.get(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void anEdgeHalfwayAcrossAPixelCoversHalfOfIt() {
    GrayRaster.Shape s = new GrayRaster.Shape();
    s.rect(10.5, 5, 8, 6.25); // left edge half across column 10, bottom a quarter into row 11
    GrayRaster r = filled(s);
    assertEquals(128, r.get(10, 7), "half covered: 255 * 0.5, rounded");
    assertEquals(INK, r.get(11, 7));
    assertEquals(191, r.get(12, 11), "a quarter covered: 255 * 0.75, rounded");
    assertEquals(223, r.get(10, 11), "an eighth covered: 255 * 0.875, rounded");
    assertEquals(PAPER, r.get(9, 7));
    assertEquals(PAPER, r.get(12, 12));
  }

  @Test
  void aSlopedEdgeCoversByArea() {
    // A right triangle over a 10 x 10 box: each pixel on the diagonal is half covered.
    GrayRaster.Shape s = new GrayRaster.Shape();
    s.moveTo(0, 0);
    s.lineTo(10, 10);
    s.lineTo(0, 10);
    s.close();
    GrayRaster r = filled(s);
    for (int i = 0; i < 10; i++) assertEquals(128, r.get(i, i), "diagonal pixel " + i);
    assertEquals(INK, r.get(0, 9));
    assertEquals(PAPER, r.get(9, 0));
  }

  @Test
  void anInnerContourWoundTheOtherWayIsAHoleAndOneWoundTheSameWayIsNot() {
    GrayRaster.Shape hole = new GrayRaster.Shape();
    hole.rect(5, 5, 20, 20);
    hole.moveTo(10, 10); // the inner square anticlockwise (y down)
    hole.lineTo(10, 20);
    hole.lineTo(20, 20);
    hole.lineTo(20, 10);
    hole.close();
    GrayRaster r = filled(hole);
    assertEquals(PAPER, r.get(15, 15), "the counter is empty");
    assertEquals(INK, r.get(7, 15));
    assertEquals(20 * 20 - 10 * 10, inked(r));

    GrayRaster.Shape twice = new GrayRaster.Shape();
    twice.rect(5, 5, 20, 20);
    twice.rect(10, 10, 10, 10); // same winding: non-zero fills it
    GrayRaster t = filled(twice);
    assertEquals(INK, t.get(15, 15));
    assertEquals(20 * 20, inked(t));
  }

  @Test
  void aCurveIsFlattenedCloseToTheTrueArea() {
    // A circle of radius 12 as four quadratic arcs (control points at the corners' tangent
    // intersections of eight 45-degree arcs); its ink should be close to pi r^2.
    double r = 12;
    double cx = 20;
    double cy = 20;
    GrayRaster.Shape s = new GrayRaster.Shape();
    int n = 16;
    double k = r / Math.cos(Math.PI / n);
    s.moveTo(cx + r, cy);
    for (int i = 0; i < n; i++) {
      double a1 = 2 * Math.PI * (i + 0.5) / n;
      double a2 = 2 * Math.PI * (i + 1) / n;
      s.quadTo(cx + k * Math.cos(a1), cy + k * Math.sin(a1), cx + r * Math.cos(a2), cy + r * Math.sin(a2));
    }
    s.close();
    GrayRaster raster = filled(s);
    double ink = 0;
    for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) ink += (PAPER - raster.get(x, y)) / 255.0;
    assertEquals(Math.PI * r * r, ink, 2.0);
    assertEquals(INK, raster.get(20, 20));
  }

  @Test
  void glyphOHasAnEmptyCounterAndInkAround() throws Exception {
    FontFace face = FontSet.bundled().face(FontStyle.REGULAR);
    GlyphOutline o = face.outline(face.glyphId('o'));
    assertTrue(o.contourCount() >= 2, "outer and inner contour: " + o.contourCount());
    double scale = 200.0 / face.unitsPerEm();
    GrayRaster.Shape s = new GrayRaster.Shape();
    double baseline = 150;
    o.walk(new GlyphOutline.Visitor() {
      @Override
      public void moveTo(double x, double y) {
        s.moveTo(10 + x * scale, baseline - y * scale);
      }

      @Override
      public void lineTo(double x, double y) {
        s.lineTo(10 + x * scale, baseline - y * scale);
      }

      @Override
      public void quadTo(double cx, double cy, double x, double y) {
        s.quadTo(10 + cx * scale, baseline - cy * scale, 10 + x * scale, baseline - y * scale);
      }

      @Override
      public void close() {
        s.close();
      }
    });
    GrayRaster r = new GrayRaster(200, 200, PAPER);
    r.fill(s, INK);
    int middleX = 10 + (int) Math.round(face.advance(face.glyphId('o')) * scale / 2);
    int middleY = (int) Math.round(baseline - face.xHeight() * scale / 2);
    assertEquals(PAPER, r.get(middleX, middleY), "the counter of o is empty");
    // Along the row through the middle: paper, ink (left bowl), paper (counter), ink, paper.
    int changes = 0;
    boolean dark = false;
    for (int x = 0; x < 200; x++) {
      boolean d = r.get(x, middleY) < 128;
      if (d != dark) changes++;
      dark = d;
    }
    assertEquals(4, changes, "two strokes across the middle of o");
  }

  @Test
  void theCoverIsTheSameOnEveryDrawAndThread() throws Exception {
    var m = SampleBook.book().metadata();
    byte[] first = Cover.draw(m, SampleBook.fonts());
    assertArrayEquals(first, Cover.draw(m, SampleBook.fonts()));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<byte[]> a = two.submit(() -> Cover.draw(m, SampleBook.fonts()));
      Future<byte[]> b = two.submit(() -> Cover.draw(m, SampleBook.fonts()));
      assertArrayEquals(first, a.get());
      assertArrayEquals(first, b.get());
    } finally {
      two.shutdown();
    }
  }
}
