package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A footnote, at the place of its mark: pandoc's {@code [^label]} (its definition's blocks brought
 * here by the reader) or inline {@code ^[text]}. The reader leaves {@code id} and {@code label}
 * empty; the transform that numbers notes gives each its anchor (unique in the book; the mark's
 * own anchor, which the note links back to, is {@link #markId()}) and the label its mark shows.
 */
public record Note(String id, String label, List<Block> blocks, Span span) implements Inline {
  public Note {
    blocks = List.copyOf(blocks);
  }

  /** A note as read, not yet numbered. */
  public Note(List<Block> blocks, Span span) {
    this("", "", blocks, span);
  }

  /** The anchor of the mark in the text; the note's backlink points here. */
  public String markId() {
    return id + "-ref";
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitNote(this);
  }
}
