package cz.sazba.model;

import java.util.List;

/**
 * A part of the book that starts on a new page in print and is its own file in the EPUB.
 *
 * @param id a stable, file-name-safe identifier ({@code title}, {@code colophon}, {@code ch01})
 */
public record Division(DivisionKind kind, String id, List<Block> blocks) {
  public Division {
    blocks = List.copyOf(blocks);
  }
}
