package cz.sazba.cli;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.preview.PageImages;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sazba preview MANUSCRIPT_DIR [--pages 1,3-5] [--spread N] [--sheet] -o DIR}: the book's
 * pages as PNG pictures, without writing the books. A PDF file works in place of a manuscript.
 * With no choice of pages, a contact sheet of the whole book.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
    description = "Renders pages of the typeset book to PNG: chosen pages, a spread, or a contact sheet.")
public final class PreviewCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MANUSCRIPT_DIR-or-PDF", description = "A manuscript folder, or a PDF Sazba made.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "preview",
      description = "Where the PNG files go (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--pages", paramLabel = "LIST", description = "Pages to render, e.g. 1,3-5 (from 1).")
  String pages;

  @Option(names = "--spread", paramLabel = "PAGE", description = "The spread (facing pages) that PAGE is on.")
  Integer spread;

  @Option(names = "--sheet", description = "A contact sheet of every page (the default when nothing else is chosen).")
  boolean sheet;

  @Option(names = "--columns", defaultValue = "6", description = "Pages per row of the contact sheet (default: ${DEFAULT-VALUE}).")
  int columns;

  @Option(names = "--dpi", defaultValue = "110", description = "Resolution of single pages and spreads (default: ${DEFAULT-VALUE}; the sheet uses a third).")
  float dpi;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the files written.")
  boolean quiet;

  private final PrintWriter out;
  private final PrintWriter err;

  PreviewCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PreviewCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    try {
      if (dpi < 10 || dpi > 1200) return usage("--dpi must be between 10 and 1200");
      if (columns < 1 || columns > 40) return usage("--columns must be between 1 and 40");
      byte[] pdf;
      String slug;
      if (Files.isRegularFile(input) && input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
        pdf = Files.readAllBytes(input);
        slug = input.getFileName().toString().replaceAll("(?i)\\.pdf$", "");
      } else {
        Diagnostics diagnostics = new Diagnostics();
        BuiltBook built;
        try {
          built = Pipeline.build(input, BuildEnvironment.fixed(), diagnostics);
        } catch (BuildFailure failure) {
          for (Diagnostic d : failure.diagnostics()) err.println(d.format());
          err.println("sazba preview: the manuscript has errors; no pictures were written");
          return Main.EXIT_MANUSCRIPT_ERRORS;
        }
        for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
        pdf = built.pdf();
        slug = built.pdfName().replaceAll("\\.pdf$", "");
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      try (PageImages images = PageImages.of(pdf)) {
        List<Integer> chosen = pages == null ? List.of() : pageList(pages, images.pageCount());
        for (int p : chosen) files.put(slug + "-p" + p + ".png", PageImages.png(images.page(p, dpi)));
        if (spread != null) {
          if (spread < 1 || spread > images.pageCount()) {
            return usage("--spread " + spread + ": the book has pages 1 to " + images.pageCount());
          }
          int left = spread % 2 == 0 ? spread : spread - 1;
          String name = left < 1 ? "1" : left + "-" + Math.min(left + 1, images.pageCount());
          files.put(slug + "-spread-" + name + ".png", PageImages.png(images.spread(spread, dpi)));
        }
        if (sheet || (pages == null && spread == null)) {
          files.put(slug + "-sheet.png", PageImages.png(images.contactSheet(columns, dpi / 3)));
        }
      }
      Files.createDirectories(output);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(output.resolve(f.getKey()), f.getValue());
        if (!quiet) out.println("wrote " + output.resolve(f.getKey()));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (IOException e) {
      err.println("sazba preview: " + e.getMessage());
      return Main.EXIT_OUTPUT_FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int usage(String message) {
    err.println("sazba preview: " + message);
    return CommandLine.ExitCode.USAGE;
  }

  /** {@code 1,3-5} as page numbers, ascending, each once; every one must be in the book. */
  static List<Integer> pageList(String list, int pageCount) {
    TreeSet<Integer> pages = new TreeSet<>();
    for (String part : list.split(",")) {
      String p = part.strip();
      if (!p.matches("[0-9]{1,6}(-[0-9]{1,6})?")) {
        throw new IllegalArgumentException("--pages " + list + ": '" + p + "' is not a page or a range such as 3-5");
      }
      String[] ends = p.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
      if (from < 1 || to < from || to > pageCount) {
        throw new IllegalArgumentException("--pages " + list + ": the book has pages 1 to " + pageCount);
      }
      for (int n = from; n <= to; n++) pages.add(n);
    }
    return new ArrayList<>(pages);
  }
}
