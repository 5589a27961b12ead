package cz.sazba.transform;

import static cz.sazba.transform.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Reference;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the transforms quote from the manuscript keeps a diagnostic one short, visible line (the
 * quoting rule itself is tested in {@code source.QuoteTest}).
 */
class QuotedTest {
  /** A reference id YAML allowed (quoted, with a line break) and a cited key of 300 characters. */
  @Test
  void referenceIdsAndKeysInMessagesStayOneShortLine() {
    String id = "first line\nsecond line " + "y".repeat(200);
    Reference odd = new Reference(id, "book", List.of(), Optional.of("T"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), OUTLINE_SPAN);
    String key = "k".repeat(300);
    Cite cite = new Cite(List.of(new CiteItem(key, Optional.empty(), Span.GENERATED)), Span.GENERATED);
    Document doc = document(metadata("en", List.of(odd)),
        List.of(new Paragraph(List.of(new Text("Text", Span.GENERATED), cite), Span.GENERATED)));
    Diagnostics diagnostics = new Diagnostics();
    Transforms.apply(doc, diagnostics);
    List<Diagnostic> all = diagnostics.sorted();
    assertEquals(List.of("cite-unknown", "reference-unused"), all.stream().map(Diagnostic::code).sorted().toList());
    for (Diagnostic d : all) {
      String text = d.message() + d.hint().orElse("");
      assertFalse(text.contains("\n"), d.format());
      assertTrue(d.message().length() < 160 && d.hint().orElse("").length() < 160, d.format());
    }
  }
}
