package cz.sazba.hyphen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a word may be hyphenated, by Liang's algorithm as TeX does it: the word, in lower
 * case and framed by word-edge marks, is matched against all patterns; a break is allowed where
 * the highest value found is odd, unless the file's exception list spells the word out, and
 * never closer to either end than the minima.
 *
 * <p>Immutable and safe to share between threads. It keeps a small cache of recent answers
 * because a book repeats its words; the cache changes nothing but speed.
 */
public final class Hyphenator {
  private static final int[] NONE = new int[0];
  /** Enough for the working vocabulary of a book; cleared wholesale when full, which is rare. */
  private static final int CACHE_LIMIT = 8192;

  private final String name;
  private final PatternTrie patterns;
  private final Map<String, int[]> exceptions;
  private final HyphenationMins mins;
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

  Hyphenator(
      String name, PatternTrie patterns, Map<String, int[]> exceptions, HyphenationMins mins) {
    this.name = name;
    this.patterns = patterns;
    this.exceptions = exceptions;
    this.mins = mins;
  }

  /**
   * Compiles a parsed pattern file, using the minima it recommends.
   *
   * @throws IllegalArgumentException when a pattern or exception is not valid, or two patterns
   *     have the same letters ({@link PatternFile#parse} already refuses such files)
   */
  public static Hyphenator from(PatternFile file) {
    List<LiangPattern> parsed = new ArrayList<>(file.patterns().size());
    for (String pattern : file.patterns()) parsed.add(LiangPattern.parse(pattern));
    Map<String, int[]> exceptions = new HashMap<>();
    for (String entry : file.exceptions()) {
      ExceptionWord word = ExceptionWord.parse(entry);
      exceptions.put(word.word(), word.breaksAfterLetters()); // a later entry wins, as in TeX
    }
    return new Hyphenator(file.name(), PatternTrie.of(parsed), Map.copyOf(exceptions), file.mins());
  }

  PatternTrie trie() {
    return patterns;
  }

  /** The exception words, in lower case, with the breaks as letters before each. */
  Map<String, int[]> exceptions() {
    return exceptions;
  }

  /** The same name, patterns, exceptions and minima (the compiled form against the parsed one). */
  boolean sameAs(Hyphenator o) {
    if (!name.equals(o.name) || !mins.equals(o.mins) || !patterns.sameAs(o.patterns)) return false;
    if (!exceptions.keySet().equals(o.exceptions.keySet())) return false;
    for (Map.Entry<String, int[]> e : exceptions.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), o.exceptions.get(e.getKey()))) return false;
    }
    return true;
  }

  /** The minima in letters this hyphenator respects. */
  public HyphenationMins mins() {
    return mins;
  }

  /** The same patterns and exceptions with other minima. */
  public Hyphenator withMins(HyphenationMins newMins) {
    Objects.requireNonNull(newMins, "mins");
    if (newMins.equals(mins)) return this;
    return new Hyphenator(name, patterns, exceptions, newMins);
  }

  /**
   * The char indices {@code i}, ascending, with {@code 0 < i < word.length()}, before which a
   * hyphen may be inserted. Empty when the word has fewer letters than {@code left + right} or
   * contains anything that is not a letter (the caller is expected to split words at
   * apostrophes, hyphens and digits first). Case does not matter. Text should be in NFC: a
   * combining mark is not a letter, so a decomposed word gets no breaks.
   *
   * @return a fresh array the caller may keep or change
   */
  public int[] breakPoints(String word) {
    Objects.requireNonNull(word, "word");
    int[] known = cache.get(word);
    if (known == null) {
      known = compute(word);
      if (cache.size() >= CACHE_LIMIT) cache.clear();
      cache.put(word, known);
    }
    return known.length == 0 ? NONE : known.clone();
  }

  private int[] compute(String word) {
    int letters = word.codePointCount(0, word.length());
    if (letters < mins.left() + mins.right()) return NONE;

    // Work per code point: String.toLowerCase would turn U+0130 into two chars and shift every
    // index after it, while the answer must index the caller's own string.
    int[] symbols = new int[letters + 2];
    int[] charIndex = new int[letters + 1];
    symbols[0] = LiangPattern.EDGE;
    int at = 0;
    for (int n = 0; n < letters; n++) {
      int cp = word.codePointAt(at);
      if (!Character.isLetter(cp)) return NONE;
      symbols[n + 1] = Character.toLowerCase(cp);
      charIndex[n] = at;
      at += Character.charCount(cp);
    }
    charIndex[letters] = at;
    symbols[letters + 1] = LiangPattern.EDGE;

    boolean[] allowedAfter = new boolean[letters + 1];
    int[] exception = exceptions.get(new String(symbols, 1, letters));
    if (exception != null) {
      for (int after : exception) allowedAfter[after] = true;
    } else {
      byte[] gaps = new byte[symbols.length + 1];
      patterns.apply(symbols, gaps);
      // The gap after n letters of the word lies before symbols[n + 1].
      for (int n = 1; n < letters; n++) allowedAfter[n] = (gaps[n + 1] & 1) == 1;
    }

    int[] result = new int[letters];
    int count = 0;
    // TeX applies the minima to exceptions too: a hyphen the list allows is still dropped there.
    for (int n = mins.left(); n <= letters - mins.right(); n++) {
      if (allowedAfter[n]) result[count++] = charIndex[n];
    }
    return count == 0 ? NONE : java.util.Arrays.copyOf(result, count);
  }

  @Override
  public String toString() {
    return "Hyphenator[" + name + ", left " + mins.left() + ", right " + mins.right() + "]";
  }
}
