package cz.sazba.typeset;

import java.util.Random;

/**
 * A long held-out text for typography tests: hundreds of paragraphs of English with Czech
 * passages (and some wholly Czech paragraphs), drawn from fixed word lists with a seeded random
 * generator, so every run sees the same text and a failure can be reproduced.
 */
final class GeneratedText {
  private static final String[] ENGLISH = (
      "the relations between former states were bad at the beginning of their existence strong animosity "
          + "came from armed conflict authorities legions participation allied intervention against regime "
          + "personal reasons nobility recognized union treaty alliance signed consequence France main ally "
          + "insistence government protocol stipulated would force only assistance victim aggression however "
          + "support having agreement instead occupation establishment status quickly terminated diplomatic "
          + "representatives shortly communists gained asylum hundreds refugees labor camps immediately attack "
          + "leaders resistance London approved formation armed forces December twenty years military cooperation "
          + "endorsed following spring liberated territory culminated liberation capital easternmost annexed "
          + "ceded officially synchronous eastern common border history considerable credit influence foreign "
          + "policy rising power party impossible situation trying prevent maintain positive widely regarded "
          + "barrier future firmly sphere represented essence inevitably satellite disloyalty bitterly suppressed "
          + "political trials supervision advisors constituent member international organisations economic "
          + "organization faithful central Europe crisis criticism friendship undisputed inconsistency changes "
          + "process faster reforms people leadership withdrawn communist leader accelerated reform economical "
          + "cultural life rehabilitation victims intend anything refresh radical scepticism suspicion threatened "
          + "threats increased eventually invasion reputation public deeply damaged declared intervene affairs "
          + "collapse dissolution replaced bilateral succession").split(" ");
  private static final String[] CZECH = (
      "vláda země lidé válka smlouva spojenectví republika svaz národ dějiny politika strana hranice vztahy "
          + "obyvatelé okupace osvobození československé sovětské mezinárodní hospodářské kulturní podepsána "
          + "uznala vyhlásila Praha Moskva Brno období reformy vojska jednání prohlášení představitelé demokracie "
          + "společnost následně zejména později tehdy především nejvěrnější spojenec střední Evropa příčina "
          + "důsledek svoboda nezávislost zahraniční rozpad státu ústava parlament prezident ministr komunistický "
          + "režim nástup krize přátelství věčné časy nejneobhospodařovávatelnějšími československými "
          + "představitelů zahraničněpolitických").split(" ");
  private static final String[] CZECH_SHORT = {"v", "s", "k", "z", "o", "u", "a", "i"};

  private GeneratedText() {}

  /** The metadata of the held-out manuscript. */
  static String metadataYaml() {
    return "title: A long generated text\n"
        + "lang: en-US\n"
        + "author:\n  - Sazba test suite\n"
        + "date: 2026-11-25\n"
        + "rights: Generated from fixed word lists for typography tests; no rights reserved.\n";
  }

  /**
   * Pandoc Markdown: a level-1 heading every 25 paragraphs; English sentences with Czech
   * passages ({@code [..]{lang=cs}}, some in italics) and some wholly Czech paragraphs.
   */
  static String markdown(int paragraphs, long seed) {
    Random random = new Random(seed);
    StringBuilder md = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      if (p % 25 == 0) md.append("# Section ").append(p / 25 + 1).append(" of the text\n\n");
      boolean wholeCzech = random.nextInt(12) == 0;
      int sentences = 2 + random.nextInt(6);
      StringBuilder para = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        if (para.length() > 0) para.append(' ');
        if (wholeCzech) {
          para.append('[').append(sentence(random, CZECH, true)).append("]{lang=cs}");
        } else if (random.nextInt(4) == 0) {
          String lead = sentence(random, ENGLISH, false);
          para.append(lead, 0, lead.length() - 1).append(", in Czech ");
          String czech = "[" + sentence(random, CZECH, true) + "]{lang=cs}";
          para.append(random.nextBoolean() ? "*" + czech + "*" : czech);
        } else {
          para.append(sentence(random, ENGLISH, false));
        }
      }
      md.append(wrap(para.toString())).append("\n\n");
    }
    return md.toString();
  }

  /** Lines of about 100 characters, as an author's editor would keep them. */
  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : text.split(" ")) {
      if (col > 0 && col + w.length() > 100) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }

  private static String sentence(Random random, String[] words, boolean czech) {
    int n = 6 + random.nextInt(14);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) s.append(' ');
      if (czech && random.nextInt(4) == 0) s.append(CZECH_SHORT[random.nextInt(CZECH_SHORT.length)]).append(' ');
      if (!czech && random.nextInt(30) == 0) s.append(1900 + random.nextInt(100)).append(' ');
      String w = words[random.nextInt(words.length)];
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      if (i < n - 1 && random.nextInt(9) == 0) s.append(',');
    }
    return s.append('.').toString();
  }
}
