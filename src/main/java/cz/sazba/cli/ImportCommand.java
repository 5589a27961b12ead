package cz.sazba.cli;

import cz.sazba.wikipedia.RefStyle;
import cz.sazba.wikipedia.WikiImportException;
import cz.sazba.wikipedia.WikiImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sazba import URL-or-FILE -o DIR}: a Wikipedia revision (its Parsoid HTML, saved or
 * fetched) becomes a manuscript directory that {@code sazba DIR} builds (docs/import.md). Exit 0
 * on success, 1 when the import failed (a plain sentence on stderr, no directory written).
 */
@Command(name = "import", mixinStandardHelpOptions = true, version = "Sazba 0.1.0",
    description = "Turns a Wikipedia revision (a saved Parsoid .html file, or a revision URL) into a manuscript directory.")
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "URL-or-FILE",
      description = "A saved Parsoid HTML file (/api/rest_v1/page/html/TITLE/REVISION), or https://…/w/index.php?title=…&oldid=… or https://…/wiki/Title.")
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The manuscript directory to write (must not exist, or be empty).")
  Path output;

  @Option(names = "--notes", paramLabel = "STYLE", defaultValue = "citations",
      description = "How <ref> notes come out: 'citations' (a note that is one citation template becomes a numbered citation, with the reference list made from metadata; other notes footnotes) or 'footnotes' (every note a footnote). Default: ${DEFAULT-VALUE}.")
  String notes;

  @Option(names = "--images", paramLabel = "DIR",
      description = "For a saved file: a folder with the article's image files by their wiki names, each with its saved imageinfo answer as NAME.json.")
  Path images;

  @Option(names = "--infobox", paramLabel = "keep|drop", defaultValue = "drop",
      description = "'drop' leaves the infobox out (listed in the book's changes); 'keep' makes its labelled rows a definition list. Default: ${DEFAULT-VALUE}.")
  String infobox;

  @Option(names = "--contact", paramLabel = "EMAIL-or-URL",
      description = "Your contact, added to the User-Agent as Wikimedia's policy asks.")
  String contact;

  private final PrintWriter out;
  private final PrintWriter err;

  ImportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code sazba import ARGS} and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    picocli.CommandLine cli = new picocli.CommandLine(new ImportCommand(out, err));
    cli.setCommandName("sazba import");
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    RefStyle style;
    if (notes.equals("citations")) style = RefStyle.CITATIONS;
    else if (notes.equals("footnotes")) style = RefStyle.NOTES;
    else {
      err.println("sazba import: --notes takes 'citations' or 'footnotes', not '" + notes + "'");
      err.flush();
      return 2;
    }
    if (!infobox.equals("keep") && !infobox.equals("drop")) {
      err.println("sazba import: --infobox takes 'keep' or 'drop', not '" + infobox + "'");
      err.flush();
      return 2;
    }
    WikiImporter.Options options = WikiImporter.Options.defaults().withRefs(style).withInfobox(infobox.equals("keep"))
        .withImages(Optional.ofNullable(images)).withContact(Optional.ofNullable(contact));
    try {
      WikiImporter.Report report = WikiImporter.run(input, output, options);
      for (String w : report.warnings()) err.println("sazba import: warning: " + w);
      for (String l : report.leftOut()) out.println("left out: " + l);
      out.println("wrote " + output + " (" + report.title() + ")");
      return 0;
    } catch (WikiImportException e) {
      err.println("sazba import: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
