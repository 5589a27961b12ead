package cz.sazba.model;

import java.util.Arrays;

/**
 * The picture a manuscript image file holds, as the reader checked and decoded it: what both
 * outputs embed. One instance per file, however often the manuscript uses it.
 *
 * @param format PNG or JPEG (the only formats read)
 * @param bytes the file to embed: the manuscript's own bytes, except for a CMYK JPEG, which the
 *     reader has converted to an sRGB JPEG through its ICC profile (e-readers and PDF/A with an
 *     sRGB output intent take no CMYK)
 * @param pixelWidth width in pixels
 * @param pixelHeight height in pixels
 * @param dpi the resolution the file states (PNG pHYs, JPEG JFIF density), or 0 when it states none
 * @param credit its own source and licence; empty: the picture is part of the source work, under
 *     the book's source, authors and licence (as a scanned book's illustrations are)
 */
public record ImageData(Format format, byte[] bytes, int pixelWidth, int pixelHeight, double dpi,
    java.util.Optional<ImageCredit> credit) {
  public enum Format {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  /** pandoc's and CSS's resolution for a file that states none. */
  public static final double DEFAULT_DPI = 96;

  public ImageData(Format format, byte[] bytes, int pixelWidth, int pixelHeight, double dpi) {
    this(format, bytes, pixelWidth, pixelHeight, dpi, java.util.Optional.empty());
  }

  public ImageData withCredit(java.util.Optional<ImageCredit> newCredit) {
    return new ImageData(format, bytes, pixelWidth, pixelHeight, dpi, newCredit);
  }

  public ImageData {
    bytes = bytes.clone();
    if (pixelWidth <= 0 || pixelHeight <= 0) throw new IllegalArgumentException("image size " + pixelWidth + "x" + pixelHeight);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The resolution sizes are computed from: the file's own, or {@link #DEFAULT_DPI}. */
  public double effectiveDpi() {
    return dpi > 0 ? dpi : DEFAULT_DPI;
  }

  /** Natural width in PostScript points at {@link #effectiveDpi()}. */
  public double naturalWidthPt() {
    return pixelWidth * 72.0 / effectiveDpi();
  }

  public double naturalHeightPt() {
    return pixelHeight * 72.0 / effectiveDpi();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageData d && d.format == format && d.pixelWidth == pixelWidth
        && d.pixelHeight == pixelHeight && Double.compare(d.dpi, dpi) == 0 && Arrays.equals(d.bytes, bytes)
        && d.credit.equals(credit);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + pixelWidth;
  }

  @Override
  public String toString() {
    return "ImageData[" + format + " " + pixelWidth + "x" + pixelHeight + ", " + bytes.length + " bytes]";
  }
}
