package cz.sazba.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Reference;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import cz.sazba.testing.EpubCheckRunner;
import cz.sazba.testing.VeraPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Each fixture (Parsoid HTML written after Specs/HTML, src/test/resources/cz/sazba/wikipedia)
 * imported, then read by Sazba (and built, validated) and by pandoc.
 */
class ImportFixturesTest {
  private static final Path FIXTURES = ArticleText.projectDir().resolve("src/test/resources/cz/sazba/wikipedia");

  @TempDir
  Path tmp;

  private WikiImporter.Report importFixture(String name, Path out, WikiImporter.Options options) throws Exception {
    return WikiImporter.fromFile(FIXTURES.resolve(name), out, options);
  }

  private static Document read(Path dir) {
    Diagnostics d = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(dir, d);
    List<String> problems = new ArrayList<>();
    for (Diagnostic x : d.sorted()) problems.add(x.format());
    assertTrue(doc.isPresent(), "Sazba reads the import: " + problems);
    return doc.get();
  }

  private static BuiltBook build(Path dir) throws Exception {
    Diagnostics d = new Diagnostics();
    BuiltBook book = Pipeline.build(dir, BuildEnvironment.fixed(), d);
    List<String> warnings = new ArrayList<>();
    for (Diagnostic x : d.sorted()) warnings.add(x.format());
    assertEquals(List.of(), warnings, "the import builds without a warning");
    return book;
  }

  private static void validate(BuiltBook book) throws Exception {
    List<String> epub = new ArrayList<>(EpubCheckRunner.problems(book.epub()));
    assertEquals(List.of(), epub);
    assertEquals(List.of(), VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFA_2_U));
    assertEquals(List.of(), VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFUA_1));
  }

  private static String pdfText(BuiltBook book) throws Exception {
    try (PDDocument doc = Loader.loadPDF(book.pdf())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  // ------------------------------------------------------------------ the first book

  @Test
  void theFirstBooksRevisionGivesTheHandMadeTextWordForWord() throws Exception {
    Path out = tmp.resolve("first");
    importFixture("first-book.html", out, WikiImporter.Options.defaults());
    Document imported = read(out);
    StringBuilder book = new StringBuilder(imported.metadata().title()).append('\n');
    book.append(ArticleText.plainText(imported.chapters()));
    // The existing transcription test's measure (FirstBookTextTest): every word and mark in order.
    String article = ArticleText.body(false).replace("*", "").replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
    List<String> expected = ArticleText.tokens(article);
    List<String> actual = ArticleText.tokens(book.toString());
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
    assertEquals(expected.size(), i, "first difference at token " + i + ": article "
        + expected.subList(Math.max(0, i - 5), Math.min(expected.size(), i + 5)) + ", import "
        + actual.subList(Math.max(0, i - 5), Math.min(actual.size(), i + 5)));
    assertEquals(expected, actual);

    // And the hand-made manuscript's text, block for block.
    Document hand = read(ArticleText.projectDir().resolve("manuscript"));
    StringBuilder handText = new StringBuilder(hand.metadata().title()).append('\n');
    handText.append(ArticleText.plainText(hand.chapters()));
    assertEquals(handText.toString(), book.toString());
  }

  @Test
  void theFirstBooksAttributionIsTheHandMadeOne() throws Exception {
    Path out = tmp.resolve("first");
    WikiImporter.Report report = importFixture("first-book.html", out, WikiImporter.Options.defaults());
    Metadata m = read(out).metadata();
    Metadata hand = read(ArticleText.projectDir().resolve("manuscript")).metadata();
    assertEquals(hand.title(), m.title());
    assertEquals(hand.authors(), m.authors());
    assertEquals(hand.license(), m.license());
    assertEquals(hand.source().orElseThrow().url(), m.source().orElseThrow().url());
    assertEquals(hand.source().orElseThrow().history(), m.source().orElseThrow().history());
    assertEquals(hand.source().orElseThrow().revision(), m.source().orElseThrow().revision());
    assertEquals(hand.source().orElseThrow().edited().orElseThrow().toInstant(),
        m.source().orElseThrow().edited().orElseThrow().toInstant());
    assertEquals(hand.source().orElseThrow().title(), m.source().orElseThrow().title());
    // Both citations, their locators and the reference data as the hand-made book has them.
    List<String> titles = new ArrayList<>();
    for (Reference r : m.references()) titles.add(r.title().orElseThrow());
    assertEquals(List.of("An Outline of the History of the CPCz", "Portréty deportovaných ve světle dokumentů NKVD"), titles);
    List<String> cites = new ArrayList<>();
    for (Chapter c : read(out).chapters()) for (Block b : c.blocks()) if (b instanceof Paragraph p) {
      for (Inline in : p.content()) if (in instanceof Cite cite) for (CiteItem it : cite.items()) {
        cites.add(it.key() + it.locator().map(l -> " " + l).orElse(""));
      }
    }
    assertEquals(List.of(m.references().get(0).id() + " p. 158", m.references().get(1).id()), cites);
    // What was left out is said, as the hand-made changes say it.
    String changes = String.join("\n", m.changes());
    assertTrue(changes.contains("infobox") && changes.contains("{{Infobox bilateral relations}}"), changes);
    assertTrue(changes.contains("navigation box") && changes.contains("categories"), changes);
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
  }

  @Test
  void theFirstBookImportedBuildsAndValidatesInBothNoteStyles() throws Exception {
    for (RefStyle style : RefStyle.values()) {
      Path out = tmp.resolve("first-" + style);
      importFixture("first-book.html", out, WikiImporter.Options.defaults().withRefs(style));
      BuiltBook book = build(out);
      validate(book);
      String text = pdfText(book).replaceAll("-\\n", "").replaceAll("\\s+", " ");
      assertTrue(text.contains("Se Sovětským svazem na věčné časy!"), "Czech motto whole in the PDF");
      String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
      if (style == RefStyle.NOTES) {
        assertTrue(md.contains("[^1]: Institute of Marxism-Leninism"), md);
        assertFalse(md.contains("# References"), "the empty References section is gone: its notes are footnotes");
      } else {
        assertTrue(md.contains("::: {#refs}"), md);
      }
    }
  }

  // ------------------------------------------------------------------ templates, sfn, nested lists

  @Test
  void shortCitationsResolveToTheBibliographyAndPageFurnitureIsListed() throws Exception {
    Path out = tmp.resolve("templates");
    WikiImporter.Report report = importFixture("templates.html", out, WikiImporter.Options.defaults());
    Document doc = read(out);
    List<String> cites = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    int[] notes = {0};
    int[] depth = {0};
    for (Chapter c : doc.chapters()) for (Block b : c.blocks()) collect(b, cites, langs, notes, depth, 1);
    assertEquals(List.of("smith2001 p. 23", "novak1999 pp. 10–12", "smith2001 p. 40", "cerny1990 p. 158", "glass-museum2019",
        "horakova2021"), cites, "{{rp|158}} is the locator of the citation before it");
    assertEquals(List.of("cs", "de"), langs);
    assertEquals(1, notes[0], "the {{efn}} note is a footnote");
    assertEquals(3, depth[0], "lists nested three deep");
    Metadata m = doc.metadata();
    List<String> ids = new ArrayList<>();
    for (Reference r : m.references()) ids.add(r.id());
    assertEquals(List.of("smith2001", "novak1999", "cerny1990", "glass-museum2019", "horakova2021"), ids);
    Reference museum = m.references().get(3);
    assertEquals("Window glass in the Baroque era", museum.title().orElseThrow(), "wikitext and comments read");
    assertEquals("Museum of Glass", museum.containerTitle().orElseThrow());
    assertEquals("cs", m.references().get(4).language().orElseThrow().tag());
    String changes = String.join("\n", m.changes());
    for (String s : List.of("{{Infobox industry}}", "{{Glass sidebar}}", "{{Glass navbox}}", "bibliography entries",
        "text the article hides (short description, hidden parts): {{Short description}}")) {
      assertTrue(changes.contains(s), s + " in " + changes);
    }
    assertEquals("CC-BY-SA-3.0", m.license().orElseThrow().id(), "edited 2022: CC BY-SA 3.0");
    String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
    assertTrue(md.contains("Brown, Mary (1985). *A History of Glass*."), "an uncited further-reading entry stays as text");
    assertFalse(md.contains("Glass industry of the Czech lands"), "the hidden short description is not text");
    assertFalse(md.contains("# Bibliography"), "the bibliography's entries are the reference list now");
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    validate(build(out));
  }

  @Test
  void aKeptInfoboxIsADefinitionListOfItsLabelledRows() throws Exception {
    Path out = tmp.resolve("infobox");
    importFixture("templates.html", out, WikiImporter.Options.defaults().withInfobox(true));
    String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
    assertTrue(md.startsWith("Region\n:   Bohemia\n\n"), md);
    assertFalse(md.contains("Bohemian glass"), "the infobox's title (its heading row) is left out");
    String changes = String.join("\n", read(out).metadata().changes());
    assertTrue(changes.contains("the infobox's title, headings and images (its labelled rows are a list): {{Infobox industry}}"),
        changes);
    build(out);
  }

  @Test
  void inFootnoteStyleShortCitationsAreTheirNotesText() throws Exception {
    Path out = tmp.resolve("templates-notes");
    importFixture("templates.html", out, WikiImporter.Options.defaults().withRefs(RefStyle.NOTES));
    Document doc = read(out);
    assertTrue(doc.metadata().references().isEmpty());
    String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
    assertTrue(md.contains("[^1]: Smith 2001, p.\u00a023."), md);
    assertTrue(md.contains("# Bibliography"), "the bibliography stays, as text");
    build(out);
  }

  // ------------------------------------------------------------------ Czech

  @Test
  void aCzechArticleBuildsWithCzechHyphenationAndItsDiacritics() throws Exception {
    Path out = tmp.resolve("czech");
    importFixture("czech.html", out, WikiImporter.Options.defaults());
    Document doc = read(out);
    Metadata m = doc.metadata();
    assertEquals("Československo–sovětské vztahy", m.title());
    assertEquals("cs", m.lang().tag());
    assertEquals("CC-BY-SA-4.0", m.license().orElseThrow().id(), "edited 2024: CC BY-SA 4.0");
    assertEquals("https://cs.wikipedia.org/w/index.php?title=%C4%8Ceskoslovensko%E2%80%93sov%C4%9Btsk%C3%A9_vztahy&oldid=23456789",
        m.source().orElseThrow().url().toString());
    List<String> headings = new ArrayList<>();
    for (Chapter c : doc.chapters()) for (Block b : c.blocks()) if (b instanceof Heading h) {
      StringBuilder sb = new StringBuilder();
      inlines(h.content(), sb);
      headings.add(h.level() + " " + sb + " #" + h.id());
    }
    assertEquals(List.of("1 Meziválečné období #Meziválečné_období", "1 Období po roce 1948 #Období_po_roce_1948",
        "2 Žďár a Říčany #Žďár_a_Říčany", "1 Reference #Reference"), headings);
    Reference kvacek = m.references().get(0);
    assertEquals("Osudná mise", kvacek.title().orElseThrow());
    String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
    assertTrue(md.contains("[@kvacek1968, p. 112]"), md);
    assertTrue(md.contains("[Советский Союз]{lang=ru}") && md.contains("*[Drang nach Osten]{lang=de}*"), md);
    assertTrue(md.contains("[Meziválečné období](#Meziválečné_období)"), "a link to a section of the same article");
    BuiltBook book = build(out);
    validate(book);
    String text = pdfText(book);
    assertTrue(text.contains("žluťoučký"), "Czech diacritics in the PDF");
  }

  // ------------------------------------------------------------------ figures, table, footnotes (pandoc)

  @Test
  void figuresTablesAndFootnotesBuildInSazba() throws Exception {
    Path out = tmp.resolve("figures-sazba");
    importFixture("figures-table.html", out, WikiImporter.Options.defaults().withImages(Optional.of(FIXTURES.resolve("images"))));
    Document doc = read(out);
    int figures = 0;
    int tables = 0;
    for (Chapter c : doc.chapters()) for (Block b : c.blocks()) {
      if (b instanceof cz.sazba.model.Figure) figures++;
      if (b instanceof cz.sazba.model.Table) tables++;
    }
    assertEquals(2, figures, "the two free images (the non-free one is left out)");
    assertEquals(2, tables);
    BuiltBook book = build(out);
    validate(book);
    String text = pdfText(book).replaceAll("\\s+", " ");
    assertTrue(text.contains("Keepers and their years") && text.contains("Marie Nováková"), "the table in the PDF");
    assertTrue(text.contains("The lighthouse in 1910, from the north"), "the caption in the PDF");
  }

  @Test
  void figuresTableAndFootnotesAsPandocReadsThem() throws Exception {
    assumeTrue(Pandoc.available(), "pandoc is not installed");
    Path out = tmp.resolve("figures");
    WikiImporter.Report report = importFixture("figures-table.html", out,
        WikiImporter.Options.defaults().withImages(Optional.of(FIXTURES.resolve("images"))));
    String nat = Pandoc.run(out, "-f", "markdown", "-t", "native", "--metadata-file", "metadata.yaml", ManuscriptFiles.CHAPTER);
    assertTrue(Pattern.compile("\\bTable\\b").matcher(nat).find(), "a pandoc table");
    assertTrue(nat.contains("images/lighthouse-of-testing.png") && nat.contains("\"fig:\""), "a figure");
    assertTrue(Pattern.compile("\\bNote\\b").matcher(nat).find(), "footnotes");
    assertTrue(Files.isRegularFile(out.resolve("images/lighthouse-of-testing.png")));
    assertFalse(Files.exists(out.resolve("images/testing-lighthouse-logo.png")), "the non-free image is not copied");
    String text = Pandoc.text(nat);
    for (String s : List.of("2 * 3 = 6", "snake_case_name", "[brackets]", "back\\slash and back\\ slash", "`ticks`",
        "<angle> & ampersand", "#hash", "~tilde~", "x^2^", "$5 and $6", "@keeper", "a | pipe", "{braces}",
        "1984. A year", "- a dash at the start", "# nor a hash", "% nor a percent", "23\u00a0m tall",
        "a | pipe in a cell", "wind NW, *heavy* sea", "Nights the light was lit")) {
      assertTrue(text.contains(s), "pandoc reads '" + s + "' in: " + text);
    }
    String md = Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8);
    assertTrue(md.contains("-\\- two hyphens"), "two hyphens stay two hyphens under smart typography");
    assertTrue(md.contains("non-breaking.\\\nAfter a line break."), "a hard break inside a paragraph");
    assertTrue(md.contains("\n\nA paragraph between breaks, with a direction mark after Tel Aviv and no break at its end.\n\n"),
        "no break at a paragraph's ends, no direction mark: " + md);
    assertTrue(md.contains("[§\u00a0Keepers](#Keepers)"), md);
    String metadata = Files.readString(out.resolve("metadata.yaml"), StandardCharsets.UTF_8);
    assertTrue(metadata.contains("Image File:Lighthouse of Testing.png: Example Photographer; CC BY-SA 4.0"), metadata);
    assertTrue(metadata.contains("File:Testing Lighthouse logo.png (non-free"), metadata);
    assertTrue(metadata.contains("CC-BY-SA-4.0"), "edited July 2023: CC BY-SA 4.0");
    assertTrue(metadata.contains("{{More citations needed}}") && metadata.contains("{{About}}")
        && metadata.contains("{{Citation needed}}") && metadata.contains("coordinates") && metadata.contains("edit links")
        && metadata.contains("1 invisible control character"), metadata);
    assertTrue(report.warnings().stream().anyMatch(w -> w.contains("File:Lantern detail.png has no alt text")),
        report.warnings().toString());
    // pandoc with citeproc takes the whole manuscript, as docs/manuscript.md says.
    String plain = Pandoc.run(out, "--metadata-file", "metadata.yaml", ManuscriptFiles.CHAPTER, "--citeproc", "-t", "plain");
    assertTrue(plain.contains("Keeper"), plain);
  }

  @Test
  void theTableFixtureIsReadBySazbasReader() throws Exception {
    // Without --images its figures are left out (and listed); Sazba's reader takes the rest.
    Path out = tmp.resolve("table");
    WikiImporter.Report report = importFixture("figures-table.html", out, WikiImporter.Options.defaults());
    assertTrue(report.leftOut().stream().anyMatch(l -> l.contains("File:Lighthouse of Testing.png (not fetched")),
        report.leftOut().toString());
    Document doc = read(out);
    List<cz.sazba.model.Table> tables = new ArrayList<>();
    for (Chapter c : doc.chapters()) for (Block b : c.blocks()) if (b instanceof cz.sazba.model.Table t) tables.add(t);
    assertEquals(2, tables.size());
    assertEquals(9, tables.get(1).columns().size(), "the wide table");
    assertEquals(3, tables.get(1).body().size());
    cz.sazba.model.Table t = tables.get(0);
    assertEquals(4, t.columns().size());
    assertEquals(1, t.head().size());
    assertEquals(3, t.body().size());
    StringBuilder caption = new StringBuilder();
    inlines(t.caption(), caption);
    assertEquals("Keepers and their years", caption.toString());
  }

  @Test
  void everyFixtureReadsInPandocWithTheSameWordsAsInSazba() throws Exception {
    assumeTrue(Pandoc.available(), "pandoc is not installed");
    for (String f : List.of("first-book.html", "templates.html", "czech.html")) {
      Path out = tmp.resolve(f + "-words");
      importFixture(f, out, WikiImporter.Options.defaults().withRefs(RefStyle.NOTES));
      String nat = Pandoc.run(out, "-f", "markdown", "-t", "native", ManuscriptFiles.CHAPTER);
      List<String> pandocWords = ArticleText.words(Pandoc.text(nat));
      StringBuilder sazba = new StringBuilder();
      for (Chapter c : read(out).chapters()) for (Block b : c.blocks()) plainAll(b, sazba);
      assertEquals(pandocWords, ArticleText.words(sazba.toString()), f);
    }
  }

  // ------------------------------------------------------------------ helpers



  private static void inlines(List<Inline> inlines, StringBuilder out) {
    for (Inline i : inlines) {
      if (i instanceof Text t) out.append(t.text());
      else if (i instanceof Emph e) inlines(e.content(), out);
      else if (i instanceof Foreign f) inlines(f.content(), out);
      else if (i instanceof Link l) inlines(l.content(), out);
      else if (i instanceof Cite) continue;
      else throw new AssertionError("unexpected inline: " + i);
    }
  }

  /** Every word Sazba reads, footnotes' words after the paragraph, as pandoc lists them in place. */
  private static void plainAll(Block b, StringBuilder out) {
    if (b instanceof Heading h) allInlines(h.content(), out);
    else if (b instanceof Paragraph p) allInlines(p.content(), out);
    else if (b instanceof ListBlock l) for (ListItem it : l.items()) for (Block x : it.blocks()) plainAll(x, out);
    else if (b instanceof BlockQuote q) for (Block x : q.blocks()) plainAll(x, out);
    out.append('\n');
  }

  private static void allInlines(List<Inline> inlines, StringBuilder out) {
    for (Inline i : inlines) {
      if (i instanceof Text t) out.append(t.text());
      else if (i instanceof Emph e) allInlines(e.content(), out);
      else if (i instanceof Strong s) allInlines(s.content(), out);
      else if (i instanceof Foreign f) allInlines(f.content(), out);
      else if (i instanceof Link l) allInlines(l.content(), out);
      else if (i instanceof cz.sazba.model.Superscript x) allInlines(x.content(), out);
      else if (i instanceof cz.sazba.model.Subscript x) allInlines(x.content(), out);
      else if (i instanceof cz.sazba.model.Strikeout x) allInlines(x.content(), out);
      else if (i instanceof Note n) {
        out.append(' ');
        for (Block x : n.blocks()) plainAll(x, out);
      }
      else out.append(' ');
    }
  }

  private static void collect(Block b, List<String> cites, List<String> langs, int[] notes, int[] depth, int level) {
    List<Inline> content = b instanceof Paragraph p ? p.content() : b instanceof Heading h ? h.content() : List.of();
    collectInlines(content, cites, langs, notes);
    if (b instanceof ListBlock l) {
      depth[0] = Math.max(depth[0], level);
      for (ListItem it : l.items()) for (Block x : it.blocks()) collect(x, cites, langs, notes, depth, level + 1);
    }
  }

  private static void collectInlines(List<Inline> content, List<String> cites, List<String> langs, int[] notes) {
    for (Inline i : content) {
      if (i instanceof Cite c) for (CiteItem it : c.items()) cites.add(it.key() + it.locator().map(l -> " " + l).orElse(""));
      else if (i instanceof Foreign f) {
        langs.add(f.lang().tag());
        collectInlines(f.content(), cites, langs, notes);
      } else if (i instanceof Emph e) collectInlines(e.content(), cites, langs, notes);
      else if (i instanceof Strong s) collectInlines(s.content(), cites, langs, notes);
      else if (i instanceof Link l) collectInlines(l.content(), cites, langs, notes);
      else if (i instanceof Note) notes[0]++;
    }
  }
}
