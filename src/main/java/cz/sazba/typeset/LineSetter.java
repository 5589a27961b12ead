package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.typeset.ParagraphItems.BoxContent;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.ParagraphItems.Slice;
import cz.sazba.typeset.ParagraphItems.SpaceContent;
import cz.sazba.typeset.SetLine.LineAnchor;
import cz.sazba.typeset.linebreak.Box;
import cz.sazba.typeset.linebreak.Glue;
import cz.sazba.typeset.linebreak.Item;
import cz.sazba.typeset.linebreak.Line;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.linebreak.Penalty;
import cz.sazba.typeset.page.GlyphList;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws the lines the breaker chose: glyphs at exact positions, interword glue set by the line's
 * own adjustment ratio (recomputed from the real widths, so every justified line meets the right
 * edge exactly), hyphens at hyphenated line ends, protruding marks in the margins.
 */
final class LineSetter {
  private LineSetter() {}

  enum Placement {
    JUSTIFIED,
    LEFT,
    CENTERED
  }

  /**
   * @param tracking letter-spacing allowed for justified lines, in thousandths of an em per gap
   *     between letters (see {@link PageDesign.Body#tracking()})
   */
  static List<SetLine> set(ParagraphItems p, LineBreaks breaks, LineWidths widths, Placement placement,
      int tracking) {
    List<SetLine> lines = new ArrayList<>();
    List<Item> items = p.items();
    BreakContent previousBreak = null;
    for (int n = 0; n < breaks.lines().size(); n++) {
      Line line = breaks.lines().get(n);
      boolean last = n == breaks.lines().size() - 1;
      Item breakItem = items.get(line.end());
      Object breakContent = p.contents().get(line.end());
      BreakContent inWordBreak = breakItem instanceof Penalty && breakContent instanceof BreakContent b ? b : null;

      LineBuilder lb = new LineBuilder(p, previousBreak == null ? -1 : previousBreak.word(), inWordBreak);
      // Czech repeats a written hyphen at the start of the next line; the items hold its width.
      if (previousBreak != null && previousBreak.repeatsHyphen()) lb.repeatedHyphen = previousBreak;
      long natural = lb.measure(line.start(), line.end());
      long target = widths.width(n);
      long diff = target - natural;
      double ratio = 0;
      long letterSpace = 0;
      // A paragraph's last line is not stretched to the edge, but it is shrunk when the breaker
      // counted on that to make it fit.
      boolean finalLine = last && lb.stretch >= Glue.FIL;
      if (placement == Placement.JUSTIFIED && diff != 0 && !(finalLine && diff > 0)) {
        // Share the difference between the gaps inside words (a hair each, up to the tracking
        // limit) and the word spaces, in proportion to what each can give.
        long spaces = diff > 0 ? lb.spaceStretch : lb.spaceShrink;
        long perGap = lb.size * tracking / 1000 / (diff > 0 ? 1 : 2);
        long capacity = lb.letterGaps * perGap;
        long total = spaces + capacity;
        double r = total > 0 ? Math.abs(diff) / (double) total : 0;
        if (lb.letterGaps > 0) letterSpace = Math.round(Math.min(r, 1.0) * perGap) * Long.signum(diff);
        long left = diff - letterSpace * lb.letterGaps;
        if (spaces > 0) ratio = diff > 0 ? left / (double) spaces : Math.max(-1, left / (double) spaces);
      }
      long offset = 0;
      if (placement == Placement.CENTERED) offset = Math.max(0, diff) / 2;
      lines.add(lb.draw(line.start(), line.end(), ratio, letterSpace, offset - lb.leftProtrusion));
      previousBreak = inWordBreak;
    }
    return lines;
  }

  /** Measures and draws one line. */
  private static final class LineBuilder {
    final ParagraphItems p;
    final int continuedWord;
    final BreakContent endBreak;
    /** The break whose written hyphen this line repeats at its start, if any. */
    BreakContent repeatedHyphen;
    long stretch;
    long shrink;
    /** Stretch and shrink of the word spaces alone, without the letter-spacing of the words. */
    long spaceStretch;
    long spaceShrink;
    /** Gaps between letters of the same word on this line, which tracking may widen. */
    long letterGaps;
    /** The type size of the line's words. */
    long size;
    long leftProtrusion;

    // Made by draw, as large as the line's glyphs can be (they grew from 64 by doubling before,
    // and were trimmed: four times the arrays for every line of the book).
    GlyphList.Builder glyphs;
    List<GlyphKey> keys;
    /** The glyphs' advances, unboxed, one per glyph. */
    long[] advances;
    final List<LineAnchor> anchors = new ArrayList<>();
    final List<cz.sazba.typeset.page.ImageElement> pictures = new ArrayList<>();

    LineBuilder(ParagraphItems p, int continuedWord, BreakContent endBreak) {
      this.p = p;
      this.continuedWord = continuedWord;
      this.endBreak = endBreak;
    }

    /** Natural width of the line, less protrusion; collects the line's stretch and shrink. */
    long measure(int start, int end) {
      long width = 0;
      int lastWord = -1;
      boolean glueSince = false;
      int firstBox = -1;
      int lastBox = -1;
      for (int i = start; i < end; i++) {
        Item it = p.items().get(i);
        if (it instanceof Box b) {
          width += b.width();
          if (p.contents().get(i) instanceof BoxContent bc) {
            int glyphCount = 0;
            List<Slice> slices = bc.slices();
            for (int s = 0; s < slices.size(); s++) glyphCount += slices.get(s).to() - slices.get(s).from();
            // Syllables of one word on one line join without a gap of their own.
            boolean sameWord = bc.word() == lastWord && !glueSince;
            letterGaps += glyphCount - (sameWord ? 0 : 1);
            lastWord = bc.word();
            glueSince = false;
            if (size == 0) size = bc.slices().get(0).piece().size();
          }
          if (firstBox < 0) firstBox = i;
          lastBox = i;
        } else if (it instanceof Glue g) {
          width += g.width();
          stretch += g.stretch();
          shrink += g.shrink();
          spaceStretch += g.stretch();
          spaceShrink += g.shrink();
          glueSince = true;
        }
      }
      Item breakItem = p.items().get(end);
      if (breakItem instanceof Penalty pen && endBreak != null) {
        // Inside a word: the hyphen (if any) is added and may itself hang out.
        width += pen.width() - pen.rightProtrusion();
        // The added hyphen is letter-spaced like the word it ends (its box counted that gap).
        if (endBreak.kind() == BreakKind.HYPHENATION && lastBox >= 0) letterGaps++;
      } else if (lastBox >= 0) {
        width -= ((Box) p.items().get(lastBox)).rightProtrusion();
      }
      if (firstBox >= 0) {
        leftProtrusion = ((Box) p.items().get(firstBox)).leftProtrusion();
        width -= leftProtrusion;
      }
      return width;
    }

    SetLine draw(int start, int end, double ratio, long letterSpace, long startX) {
      // At most: each box's glyphs, a space per glue, a repeated hyphen at the start and an
      // added one at the end.
      int most = 2;
      for (int i = start; i < end; i++) {
        Object c = p.contents().get(i);
        if (c instanceof BoxContent bc) {
          for (Slice s : bc.slices()) most += s.to() - s.from();
        } else if (c instanceof SpaceContent) {
          most++;
        }
      }
      glyphs = new GlyphList.Builder(most);
      keys = new ArrayList<>(most);
      advances = new long[most];
      int lastWord = -1;
      long x = startX;
      int modelOffset = -1;
      if (repeatedHyphen != null) {
        // Drawn over the glue that the paragraph builder put at the line's start for it.
        BreakContent b = repeatedHyphen;
        FontFace f = b.face();
        int hyphen = f.glyphId('-');
        long adv = Sp.scale(f.advance(hyphen), b.size(), f.unitsPerEm());
        addGlyph(hyphen, x, "-", new GlyphKey(f, b.size(), b.run(), Mark.CONTINUATION, continuedWord), adv);
      }
      boolean sawBox = false;
      for (int i = start; i < end; i++) {
        Item it = p.items().get(i);
        Object content = p.contents().get(i);
        if (it instanceof Box b) {
          sawBox = true;
          if (content instanceof BoxContent bc) {
            if (modelOffset < 0) modelOffset = bc.modelOffset();
            Mark mark = bc.word() == continuedWord ? Mark.CONTINUATION
                : endBreak != null && bc.word() == endBreak.word() ? Mark.HEAD : Mark.NONE;
            List<Slice> slices = bc.slices();
            for (int si = 0; si < slices.size(); si++) {
              Slice s = slices.get(si);
              var run = s.piece().run();
              if (run.anchor().isPresent() && s.from() == 0 && s.piece().runOffset() == 0) {
                anchors.add(new LineAnchor(run.anchor().get(), x));
              }
              // One key for the slice's glyphs: they share face, size, run and mark.
              GlyphKey key = new GlyphKey(s.piece().face(), s.piece().size(), run, mark, bc.word());
              for (int g = s.from(); g < s.to(); g++) {
                if (lastWord == bc.word()) x += letterSpace;
                lastWord = bc.word();
                long adv = s.piece().advance(g);
                addGlyph(s.piece().shaped().glyphIds()[g], x, s.piece().shaped().clusterText(g), key, adv);
                x += adv;
              }
            }
          } else if (content instanceof ParagraphItems.PictureContent pc) {
            sawBox = true;
            if (modelOffset < 0) modelOffset = pc.run().modelOffset();
            cz.sazba.model.Image image = pc.run().picture().get();
            cz.sazba.typeset.page.Tag tag = pc.run().structId() < 0
                ? cz.sazba.typeset.page.Tag.artifact(cz.sazba.typeset.page.Artifact.LAYOUT)
                : cz.sazba.typeset.page.Tag.of(pc.run().structId());
            pictures.add(new cz.sazba.typeset.page.ImageElement(x, -pc.depth(), pc.width(), pc.height(), image.path(),
                image.data(), tag));
            x += b.width();
          } else {
            x += b.width();
          }
        } else if (it instanceof Glue g) {
          lastWord = -1;
          long w = g.width() + Math.round(ratio >= 0 ? ratio * g.stretch() : ratio * g.shrink());
          if (g.stretch() >= Glue.FIL) w = g.width();
          if (content instanceof SpaceContent sc && sawBox && w > 0) {
            FontFace f = sc.face();
            addGlyph(f.glyphId(' '), x, " ", new GlyphKey(f, sc.size(), sc.run(), Mark.NONE, -1), w);
          }
          x += w;
        }
      }
      if (endBreak != null && endBreak.kind() == BreakKind.HYPHENATION) {
        FontFace f = endBreak.face();
        int hyphen = f.glyphId('-');
        x -= endBreak.droppedKern();
        if (lastWord == endBreak.word()) x += letterSpace;
        int lastGlyph = glyphs.size() == 0 ? 0 : glyphs.glyphId(glyphs.size() - 1);
        x += Sp.scale(f.kerning(lastGlyph, hyphen), endBreak.size(), f.unitsPerEm());
        addGlyph(hyphen, x, "-", new GlyphKey(f, endBreak.size(), endBreak.run(), Mark.HEAD, endBreak.word()),
            Sp.scale(f.advance(hyphen), endBreak.size(), f.unitsPerEm()));
      }
      return new SetLine(runs(), links(), List.copyOf(anchors), Math.max(0, modelOffset), strikes(), List.copyOf(pictures));
    }

    private void addGlyph(int glyphId, long x, String text, GlyphKey key, long advance) {
      if (glyphs.size() == advances.length) advances = java.util.Arrays.copyOf(advances, advances.length * 2);
      advances[glyphs.size()] = advance;
      glyphs.add(glyphId, x, text);
      keys.add(key);
      if (key != lastKey) {
        lastKey = key;
        struck |= key.run.look().strike();
        linked |= key.run.href().isPresent();
      }
    }

    /** The key of the glyph added last: a slice's glyphs share one. */
    private GlyphKey lastKey;
    /** Whether a glyph of the line is struck out, or belongs to a link: most lines have neither. */
    private boolean struck;
    private boolean linked;

    /** Consecutive glyphs with the same face, size, structure node and ActualText role form a run. */
    private List<GlyphRun> runs() {
      List<GlyphRun> out = new ArrayList<>();
      glyphs.trim();
      int i = 0;
      boolean headTextGiven = false;
      while (i < glyphs.size()) {
        GlyphKey k = keys.get(i);
        int j = i;
        while (j < glyphs.size() && (keys.get(j) == k || keys.get(j).sameRun(k))) j++;
        Optional<String> actual = Optional.empty();
        if (k.mark == Mark.HEAD) {
          // The first piece of a broken word reads as the whole word; what follows reads as nothing.
          actual = Optional.of(headTextGiven ? "" : p.words().get(k.word).text());
          headTextGiven = true;
        } else if (k.mark == Mark.CONTINUATION) {
          actual = Optional.of("");
        }
        out.add(new GlyphRun(k.face, k.size, k.rise, glyphs.slice(i, j), actual, Tag.of(k.run.structId())));
        i = j;
      }
      return out;
    }

    /**
     * A rule through each stretch of struck-out glyphs, at about the height of a hyphen, as thick
     * as a hyphen's stroke; a layout artifact (the text is tagged as it is).
     */
    private List<Rule> strikes() {
      if (!struck) return List.of();
      List<Rule> out = new ArrayList<>();
      int i = 0;
      while (i < glyphs.size()) {
        if (!keys.get(i).run.look().strike()) {
          i++;
          continue;
        }
        int j = i;
        while (j < glyphs.size() && keys.get(j).run.look().strike()) j++;
        // Spaces at either end are not struck.
        int from = i;
        int to = j;
        while (from < to && glyphs.text(from).isBlank()) from++;
        while (to > from && glyphs.text(to - 1).isBlank()) to--;
        if (from < to) {
          long size = keys.get(from).size;
          long left = glyphs.x(from);
          long right = glyphs.x(to - 1) + advances[to - 1];
          long thickness = Math.max(size / 20, Sp.of(0.3));
          out.add(new Rule(left, keys.get(from).rise + size * 26 / 100, right - left, thickness,
              Tag.artifact(cz.sazba.typeset.page.Artifact.LAYOUT)));
        }
        i = j;
      }
      return out;
    }

    /**
     * One area per stretch of glyphs with the same link, as high as the type, belonging to the
     * link's Link node (PDF/UA wants the annotation there, also over a foreign passage's Span).
     */
    private List<LinkArea> links() {
      if (!linked) return List.of();
      List<LinkArea> out = new ArrayList<>();
      int i = 0;
      while (i < glyphs.size()) {
        Optional<String> href = keys.get(i).run.href();
        if (href.isEmpty()) {
          i++;
          continue;
        }
        int struct = keys.get(i).run.linkId();
        int j = i;
        while (j < glyphs.size() && keys.get(j).run.href().equals(href) && keys.get(j).run.linkId() == struct) j++;
        long size = keys.get(i).size;
        long left = glyphs.x(i);
        long right = glyphs.x(j - 1) + advances[j - 1];
        String description = href.get().startsWith("#") ? "Go to " + describe(i, j) : href.get();
        long rise = keys.get(i).rise;
        out.add(new LinkArea(left, rise - size / 4, right, rise + size * 4 / 5, href.get(), description, Tag.of(struct)));
        i = j;
      }
      return out;
    }

    private String describe(int from, int to) {
      StringBuilder s = new StringBuilder();
      for (int i = from; i < to; i++) s.append(glyphs.text(i));
      return s.toString().strip();
    }
  }

  private enum Mark {
    NONE,
    HEAD,
    CONTINUATION
  }

  private static final class GlyphKey {
    final FontFace face;
    final long size;
    final Run run;
    final Mark mark;
    final int word;
    /** Baseline shift of a superscript or subscript. */
    final long rise;

    GlyphKey(FontFace face, long size, Run run, Mark mark, int word) {
      this.face = face;
      this.size = size;
      this.run = run;
      this.mark = mark;
      this.word = word;
      // The run's look scales from the paragraph's size: size / scale recovers it.
      this.rise = run.look().rise() == 0 ? 0 : size * run.look().rise() / run.look().scale();
    }

    boolean sameRun(GlyphKey o) {
      return face == o.face && size == o.size && rise == o.rise && run.structId() == o.run.structId() && mark == o.mark
          && (mark == Mark.NONE || word == o.word) && Objects.equals(run.href(), o.run.href());
    }
  }
}
