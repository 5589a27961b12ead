package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderPartsTest {
  @Test
  void identifiersFollowPandoc() {
    assertEquals("foo-bar", HeadingIds.identifier("Foo & bar"));
    assertEquals("über-straße.x", HeadingIds.identifier("1. Über – Straße.x"));
    assertEquals("czechoslovakiasoviet-union-relations", HeadingIds.identifier("Czechoslovakia–Soviet Union relations"));
    assertEquals("section", HeadingIds.identifier("123"));
    // No-break spaces and ASCII white space of any kind join words; leading digits go.
    assertEquals("české-země", HeadingIds.identifier("  České\u00A0 země  "));
    assertEquals("a.b_c-d", HeadingIds.identifier("12 A.b_c-d!?"));
    assertEquals("tab-and-line", HeadingIds.identifier("tab\tand\nline"));
    HeadingIds ids = new HeadingIds();
    assertTrue(ids.claim("foo-1"));
    assertEquals("foo", ids.automatic("Foo"));
    assertEquals("foo-2", ids.automatic("Foo"));
  }

  @Test
  void citationItemsAndLocators() {
    CitationSyntax.Result r = CitationSyntax.parse("@a, p. 158; @b.c:d; @e");
    assertEquals(List.of(), r.problems());
    assertEquals(List.of("a", "b.c:d", "e"), r.items().stream().map(CitationSyntax.Item::key).toList());
    assertEquals(Optional.of("p. 158"), r.items().get(0).locator());
    // pandoc's prefixes, author suppression and suffixes.
    CitationSyntax.Result prefixed = CitationSyntax.parse("see @a, p. 4; also -@b");
    assertEquals(List.of(), prefixed.problems());
    assertEquals(List.of(Optional.of("see"), Optional.of("also")),
        prefixed.items().stream().map(CitationSyntax.Item::prefix).toList());
    assertEquals(List.of("a", "b"), prefixed.items().stream().map(CitationSyntax.Item::key).toList());
    assertEquals(List.of(false, true), prefixed.items().stream().map(CitationSyntax.Item::suppressAuthor).toList());
    assertEquals(List.of(true, false), CitationSyntax.parse("-@a; @b").items().stream()
        .map(CitationSyntax.Item::suppressAuthor).toList());
    assertEquals(1, CitationSyntax.parse("@a; see").problems().size());
    // Markdown in a prefix or locator is refused, not printed raw.
    assertEquals(1, CitationSyntax.parse("*see* @a").problems().size());
    assertEquals(1, CitationSyntax.parse("@a, p. *4*").problems().size());
    // Trailing punctuation is not part of a key, and a suffix without comma or space is refused.
    assertEquals(1, CitationSyntax.parse("@b.").problems().size());
    assertEquals(1, CitationSyntax.parse("@a,").problems().size());
    assertTrue(CitationSyntax.looksLikeCitation("@key"));
    assertTrue(!CitationSyntax.looksLikeCitation("mail me at a@b.cz"));
  }

  @Test
  void bomCrLfAndDecomposedTextAreNormalised(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\r\nlang: cs\r\n", StandardCharsets.UTF_8);
    // "Dvořák" with a combining caron, after a byte order mark, with CR LF line ends.
    Files.writeString(dir.resolve("01.md"), "\uFEFFDvor\u030Cák\r\nřekl.\r\n", StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Document d = ManuscriptReader.read(dir, diagnostics).orElseThrow();
    Text t = (Text) ((Paragraph) d.chapters().get(0).blocks().get(0)).content().get(0);
    assertEquals("Dvořák řekl.", t.text());
    assertEquals("1:1", t.span().file().line(t.span().start()) + ":" + t.span().file().column(t.span().start()));
  }

  @Test
  void aMissingDirectoryIsADiagnosticNotAnException(@TempDir Path dir) {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(ManuscriptReader.read(dir.resolve("nope"), diagnostics).isEmpty());
    assertEquals(List.of("manuscript-missing"), diagnostics.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void aChapterFileGivenAsTheManuscriptIsCalledAFile(@TempDir Path dir) throws java.io.IOException {
    Path chapter = Files.writeString(dir.resolve("01.md"), "# A\n", StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(ManuscriptReader.read(chapter, diagnostics).isEmpty());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals("manuscript-missing", d.code());
    assertTrue(d.message().contains("is a file, not a directory"), d.message());
  }

  @Test
  void anEmptyDirectoryLacksMetadataAndChapters(@TempDir Path dir) {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(ManuscriptReader.read(dir, diagnostics).isEmpty());
    assertEquals(List.of("chapters-missing", "metadata-missing"), diagnostics.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void malformedUtf8IsLocatedAtTheBadByte() {
    Diagnostics diagnostics = new Diagnostics();
    SourceFile f = SourceLoader.decode(new byte[] {'a', '\n', 'b', 'c', (byte) 0xE2, 0x28, 'd'}, "x.md", diagnostics);
    assertEquals("x.md:2:3", diagnostics.sorted().get(0).span().location());
    assertEquals("a\nbc\uFFFD(d", f.text());
  }

  /**
   * Well-formed text takes the short way; a U+FFFD the file holds is text, not an error, and one
   * beside a malformed sequence still leaves the sequence found where it is.
   */
  @Test
  void wellFormedTextAndAWrittenReplacementCharacterDecodeWithoutErrors() {
    Diagnostics clean = new Diagnostics();
    byte[] czech = "\uFEFFČeský\r\ntext\rdál".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("Český\ntext\ndál", SourceLoader.decode(czech, "c.md", clean).text());
    assertTrue(clean.sorted().isEmpty(), clean.sorted()::toString);
    Diagnostics written = new Diagnostics();
    byte[] replacement = "a \uFFFD b".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("a \uFFFD b", SourceLoader.decode(replacement, "r.md", written).text());
    assertTrue(written.sorted().isEmpty(), written.sorted()::toString);
    Diagnostics both = new Diagnostics();
    byte[] mixed = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'x', (byte) 0xC3};
    assertEquals("\uFFFD\nx\uFFFD", SourceLoader.decode(mixed, "m.md", both).text());
    assertEquals(1, both.sorted().size(), both.sorted()::toString);
    assertEquals("m.md:2:2", both.sorted().get(0).span().location());
  }
}
