package cz.sazba.model;

import java.util.List;

/**
 * The book both outputs render: metadata and divisions after every transform. Holds no
 * {@link Cite} and no {@link ReferencesSlot} any more.
 */
public record Book(Metadata metadata, List<Division> divisions) {
  public Book {
    divisions = List.copyOf(divisions);
  }
}
