package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Heading;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the book's chapters begin. Files are only a way to split the text, as in pandoc (whose
 * EPUB splits at level-1 headings): a chapter begins at each level-1 heading at the top level of
 * a file, whatever file it is in, so a book of 80 small files is not 80 near-empty chapters. Text
 * before the first such heading (an epigraph, a preface without a heading) is a chapter of its own.
 */
final class Chapters {
  private Chapters() {}

  static List<List<Block>> split(List<Chapter> files) {
    List<List<Block>> chapters = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Chapter file : files) {
      for (Block b : file.blocks()) {
        if (b instanceof Heading h && h.level() == 1 && !current.isEmpty()) {
          chapters.add(current);
          current = new ArrayList<>();
        }
        current.add(b);
      }
    }
    if (!current.isEmpty()) chapters.add(current);
    return chapters;
  }
}
