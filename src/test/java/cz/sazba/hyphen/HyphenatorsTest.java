package cz.sazba.hyphen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Lang;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HyphenatorsTest {
  private static Hyphenator of(String tag) {
    return Hyphenators.forLanguage(new Lang(tag)).orElseThrow();
  }

  @Test
  void picksThePatternsBySpelling() {
    // "organisations" tells the files apart: en-us or-gan-i-sa-tions, en-gb or-gan-isa-tions.
    assertEquals("or-gan-i-sa-tions", Hyphenated.of(of("en"), "organisations"));
    assertEquals("or-gan-i-sa-tions", Hyphenated.of(of("en-US"), "organisations"));
    assertEquals("or-gan-isa-tions", Hyphenated.of(of("en-GB"), "organisations"));
    assertEquals("or-gan-isa-tions", Hyphenated.of(of("en-gb"), "organisations"));
    assertEquals("So-vět-ským", Hyphenated.of(of("cs"), "Sovětským"));
  }

  @Test
  void sharesOneInstancePerFile() {
    assertSame(of("en"), of("en-US"));
    assertSame(of("en"), of("en-AU"));
    assertSame(of("en"), of("en-Latn-CA"));
    assertSame(of("cs"), of("cs-CZ"));
    assertTrue(of("en-GB") != of("en-US"));
    assertTrue(of("cs") != of("en"));
  }

  @Test
  void otherLanguagesHaveNone() {
    for (String tag : List.of("de", "sk", "fr-CA", "ru")) {
      assertTrue(Hyphenators.forLanguage(new Lang(tag)).isEmpty(), tag);
    }
  }

  @Test
  void listsSupportedTagsSorted() {
    Set<String> supported = Hyphenators.supportedLanguages();
    assertEquals(List.of("cs", "en", "en-GB", "en-US"), List.copyOf(supported));
    assertThrows(UnsupportedOperationException.class, () -> supported.add("de"));
    for (String tag : supported) assertTrue(Hyphenators.forLanguage(new Lang(tag)).isPresent());
  }

  @Test
  void concurrentCallersGetTheSameInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Hyphenator>> calls =
          IntStream.range(0, 32)
              .mapToObj(i -> (Callable<Hyphenator>) () -> of(i % 2 == 0 ? "en-GB" : "en-gb"))
              .collect(Collectors.toList());
      Hyphenator first = null;
      for (Future<Hyphenator> result : pool.invokeAll(calls)) {
        if (first == null) first = result.get();
        assertSame(first, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void missingResourceIsAClearError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Hyphenators.load("hyph-xx.tex"));
    assertTrue(e.getMessage().contains("hyph-xx.tex"), e.getMessage());
  }
}
