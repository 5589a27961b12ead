package cz.sazba.manuscript;

import cz.sazba.model.Lang;
import cz.sazba.model.TextOptions;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * What the reading of one manuscript shares across its chapter files: the heading ids taken, the
 * book's language and text options from the metadata, the chapter file names (links between
 * them are internal), and which warnings were already given, since a warning about a class name
 * or about relative links is said once per book, not at every use.
 */
final class ReadContext {
  final HeadingIds ids;
  final Lang lang;
  final TextOptions text;
  final Set<String> chapterFiles;
  /** The manuscript's image files, each read once. */
  final ImageFiles images;
  private final Set<String> warned = new HashSet<>();
  /** The example lists' numbers and labels, counted through the whole book. */
  final ExampleLists examples = new ExampleLists();

  ReadContext(HeadingIds ids, Lang lang, TextOptions text, Set<String> chapterFiles) {
    this(ids, lang, text, chapterFiles, new ImageFiles(java.nio.file.Path.of(".")));
  }

  ReadContext(HeadingIds ids, Lang lang, TextOptions text, Set<String> chapterFiles, ImageFiles images) {
    this.images = images;
    this.ids = ids;
    this.lang = lang;
    this.text = text;
    this.chapterFiles = Set.copyOf(chapterFiles);
  }

  /** Reports the warning the first time its {@code key} comes up in the book; later uses are quiet. */
  void warnOnce(Diagnostics diagnostics, String key, String code, Span span, String message, String hint) {
    if (warned.add(code + "\u0000" + key)) diagnostics.warning(code, span, message, hint);
  }
}
