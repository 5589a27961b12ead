package cz.sazba.cli;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.Batch;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code sazba DIR1 DIR2 … -o OUT} or {@code sazba --batch FOLDER -o OUT}: many books in one JVM,
 * each written to {@code OUT/<its folder's name>/}. Each book's diagnostics are printed under its
 * name, books in the order given; the exit code is the worst of the books' (1 when any has
 * errors, 3 when any could not be written).
 */
final class BatchCommand {
  private BatchCommand() {}

  static int run(List<Path> manuscripts, Path batchFolder, Path output, boolean quiet, PrintWriter out,
      PrintWriter err) {
    return run(manuscripts, batchFolder, output, quiet, out, err, Progress.stderrIsTerminal());
  }

  /** As above; {@code terminal} says whether {@code err} is a terminal (for the books-done line). */
  static int run(List<Path> manuscripts, Path batchFolder, Path output, boolean quiet, PrintWriter out,
      PrintWriter err, boolean terminal) {
    List<Path> all = new ArrayList<>(manuscripts);
    if (batchFolder != null) {
      try {
        all.addAll(Batch.manuscriptsIn(batchFolder));
      } catch (IOException e) {
        err.println("sazba: cannot list the batch folder " + batchFolder + ": " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      if (all.isEmpty()) {
        err.println("sazba: no manuscript (a folder with metadata.yaml) in " + batchFolder);
        return Main.EXIT_MANUSCRIPT_ERRORS;
      }
    }
    if (all.isEmpty()) {
      err.println("sazba: give a manuscript folder (or several, or --batch FOLDER)");
      return CommandLine.ExitCode.USAGE;
    }
    List<Batch.Entry> entries;
    BuildEnvironment env;
    try {
      entries = Batch.entries(all);
      env = BuildEnvironment.from(System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("sazba: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    List<Batch.Outcome> outcomes;
    try (BooksDone counter = Progress.booksDone(err, entries.size(), quiet, terminal)) {
      outcomes = Batch.run(Pipeline.shared(), entries, output, env, counter::done);
    }
    int worst = 0;
    int written = 0;
    for (Batch.Outcome o : outcomes) {
      worst = Math.max(worst, report(o, quiet, out, err));
      if (o.status() == Batch.Status.WRITTEN) written++;
    }
    if (!quiet || worst != 0) {
      (worst == 0 ? out : err).println("sazba: " + written + " of " + outcomes.size()
          + (outcomes.size() == 1 ? " book" : " books") + " written");
    }
    return worst;
  }

  /** Prints one book's diagnostics and result under its name; returns its exit code. */
  private static int report(Batch.Outcome o, boolean quiet, PrintWriter out, PrintWriter err) {
    String name = o.entry().name();
    if (!o.diagnostics().isEmpty()) {
      err.println("== " + name + " (" + o.entry().manuscript() + ")");
      for (Diagnostic d : o.diagnostics()) err.println(d.format());
    }
    switch (o.status()) {
      case WRITTEN:
        if (!quiet) for (Path p : o.written()) out.println("wrote " + p);
        return 0;
      case FAILED:
        long errors = o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        err.println(name + ": " + errors + (errors == 1 ? " error" : " errors") + "; no files were written");
        return Main.EXIT_MANUSCRIPT_ERRORS;
      case OUTPUT_FAILED:
        err.println(name + ": cannot write to " + o.outDir() + ": " + o.outputError().orElse(""));
        return Main.EXIT_OUTPUT_FAILED;
      default:
        throw new IllegalStateException("unknown outcome " + o.status());
    }
  }
}
