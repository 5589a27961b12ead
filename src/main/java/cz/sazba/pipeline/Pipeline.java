package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.epub.EpubFont;
import cz.sazba.epub.EpubWriter;
import cz.sazba.epub.PrintPage;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.pdf.PdfWriter;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import cz.sazba.typeset.TypesetResult;
import cz.sazba.typeset.Typesetter;
import cz.sazba.typeset.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * manuscript → model → transforms → typeset → PDF, and model → EPUB, all in memory. Stops after
 * the first stage that reported errors, with every diagnostic of that stage and those before it.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Builds both books in memory.
   *
   * @param diagnostics receives warnings (and the errors, which are also in the failure)
   * @throws BuildFailure when the manuscript has errors; nothing has been written
   */
  public static BuiltBook build(Path manuscriptDir, BuildEnvironment env, Diagnostics diagnostics)
      throws BuildFailure {
    Optional<Document> document = ManuscriptReader.read(manuscriptDir, diagnostics);
    diagnostics.throwIfErrors();
    if (document.isEmpty()) throw new BuildFailure(diagnostics.sorted());
    Book book = Transforms.apply(document.get(), diagnostics);
    diagnostics.throwIfErrors();

    FontSet fonts = loadFonts(book, manuscriptDir, diagnostics);
    diagnostics.throwIfErrors();
    Optional<TypesetResult> typeset = Typesetter.typeset(book, fonts, diagnostics);
    diagnostics.throwIfErrors();

    Instant timestamp = Timestamps.of(env, book.metadata());
    byte[] pdf = PdfWriter.write(typeset.orElseThrow().book(), timestamp);
    byte[] epub = EpubWriter.write(book, epubFonts(fonts), timestamp, printPages(typeset.get().book().pages()));
    return new BuiltBook(Slug.of(book.metadata().title()), pdf, epub);
  }

  /** Builds and writes {@code <slug>.pdf} and {@code <slug>.epub} into {@code outDir}, atomically. */
  public static BuiltBook buildTo(Path manuscriptDir, Path outDir, BuildEnvironment env, Diagnostics diagnostics)
      throws BuildFailure, IOException {
    BuiltBook built = build(manuscriptDir, env, diagnostics);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(built.pdfName(), built.pdf());
    files.put(built.epubName(), built.epub());
    AtomicOutput.write(outDir, files);
    return built;
  }

  private static FontSet loadFonts(Book book, Path manuscriptDir, Diagnostics diagnostics) {
    try {
      return FontSet.load(book.metadata().layout().fonts(), manuscriptDir);
    } catch (IOException e) {
      diagnostics.error("font-unreadable", book.metadata().span(), "a font could not be read: " + e.getMessage(),
          "check the paths under sazba.fonts in metadata.yaml; fonts must be TrueType (.ttf)");
      return null;
    }
  }

  private static List<EpubFont> epubFonts(FontSet fonts) {
    List<EpubFont> out = new ArrayList<>();
    for (FontStyle s : FontStyle.values()) {
      var face = fonts.face(s);
      // The face's name may be a path (a font from the manuscript): the EPUB wants the file name.
      String fileName = Path.of(face.name()).getFileName().toString();
      out.add(new EpubFont(face.familyName(), s, fileName, face.data()));
    }
    return out;
  }

  /** Where each printed page starts, by locator, for the EPUB's page list. */
  private static List<PrintPage> printPages(List<Page> pages) {
    List<PrintPage> out = new ArrayList<>();
    for (Page p : pages) p.start().ifPresent(start -> out.add(new PrintPage(p.label(), start)));
    return out;
  }
}
