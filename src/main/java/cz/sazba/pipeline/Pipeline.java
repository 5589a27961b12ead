package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The build of one book with the JVM's shared {@link BookPipeline} (as many threads as the JVM
 * has processors, the JVM's font cache, one word cache): what the CLI and the tests call when
 * they build one book. See {@link BookPipeline} for what it does.
 */
public final class Pipeline {
  private Pipeline() {}

  private static final class Shared {
    static final BookPipeline PIPELINE = BookPipeline.create();
  }

  /** The pipeline every one-book build in this JVM shares. */
  public static BookPipeline shared() {
    return Shared.PIPELINE;
  }

  /**
   * Builds both books in memory.
   *
   * @param diagnostics receives warnings (and the errors, which are also in the failure)
   * @throws BuildFailure when the manuscript has errors; nothing has been written
   */
  public static BuiltBook build(Path manuscriptDir, BuildEnvironment env, Diagnostics diagnostics)
      throws BuildFailure {
    return shared().build(manuscriptDir, env, diagnostics);
  }

  /** Builds and writes {@code <slug>.pdf} and {@code <slug>.epub} into {@code outDir}, atomically. */
  public static BuiltBook buildTo(Path manuscriptDir, Path outDir, BuildEnvironment env, Diagnostics diagnostics)
      throws BuildFailure, IOException {
    return shared().buildTo(manuscriptDir, outDir, env, diagnostics);
  }

  /** As {@link #buildTo(Path, Path, BuildEnvironment, Diagnostics)}, telling {@code times} each stage's time. */
  public static BuiltBook buildTo(Path manuscriptDir, Path outDir, BuildEnvironment env, Diagnostics diagnostics,
      StageTimes times) throws BuildFailure, IOException {
    return shared().buildTo(manuscriptDir, outDir, env, diagnostics, times);
  }
}
