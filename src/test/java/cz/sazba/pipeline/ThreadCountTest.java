package cz.sazba.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.font.FontCache;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import cz.sazba.typeset.ShapedWords;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The thread count never reaches the bytes: the first book built on one thread and on two
 * (divisions laid out side by side, EPUB beside PDF), each pipeline with caches of its own, is
 * the same PDF and EPUB, with the same diagnostics in the same order.
 */
class ThreadCountTest {
  @Test
  void theFirstBookIsByteIdenticalOnOneThreadAndOnTwo() throws Exception {
    Path manuscript = ArticleText.projectDir().resolve("manuscript");
    BuiltBook one;
    BuiltBook two;
    Diagnostics d1 = new Diagnostics();
    Diagnostics d2 = new Diagnostics();
    try (BookPipeline p = BookPipeline.of(1, FontCache.create(), ShapedWords.create())) {
      one = p.build(manuscript, BuildEnvironment.fixed(), d1);
    }
    try (BookPipeline p = BookPipeline.of(2, FontCache.create(), ShapedWords.create())) {
      two = p.build(manuscript, BuildEnvironment.fixed(), d2);
    }
    assertFalse(d1.hasErrors());
    assertEquals(d1.sorted(), d2.sorted());
    assertArrayEquals(one.pdf(), two.pdf(), "PDF");
    assertArrayEquals(one.epub(), two.epub(), "EPUB");
    // And a second build on the warm pipeline (its caches full) is the same again.
    BuiltBook again = Pipeline.build(manuscript, BuildEnvironment.fixed(), new Diagnostics());
    assertArrayEquals(one.pdf(), again.pdf(), "PDF, warm");
    assertArrayEquals(one.epub(), again.epub(), "EPUB, warm");
  }
}
