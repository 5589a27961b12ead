package cz.sazba.wikipedia;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pandoc, when it is installed: the independent reader the imported Markdown must satisfy. */
final class Pandoc {
  private Pandoc() {}

  static boolean available() {
    try {
      Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code pandoc -f FORMAT -t native} of the given text; fails on any message on stderr. */
  static String nativeOf(String markdown, String format, Path workDir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("pandoc", "-f", format, "-t", "native");
    pb.directory(workDir.toFile());
    Process p = pb.start();
    p.getOutputStream().write(markdown.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !err.isBlank()) {
      throw new AssertionError("pandoc failed: " + err);
    }
    return out;
  }

  /** pandoc with arguments in a directory; its stdout; fails on a non-zero exit. */
  static String run(Path workDir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("pandoc");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("pandoc failed: " + out);
    return out;
  }

  private static final Pattern STR = Pattern.compile("Str \"((?:[^\"\\\\]|\\\\.)*)\"|\\b(?:Space|SoftBreak|LineBreak|Para|Plain|Header|Note|Cell)\\b"
      + "|(?:CodeBlock|Code)\\s*\\([^)]*\\)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The text of pandoc's native output: its strings and spaces, in order (escapes of Haskell's show read). */
  static String text(String nativeOutput) {
    StringBuilder sb = new StringBuilder();
    Matcher m = STR.matcher(nativeOutput);
    while (m.find()) {
      if (m.group(1) != null) sb.append(unshow(m.group(1)));
      else if (m.group(2) != null) sb.append(unshow(m.group(2)));
      else sb.append(' ');
    }
    return sb.toString();
  }

  /** Haskell's show of a string, read back: \" \\ \n and numeric escapes like \160 or \8211 (with \& as a separator). */
  static String unshow(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      if (Character.isDigit(n)) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        out.appendCodePoint(Integer.parseInt(s.substring(i, j)));
        i = j - 1;
      } else if (n == 'n') out.append('\n');
      else if (n == 't') out.append('\t');
      else if (n == '&') continue;
      else out.append(n);
    }
    return out.toString();
  }
}
