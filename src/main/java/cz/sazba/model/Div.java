package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A container of blocks that means something: a fenced div ({@code ::: {lang=cs}}) or an HTML
 * {@code <div>}/{@code <section>} with a language, or an identifier others link to. A wrapper
 * that means nothing is not kept: the reader puts its blocks in its place.
 *
 * @param id an anchor, or empty
 * @param lang the language of the blocks inside, when it differs from the surroundings
 */
public record Div(String id, Optional<Lang> lang, List<Block> blocks, Span span) implements Block {
  public Div {
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitDiv(this);
  }
}
