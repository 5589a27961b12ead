package cz.sazba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlinesTest {
  private static final Span S = Span.GENERATED;

  private static final List<Inline> CONTENT = List.of(
      new Text("One ", S),
      new Emph(List.of(new Text("two", S)), S),
      new Cite(List.of(new CiteItem("key", Optional.empty(), Optional.empty(), S)), false, S),
      new Note(List.of(new Paragraph(List.of(new Text("note", S)), S)), S),
      new Superscript(List.of(new Code("3", S)), S));

  @Test
  void plainTextHasCitationsButNoNotes() {
    assertEquals("One two[@key]3", Inlines.plainText(CONTENT));
  }

  @Test
  void wordsHaveNeitherCitationsNorNotes() {
    assertEquals("One two3", Inlines.words(CONTENT));
    assertEquals("", Inlines.words(List.of(
        new Cite(List.of(new CiteItem("key", Optional.empty(), Optional.empty(), S)), false, S))).strip());
  }
}
