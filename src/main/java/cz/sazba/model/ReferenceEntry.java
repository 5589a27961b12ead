package cz.sazba.model;

import java.util.List;

/**
 * One formatted entry of the reference list.
 *
 * @param id the anchor citations link to
 * @param citationIds anchors of the citations of this work, in text order, for links back
 */
public record ReferenceEntry(int number, String id, String key, List<Inline> content, List<String> citationIds) {
  public ReferenceEntry {
    content = List.copyOf(content);
    citationIds = List.copyOf(citationIds);
  }
}
