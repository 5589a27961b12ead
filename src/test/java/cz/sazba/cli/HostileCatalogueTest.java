package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cz.sazba.testing.EpubCheckRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile catalogue: every line of {@code hostile/cases.tsv} is a manuscript made from {@code
 * hostile/base/} by a few changes, with the exit code and the first diagnostic code it must give.
 * All run in this one JVM through {@link Main#run}. Beyond the expected answer, every case must
 * give no stack trace and no "internal error", every line on stderr must be a diagnostic, its hint
 * or Sazba's summary (a file name cannot forge a line), a failed build must write no file, and a
 * build that exits 0 must write both books, the EPUB passing EPUBCheck.
 */
class HostileCatalogueTest {
  private static final Path ROOT = Path.of("src/test/resources/cz/sazba/hostile");
  private static final Pattern LINE = Pattern.compile(
      "(?:'(?:[^'\\\\]|\\\\.)*'|[^ ']+):\\d+:\\d+: (?:error|warning): .* \\[[a-z0-9-]+\\]|  hint: .*|sazba: .*");
  private static final Pattern CODE = Pattern.compile("\\[([a-z0-9-]+)\\]$");

  record Case(String name, int exit, String firstCode, String changes) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      out.add(new Case(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : ""));
    }
    return out;
  }

  @Test
  void everyHostileManuscriptGetsItsOneClearAnswer(@TempDir Path tmp) throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 60, "the catalogue has " + cases.size() + " cases");
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      long t0 = System.nanoTime();
      try {
        String problem = run(c, tmp.resolve(c.name()));
        if (Boolean.getBoolean("sazba.timeCases")) System.out.printf("%6d ms %s%n", (System.nanoTime() - t0) / 1_000_000, c.name());
        if (problem != null) failures.add(c.name() + ": " + problem);
      } catch (Exception | AssertionError e) {
        failures.add(c.name() + ": " + e);
      }
    }
    if (!failures.isEmpty()) fail(failures.size() + " of " + cases.size() + " cases failed:\n" + String.join("\n", failures));
  }

  /** Null when the case gave what it must, else what went wrong. */
  private static String run(Case c, Path caseDir) throws Exception {
    Path manuscript = caseDir.resolve("m");
    Files.createDirectories(manuscript);
    try (Stream<Path> files = Files.list(ROOT.resolve("base"))) {
      for (Path p : (Iterable<Path>) files::iterator) Files.copy(p, manuscript.resolve(p.getFileName()));
    }
    Path output = caseDir.resolve("out");
    Map<String, String> env = new HashMap<>();
    List<String> args = new ArrayList<>();
    Path manuscriptArg = manuscript;
    if (!c.changes().isBlank()) {
      for (String change : c.changes().split(" ;; ")) {
        String[] p = change.split("\\|", -1);
        switch (p[0]) {
          case "append" -> Files.write(manuscript.resolve(p[1]), bytes(p[2]), java.nio.file.StandardOpenOption.APPEND);
          case "write" -> Files.write(manuscript.resolve(unescape(p[1])), bytes(p[2]));
          case "replace" -> {
            Path f = manuscript.resolve(p[1]);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile(unescape(p[2])).matcher(text);
            if (!m.find()) return "the change " + change + " matches nothing";
            Files.writeString(f, m.replaceFirst(Matcher.quoteReplacement(unescape(p[3]))), StandardCharsets.UTF_8);
          }
          case "delete" -> Files.delete(manuscript.resolve(p[1]));
          case "symlink" -> Files.createSymbolicLink(manuscript.resolve(p[1]), Path.of(p[2]));
          case "mkfifo" -> {
            Process mk = new ProcessBuilder("mkfifo", manuscript.resolve(p[1]).toString()).start();
            if (mk.waitFor() != 0) return "mkfifo failed";
          }
          case "mkdir" -> Files.createDirectory(manuscript.resolve(p[1]));
          case "sparse" -> {
            try (RandomAccessFile f = new RandomAccessFile(manuscript.resolve(p[1]).toFile(), "rw")) {
              f.setLength(Long.parseLong(p[2]));
            }
          }
          case "env" -> env.put(p[1].substring(0, p[1].indexOf('=')), p[1].substring(p[1].indexOf('=') + 1));
          case "arg" -> args.add(p[1]);
          case "manuscript" -> manuscriptArg = caseDir.resolve(p[1]);
          case "output-file" -> Files.writeString(output, "not a folder");
          case "output-under-file" -> {
            Files.writeString(caseDir.resolve("file"), "not a folder");
            output = caseDir.resolve("file").resolve("out");
          }
          default -> throw new IllegalArgumentException("unknown change " + p[0]);
        }
      }
    }
    List<String> all = new ArrayList<>(List.of(manuscriptArg.toString(), "-o", output.toString(), "-q"));
    all.addAll(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(all.toArray(String[]::new), env, new PrintWriter(out), new PrintWriter(err));
    String stderr = err.toString();
    List<String> problems = new ArrayList<>();
    if (exit != c.exit()) problems.add("exit " + exit + ", expected " + c.exit());
    if (stderr.contains("\tat ") || stderr.contains("sazba: internal error")) problems.add("a stack trace or internal error");
    String first = "-";
    if (exit != 2) { // picocli's usage text is not a diagnostic
      for (String line : stderr.split("\\R")) {
        if (line.isEmpty()) continue;
        if (!LINE.matcher(line).matches()) problems.add("not a diagnostic line: " + line);
        Matcher m = CODE.matcher(line);
        if (first.equals("-") && !line.startsWith("sazba:") && m.find()) first = m.group(1);
      }
    }
    if (!first.equals(c.firstCode())) problems.add("first code " + first + ", expected " + c.firstCode());
    boolean written = Files.isDirectory(output) && hasBook(output);
    if (exit != 0 && written) problems.add("a file was written although the build failed");
    if (exit == 0) {
      if (!written) {
        problems.add("exit 0 but no books");
      } else {
        try (Stream<Path> s = Files.list(output)) {
          for (Path p : (Iterable<Path>) s::iterator) {
            if (p.toString().endsWith(".epub") && validated(c.name())) {
              List<String> epub = EpubCheckRunner.problems(Files.readAllBytes(p));
              if (!epub.isEmpty()) problems.add("EPUBCheck: " + epub);
            }
          }
        }
      }
    }
    return problems.isEmpty() ? null : String.join("; ", problems) + "\n    stderr: " + stderr.replace("\n", "\n    ");
  }

  /**
   * EPUBCheck for the cases about the book's dates and title, what makes an EPUB invalid; the
   * others' EPUBs differ from the base only in text (and EPUBCheck takes a second each).
   */
  private static boolean validated(String name) {
    return name.equals("base-builds") || name.startsWith("date-") || name.startsWith("source-date-epoch-")
        || name.startsWith("title-") || name.endsWith("-in-title");
  }

  private static boolean hasBook(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      long books = s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".epub")).count();
      return books > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unescape(String s) {
    return new String(bytes(s), StandardCharsets.UTF_8);
  }

  /** The text's UTF-8 with the escapes of cases.tsv: \n \t \\ \\uXXXX \\U{X…} and \xHH raw bytes. */
  static byte[] bytes(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch != '\\' || i + 1 >= s.length()) {
        pending.append(ch);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> pending.append('\n');
        case 't' -> pending.append('\t');
        case '\\' -> pending.append('\\');
        case 'u' -> {
          pending.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          int close = s.indexOf('}', i);
          pending.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
          i = close;
        }
        case 'x' -> {
          out.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
          pending.setLength(0);
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> pending.append('\\').append(e);
      }
    }
    out.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
