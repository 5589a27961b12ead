package cz.sazba.typeset;

import cz.sazba.model.Lang;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Typographic checks over a laid-out book, the way a proofreader would look at the pages: lines
 * sticking out, widows, orphans, runs of hyphenated lines, Czech one-letter words at line ends,
 * and how even the word spaces of justified lines are. Works on the page model, where the
 * paragraph and language of every glyph are known exactly.
 */
final class LayoutAudit {
  int lines;
  int overfull;
  int widows;
  int orphans;
  int maxHyphenRun;
  int hyphenatedLines;
  int czechSingleLetterAtLineEnd;
  /** Pages whose last line ends in a hyphenated word, carried over the page turn. */
  int brokenAcrossPages;
  /** Of those, the ones on a recto (even index), whose word goes on over the leaf to the next verso. */
  int brokenAcrossLeaves;
  /** Pages of running text that are not their division's last (a chapter's last page may be short). */
  int runningPages;
  /** Of those, the ones whose lowest line (body or note) sits a line or more above the text block's foot. */
  final List<Integer> shortPages = new ArrayList<>();
  /** Spreads (a verso and the recto beside it, both running pages) whose pages end on different baselines. */
  int unevenSpreads;
  /** Paragraphs of two lines or more whose last line is narrower than 1.5 em. */
  int shortLastLines;
  /** Of those, the ones whose line before ends in a hyphen ("nobil-" / "ity)."). */
  int shortLastLinesAfterHyphen;
  /** Paragraphs ending in the rest of a hyphenated word alone on the last line, whatever its width. */
  int wordRestLastLines;
  final List<String> problems = new ArrayList<>();
  /** Mean word gap of each full justified line, in em. */
  final List<Double> lineGapMeans = new ArrayList<>();
  double worstGap;
  /** The line with the worst gap, for messages. */
  String worstLine = "";

  /** One line of body text: its glyphs in order and the paragraph they belong to. */
  private record AuditLine(int page, long baseline, int block, List<Glyph> glyphs, List<GlyphRun> runs, String text) {}

  static LayoutAudit of(LaidOutBook book, PageDesign style) {
    LayoutAudit a = new LayoutAudit();
    Map<Integer, Integer> blockOf = new HashMap<>();
    Map<Integer, Optional<Lang>> langOf = new HashMap<>();
    Map<Integer, StructRole> roleOf = new HashMap<>();
    index(book.structure(), -1, Optional.empty(), blockOf, langOf, roleOf);
    Lang documentLang = book.metadata().lang();

    List<AuditLine> all = new ArrayList<>();
    for (Page p : book.pages()) {
      TreeMap<Long, List<GlyphRun>> byBaseline = new TreeMap<>((x, y) -> Long.compare(y, x));
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r && !r.tag().isArtifact() && r.size() == style.body().size()
            && roleOf.get(blockOf.get(r.tag().structId())) == StructRole.PARAGRAPH) {
          byBaseline.computeIfAbsent(r.baseline(), k -> new ArrayList<>()).add(r);
        }
      }
      for (var e : byBaseline.entrySet()) {
        List<Glyph> glyphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (GlyphRun r : e.getValue()) {
          glyphs.addAll(r.glyphs());
          text.append(r.text());
        }
        int block = blockOf.get(e.getValue().get(0).tag().structId());
        all.add(new AuditLine(p.index(), e.getKey(), block, glyphs, e.getValue(), text.toString()));
      }
    }
    a.lines = all.size();
    int run = 0;
    for (int i = 0; i < all.size(); i++) {
      AuditLine l = all.get(i);
      long right = style.page().textLeft(l.page) + style.page().textWidth();
      GlyphRun lastRun = l.runs.get(l.runs.size() - 1);
      Glyph last = lastVisible(l.glyphs);
      long lastEnd = last.x() + Sp.scale(lastRun.face().advance(last.glyphId()), lastRun.size(), lastRun.face().unitsPerEm());
      boolean punctuation = ".,;:!?)]’”\"'-–—".contains(last.text());
      long edge = punctuation ? last.x() : lastEnd;
      if (edge > right + Sp.of(0.5)) {
        a.overfull++;
        a.problems.add("overfull p" + (l.page + 1) + ": " + l.text);
      }
      boolean hyphenated = last.text().equals("-");
      if (hyphenated) {
        a.hyphenatedLines++;
        run++;
        a.maxHyphenRun = Math.max(a.maxHyphenRun, run);
      } else {
        run = 0;
      }
      // A one-letter Czech preposition or conjunction must not end a line.
      String trimmed = l.text.stripTrailing();
      int space = trimmed.lastIndexOf(' ');
      String lastWord = trimmed.substring(space + 1);
      Lang lang = langOf.getOrDefault(lastRun.tag().structId(), Optional.empty()).orElse(documentLang);
      if (lastWord.length() == 1 && "ksvzouaiKSVZOUAI".contains(lastWord) && lang.language().equals("cs")) {
        a.czechSingleLetterAtLineEnd++;
        a.problems.add("Czech one-letter word at line end p" + (l.page + 1) + ": " + l.text);
      }
      boolean firstOfBlock = i == 0 || all.get(i - 1).block != l.block;
      boolean lastOfBlock = i == all.size() - 1 || all.get(i + 1).block != l.block;
      boolean pageStart = i == 0 || all.get(i - 1).page != l.page;
      boolean pageEnd = i == all.size() - 1 || all.get(i + 1).page != l.page;
      if (pageStart && lastOfBlock && !firstOfBlock) {
        a.widows++;
        a.problems.add("widow p" + (l.page + 1) + ": " + l.text);
      }
      if (pageEnd && hyphenated && i < all.size() - 1) {
        a.brokenAcrossPages++;
        if (l.page % 2 == 0) a.brokenAcrossLeaves++;
      }
      if (pageEnd && firstOfBlock && !lastOfBlock) {
        a.orphans++;
        a.problems.add("orphan p" + (l.page + 1) + ": " + l.text);
      }
      if (!lastOfBlock) a.gaps(l, style);
      if (lastOfBlock && !firstOfBlock && !l.text.strip().contains(" ")
          && lastVisible(all.get(i - 1).glyphs).text().equals("-")) {
        a.wordRestLastLines++;
      }
      if (lastOfBlock && !firstOfBlock) {
        Glyph first = l.glyphs.get(0);
        long width = lastEnd - first.x();
        if (width < style.body().size() * 3 / 2) {
          a.shortLastLines++;
          if (run == 0 && i > 0 && lastVisible(all.get(i - 1).glyphs).text().equals("-")) {
            a.shortLastLinesAfterHyphen++;
            a.problems.add("short last line after a hyphen p" + (l.page + 1) + ": " + all.get(i - 1).text + " / " + l.text);
          }
        }
      }
    }
    a.pages(book, style);
    return a;
  }

  /**
   * Short pages and uneven spreads, read from the laid-out frames: a page's lowest line is the
   * lowest LINE or BOX frame in its body or its foot notes; a division's last page (a chapter's
   * end) is not counted, nor a page without body lines.
   */
  private void pages(LaidOutBook book, PageDesign style) {
    List<Page> pages = book.pages();
    long textBottom = style.page().textTop() - style.page().textHeight();
    long[] lowest = new long[pages.size()];
    boolean[] running = new boolean[pages.size()];
    for (int p = 0; p < pages.size(); p++) {
      Page page = pages.get(p);
      long low = Long.MAX_VALUE;
      boolean body = false;
      for (cz.sazba.typeset.page.FrameKind k : List.of(cz.sazba.typeset.page.FrameKind.BODY,
          cz.sazba.typeset.page.FrameKind.INSERTS)) {
        for (cz.sazba.typeset.page.Frame area : page.frames(k)) {
          for (cz.sazba.typeset.page.Frame f : area.find(cz.sazba.typeset.page.FrameKind.LINE)) {
            low = Math.min(low, f.bottom());
            if (k == cz.sazba.typeset.page.FrameKind.BODY) body = true;
          }
          for (cz.sazba.typeset.page.Frame f : area.find(cz.sazba.typeset.page.FrameKind.BOX)) low = Math.min(low, f.bottom());
        }
      }
      lowest[p] = low;
      String division = page.start().map(cz.sazba.model.Locator::divisionId).orElse("");
      boolean divisionGoesOn = p + 1 < pages.size()
          && pages.get(p + 1).start().map(cz.sazba.model.Locator::divisionId).orElse("").equals(division);
      running[p] = body && divisionGoesOn;
      if (!running[p]) continue;
      runningPages++;
      if (low - textBottom >= style.body().leading()) shortPages.add(p);
    }
    for (int verso = 1; verso + 1 < pages.size(); verso += 2) {
      if (running[verso] && running[verso + 1] && Math.abs(lowest[verso] - lowest[verso + 1]) > Sp.of(1)) unevenSpreads++;
    }
  }

  /** Short pages as a share of the running pages. */
  double shortShare() {
    return runningPages == 0 ? 0 : shortPages.size() / (double) runningPages;
  }

  private void gaps(AuditLine l, PageDesign style) {
    List<Double> gaps = new ArrayList<>();
    for (GlyphRun r : l.runs) {
      for (int g = 0; g < r.glyphs().size(); g++) {
        Glyph glyph = r.glyphs().get(g);
        if (!glyph.text().equals(" ")) continue;
        // The gap runs from this space's start to the next glyph's start.
        long next = g + 1 < r.glyphs().size() ? r.glyphs().get(g + 1).x() : nextStart(l, r);
        if (next > glyph.x()) gaps.add(Sp.toPoints(next - glyph.x()) / Sp.toPoints(style.body().size()));
      }
    }
    if (gaps.isEmpty()) return;
    double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    lineGapMeans.add(mean);
    for (double g : gaps) {
      if (g > worstGap) worstLine = "p" + (l.page + 1) + ": " + l.text;
      worstGap = Math.max(worstGap, g);
    }
  }

  private static long nextStart(AuditLine l, GlyphRun r) {
    int i = l.runs.indexOf(r);
    return i + 1 < l.runs.size() ? l.runs.get(i + 1).glyphs().get(0).x() : Long.MIN_VALUE;
  }

  double gapSpread() {
    double mean = lineGapMeans.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = lineGapMeans.stream().mapToDouble(g -> (g - mean) * (g - mean)).average().orElse(0);
    return Math.sqrt(var);
  }

  double gapMean() {
    return lineGapMeans.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static Glyph lastVisible(List<Glyph> glyphs) {
    for (int i = glyphs.size() - 1; i >= 0; i--) if (!glyphs.get(i).text().isBlank()) return glyphs.get(i);
    return glyphs.get(glyphs.size() - 1);
  }

  /** Maps every node to its block-level ancestor (paragraph, heading, list body) and language. */
  private static void index(StructNode n, int block, Optional<Lang> lang, Map<Integer, Integer> blockOf,
      Map<Integer, Optional<Lang>> langOf, Map<Integer, StructRole> roleOf) {
    roleOf.put(n.id(), n.role());
    boolean isBlock = switchBlock(n.role());
    int b = isBlock ? n.id() : block;
    Optional<Lang> l = n.lang().isPresent() ? n.lang() : lang;
    blockOf.put(n.id(), b);
    langOf.put(n.id(), l);
    for (StructNode c : n.children()) index(c, b, l, blockOf, langOf, roleOf);
  }

  private static boolean switchBlock(StructRole r) {
    return r == StructRole.PARAGRAPH || r == StructRole.HEADING_1 || r == StructRole.HEADING_2 || r == StructRole.HEADING_3
        || r == StructRole.REFERENCE_ENTRY || r == StructRole.CONTENTS_ENTRY;
  }

  String summary() {
    return String.format(java.util.Locale.ROOT,
        "pages %d running, %d short %s, %d uneven spreads; lines %d, overfull %d, widows %d, orphans %d, hyphenated %d (longest run %d, %d across a page, %d across a leaf), Czech one-letter at end %d, "
            + "last lines under 1.5 em %d (%d after a hyphen), last lines only a word's rest %d, gap mean %.3f em, spread %.4f em, worst %.3f em",
        runningPages, shortPages.size(), shortPages, unevenSpreads,
        lines, overfull, widows, orphans, hyphenatedLines, maxHyphenRun, brokenAcrossPages, brokenAcrossLeaves, czechSingleLetterAtLineEnd,
        shortLastLines, shortLastLinesAfterHyphen, wordRestLastLines, gapMean(), gapSpread(), worstGap);
  }
}
