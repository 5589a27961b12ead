package cz.sazba.model;

import java.util.Objects;

/**
 * The cover picture the manuscript names with pandoc's {@code cover-image} key: checked by the
 * reader (inside the manuscript, a JPEG or PNG by its bytes), carried whole.
 *
 * @param fileName the file's name as it goes into the EPUB ({@code cover.jpg} or {@code cover.png})
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param width the picture's width in pixels, from its header
 * @param height its height in pixels
 */
public record CoverImage(String fileName, String mediaType, int width, int height, byte[] data) {
  public CoverImage {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    if (!mediaType.equals("image/jpeg") && !mediaType.equals("image/png")) {
      throw new IllegalArgumentException("a cover is a JPEG or a PNG, not " + mediaType);
    }
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverImage c && c.fileName.equals(fileName) && c.mediaType.equals(mediaType)
        && java.util.Arrays.equals(c.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + java.util.Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "CoverImage[" + fileName + ", " + mediaType + ", " + width + "x" + height + ", " + data.length + " bytes]";
  }
}
