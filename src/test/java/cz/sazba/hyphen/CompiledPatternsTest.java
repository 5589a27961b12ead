package cz.sazba.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CompiledPatternsTest {
  private static byte[] resource(String name) throws Exception {
    try (InputStream in = Hyphenators.class.getResourceAsStream(name)) {
      assertNotNull(in, "the build compiles " + name);
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hyph-cs.tex", "hyph-en-gb.tex", "hyph-en-us.tex"})
  void theBundledCompiledFileIsTheTexFileCompiled(String tex) throws Exception {
    PatternFile file = PatternFile.parse(tex, new String(resource(tex), StandardCharsets.UTF_8));
    // Byte for byte: a stale compiled file (the .tex changed, the build step did not run) fails here.
    assertArrayEquals(CompiledPatterns.compile(file), resource(CompiledPatterns.resourceFor(tex)));
    Hyphenator parsed = Hyphenator.from(file);
    Hyphenator loaded = Hyphenators.load(tex);
    assertTrue(loaded.sameAs(parsed), tex + ": the compiled trie, exceptions and minima equal the parsed ones");
    assertEquals(parsed.toString(), loaded.toString());
  }

  @Test
  void readsBackWhatItWrote() {
    PatternFile file = new PatternFile("t", List.of("1ba", "ab1c", ".ab2", "b3c.", "zá1b"),
        List.of("ta-ble", "ab-ab"), new HyphenationMins(1, 2));
    Hyphenator parsed = Hyphenator.from(file);
    Hyphenator read = CompiledPatterns.read("t", CompiledPatterns.compile(file));
    assertTrue(read.sameAs(parsed));
    for (String w : List.of("abcab", "table", "ababc", "abab", "zábab")) {
      assertArrayEquals(parsed.breakPoints(w), read.breakPoints(w), w);
    }
    assertTrue(!read.sameAs(Hyphenator.from(new PatternFile("t", List.of("1ba", "ab1c"), List.of(), file.mins()))));
  }

  @Test
  void refusesBytesThatAreNotCompiledPatterns() {
    PatternFile file = new PatternFile("t", List.of("1ba"), List.of(), HyphenationMins.DEFAULT);
    byte[] good = CompiledPatterns.compile(file);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CompiledPatterns.read("t", Arrays.copyOf(good, good.length - 1)));
    assertTrue(e.getMessage().contains("t"), e.getMessage());
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThrows(IllegalStateException.class, () -> CompiledPatterns.read("t", longer));
    byte[] otherMagic = good.clone();
    otherMagic[0] = 'X';
    assertThrows(IllegalStateException.class, () -> CompiledPatterns.read("t", otherMagic));
  }
}
