package cz.sazba.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/manuscript.md lists every diagnostic code the sources use: the first kebab-case string
 * of every {@code error(…)}, {@code warning(…)}, {@code warnOnce(…)}, {@code Problem(…)} and
 * {@code missing(…)} statement, and the text policy's codes.
 */
class DiagnosticCodesTest {
  private static final Pattern CALL = Pattern.compile("\\b(?:error|warning|warnOnce|Problem|problem|missing)\\(");
  private static final Pattern CODE = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");

  static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher call = CALL.matcher(text);
      while (call.find()) {
        int end = text.indexOf(';', call.end());
        Matcher code = CODE.matcher(text.substring(call.end(), end < 0 ? text.length() : end));
        if (code.find()) codes.add(code.group(1));
      }
      if (f.endsWith("TextPolicy.java")) {
        Matcher m = Pattern.compile("\"(char-[a-z-]+)\"").matcher(text);
        while (m.find()) codes.add(m.group(1));
      }
    }
    return codes;
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    Set<String> codes = codesInSources();
    assertTrue(codes.size() > 50, "the scan found too few codes to be working: " + codes);
    assertTrue(codes.containsAll(Set.of("glyph-missing", "cite-unknown", "line-overfull", "char-control")), codes.toString());
    String docs = Files.readString(Path.of("docs/manuscript.md"), StandardCharsets.UTF_8);
    String list = docs.substring(docs.indexOf("## Diagnostic codes"));
    Set<String> missing = new TreeSet<>();
    for (String c : codes) if (!list.contains("| `" + c + "` |")) missing.add(c);
    assertTrue(missing.isEmpty(), "codes not in docs/manuscript.md's list: " + missing);
  }
}
