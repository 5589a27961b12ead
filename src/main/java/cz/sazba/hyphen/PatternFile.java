package cz.sazba.hyphen;

import java.util.List;
import java.util.Objects;

/**
 * The contents of one TeX hyphenation file: its Liang patterns as written ({@code .a4da}), its
 * exception words as written ({@code ta-ble}), and the minima the file recommends for
 * typesetting.
 *
 * @param name where the text came from, for messages (a resource name)
 * @param patterns the entries of the {@code \patterns} block, in file order
 * @param exceptions the entries of the {@code \hyphenation} block, in file order; later entries
 *     for the same word win, as in TeX
 * @param mins the {@code hyphenmins: typesetting:} values of the header, or
 *     {@link HyphenationMins#DEFAULT} when the header has none
 */
public record PatternFile(
    String name, List<String> patterns, List<String> exceptions, HyphenationMins mins) {
  public PatternFile {
    Objects.requireNonNull(name, "name");
    patterns = List.copyOf(patterns);
    exceptions = List.copyOf(exceptions);
    Objects.requireNonNull(mins, "mins");
  }

  /**
   * Reads a hyph-utf8 style file. These files are our own resources, not user input, so a
   * malformed one is a programming error.
   *
   * @throws IllegalStateException naming the file, line and problem when the text is malformed
   */
  public static PatternFile parse(String name, String text) {
    return new PatternFileParser(name, text).parse();
  }
}
