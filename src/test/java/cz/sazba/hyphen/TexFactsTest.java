package cz.sazba.hyphen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Expected results are facts taken from TeX itself, not from memory: XeLaTeX of TeX Live
 * (hyph-utf8 patterns identical to our resources), {@code \showhyphens} with
 * {@code \language=\l@usenglishmax} (hyph-en-us), {@code \l@ukenglish} (hyph-en-gb) and
 * {@code \l@czech} (hyph-cs), read from the .log. Minima as babel sets them: english.ldf and
 * czech.ldf both say {@code \providehyphenmins{...}{\tw@\thr@@}}, i.e. left 2, right 3, which is
 * also what the three file headers recommend for typesetting.
 */
class TexFactsTest {
  private static final Hyphenator EN_US = Hyphenators.load("hyph-en-us.tex");
  private static final Hyphenator EN_GB = Hyphenators.load("hyph-en-gb.tex");
  private static final Hyphenator CS = Hyphenators.load("hyph-cs.tex");

  /** Each expectation is TeX's output; the word asked for is the same without the hyphens. */
  private static void assertTex(Hyphenator hyphenator, String... texOutput) {
    assertAll(
        Arrays.stream(texOutput)
            .map(
                expected ->
                    (Executable)
                        () -> {
                          String word = expected.replace("-", "");
                          assertEquals(expected, Hyphenated.of(hyphenator, word), word);
                        }));
  }

  @Test
  void fileMinimaAreTexsTwoAndThree() {
    assertEquals(new HyphenationMins(2, 3), EN_US.mins());
    assertEquals(new HyphenationMins(2, 3), EN_GB.mins());
    assertEquals(new HyphenationMins(2, 3), CS.mins());
  }

  @Test
  void americanEnglishAsTex() {
    assertTex(
        EN_US,
        "Czecho-slo-va-kia",
        "re-la-tions",
        "rec-og-nized",
        "al-liance",
        "com-mu-nist",
        "or-gan-i-sa-tions",
        "dis-loy-alty",
        "re-ha-bil-i-ta-tion",
        "in-ter-na-tional",
        "con-sid-er-able",
        "rep-re-sen-ta-tives",
        "par-tic-i-pa-tion",
        "in-ter-ven-tion",
        "Bol-she-vik",
        "es-tab-lish-ment",
        "gov-ern-ment",
        "lib-er-a-tion",
        "an-nex-a-tion",
        "syn-chro-nous",
        "ag-gres-sion",
        "con-stituent",
        "su-per-vi-sion",
        "in-con-sis-tency",
        "deStal-in-iza-tion",
        "dis-so-lu-tion",
        "suc-ces-sion",
        "ter-ri-tory",
        "Carpathian",
        "friend-ship",
        "project",
        "ta-ble",
        "present",
        "as-so-ciate",
        "reci-procity",
        "dec-li-na-tion");
  }

  @Test
  void britishEnglishAsTex() {
    assertTex(
        EN_GB,
        "Czechoslov-akia",
        "re-la-tions",
        "re-cog-nized",
        "al-li-ance",
        "com-mun-ist",
        "or-gan-isa-tions",
        "dis-loy-alty",
        "re-hab-il-it-a-tion",
        "in-ter-na-tional",
        "con-sid-er-able",
        "rep-res-ent-at-ives",
        "par-ti-cip-a-tion",
        "in-ter-ven-tion",
        "Bolshevik",
        "es-tab-lish-ment",
        "gov-ern-ment",
        "lib-er-a-tion",
        "how-ever",
        "uni-ver-sity",
        "uni-ver-sit-ies",
        "ma-nu-script",
        "through-out",
        "some-thing",
        "re-ci-pro-city");
  }

  @Test
  void czechAsTex() {
    assertTex(
        CS,
        "So-vět-ským",
        "sva-zem",
        "věčné",
        "časy",
        "Por-tréty",
        "de-por-to-va-ných",
        "světle",
        "do-ku-mentů",
        "čes-ko-slo-ven-ské",
        "nej-ne-ob-hos-po-da-řo-vá-va-tel-něj-šími",
        "Dvo-řák",
        "Hor-ník",
        "Hra-di-lek",
        "Kra-mář",
        "Dub-ček",
        "Slán-ský",
        "koe-fi-ci-ent",
        "koe-fi-ci-enty",
        "pro-jek-ční",
        "úhlo-příčka",
        "úhlo-příčky",
        "re-pub-lika",
        "ko-mu-nis-tický",
        "spo-lu-práce",
        "osvo-bo-zení",
        "Čes-ko-slo-ven-sko",
        "oku-pace",
        "nor-ma-li-zace",
        "ÚSTR",
        "Se",
        "na");
  }

  @Test
  void otherMinimaAsTex() {
    assertTex(
        EN_US.withMins(new HyphenationMins(1, 1)),
        "Czecho-slo-va-ki-a",
        "al-liance",
        "com-mu-nist",
        "ta-ble",
        "present",
        "Carpathi-an",
        "or-gan-i-sa-tion-s");
    assertTex(
        EN_US.withMins(new HyphenationMins(3, 4)),
        "Czecho-slo-vakia",
        "alliance",
        "rep-re-sen-ta-tives");
    assertTex(
        CS.withMins(new HyphenationMins(1, 1)),
        "věč-né",
        "ča-sy",
        "Por-tréty",
        "svět-le",
        "do-ku-men-tů",
        "úhlo-příč-ka",
        "koe-fi-ci-en-ty");
    assertTex(
        CS.withMins(new HyphenationMins(2, 2)),
        "věč-né",
        "ča-sy",
        "Por-tréty",
        "svět-le",
        "do-ku-men-tů",
        "úhlo-příč-ka",
        "koe-fi-ci-en-ty");
  }
}
