package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font cache parses each face once, however many threads ask, and never keeps a failure. */
class FontCacheTest {
  private static final Path DEJAVU = Path.of(System.getProperty("sazba.projectDir", ".")).resolve("fonts/DejaVuSans.ttf");

  @Test
  void threadsAskingForTheSameBytesGetOneFace() throws Exception {
    FontCache cache = FontCache.create();
    byte[] data = Files.readAllBytes(DEJAVU);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<FontFace>> asks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asks.add(CompletableFuture.supplyAsync(() -> {
          try {
            return cache.face("DejaVuSans.ttf", data.clone());
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }, pool));
      }
      FontFace first = asks.get(0).join();
      for (CompletableFuture<FontFace> a : asks) assertSame(first, a.join());
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aPrefetchedFaceIsTheOneLoadGives(@TempDir Path dir) throws Exception {
    Files.copy(DEJAVU, dir.resolve("text.ttf"));
    FontCache cache = FontCache.create();
    Layout.FontFiles files = new Layout.FontFiles(Optional.of(Path.of("text.ttf")), Optional.empty(), Optional.empty(),
        Optional.empty());
    cache.prefetch(files, dir, Runnable::run);
    FontFace prefetched = cache.face(dir.resolve("text.ttf").toString(), Files.readAllBytes(dir.resolve("text.ttf")));
    assertSame(prefetched, cache.load(files, dir).face(FontStyle.REGULAR));
  }

  @Test
  void aFileThatIsNoFontFailsEveryTimeAndAPrefetchSaysNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.ttf"), "not a font");
    FontCache cache = FontCache.create();
    Layout.FontFiles files = new Layout.FontFiles(Optional.of(Path.of("bad.ttf")), Optional.empty(), Optional.empty(),
        Optional.empty());
    cache.prefetch(files, dir, Runnable::run);
    assertThrows(IOException.class, () -> cache.load(files, dir));
    assertThrows(IOException.class, () -> cache.load(files, dir));
  }
}
