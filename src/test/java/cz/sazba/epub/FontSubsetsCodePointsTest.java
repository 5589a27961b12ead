package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The documents' characters as {@link FontSubsets#codePoints} reads them (in blocks, bits set
 * inline) are those a plain walk of every string finds: surrogate pairs, lone surrogates,
 * control characters, and pairs across the blocks' edges.
 */
class FontSubsetsCodePointsTest {
  /** The walk codePoints made before branch epubprep: a charAt and a BitSet.set a character. */
  private static Set<Integer> reference(List<String> texts) {
    BitSet seen = new BitSet(0x3000);
    seen.set(0x20, 0x7F);
    String extra = "\u00A0\u00AD\u2010\u2011\u2003\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022";
    for (int i = 0; i < extra.length(); i++) seen.set(extra.charAt(i));
    for (String text : texts) {
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          seen.set(Character.toCodePoint(c, text.charAt(++i)));
        } else if (c >= 0x20) {
          seen.set(c);
        }
      }
    }
    Set<Integer> cps = new TreeSet<>();
    for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) cps.add(c);
    return cps;
  }

  private static char randomChar(Random random) {
    switch (random.nextInt(6)) {
      case 0: return (char) random.nextInt(0x20); // control characters, not counted
      case 1: return (char) (0xD800 + random.nextInt(0x800)); // a surrogate, often on its own
      case 2: return (char) random.nextInt(0x10000);
      default: return (char) (0x20 + random.nextInt(0x200));
    }
  }

  @Test
  void theSameCharactersAsAWalkOfEveryString() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      List<String> texts = new ArrayList<>();
      int count = random.nextInt(4);
      for (int t = 0; t < count; t++) {
        StringBuilder s = new StringBuilder();
        // Up to a few blocks long, so pairs and lone halves fall on the blocks' edges too.
        int length = random.nextInt(4) == 0 ? 8190 + random.nextInt(20) : random.nextInt(30_000);
        while (s.length() < length) {
          if (random.nextInt(5) == 0) s.appendCodePoint(0x10000 + random.nextInt(0x100000));
          else s.append(randomChar(random));
        }
        texts.add(s.toString());
      }
      assertEquals(reference(texts), FontSubsets.codePoints(texts), "round " + round);
    }
  }

  @Test
  void aPairOnEveryEdgeOfABlock() {
    for (int at = 8185; at < 8200; at++) {
      String s = "a".repeat(at) + "\uD83D\uDE00" + "b".repeat(20) + "\uD83D" + "c" + "\uDE00";
      assertEquals(reference(List.of(s)), FontSubsets.codePoints(List.of(s)), "pair at " + at);
      String lone = "a".repeat(at) + "\uD83D";
      assertEquals(reference(List.of(lone)), FontSubsets.codePoints(List.of(lone)), "high half at " + at);
    }
  }
}
