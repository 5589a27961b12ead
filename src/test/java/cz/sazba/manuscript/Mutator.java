package cz.sazba.manuscript;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random damage to one manuscript file, driven by a seeded {@link Random} so that every mutant can
 * be made again from its seed. The operations are the mistakes a person or a broken tool makes
 * (ranges lost, doubled or swapped, a file cut short, a YAML value of the wrong type, bytes in
 * another encoding) plus characters chosen to stress each syntax: Markdown's and pandoc's
 * brackets, braces and markers, YAML's indicators, and the Unicode that tends to break positions
 * (combining marks, surrogate pairs, no-break and zero-width spaces, other line separators).
 */
final class Mutator {
  /** Single characters that mean something to one of the parsers, or to position arithmetic. */
  static final List<String> PALETTE = List.of(
      "[", "]", "{", "}", "@", "*", "_", "#", ":", "<", ">", "\\", "`", "&", ";", "=", "\"", "'", "-",
      "\u2013", "\u00A0", "\uFEFF", "\u0301", "\uD83D\uDE00", "\uD835\uDC00", "\r", "\t", "\u0000", "\n",
      "\u0085", "\u2028", "\u2029", "\u200B", "(", ")", "!", "|", "%", "?", ",", ".", " ", "~", "^");

  /** Fragments of constructs, whole or broken, so that the parsers' branches are reached. */
  static final List<String> SNIPPETS = List.of(
      "[@", "]{lang=cs}", "]{lang=xx-}", "]{lang=}", "]{#id .c}", "{#id}", "{#refs}", "[x]{lang=en}",
      "[@outline-history-cpcz]", "[@novak2001, s. 12]", "[@a; -@b]", "[see @x]", "[@k,]", "[@k;;]", "[@]",
      "[@k x]{lang=cs}", "[[a]{lang=cs}](https://x.org)", "[a [b]{lang=cs}]{lang=en}",
      "\n::: {#refs}\n", "\n:::\n", "\n::: {.note}\n", "\n::: note\n", ":::", "\n# ", "\n#### ",
      "\n## A {#x}\n", "\n# B {lang=cs}\n", "\n# C {#}\n", "\n    ", "\n```\n", "`", "<!-- ", "<b>", "</b>",
      "![", "](", "](#", "](#a b)", "](http://", "](rel)", "](mailto:x@y.cz)", "](ftp://x)", "](https://)",
      "<https://example.org>", "<ftp://x>", "<mailto:a@b.cz>", "\\", "\\\n", "  \n", "&#0;", "&#xD800;",
      "&nbsp;", "&#x1F600;", "&amp;", "&bogus;", "\n> ", "\n- ", "\n* ", "\n1. ", "\n0. ", "\n99999999. ",
      "\n===\n", "\n---\n", "\n***\n", "*", "**", "***", "_", "__", "[^1]", "[^1]: note", "\n[ref]: https://example.org\n",
      "[ref]", "[ref][]", "[t][ref]", "\n[ref]:\n", "e\u0301", "\r\n", "\r", "\t", "\u0000", "\uFEFF", "\u2028");

  /** Replacements for a YAML value: other types, other shapes, broken syntax. */
  static final List<String> YAML_VALUES = List.of(
      "", " ~", " null", " 42", " -1", " 0", " 3.5", " true", " no", " [a, b]", " []", " {}", " {x: y}",
      " [[2015, 13, 40]]", " [[0]]", " [[99999]]", " [[1, 2, 3, 4]]", " \"\"", " ''", " !!binary aGk=", " !!int x",
      " !!set {a, b}", " &a x", " *a", " *undefined", " 'unterminated", " \"bad \\q escape\"", " >-\n  folded",
      " |\n  literal", " 2018-11-16T09:21Z", " +999999999-12-31T23:59-18:00", " -999999999-01-01T00:00+18:00",
      " 2018-02-30T00:00Z", " 2015-13-01", " 0000-01-01", " 99999999999999999999999", " @at", " `tick", " %",
      " ? complex", "\n  - item", " { unclosed", " [ unclosed", " !<tag:x> y", " <<: {a: b}", " 1e400mm",
      " " + "9".repeat(400) + "mm", " 0.0000001pt", " 1000000in", " -5mm", " 12 mm", " a4", " A5", " a3",
      " {width: 0mm, height: 1mm}", " xx-YY-zz", " cs-CZ", " en", " i-klingon", " \u00A0", " \t", " \u2028x",
      " https://", " http://a b", " //example.org", " mailto:x@y", " file:///etc/passwd", " CC-BY-4.0",
      " CC0-1.0", " MIT", " {id: CC-BY-SA-3.0}", " missing.ttf", " ../../../etc/passwd", " .", " /");

  private static final Pattern YAML_KEY_LINE =
      Pattern.compile("(?m)^([ \\t]*(?:- )?[A-Za-z][A-Za-z0-9_-]*:)([^\\n]*)$");

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  /** One to three operations on the file; {@code yaml} adds the YAML-specific ones. */
  byte[] mutate(byte[] original, boolean yaml) {
    byte[] bytes = original;
    int operations = 1 + random.nextInt(3);
    for (int k = 0; k < operations; k++) bytes = once(bytes, yaml);
    return bytes;
  }

  private byte[] once(byte[] bytes, boolean yaml) {
    int choice = random.nextInt(yaml ? 14 : 12);
    switch (choice) {
      case 0: return encode(deleteRange(decode(bytes)));
      case 1: return encode(duplicateRange(decode(bytes)));
      case 2: return encode(swapRanges(decode(bytes)));
      case 3: return encode(insert(decode(bytes), randomFromPalette()));
      case 4: return encode(insert(decode(bytes), pick(SNIPPETS)));
      case 5: return encode(lineOperation(decode(bytes)));
      case 6: return truncate(bytes);
      case 7: return insertBytes(bytes, badBytes());
      case 8: return encode(insert(decode(bytes), deepNesting()));
      case 9: return encode(insert(decode(bytes), randomFromPalette() + pick(SNIPPETS)));
      case 10: return encode(lineEnds(decode(bytes)));
      case 11: return encode(insert(decode(bytes), pick(SNIPPETS) + randomFromPalette()));
      case 12: return encode(yamlValue(decode(bytes)));
      default: return encode(yamlKey(decode(bytes)));
    }
  }

  private String deleteRange(String s) {
    if (s.isEmpty()) return s;
    int from = random.nextInt(s.length());
    int to = Math.min(s.length(), from + 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
    return s.substring(0, from) + s.substring(to);
  }

  private String duplicateRange(String s) {
    if (s.isEmpty()) return s;
    int from = random.nextInt(s.length());
    int to = Math.min(s.length(), from + 1 + random.nextInt(120));
    int at = random.nextInt(s.length() + 1);
    return s.substring(0, at) + s.substring(from, to) + s.substring(at);
  }

  private String swapRanges(String s) {
    if (s.length() < 4) return s;
    int[] cuts = {random.nextInt(s.length()), random.nextInt(s.length()), random.nextInt(s.length()),
        random.nextInt(s.length())};
    java.util.Arrays.sort(cuts);
    return s.substring(0, cuts[0]) + s.substring(cuts[2], cuts[3]) + s.substring(cuts[1], cuts[2])
        + s.substring(cuts[0], cuts[1]) + s.substring(cuts[3]);
  }

  private String insert(String s, String what) {
    int at = random.nextInt(s.length() + 1);
    // Never split a surrogate pair of the original: that is a byte-level mutation, made elsewhere.
    if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) at--;
    return s.substring(0, at) + what + s.substring(at);
  }

  private String randomFromPalette() {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) b.append(pick(PALETTE));
    return b.toString();
  }

  /** Deep nesting of one construct: block quotes, lists, emphasis, brackets, spans. */
  private String deepNesting() {
    int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 60);
    switch (random.nextInt(6)) {
      case 0: return "\n" + ">".repeat(depth) + " deep\n";
      case 1: {
        StringBuilder b = new StringBuilder("\n");
        for (int k = 0; k < Math.min(depth, 400); k++) b.append("  ".repeat(k)).append("- item\n");
        return b.toString();
      }
      case 2: return "*".repeat(depth) + "deep" + "*".repeat(depth);
      case 3: return "[".repeat(depth) + "deep" + "]{lang=cs}".repeat(depth);
      case 4: return "[".repeat(depth) + "deep" + "](https://example.org)".repeat(depth);
      default: return "\n" + "- > ".repeat(depth) + "deep\n";
    }
  }

  private String lineOperation(String s) {
    String[] lines = s.split("\n", -1);
    if (lines.length < 2) return s;
    int a = random.nextInt(lines.length);
    int b = random.nextInt(lines.length);
    List<String> list = new java.util.ArrayList<>(List.of(lines));
    switch (random.nextInt(4)) {
      case 0: {
        String t = list.get(a);
        list.set(a, list.get(b));
        list.set(b, t);
        break;
      }
      case 1: list.add(b, list.get(a)); break;
      case 2: list.remove(a); break;
      default: list.set(a, " ".repeat(1 + random.nextInt(8)) + list.get(a)); break;
    }
    return String.join("\n", list);
  }

  /** All line ends of the file made CR LF, CR, or a mix. */
  private String lineEnds(String s) {
    switch (random.nextInt(3)) {
      case 0: return s.replace("\n", "\r\n");
      case 1: return s.replace("\n", "\r");
      default: {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
          if (c == '\n') b.append(pick(List.of("\n", "\r", "\r\n", "\n\r")));
          else b.append(c);
        }
        return b.toString();
      }
    }
  }

  private byte[] truncate(byte[] bytes) {
    if (bytes.length == 0) return bytes;
    return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
  }

  /**
   * Bytes a strict UTF-8 reader must reject: stray continuation bytes, bytes never valid,
   * overlong forms, encoded surrogates (the only way a lone surrogate could reach the reader),
   * code points above U+10FFFF, sequences cut short, and Latin-2 as an old editor saves Czech.
   */
  private byte[] badBytes() {
    List<int[]> choices = List.of(
        new int[] {0x80}, new int[] {0xBF}, new int[] {0xFF}, new int[] {0xFE}, new int[] {0xC0, 0x80},
        new int[] {0xE0, 0x80, 0x80}, new int[] {0xED, 0xA0, 0x80}, new int[] {0xED, 0xBF, 0xBF},
        new int[] {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}, new int[] {0xF4, 0x90, 0x80, 0x80},
        new int[] {0xF8, 0x88, 0x80, 0x80, 0x80}, new int[] {0xC3}, new int[] {0xE2, 0x82},
        new int[] {0xF0, 0x9F, 0x98}, new int[] {0xE8, 0xEC, 0xF8}, new int[] {0xEF, 0xBB, 0xBF});
    int[] chosen = pick(choices);
    if (random.nextInt(8) == 0) {
      chosen = new int[1 + random.nextInt(6)];
      for (int k = 0; k < chosen.length; k++) chosen[k] = random.nextInt(256);
    }
    byte[] out = new byte[chosen.length];
    for (int k = 0; k < chosen.length; k++) out[k] = (byte) chosen[k];
    return out;
  }

  private byte[] insertBytes(byte[] bytes, byte[] what) {
    int at = random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(what, 0, what.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  /** Where the value of each {@code key:} line is: from after the colon to the end of the line. */
  static List<int[]> yamlValuePlaces(String s) {
    List<int[]> places = new java.util.ArrayList<>();
    Matcher m = YAML_KEY_LINE.matcher(s);
    while (m.find()) places.add(new int[] {m.end(1), m.end(2)});
    return places;
  }

  /** The value of one {@code key:} line replaced by another type or broken syntax. */
  private String yamlValue(String s) {
    List<int[]> places = yamlValuePlaces(s);
    if (places.isEmpty()) return s;
    int[] place = pick(places);
    return s.substring(0, place[0]) + pick(YAML_VALUES) + s.substring(place[1]);
  }

  /** A key renamed, duplicated, re-indented or turned into another kind of node. */
  private String yamlKey(String s) {
    List<int[]> places = new java.util.ArrayList<>();
    Matcher m = YAML_KEY_LINE.matcher(s);
    while (m.find()) places.add(new int[] {m.start(1), m.end(1), m.end(2)});
    if (places.isEmpty()) return s;
    int[] place = pick(places);
    String key = s.substring(place[0], place[1]);
    String line = s.substring(place[0], place[2]);
    switch (random.nextInt(5)) {
      case 0: return s.substring(0, place[2]) + "\n" + line + s.substring(place[2]);
      case 1: return s.substring(0, place[0]) + key.replace(":", "x:") + s.substring(place[1]);
      case 2: return s.substring(0, place[0]) + "  " + line + s.substring(place[2]);
      case 3: return s.substring(0, place[0]) + line.stripLeading() + s.substring(place[2]);
      default: return s.substring(0, place[0]) + "? " + key + s.substring(place[1]);
    }
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Lenient decoding, so that string operations can follow byte damage (as U+FFFD). */
  static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] encode(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
