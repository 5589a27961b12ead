package cz.sazba.cli;

import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sazba MANUSCRIPT_DIR -o OUT_DIR}: builds {@code <slug>.pdf} and {@code <slug>.epub}.
 * Several folders, or {@code --batch FOLDER}, build a batch ({@link BatchCommand}).
 * Exit 0 on success; 1 when the manuscript has errors (every diagnostic on stderr, no file
 * written); 2 for a wrong command line; 3 when the output cannot be written; 4 for an internal
 * error (a bug in Sazba: one line asking for a report, the stack trace only with {@code --verbose}).
 */
@Command(name = "sazba", mixinStandardHelpOptions = true, version = "Sazba 0.1.0",
    description = "Typesets a manuscript (pandoc-style Markdown + metadata.yaml) into a PDF and an EPUB 3.")
public final class Main implements Callable<Integer> {
  static final int EXIT_MANUSCRIPT_ERRORS = 1;
  static final int EXIT_OUTPUT_FAILED = 3;
  static final int EXIT_INTERNAL_ERROR = 4;

  @Parameters(paramLabel = "MANUSCRIPT_DIR", arity = "0..*",
      description = "Folder with metadata.yaml and chapter *.md files; several are built as a batch.")
  java.util.List<Path> manuscripts = new java.util.ArrayList<>();

  @Option(names = "--batch", paramLabel = "FOLDER",
      description = "Build every subfolder of FOLDER that has a metadata.yaml, each into OUT_DIR/<its name>/.")
  Path batch;

  Path manuscript;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT_DIR", description = "Where the PDF and EPUB go (default: ${DEFAULT-VALUE}).",
      defaultValue = "book")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the files written.")
  boolean quiet;

  @Option(names = "--watch", description = "After building, rebuild whenever a file of the manuscript changes (Ctrl-C stops).")
  boolean watch;

  @Option(names = {"-v", "--verbose"}, description = "Print each stage's time; on an internal error, the stack trace as well.")
  boolean verbose;

  private final PrintWriter out;
  private final PrintWriter err;
  private final java.util.Map<String, String> environment;

  Main(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  public static void main(String[] args) {
    directLogging();
    var relaunched = Relaunch.ifNeeded(args);
    if (relaunched.isPresent()) System.exit(relaunched.get());
    System.exit(run(Relaunch.arguments(args), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * PDFBox logs through commons-logging, which in this jar (no Log4j, no SLF4J) always ends at
   * java.util.logging's {@code Jdk14Logger}; it finds that out by looking for a service file,
   * a properties file and four logging libraries, on the first PDF of a cold JVM. Naming the
   * factory and the logger it would find skips the search (docs/performance.md); whoever sets
   * either property on the command line still wins.
   */
  static void directLogging() {
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null
        && System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
    }
  }

  /** Runs the command line and returns the exit code; for tests, which must not exit the JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.getenv(), out, err);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment given (SOURCE_DATE_EPOCH). */
  public static int run(String[] args, java.util.Map<String, String> environment, PrintWriter out, PrintWriter err) {
    // sazba import …: its own command (listed in the help); run on its own, since the build's
    // MANUSCRIPT_DIR parameter would otherwise be required before it.
    if (args.length > 0 && args[0].equals("import")) return ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    if (args.length > 0 && args[0].equals("preview")) return PreviewCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    if (args.length > 0 && args[0].equals("init")) return InitCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    // The everyday command line (folders, -o, -q, -v) skips picocli: its classes are compiled for
    // Java 5, which the class-data archive cannot hold, so building its model costs a cold start
    // about a fifth of a second (docs/performance.md). Anything else goes to picocli.
    Main plain = plainBuild(args, out, err, environment);
    if (plain != null) return plain.call();
    CommandLine cli = new CommandLine(new Main(out, err, environment));
    cli.addSubcommand("import", new ImportCommand(out, err));
    cli.addSubcommand("preview", new PreviewCommand(out, err));
    cli.addSubcommand("init", new InitCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  /**
   * The command line as picocli would read it when it holds only manuscript folders and the
   * options {@code -o/--output DIR}, {@code --output=DIR}, {@code -q/--quiet} and
   * {@code -v/--verbose}; null for anything else (help, version, --batch, --watch, a subcommand,
   * an unknown or bundled option, {@code --}), which picocli then reads and reports.
   */
  static Main plainBuild(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
    Main main = new Main(out, err, environment);
    main.output = Path.of("book");
    boolean outputGiven = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      // picocli refuses an option given twice; so leave that to it, with its message
      if (a.equals("-o") || a.equals("--output")) {
        if (outputGiven || i + 1 >= args.length || args[i + 1].isEmpty() || args[i + 1].startsWith("-")) return null;
        outputGiven = true;
        main.output = pathOrNull(args[++i]);
      } else if (a.startsWith("--output=") && a.length() > "--output=".length()) {
        if (outputGiven) return null;
        outputGiven = true;
        main.output = pathOrNull(a.substring("--output=".length()));
      } else if (a.equals("-q") || a.equals("--quiet")) {
        if (main.quiet) return null;
        main.quiet = true;
      } else if (a.equals("-v") || a.equals("--verbose")) {
        if (main.verbose) return null;
        main.verbose = true;
      } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || a.equals("import") || a.equals("preview")
          || a.equals("init")) {
        return null;
      } else {
        Path p = pathOrNull(a);
        if (p == null) return null;
        main.manuscripts.add(p);
      }
      if (main.output == null) return null;
    }
    return main.manuscripts.isEmpty() ? null : main;
  }

  private static Path pathOrNull(String s) {
    try {
      return Path.of(s);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  @Override
  public Integer call() {
    if (batch != null || manuscripts.size() != 1) {
      return BatchCommand.run(manuscripts, batch, output, quiet, out, err);
    }
    manuscript = manuscripts.get(0);
    Diagnostics diagnostics = new Diagnostics();
    BuildEnvironment buildEnv;
    try {
      buildEnv = BuildEnvironment.from(environment);
    } catch (IllegalArgumentException e) {
      err.println("sazba: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    if (watch) return new Watch(manuscript, output, buildEnv, out, err).run(() -> !Thread.currentThread().isInterrupted());
    long started = System.nanoTime();
    try {
      BuiltBook built;
      try (ProgressLine progress = Progress.start(err, manuscript.toString(), quiet)) {
        // --verbose: each stage's time on stderr as it ends (the EPUB's is written beside the PDF's).
        cz.sazba.pipeline.StageTimes times = !verbose ? cz.sazba.pipeline.StageTimes.NONE : (stage, nanos) -> {
          synchronized (err) {
            err.println("sazba: " + stage + " " + nanos / 1_000_000 + " ms");
          }
        };
        built = Pipeline.buildTo(manuscript, output, buildEnv, diagnostics, times);
      }
      if (verbose) err.println("sazba: built and wrote in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      print(diagnostics);
      if (!quiet) {
        out.println("wrote " + output.resolve(built.pdfName()));
        out.println("wrote " + output.resolve(built.epubName()));
      }
      return 0;
    } catch (BuildFailure failure) {
      for (Diagnostic d : failure.diagnostics()) err.println(d.format());
      printWarningsNotIn(diagnostics, failure);
      long errors = failure.diagnostics().stream().filter(d -> d.severity() == cz.sazba.source.Severity.ERROR).count();
      err.println("sazba: " + errors + (errors == 1 ? " error" : " errors") + "; no files were written");
      return EXIT_MANUSCRIPT_ERRORS;
    } catch (IOException e) {
      err.println("sazba: cannot write to " + cz.sazba.source.Quote.of(output.toString()) + ": "
          + cz.sazba.pipeline.AtomicOutput.why(output, e));
      return EXIT_OUTPUT_FAILED;
    } catch (RuntimeException | Error e) { // NOPMD: a bug must not look like a problem in the manuscript
      return internalError(e);
    } finally {
      err.flush();
      out.flush();
    }
  }

  /**
   * Bad input never gets here (it is a diagnostic); what does is a bug in Sazba, or the machine
   * running out of memory. One line that says so, the stack trace only when asked for.
   */
  private int internalError(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      err.println("sazba: internal error: out of memory (" + e.getMessage() + "); give Java more memory"
          + " (JAVA_TOOL_OPTIONS=-Xmx2g), or report the manuscript that needs this much");
    } else {
      err.println("sazba: internal error (a bug in Sazba, not in the manuscript): " + e.getClass().getSimpleName()
          + "; please report it with the manuscript" + (verbose ? " and this stack trace" : " and the output of --verbose"));
    }
    if (verbose) e.printStackTrace(err);
    return EXIT_INTERNAL_ERROR;
  }

  private void print(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
  }

  private void printWarningsNotIn(Diagnostics diagnostics, BuildFailure failure) {
    for (Diagnostic d : diagnostics.sorted()) if (!failure.diagnostics().contains(d)) err.println(d.format());
  }
}
