package cz.sazba.typeset;

import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.Metadata;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Books built by hand for typesetter tests, independent of the manuscript reader. */
final class TestBooks {
  private TestBooks() {}

  static Path projectDir() {
    return Path.of(System.getProperty("sazba.projectDir", "."));
  }

  /** The paragraphs of the article's source text (lines of 80+ characters), as plain text. */
  static List<String> articleParagraphs() throws IOException {
    // The shared source when it is beside the project, else the copy in test resources.
    List<String> out = new ArrayList<>();
    for (String line : cz.sazba.testing.ArticleText.text().split("\n")) {
      String l = line.strip().replaceAll("\\^\\[\\d\\]", "").replace("*", "");
      if (l.length() >= 80 && !l.startsWith("Text is available") && !l.startsWith("Retrieved from") && !l.matches("^\\d\\..*")) out.add(l);
    }
    return out;
  }

  static Metadata metadata(String title) {
    return new Metadata(title, Optional.empty(), new Lang("en-US"), List.of("Test"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), List.of(), Layout.defaults(), Span.GENERATED);
  }

  static Book book(List<List<Inline>> paragraphs) {
    List<cz.sazba.model.Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "first", List.of(text("A first section")), Span.GENERATED));
    for (List<Inline> p : paragraphs) blocks.add(new Paragraph(p, Span.GENERATED));
    return new Book(metadata("Test book"), List.of(new Division(DivisionKind.CHAPTER, "ch01", blocks)));
  }

  static Text text(String s) {
    return new Text(s, Span.GENERATED);
  }

  static List<Inline> czechMotto() {
    return List.of(text("the motto "), new Emph(List.of(new Foreign(new Lang("cs"),
        List.of(text("Se Sovětským svazem na věčné časy!")), Span.GENERATED)), Span.GENERATED),
        text(" (With Soviet Union forever!) represented the essence of the communist's policy."));
  }
}
