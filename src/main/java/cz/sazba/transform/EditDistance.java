package cz.sazba.transform;

import java.util.Collection;
import java.util.Optional;

/** Levenshtein distance, to suggest the key the user probably meant. */
final class EditDistance {
  private EditDistance() {}

  static int between(String a, String b) {
    int[] as = a.codePoints().toArray();
    int[] bs = b.codePoints().toArray();
    int[] previous = new int[bs.length + 1];
    int[] current = new int[bs.length + 1];
    for (int j = 0; j <= bs.length; j++) previous[j] = j;
    for (int i = 1; i <= as.length; i++) {
      current[0] = i;
      for (int j = 1; j <= bs.length; j++) {
        int substitution = previous[j - 1] + (as[i - 1] == bs[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[bs.length];
  }

  /**
   * The candidate nearest to {@code word}, if it is near enough to be a likely typo: at most a
   * third of the word's length away (at least one edit, at most four). Ties go to the
   * alphabetically first candidate, so the hint is the same on every run.
   */
  static Optional<String> closest(String word, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(4, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = between(word, c);
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }
}
