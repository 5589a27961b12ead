package cz.sazba.model;

import java.util.List;

/** The manuscript as read: metadata and chapters in file-name order, before any transform. */
public record Document(Metadata metadata, List<Chapter> chapters) {
  public Document {
    chapters = List.copyOf(chapters);
  }
}
