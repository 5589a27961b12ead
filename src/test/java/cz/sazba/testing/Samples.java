package cz.sazba.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import java.nio.file.Path;

/** The sample manuscripts under src/test/resources, read and transformed as the pipeline does. */
public final class Samples {
  private Samples() {}

  /** A sample manuscript folder by its name under {@code src/test/resources/cz/sazba/}. */
  public static Path dir(String name) {
    return ArticleText.projectDir().resolve("src/test/resources/cz/sazba").resolve(name);
  }

  /** The book a manuscript becomes before typesetting; fails the test on any error, into {@code d}. */
  public static Book book(Path manuscript, Diagnostics d) {
    Document doc = ManuscriptReader.read(manuscript, d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    Book book = Transforms.apply(doc, d);
    assertFalse(d.hasErrors(), d.sorted().toString());
    return book;
  }

  /** As {@link #book(Path, Diagnostics)}, warnings discarded. */
  public static Book book(Path manuscript) {
    return book(manuscript, new Diagnostics());
  }

  /** Every XHTML content document of an EPUB, in zip order, joined: for tests that look for text or markup. */
  public static String epubXhtml(byte[] epub) throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".xhtml")) {
          all.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return all.toString();
  }
}
