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
 * Exit 0 on success; 1 when the manuscript has errors (every diagnostic on stderr, no file
 * written); 2 for a wrong command line; 3 when the output cannot be written.
 */
@Command(name = "sazba", mixinStandardHelpOptions = true, version = "Sazba 0.1.0",
    description = "Typesets a manuscript (pandoc-style Markdown + metadata.yaml) into a PDF and an EPUB 3.")
public final class Main implements Callable<Integer> {
  static final int EXIT_MANUSCRIPT_ERRORS = 1;
  static final int EXIT_OUTPUT_FAILED = 3;

  @Parameters(index = "0", paramLabel = "MANUSCRIPT_DIR", description = "Folder with metadata.yaml and chapter *.md files.")
  Path manuscript;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT_DIR", description = "Where the PDF and EPUB go (default: ${DEFAULT-VALUE}).",
      defaultValue = "book")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the files written.")
  boolean quiet;

  private final PrintWriter out;
  private final PrintWriter err;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line and returns the exit code; for tests, which must not exit the JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // sazba import …: its own command (listed in the help); run on its own, since the build's
    // MANUSCRIPT_DIR parameter would otherwise be required before it.
    if (args.length > 0 && args[0].equals("import")) return ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    CommandLine cli = new CommandLine(new Main(out, err));
    cli.addSubcommand("import", new ImportCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    try {
      BuiltBook built = Pipeline.buildTo(manuscript, output, BuildEnvironment.from(System.getenv()), diagnostics);
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
      err.println("sazba: cannot write to " + output + ": " + e.getMessage());
      return EXIT_OUTPUT_FAILED;
    } catch (IllegalArgumentException e) {
      err.println("sazba: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    } finally {
      err.flush();
      out.flush();
    }
  }

  private void print(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
  }

  private void printWarningsNotIn(Diagnostics diagnostics, BuildFailure failure) {
    for (Diagnostic d : diagnostics.sorted()) if (!failure.diagnostics().contains(d)) err.println(d.format());
  }
}
