package cz.sazba.typeset;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
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

  static Document document(int paragraphs, long seed) {
    Random random = new Random(seed);
    SourceFile file = new SourceFile("generated.md", "");
    Span span = file.span(0, 0);
    List<Block> blocks = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      if (p % 25 == 0) {
        blocks.add(new Heading(1, "section-" + p, List.of(new Text("Section " + (p / 25 + 1) + " of the text", span)), span));
      }
      List<Inline> inlines = new ArrayList<>();
      boolean wholeCzech = random.nextInt(12) == 0;
      int sentences = 2 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        if (!inlines.isEmpty()) inlines.add(new Text(" ", span));
        if (wholeCzech) {
          inlines.add(new Foreign(new Lang("cs"), List.of(new Text(sentence(random, CZECH, true), span)), span));
        } else if (random.nextInt(4) == 0) {
          String lead = sentence(random, ENGLISH, false);
          inlines.add(new Text(lead.substring(0, lead.length() - 1) + ", in Czech ", span));
          List<Inline> czech = List.of(new Text(sentence(random, CZECH, true), span));
          inlines.add(random.nextBoolean() ? new Emph(List.of(new Foreign(new Lang("cs"), czech, span)), span)
              : new Foreign(new Lang("cs"), czech, span));
        } else {
          inlines.add(new Text(sentence(random, ENGLISH, false), span));
        }
      }
      blocks.add(new Paragraph(inlines, span));
    }
    return new Document(TestBooks.metadata("A long generated text"), List.of(new Chapter(file, blocks)));
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
