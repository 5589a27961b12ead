package cz.sazba.hyphen;

import cz.sazba.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The hyphenator for a language, from the pattern files bundled with Sazba. Each file is read
 * the first time a language needs it and then kept for the life of the JVM; concurrent first
 * calls still read it only once.
 */
public final class Hyphenators {
  /** The bundled pattern files, one per spelling. */
  private enum Patterns {
    EN_US("hyph-en-us.tex"),
    EN_GB("hyph-en-gb.tex"),
    CS("hyph-cs.tex");

    final String resource;

    Patterns(String resource) {
      this.resource = resource;
    }
  }

  private static final ConcurrentMap<Patterns, Hyphenator> LOADED = new ConcurrentHashMap<>();

  private static final Set<String> SUPPORTED =
      Collections.unmodifiableSortedSet(new TreeSet<>(Set.of("cs", "en", "en-GB", "en-US")));

  private Hyphenators() {}

  /**
   * The hyphenator for {@code lang}: American patterns for {@code en} and every {@code en-*}
   * except {@code en-GB}, British ones for {@code en-GB}, Czech ones for {@code cs} in any
   * region; empty for every other language, whose words then simply are not hyphenated.
   *
   * @throws IllegalStateException if a bundled pattern file is missing or malformed (a build
   *     defect, not a user error)
   */
  public static Optional<Hyphenator> forLanguage(Lang lang) {
    // Asked for every word: the tag is parsed once per language, not once per word.
    return BY_LANG.computeIfAbsent(lang, l -> {
      Patterns patterns = choose(l);
      if (patterns == null) return Optional.empty();
      return Optional.of(LOADED.computeIfAbsent(patterns, p -> load(p.resource)));
    });
  }

  private static final ConcurrentMap<Lang, Optional<Hyphenator>> BY_LANG = new ConcurrentHashMap<>();

  /**
   * The language tags with their own patterns, sorted: {@code cs}, {@code en}, {@code en-GB},
   * {@code en-US}. Other regions of these languages are served too (see
   * {@link #forLanguage(Lang)}).
   */
  public static Set<String> supportedLanguages() {
    return SUPPORTED;
  }

  private static Patterns choose(Lang lang) {
    Locale locale = lang.locale();
    switch (locale.getLanguage()) {
      case "en":
        return locale.getCountry().equals("GB") ? Patterns.EN_GB : Patterns.EN_US;
      case "cs":
        return Patterns.CS;
      default:
        return null;
    }
  }

  /**
   * One bundled file: its compiled form ({@link CompiledPatterns}, written by the build) when the
   * jar has it, otherwise the file itself read and compiled; package-visible so tests can load
   * files directly.
   */
  static Hyphenator load(String resource) {
    try {
      Hyphenator compiled = CompiledPatterns.loadResource(resource);
      if (compiled != null) return compiled;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read hyphenation resource " + resource, e);
    }
    return parse(resource);
  }

  /** Reads and compiles one bundled {@code .tex} file. */
  static Hyphenator parse(String resource) {
    try (InputStream in = Hyphenators.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing hyphenation resource " + resource);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Hyphenator.from(PatternFile.parse(resource, text));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read hyphenation resource " + resource, e);
    }
  }
}
