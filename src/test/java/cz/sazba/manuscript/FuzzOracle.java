package cz.sazba.manuscript;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Layout;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Quote;
import cz.sazba.source.Severity;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold for any input, however broken: the judge of {@link ManuscriptFuzzTest}. Each
 * check returns sentences describing what is wrong, empty when all is well, so that one run can
 * list every kind of failure instead of stopping at the first.
 */
final class FuzzOracle {
  /** The first line of {@link Diagnostic#format()}: {@code path:line:col: severity: message [code]}. */
  private static final Pattern FORMAT =
      Pattern.compile("(.+):([0-9]+):([0-9]+): (error|warning): (.+) \\[([a-z0-9]+(?:-[a-z0-9]+)*)\\]");
  private static final Pattern MALFORMED_OFFSET = Pattern.compile("at offset ([0-9]+) is not valid UTF-8");
  private static final Pattern QUOTED_KEY = Pattern.compile("^'([^']*)' appears twice|^unknown key '([^']*)'");

  private static final int MAX_SENTENCE = 300;

  private FuzzOracle() {}

  /**
   * A diagnostic the user can act on: it points into a real file, inside the text, prints as
   * {@code path:line:col: severity: message [code]} on one line, and says it in plain text.
   *
   * @param raw the files' bytes by display path, for checking where a malformed byte is reported
   */
  static List<String> checkDiagnostic(Diagnostic d, Map<String, byte[]> raw) {
    List<String> problems = new ArrayList<>();
    Span span = d.span();
    SourceFile file = span.file();
    if (span.equals(Span.GENERATED) || file.displayPath().equals("<generated>")) {
      problems.add("points at generated content, not at the user's file");
    }
    if (span.end() > file.text().length()) {
      problems.add("span " + span.start() + ".." + span.end() + " ends beyond the text (" + file.text().length() + " chars)");
    }
    String formatted = d.format();
    String firstLine = formatted.split(System.lineSeparator(), 2)[0];
    Matcher m = FORMAT.matcher(firstLine);
    if (!m.matches()) {
      problems.add("format() does not read path:line:col: severity: message [code]: " + firstLine);
    } else {
      int line = Integer.parseInt(m.group(2));
      int column = Integer.parseInt(m.group(3));
      if (!m.group(1).equals(file.displayPath())) problems.add("path " + m.group(1) + " is not the file's");
      String[] lines = file.text().split("\n", -1);
      if (line < 1 || line > lines.length) {
        problems.add("line " + line + " is outside the file's " + lines.length + " lines");
      } else if (column < 1 || column > lines[line - 1].codePointCount(0, lines[line - 1].length()) + 1) {
        problems.add("column " + column + " is outside line " + line);
      }
    }
    if (!d.code().matches("[a-z0-9]+(-[a-z0-9]+)*")) problems.add("code '" + d.code() + "' is not kebab-case");
    if (!plain(d.message())) problems.add("message is not one line of plain text: " + escape(d.message()));
    d.hint().ifPresent(h -> {
      if (!plain(h) || h.isBlank()) problems.add("hint is not one line of plain text: " + escape(h));
    });
    if (d.message().isBlank()) problems.add("empty message");
    if (d.severity() == Severity.ERROR && d.hint().isEmpty()) problems.add("an error without a hint");
    // A sentence, not a dump of the input: whatever it quotes is cut short.
    if (d.message().length() > MAX_SENTENCE) problems.add("message longer than " + MAX_SENTENCE + " chars");
    if (d.hint().orElse("").length() > MAX_SENTENCE) problems.add("hint longer than " + MAX_SENTENCE + " chars");
    problems.addAll(keyAtItsPlace(d));
    problems.addAll(malformedByteAtItsPlace(d, raw));
    return problems;
  }

  /** A diagnostic about a YAML key must start at that key. */
  private static List<String> keyAtItsPlace(Diagnostic d) {
    if (!d.code().equals("metadata-unknown-key") && !d.code().equals("metadata-duplicate-key")) return List.of();
    Matcher m = QUOTED_KEY.matcher(d.message());
    if (!m.find()) return List.of();
    String key = m.group(1) != null ? m.group(1) : m.group(2);
    // The message shows the key made visible and maybe cut short; so is the text compared with it.
    String shown = key.endsWith("\u2026") ? key.substring(0, key.length() - 1) : key;
    String here = Quote.visible(d.span().file().text().substring(d.span().start()));
    boolean there = here.startsWith(shown) || here.startsWith("\"" + shown) || here.startsWith("'" + shown);
    return there ? List.of() : List.of("the key '" + escape(key) + "' is not where the diagnostic points ("
        + d.span().location() + ")");
  }

  /**
   * A malformed byte is reported at the line and column of the normalised text the user's editor
   * shows: line ends of every kind counted, the byte order mark not a column.
   */
  private static List<String> malformedByteAtItsPlace(Diagnostic d, Map<String, byte[]> raw) {
    if (!d.code().equals("utf8-malformed")) return List.of();
    Matcher m = MALFORMED_OFFSET.matcher(d.message());
    byte[] bytes = raw.get(d.span().file().displayPath());
    if (!m.find() || bytes == null) return List.of();
    int offset = Integer.parseInt(m.group(1));
    String before = SourceLoader.normalise(new String(bytes, 0, Math.min(offset, bytes.length), StandardCharsets.UTF_8));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.codePointCount(lineStart, before.length()) + 1;
    String expected = d.span().file().displayPath() + ":" + line + ":" + column;
    return d.span().location().equals(expected) ? List.of()
        : List.of("malformed byte at offset " + offset + " reported at " + d.span().location() + ", expected " + expected);
  }

  private static boolean plain(String s) {
    return s.chars().noneMatch(c -> (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029'
        || Character.isSurrogate((char) c) && !validSurrogates(s));
  }

  private static boolean validSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return false;
    }
    return true;
  }

  /** A document the reader accepted: every node inside its own file, the layout made of real numbers. */
  static List<String> checkDocument(Document doc) {
    List<String> problems = new ArrayList<>();
    for (Chapter c : doc.chapters()) checkBlocks(c.blocks(), c.file(), problems);
    Layout l = doc.metadata().layout();
    double[] lengths = {l.pageWidth(), l.pageHeight(), l.marginTop(), l.marginBottom(), l.marginInner(),
        l.marginOuter(), l.fontSize(), l.leading()};
    for (double v : lengths) {
      if (!Double.isFinite(v) || v <= 0) problems.add("layout length " + v + " accepted");
    }
    if (l.textWidth() <= 0 || l.textHeight() <= 0) problems.add("layout leaves no text block");
    return problems;
  }

  private static void checkBlocks(List<Block> blocks, SourceFile file, List<String> problems) {
    for (Block b : blocks) {
      checkSpan(b.span(), file, b.getClass().getSimpleName(), problems);
      if (b instanceof Paragraph p) checkInlines(p.content(), file, problems);
      else if (b instanceof Heading h) checkInlines(h.content(), file, problems);
      else if (b instanceof BlockQuote q) checkBlocks(q.blocks(), file, problems);
      else if (b instanceof ListBlock l) {
        for (ListItem i : l.items()) {
          checkSpan(i.span(), file, "ListItem", problems);
          checkBlocks(i.blocks(), file, problems);
        }
      }
    }
  }

  private static void checkInlines(List<Inline> inlines, SourceFile file, List<String> problems) {
    for (Inline i : inlines) {
      checkSpan(i.span(), file, i.getClass().getSimpleName(), problems);
      if (i instanceof Emph e) checkInlines(e.content(), file, problems);
      else if (i instanceof Strong s) checkInlines(s.content(), file, problems);
      else if (i instanceof Foreign f) checkInlines(f.content(), file, problems);
      else if (i instanceof Link l) checkInlines(l.content(), file, problems);
      else if (i instanceof Cite c) for (CiteItem item : c.items()) checkSpan(item.span(), file, "CiteItem", problems);
    }
  }

  private static void checkSpan(Span s, SourceFile file, String what, List<String> problems) {
    if (s.file() != file) problems.add(what + " at " + s + " is not in its chapter file " + file);
    else if (s.end() > file.text().length()) problems.add(what + " span ends beyond " + file + " at " + s.end());
  }

  /**
   * The strings of the chapters that come from their content, each a separate piece so that
   * letters of different nodes never join: text, citation keys and locators. Not heading ids,
   * language tags or link targets: those repeat letters of the text or come from syntax, and
   * extra letters would hide lost ones from {@link SyntaxMask#lostLetters}.
   */
  /** Every string of the model's content: text, code, citation prefixes, keys and locators, in notes too. */
  static void collectStrings(List<Block> blocks, List<String> out) {
    cz.sazba.model.ModelWalk.forEachBlock(blocks, b -> {
      if (b instanceof cz.sazba.model.CodeBlock c) out.add(c.text());
    });
    cz.sazba.model.ModelWalk.forEachInline(blocks, i -> {
      if (i instanceof Text t) out.add(t.text());
      else if (i instanceof cz.sazba.model.Code c) out.add(c.text());
      else if (i instanceof Cite c) {
        for (CiteItem item : c.items()) {
          item.prefix().ifPresent(out::add);
          out.add(item.key());
          item.locator().ifPresent(out::add);
        }
      }
    });
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
