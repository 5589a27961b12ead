package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pandoc constructs that commonmark reads differently, each read as pandoc does or refused where it is. */
class PandocConstructsTest {
  @TempDir Path work;

  /** The model's skeleton, then every diagnostic as "line:col code". */
  private String read(String metadata, String markdown) throws Exception {
    Path dir = Files.createDirectories(work.resolve("m" + System.nanoTime()));
    Files.writeString(dir.resolve("metadata.yaml"), metadata);
    Files.writeString(dir.resolve("01.md"), markdown);
    Diagnostics diagnostics = new Diagnostics();
    Document doc = ManuscriptReader.readAsFarAsPossible(dir, diagnostics).orElseThrow();
    List<Block> blocks = new ArrayList<>();
    for (Chapter c : doc.chapters()) blocks.addAll(c.blocks());
    StringBuilder s = new StringBuilder(Skeleton.ofModel(blocks));
    for (Diagnostic d : diagnostics.sorted()) {
      s.append(d.span().file().line(d.span().start())).append(':').append(d.span().file().column(d.span().start()))
          .append(' ').append(d.code()).append('\n');
    }
    return s.toString();
  }

  private String read(String markdown) throws Exception {
    return read("title: T\nlang: en\n", markdown);
  }

  @Test
  void aYamlBlockInAChapterIsMetadataNotAHeading() throws Exception {
    assertEquals("P Text.\n", read("title: T\nlang: en\n", "---\ntitle: T\n...\n\nText.\n"));
    assertEquals("P Text.\n2:1 metadata-block-overridden\n",
        read("title: T\nlang: en\n", "---\ntitle: Other\nsubtitle: S\n---\n\nText.\n"));
    // In a fenced code block it is code.
    assertEquals("CODE yaml \"\\n---\\ntitle: x\\n---\"\n", read("```yaml\n\n---\ntitle: x\n---\n```\n"));
    // Not a mapping: read as Markdown, as pandoc does (a thematic break, then a paragraph).
    assertEquals("HR\nP just words\nHR\n", read("---\njust words\n\n---\n"));
  }

  @Test
  void aTitleBlockIsNotText() throws Exception {
    assertEquals("P Text.\n1:1 title-block-unread\n", read("% The Title\n% An Author\n% 2006\n\nText.\n"));
  }

  @Test
  void lineBlocksAreParagraphsWithLineBreaks() throws Exception {
    assertEquals("P The limerick\\n\u00A0\u00A0packs laughs\\nanatomical\n",
        read("| The limerick\n|   packs laughs\n| anatomical\n"));
  }

  @Test
  void fancyListsAreReadAndTexIsRefusedWhereItIs() throws Exception {
    assertEquals("OL 1 LowerAlpha Period\n  LI\n    P one\n  LI\n    P two\n", read("a. one\nb. two\n"));
    assertEquals("OL 1 Example TwoParens\n  LI\n    P example\n", read("(@) example\n"));
    assertEquals("OL 1 DefaultStyle DefaultDelim\n  LI\n    P auto\n", read("#. auto\n"));
    // In a quote, in a code block (left as written), after a paragraph line (no list, as in pandoc).
    assertEquals("QUOTE\n  OL 3 LowerRoman OneParen\n    LI\n      P x\n", read("> iii) x\n"));
    assertEquals("CODE - \"a) x\\nB. y\"\n", read("    a) x\n    B. y\n"));
    assertEquals("P text a) b\n", read("text\na) b\n"));
    // One capital letter with one space is a sentence, as pandoc reads it.
    assertEquals("P B. Russell wrote it.\n", read("B. Russell wrote it.\n"));
    assertEquals("1:1 tex-unsupported\n", read("\\begin{tabular}{ll}\na & b\n\\end{tabular}\n"));
    // \cite[..]{..}: one TeX diagnostic, no attribute-malformed.
    assertEquals("P See \\cite22-23.\n1:5 tex-unsupported\n", read("See \\cite[22-23]{smith.1899}.\n"));
    assertEquals("P A \\cite b.\n", read("A \\\\cite b.\n"));
  }

  @Test
  void smartTypographyAsPandoc() throws Exception {
    assertEquals("P Text “open\n", read("Text \"open\n"));
    assertEquals("P a\u00A0b, Mr.\u00A0Smith, M.A.\u00A02007\n", read("a\\ b, Mr. Smith, M.A. 2007\n"));
  }

  @Test
  void htmlHrIsAThematicBreak() throws Exception {
    assertEquals("P a\nHR\nHR\nP b\n", read("a\n\n<hr>\n\n<hr class=\"x\" />\n\nb\n"));
  }

  @Test
  void codeBlocks() throws Exception {
    assertEquals("CODE python \" x = 1\"\n1:1 attribute-ignored\n", read("``` {#c1 .python}\n\tx = 1\n```\n"));
    // Tabs to the next multiple of four columns, as pandoc expands them.
    assertEquals("    x\n  a b\n12345   c", ChapterConverter.expandTabs("\tx\n  a\tb\n12345\tc"));
  }

  @Test
  void taskListsAndCodeAttributes() throws Exception {
    assertEquals("UL\n  LI\n    P \u2610 to do\n  LI\n    P \u2612 done\n", read("- [ ] to do\n- [x] done\n"));
    assertEquals("P `x` y\n1:4 attribute-ignored\n", read("`x`{.lang} y\n"));
    assertEquals("P y\n1:6 raw-unsupported\n", read("`<b>`{=html} y\n").replace("P  y", "P y"));
    assertEquals("CODE - \"<b>\"\n1:1 raw-unsupported\n", read("```{=html}\n<b>\n```\n"));
  }

  @Test
  void citationsInPandocsForms() throws Exception {
    assertEquals("P cite(a) says, cite(b) too, cite(c) and a@b.cz, @ @d.\n",
        read("@a says, @b [p. 4] too, [-@c] and a@b.cz, @ \\@d.\n"));
    assertEquals("P cite(a;b)\n", read("[see @a, p. 4; also @b]\n"));
    assertEquals("1:6 cite-malformed\n", read("[@a; see]\n").replaceAll("(?m)^P.*\n", ""));
  }

  @Test
  void anExplicitIdAfterTheSameAutomaticOne() throws Exception {
    // pandoc: both "a" (with a warning); the earlier keeps it, this one takes the next free id.
    assertEquals("H1 #a A\nH1 #a-1 B\n3:6 heading-id-taken\n", read("# A\n\n# B {#a}\n"));
    assertEquals("H1 #a A\nH1 #a B\n3:6 heading-id-duplicate\n", read("# A {#a}\n\n# B {#a}\n"));
  }

  @Test
  void anEmptyLinkIsOneWarning() throws Exception {
    assertEquals("P Empty.\n1:1 link-target-empty\n", read("[Empty]().\n"));
  }

  @Test
  void aListRightAfterAParagraphIsNamed() throws Exception {
    assertEquals("P Text\nUL\n  LI\n    P item\n2:1 block-interrupts-paragraph\n", read("Text\n* item\n"));
    // Inside a list item a sublist may follow directly, for pandoc as well.
    assertEquals("UL\n  LI\n    P a\n    UL\n      LI\n        P b\n", read("* a\n    * b\n"));
  }

  @Test
  void aBlockRightAfterAListItemsTextIsNamed() throws Exception {
    // pandoc reads each of these lines as more text of the item ("item # Heading"); commonmark,
    // and so Sazba, ends the list there.
    for (String line : new String[] {"# Heading", "> quote", "***", "::: note"}) {
      String out = read("- item\n" + line + "\n" + (line.startsWith(":::") ? "text\n:::\n" : ""));
      assertTrue(out.contains("2:1 block-after-list-item\n"), line + ": " + out);
    }
    // Also after a sublist's item, and not when a blank line comes first or the item ends in code.
    assertTrue(read("- a\n  - b\n# H\n").endsWith("3:1 block-after-list-item\n"));
    assertEquals("UL\n  LI\n    P item\nH1 #heading Heading\n", read("- item\n\n# Heading\n"));
    assertFalse(read("- item\n\n      code\n# H\n").contains("block-after-list-item"));
    assertFalse(read("Text\n# Heading\n").contains("block-after-list-item"));
  }

  @Test
  void linkSyntaxLeftAsTextIsAnError() throws Exception {
    assertEquals("P [a](/u \"t “q” i\")\n1:1 link-unread\n", read("[a](/u \"t \"q\" i\")\n").replace("  ", " "));
  }
}
