package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.epub.EpubFont;
import cz.sazba.epub.EpubWriter;
import cz.sazba.epub.PrintPage;
import cz.sazba.font.FontCache;
import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.pdf.PdfWriter;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Tasks;
import cz.sazba.transform.Transforms;
import cz.sazba.typeset.ShapedWords;
import cz.sazba.typeset.TypesetResult;
import cz.sazba.typeset.Typesetter;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The build as an object: manuscript → model → transforms → typeset → PDF, and model → EPUB, all
 * in memory, with what several books may share injected once: parsed fonts ({@link FontCache}),
 * shaped words ({@link ShapedWords}) and the pool the work runs on. The hyphenation patterns are
 * parsed once per JVM by {@code hyphen.Hyphenators} itself.
 *
 * <p>Within one book the divisions are laid out in parallel (and only the contents again when
 * its page numbers move the pages), and the PDF and the EPUB are written at the same time. The
 * bytes are the same whatever the number of threads: every parallel step only computes, and its
 * results are put together in book order; diagnostics are sorted totally.
 *
 * <p>Every stage runs on what the reader could read, so a manuscript's problems all show in one
 * run: reader errors, then the transforms' (citations, anchors), the fonts and glyph coverage;
 * nothing is laid out or written once any of them reported an error.
 */
public final class BookPipeline implements AutoCloseable {
  private final int threads;
  private final ForkJoinPool pool;
  private final FontCache fonts;
  private final ShapedWords shapedWords;

  private BookPipeline(int threads, FontCache fonts, ShapedWords shapedWords) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    this.threads = threads;
    // Worker threads are daemons (ForkJoinPool's default), so a pipeline nobody closed never
    // keeps the JVM alive.
    this.pool = new ForkJoinPool(threads);
    this.fonts = fonts;
    this.shapedWords = shapedWords;
  }

  /** As many threads as the JVM has processors ({@code -XX:ActiveProcessorCount} sets that), the JVM's font cache. */
  public static BookPipeline create() {
    return withThreads(Runtime.getRuntime().availableProcessors());
  }

  /** A pipeline on exactly {@code threads} threads, with the JVM's font cache and a word cache of its own. */
  public static BookPipeline withThreads(int threads) {
    return new BookPipeline(threads, FontCache.shared(), ShapedWords.create());
  }

  /** A pipeline with every shared part given (for tests and measurements). */
  public static BookPipeline of(int threads, FontCache fonts, ShapedWords shapedWords) {
    return new BookPipeline(threads, fonts, shapedWords);
  }

  public int threads() {
    return threads;
  }

  /**
   * Builds both books in memory.
   *
   * @param diagnostics receives warnings (and the errors, which are also in the failure)
   * @throws BuildFailure when the manuscript has errors; nothing has been written
   */
  public BuiltBook build(Path manuscriptDir, BuildEnvironment env, Diagnostics diagnostics) throws BuildFailure {
    return build(manuscriptDir, env, diagnostics, StageTimes.NONE);
  }

  /** As {@link #build(Path, BuildEnvironment, Diagnostics)}, telling {@code times} how long each stage took. */
  public BuiltBook build(Path manuscriptDir, BuildEnvironment env, Diagnostics diagnostics, StageTimes times)
      throws BuildFailure {
    long t = System.nanoTime();
    Prewarm.bundledFonts(pool);
    Optional<Document> document = ManuscriptReader.readAsFarAsPossible(manuscriptDir, diagnostics);
    t = lap(times, "read", t);
    document.ifPresent(d -> Prewarm.hyphenation(pool, d));
    // The book's own fonts, parsed on the pool while it is transformed; only when the reader
    // accepted everything (so never a file it refused, such as one outside the manuscript).
    if (document.isPresent() && !diagnostics.hasErrors()) {
      fonts.prefetch(document.get().metadata().layout().fonts(), manuscriptDir, pool);
    }
    if (document.isEmpty()) {
      diagnostics.throwIfErrors();
      throw new IllegalStateException("the reader gave no document and no error for " + manuscriptDir);
    }
    // The later stages check what could be read even after reader errors: they report what is
    // wrong with it and produce nothing that is used.
    boolean readerFailed = diagnostics.hasErrors();
    Book book;
    FontSet fontSet;
    try {
      book = Transforms.apply(document.get(), diagnostics, pool);
      t = lap(times, "transform", t);
      fontSet = loadFonts(book, manuscriptDir, diagnostics);
      t = lap(times, "fonts", t);
      if (fontSet == null) diagnostics.throwIfErrors();
      if (diagnostics.hasErrors()) {
        Typesetter.check(book, fontSet, diagnostics);
        diagnostics.throwIfErrors();
      }
    } catch (RuntimeException e) {
      // A bug met only in a document the reader already refused parts of: the user still gets
      // every problem found so far rather than a stack trace, and the bug shows once the
      // manuscript is fixed.
      if (readerFailed) throw new BuildFailure(diagnostics.sorted());
      throw e;
    }
    // What the EPUB needs of the model and the fonts alone (its identifier, cover and font
    // subsets), on the pool while the book is laid out: started once every division is set,
    // when cutting them into pages leaves a core free (started earlier, it only took a core from
    // the setting); at the latest when the layout is done. A layout that fails leaves it unused.
    StartedOnce<EpubWriter.Prepared> prepareEpub = new StartedOnce<>(
        () -> EpubWriter.prepare(book, epubFonts(fontSet), () -> epubFallback(fontSet)), pool);
    Optional<TypesetResult> typeset =
        Typesetter.typeset(book, fontSet, diagnostics, new Typesetter.Resources(pool, shapedWords, prepareEpub));
    diagnostics.throwIfErrors();
    prepareEpub.run();
    LaidOutBook laidOut = typeset.orElseThrow().book();
    t = lap(times, "typeset " + laidOut.pages().size() + " pages", t);

    Instant timestamp = Timestamps.of(env, book.metadata());
    // The EPUB on the pool while the PDF is written here (neither reads the other's work):
    // started once the PDF's pages are encoded (on the pool too), when the PDF's document and
    // structure tree are built on this thread alone; at the latest when the PDF is done.
    long written = t;
    StartedOnce<byte[]> writeEpub = new StartedOnce<>(() -> {
      byte[] bytes = EpubWriter.write(Tasks.join(prepareEpub.result()), timestamp, printPages(laidOut.pages()));
      lap(times, "epub (beside the pdf)", written);
      return bytes;
    }, pool);
    byte[] pdf = PdfWriter.write(laidOut, timestamp, pool, writeEpub);
    writeEpub.run();
    lap(times, "pdf", written);
    return new BuiltBook(Slug.of(book.metadata().title()), pdf, Tasks.join(writeEpub.result()));
  }

  /**
   * Work started on the executor the first time {@link #run} is called, by a stage's hook when
   * a core comes free or at the latest by the caller; later calls do nothing.
   */
  private static final class StartedOnce<T> implements Runnable {
    private final java.util.function.Supplier<T> work;
    private final java.util.concurrent.Executor executor;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    StartedOnce(java.util.function.Supplier<T> work, java.util.concurrent.Executor executor) {
      this.work = work;
      this.executor = executor;
    }

    @Override
    public void run() {
      if (!started.compareAndSet(false, true)) return;
      CompletableFuture.supplyAsync(work, executor).whenComplete((value, failure) -> {
        if (failure != null) result.completeExceptionally(failure);
        else result.complete(value);
      });
    }

    CompletableFuture<T> result() {
      return result;
    }
  }

  /** Reports the stage that began at {@code since} and returns now, when the next one begins. */
  private static long lap(StageTimes times, String stage, long since) {
    long now = System.nanoTime();
    times.stage(stage, now - since);
    return now;
  }

  /** Builds and writes {@code <slug>.pdf} and {@code <slug>.epub} into {@code outDir}, atomically. */
  public BuiltBook buildTo(Path manuscriptDir, Path outDir, BuildEnvironment env, Diagnostics diagnostics)
      throws BuildFailure, IOException {
    return buildTo(manuscriptDir, outDir, env, diagnostics, StageTimes.NONE);
  }

  /** As {@link #buildTo(Path, Path, BuildEnvironment, Diagnostics)}, telling {@code times} how long each stage took. */
  public BuiltBook buildTo(Path manuscriptDir, Path outDir, BuildEnvironment env, Diagnostics diagnostics,
      StageTimes times) throws BuildFailure, IOException {
    BuiltBook built = build(manuscriptDir, env, diagnostics, times);
    long t = System.nanoTime();
    write(built, outDir);
    lap(times, "write", t);
    return built;
  }

  static void write(BuiltBook built, Path outDir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(built.pdfName(), built.pdf());
    files.put(built.epubName(), built.epub());
    AtomicOutput.write(outDir, files);
  }

  /** Stops the pool's threads; builds already running finish. */
  @Override
  public void close() {
    pool.shutdown();
  }


  private FontSet loadFonts(Book book, Path manuscriptDir, Diagnostics diagnostics) {
    try {
      return fonts.load(book.metadata().layout().fonts(), manuscriptDir);
    } catch (IOException e) {
      diagnostics.error("font-unreadable", book.metadata().span(), "a font could not be read: " + e.getMessage(),
          "check the paths under sazba.fonts in metadata.yaml; fonts must be TrueType (.ttf)");
      return null;
    }
  }

  /**
   * The EPUB's view of each face, by the (JVM-wide, cached) face: a rebuild neither copies the
   * fonts' bytes again nor hashes them again for the EPUB's caches. Weak, so a face the font
   * cache let go of goes from here too.
   */
  private static final Map<FontFace, EpubFont[]> EPUB_FONTS = Collections.synchronizedMap(new WeakHashMap<>());

  static List<EpubFont> epubFonts(FontSet fonts) {
    List<EpubFont> out = new ArrayList<>();
    for (FontStyle s : FontStyle.values()) {
      FontFace face = fonts.face(s);
      EpubFont[] byStyle = EPUB_FONTS.computeIfAbsent(face, f -> new EpubFont[FontStyle.values().length]);
      synchronized (byStyle) {
        if (byStyle[s.ordinal()] == null) {
          // The face's name may be a path (a font from the manuscript): the EPUB wants the file name.
          String fileName = Path.of(face.name()).getFileName().toString();
          byStyle[s.ordinal()] = new EpubFont(face, s, fileName);
        }
        out.add(byStyle[s.ordinal()]);
      }
    }
    return out;
  }

  /**
   * The first fallback face of the set, for the EPUB, which asks for it (and so has it read) only
   * when its text holds a character the text faces lack.
   */
  static java.util.Optional<EpubFont> epubFallback(FontSet fonts) {
    if (!fonts.hasFallbacks()) return java.util.Optional.empty();
    var face = fonts.fallbacks().get(0);
    String fileName = Path.of(face.name()).getFileName().toString();
    return java.util.Optional.of(new EpubFont(face, FontStyle.REGULAR, fileName));
  }

  /** Where each printed page starts, by locator, for the EPUB's page list. */
  static List<PrintPage> printPages(List<Page> pages) {
    List<PrintPage> out = new ArrayList<>();
    for (Page p : pages) p.start().ifPresent(start -> out.add(new PrintPage(p.label(), start)));
    return out;
  }
}
