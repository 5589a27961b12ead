package cz.sazba.manuscript;

import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Metadata;
import cz.sazba.source.InOrder;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.Parser;

/**
 * Reads a manuscript directory: {@code metadata.yaml} and the chapter files {@code *.md} in
 * file-name order, the order pandoc gets them from the shell's {@code manuscript/*.md}.
 *
 * <p>Never throws on bad input: every problem, including an unreadable directory, becomes a
 * diagnostic, and all files are read to the end so the user sees every problem at once.
 */
public final class ManuscriptReader {
  static final String METADATA_FILE = "metadata.yaml";

  private ManuscriptReader() {}

  /** The document, or empty when any error was reported. */
  public static Optional<Document> read(Path dir, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<Document> document = readInto(dir, local);
    local.sorted().forEach(diagnostics::report);
    return local.hasErrors() ? Optional.empty() : document;
  }

  /**
   * The document as far as it could be read, even when errors were reported (they are in
   * {@code diagnostics}; what they refused is left out of the model), so that the later stages
   * can check the rest and a manuscript's every problem shows in one run. Never to be typeset
   * when {@code diagnostics} has errors. Empty only when there is nothing to go on: no
   * directory or no usable metadata.
   */
  public static Optional<Document> readAsFarAsPossible(Path dir, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<Document> document = readInto(dir, local);
    local.sorted().forEach(diagnostics::report);
    return document;
  }

  private static Optional<Document> readInto(Path dir, Diagnostics diagnostics) {
    String dirDisplay = displayPath(dir, null);
    SourceFile dirSource = new SourceFile(dirDisplay, "");
    if (!Files.isDirectory(dir)) {
      boolean file = Files.exists(dir);
      diagnostics.error("manuscript-missing", dirSource.whole(), "the manuscript directory " + cz.sazba.source.Quote.of(dirDisplay)
              + (file ? " is a file, not a directory" : " does not exist"),
          file ? "give the directory that holds it, with metadata.yaml beside the chapter files"
              : "give the directory that holds metadata.yaml and the chapter files");
      return Optional.empty();
    }
    List<String> chapterNames = new ArrayList<>();
    List<String> upperCase = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) continue;
        if (name.endsWith(".md")) chapterNames.add(name);
        else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) upperCase.add(name);
      }
    } catch (IOException | SecurityException e) {
      diagnostics.error("manuscript-unreadable", dirSource.whole(),
          "cannot list " + cz.sazba.source.Quote.of(dirDisplay) + ": " + SourceLoader.describe(e), "check the directory's permissions");
      return Optional.empty();
    }
    chapterNames.sort(String::compareTo);
    upperCase.sort(String::compareTo);
    // As `pandoc manuscript/*.md` would: the shell's pattern is case-sensitive, so 01-intro.MD is
    // not a chapter. Not read, but never silently: the user most likely meant it to be one.
    for (String name : upperCase) {
      diagnostics.warning("chapter-extension-case", new SourceFile(displayPath(dir, name), "").whole(),
          cz.sazba.source.Quote.of(name) + " is not read: chapter files end in .md, in lower case",
          "rename it to " + cz.sazba.source.Quote.visible(name.substring(0, name.length() - 3)) + ".md to make it a chapter");
    }
    // Each chapter on its own, on the pool's threads and this one together: the file gate (inside
    // the folder, ordinary, not huge), loading and the preamble need nothing from another chapter.
    // Each chapter's diagnostics are collected apart and reported here in file-name order, the
    // order reading the files one after the other reports them in.
    List<ChapterFile> files = new ArrayList<>();
    for (String name : chapterNames) files.add(new ChapterFile(name));
    InOrder loading = InOrder.start(files.size(), false, k -> files.get(k).load(dir));
    // Chapters are loaded first: their YAML metadata blocks merge into the book's metadata.
    List<ChapterPreamble.Block> blocks = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      loading.awaitItem(k);
      ChapterFile f = files.get(k);
      f.found.sorted().forEach(diagnostics::report);
      if (f.stripped != null) blocks.addAll(f.stripped.blocks());
    }
    // commonmark's parse needs nothing from the metadata either: it goes on while that is read.
    Parser parser = MarkdownParser.create();
    List<ChapterFile> loaded = files.stream().filter(f -> f.stripped != null).toList();
    InOrder parsing = InOrder.start(loaded.size(), true, k -> loaded.get(k).parse(parser));

    Path metadataPath = dir.resolve(METADATA_FILE);
    Optional<Metadata> metadata = Optional.empty();
    ImageCredits credits = ImageCredits.none(dir);
    if (!Files.exists(metadataPath, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error("metadata-missing", dirSource.whole(), "there is no " + METADATA_FILE + " in " + cz.sazba.source.Quote.of(dirDisplay),
          "add metadata.yaml with at least 'title:' and 'lang:'");
    } else {
      String shown = displayPath(dir, METADATA_FILE);
      Optional<SourceFile> metadataFile = ManuscriptFiles.check(dir, Path.of(METADATA_FILE), METADATA_FILE,
              ManuscriptFiles.Kind.TEXT, new SourceFile(shown, "").whole(), diagnostics)
          .flatMap(real -> SourceLoader.load(real, shown, diagnostics));
      metadata = metadataFile.flatMap(file -> MetadataReader.read(file, dir, blocks, diagnostics));
      if (metadataFile.isPresent()) credits = ImageCredits.read(dir, metadataFile.get(), diagnostics);
    }
    if (chapterNames.isEmpty()) {
      diagnostics.error("chapters-missing", dirSource.whole(), "there are no chapter files (*.md) in " + cz.sazba.source.Quote.of(dirDisplay),
          "add the text as e.g. 01-chapter.md");
    }

    ReadContext context = new ReadContext(new HeadingIds(),
        metadata.map(Metadata::lang).orElse(new cz.sazba.model.Lang("en")),
        metadata.map(Metadata::text).orElse(cz.sazba.model.TextOptions.defaults()), new java.util.HashSet<>(chapterNames),
        new ImageFiles(dir, credits));
    // Converted one after the other, in file-name order: heading ids, example numbers and the
    // warnings said once depend on what the chapters before gave.
    List<Chapter> chapters = new ArrayList<>();
    for (int k = 0; k < loaded.size(); k++) {
      parsing.awaitItem(k);
      ChapterFile f = loaded.get(k);
      org.commonmark.node.Node parsed = f.parsed;
      if (parsed == null) {
        // The parse overflowed a pool thread's stack; this thread's may hold it, as it did when
        // every chapter was parsed here.
        try {
          parsed = MarkdownParser.parse(parser, f.stripped.text());
        } catch (StackOverflowError e) { // NOPMD: commonmark recurses once per level of nesting
          // Thousands of nested emphases overflow commonmark's own recursion before the converter
          // can report them; the parser holds no state between files.
          int at = deepestPlace(f.file.text());
          diagnostics.error("nesting-too-deep", f.file.span(at, at),
              "emphasis, brackets or quotes are nested too deeply to read here",
              "a book needs only a few levels: check for long runs of *, _, [ or >");
          continue;
        }
      }
      chapters.add(new ChapterConverter(new SourceMap(f.file), diagnostics, context)
          .convert((org.commonmark.node.Document) parsed));
      f.parsed = null; // the tree is not needed again: let it go before the next is converted
    }
    chapters = ChapterLinks.resolve(chapters, diagnostics);
    chapters = context.examples.resolve(chapters);
    context.images.reportUnusedCredits(diagnostics);
    ContentChecks.check(chapters, diagnostics);
    if (metadata.isEmpty()) return Optional.empty();
    return Optional.of(new Document(metadata.get(), chapters));
  }

  /** One chapter file as it goes through the stages that need no other file. */
  private static final class ChapterFile {
    final String name;
    /** What the gate, loading and the preamble reported, for the caller to pass on in order. */
    final Diagnostics found = new Diagnostics();
    SourceFile file;
    /** Null when the file did not pass the gate or could not be loaded (reported). */
    ChapterPreamble.Stripped stripped;
    /** Null until parsed, and when the parse overflowed the stack. */
    org.commonmark.node.Node parsed;

    ChapterFile(String name) {
      this.name = name;
    }

    void load(Path dir) {
      Optional<Path> path = ManuscriptFiles.check(dir, Path.of(name), name, ManuscriptFiles.Kind.TEXT,
          new SourceFile(displayPath(dir, name), "").whole(), found);
      if (path.isEmpty()) return;
      Optional<SourceFile> loaded = SourceLoader.load(path.get(), displayPath(dir, name), found);
      if (loaded.isEmpty()) return;
      file = loaded.get();
      stripped = ChapterPreamble.strip(file, METADATA_FILE, found);
    }

    void parse(Parser parser) {
      try {
        parsed = MarkdownParser.parse(parser, stripped.text());
      } catch (StackOverflowError e) { // NOPMD: retried on the caller's thread, which reports it
        parsed = null;
      }
    }
  }

  /** The start of the longest run of nesting characters, where the nesting most likely is. */
  static int deepestPlace(String text) {
    int best = 0;
    int bestLength = 0;
    int runStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && "*_[>".indexOf(text.charAt(i)) >= 0) continue;
      if (i - runStart > bestLength) {
        best = runStart;
        bestLength = i - runStart;
      }
      runStart = i + 1;
    }
    return best;
  }

  /**
   * Relative to the working directory when the manuscript is under it, else the path as given;
   * always with {@code /}, so messages and golden files read the same on every system.
   */
  static String displayPath(Path dir, String fileName) {
    Path target = fileName == null ? dir : dir.resolve(fileName);
    Path shown = target;
    try {
      Path cwd = Path.of("").toAbsolutePath().normalize();
      Path absolute = target.toAbsolutePath().normalize();
      if (absolute.startsWith(cwd) && !absolute.equals(cwd)) shown = cwd.relativize(absolute);
    } catch (RuntimeException e) {
      // An unresolvable working directory: the path as given is still a fine name.
    }
    return shown.toString().replace('\\', '/');
  }
}
