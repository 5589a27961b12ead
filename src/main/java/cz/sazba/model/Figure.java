package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A picture with its caption: pandoc's image alone in a paragraph. In print it may float to the
 * top of a page; it is kept in order with the other figures.
 *
 * @param id the anchor cross-references point at ({@code fig:map}), or empty
 * @param number the figure's number in the book, given by the transform that numbers captions;
 *     0 until then
 */
public record Figure(String id, Image image, List<Inline> caption, int number, Span span) implements Block {
  public Figure {
    caption = List.copyOf(caption);
    if (number < 0) throw new IllegalArgumentException("figure number " + number);
  }

  public Figure withNumber(int newNumber) {
    return new Figure(id, image, caption, newNumber, span);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitFigure(this);
  }
}
