package cz.sazba.model;

import cz.sazba.source.SourceFile;
import java.util.List;

/** The blocks of one chapter file of the manuscript, in the order written. */
public record Chapter(SourceFile file, List<Block> blocks) {
  public Chapter {
    blocks = List.copyOf(blocks);
  }
}
