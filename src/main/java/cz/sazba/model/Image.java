package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.Optional;

/**
 * A picture: inline in running text, or the picture of a {@link Figure}. The reader has checked
 * that the file exists inside the manuscript and is a format the outputs take.
 *
 * @param path the image file, relative to the manuscript folder, with {@code /} separators and
 *     no {@code ..} (the same string names the resource in both books, so one file is embedded once)
 * @param alt the text alternative read aloud or shown instead of the picture; distinct from a
 *     figure's caption. Empty only when {@code decorative}
 * @param decorative a picture that carries no meaning ({@code .decorative} in the manuscript): an
 *     artifact in the PDF, {@code alt=""} in the EPUB
 * @param width the width asked for, if any
 * @param height the height asked for, if any
 * @param data the decoded file, shared by every image that names the same path
 */
public record Image(String path, String alt, boolean decorative, Optional<Dimension> width,
    Optional<Dimension> height, ImageData data, Span span) implements Inline {
  public Image {
    if (path.isEmpty()) throw new IllegalArgumentException("image without a path");
    if (!decorative && alt.isBlank()) throw new IllegalArgumentException("image without alt text: " + path);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitImage(this);
  }
}
