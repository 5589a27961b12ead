package cz.sazba.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Div;
import cz.sazba.model.Document;
import cz.sazba.model.Heading;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.model.TextOptions;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionNumberingTest {
  private static final Span S = Span.GENERATED;

  private static Heading heading(int level, String id) {
    return new Heading(level, id, List.of(new Text(id, S)), S);
  }

  @Test
  void numbersTheSectionHeadingsOnlyAndKeepsEverythingElse() {
    Heading unnumbered = new Heading(2, "plain", List.of(new Text("plain", S)), false, Optional.empty(), S);
    Paragraph withNote = new Paragraph(List.of(new Text("x", S),
        new Note(List.of(heading(2, "in-note")), S)), S);
    List<Block> blocks = List.of(
        heading(1, "a"),
        new BlockQuote(List.of(heading(2, "quoted")), S),
        new Div("d", Optional.empty(), List.of(heading(2, "in-div"), withNote), S),
        unnumbered,
        heading(2, "b"));
    Document doc = Fixtures.document(Fixtures.metadata("en", List.of())
        .withText(new TextOptions(true, Optional.empty(), true, Optional.empty())), blocks);

    Document out = SectionNumbering.apply(doc);

    List<String> numbers = new ArrayList<>();
    ModelWalk.forEachBlock(out.chapters().get(0).blocks(), b -> {
      if (b instanceof Heading h) numbers.add(h.id() + "=" + h.number().orElse("-"));
    });
    assertEquals(List.of("a=1", "quoted=-", "in-div=1.1", "in-note=-", "plain=-", "b=1.2"), numbers);
    // Only the headings changed: the quote, the paragraph with its note and the unnumbered heading are kept.
    List<Block> after = out.chapters().get(0).blocks();
    assertEquals(blocks.get(1), after.get(1));
    assertEquals(withNote, ((Div) after.get(2)).blocks().get(1));
    assertEquals(unnumbered, after.get(3));
  }
}
