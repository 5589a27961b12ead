package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** A quotation set apart from the text. */
public record BlockQuote(List<Block> blocks, Span span) implements Block {
  public BlockQuote {
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitBlockQuote(this);
  }
}
