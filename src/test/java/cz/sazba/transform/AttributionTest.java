package cz.sazba.transform;

import static cz.sazba.transform.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import cz.sazba.model.Block;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.License;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Paragraph;
import cz.sazba.source.Diagnostics;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void englishAttributionNamesEverythingTheLicenceAsksFor() {
    List<Block> blocks = Attribution.blocks(metadata("en", List.of()), "about-this-edition", diagnostics);
    Heading h = (Heading) blocks.get(0);
    assertEquals("About this edition", Inlines.plainText(h.content()));
    assertEquals("about-this-edition", h.id());
    String all = text(blocks);
    assertTrue(all.contains("This book is an edition of \u201CCzechoslovakia–Soviet Union relations\u201D"
        + " by Wikipedia contributors. The authors are listed in the history of the work: "
        + ARTICLE.history().get()), all);
    assertTrue(all.contains("The text is taken from revision 869086731 of 16 November 2018, 09:21 UTC: "
        + ARTICLE.url()), all);
    assertTrue(all.contains("The work is licensed under the Creative Commons Attribution-ShareAlike 3.0"
        + " Unported License: https://creativecommons.org/licenses/by-sa/3.0/"), all);
    assertTrue(all.contains("Changes made in this edition:"), all);
    assertTrue(all.contains("The reference list is placed at the end of the book."), all);
    assertTrue(all.contains("This edition is shared under the same licence, the Creative Commons"
        + " Attribution-ShareAlike 3.0 Unported License: https://creativecommons.org/licenses/by-sa/3.0/"), all);
    // The licensor from the metadata (its authors), never the host of the source URL.
    assertTrue(all.contains("The licensor (Wikipedia contributors) does not endorse this edition or its publisher."), all);
    assertFalse(all.contains("en.wikipedia.org endorse"), all);
    // Every URL is a link whose visible text is the URL.
    List<String> hrefs = new ArrayList<>();
    for (Link l : links(blocks)) {
      assertEquals(l.href(), Inlines.plainText(l.content()));
      hrefs.add(l.href());
    }
    assertTrue(hrefs.contains(ARTICLE.history().get().toString()));
    assertTrue(hrefs.contains(ARTICLE.url().toString()));
    assertTrue(hrefs.contains(CC_BY_SA_3.url().toString()));
    assertFalse(diagnostics.hasErrors());
    assertTrue(diagnostics.sorted().isEmpty());
  }

  @Test
  void czechAttribution() {
    String all = text(Attribution.blocks(metadata("cs", List.of()), "o-tomto-vydani", diagnostics));
    assertTrue(all.startsWith("O tomto vydání"), all);
    assertTrue(all.contains("revize 869086731 ze dne 16. listopadu 2018, 09:21 UTC"), all);
    assertTrue(all.contains("Toto vydání je šířeno pod stejnou licencí"), all);
    assertTrue(all.contains("\u201ECzechoslovakia–Soviet Union relations\u201C"), all);
  }

  /** One author is "Autor", several "Autoři"; English says "by" either way. */
  @Test
  void theAuthorsLabelIsSingularForOneAuthor() {
    Metadata one = withAuthors(metadata("cs", List.of()), List.of("Jana Nováková"));
    Metadata two = withAuthors(metadata("cs", List.of()), List.of("Jana Nováková", "Petr Novák"));
    String czechOne = text(Attribution.blocks(one, "a", diagnostics));
    String czechTwo = text(Attribution.blocks(two, "a", diagnostics));
    assertTrue(czechOne.contains(" Autor: Jana Nováková."), czechOne);
    assertFalse(czechOne.contains("Autoři:"), czechOne);
    assertTrue(czechTwo.contains(" Autoři: Jana Nováková a Petr Novák."), czechTwo);
    String englishOne = text(Attribution.blocks(withAuthors(metadata("en", List.of()), List.of("Jane Doe")), "a",
        diagnostics));
    String englishTwo = text(Attribution.blocks(withAuthors(metadata("en", List.of()), List.of("Jane Doe", "John Roe")),
        "a", diagnostics));
    assertTrue(englishOne.contains("\u201D by Jane Doe."), englishOne);
    assertTrue(englishTwo.contains("\u201D by Jane Doe and John Roe."), englishTwo);
    assertFalse((englishOne + englishTwo).contains("Author"), englishOne + englishTwo);
  }

  private static Metadata withAuthors(Metadata b, List<String> authors) {
    return new Metadata(b.title(), b.subtitle(), b.lang(), authors, b.date(), b.rights(), b.license(), b.source(),
        b.changes(), b.references(), b.layout(), b.span());
  }

  @Test
  void licenceWithoutShareAlikeHasNoSameLicenceSentence() {
    Metadata m = with(metadata("en", List.of()), Optional.of(new License("CC-BY-4.0",
        "Creative Commons Attribution 4.0 International", URI.create("https://creativecommons.org/licenses/by/4.0/"))),
        Optional.empty());
    String all = text(Attribution.blocks(m, "a", diagnostics));
    assertFalse(all.contains("same licence"), all);
    assertTrue(all.contains("endorse"), all);
  }

  @Test
  void publicDomainGetsAShortRightsPage() {
    Metadata m = with(metadata("en", List.of()), Optional.of(new License("CC0-1.0", "CC0 1.0 Universal",
        URI.create("https://creativecommons.org/publicdomain/zero/1.0/"))), Optional.of("No rights reserved."));
    List<Block> blocks = Attribution.blocks(m, "a", diagnostics);
    assertEquals("About this edition\nThis book is licensed under the CC0 1.0 Universal:"
        + " https://creativecommons.org/publicdomain/zero/1.0/\nNo rights reserved.", text(blocks));
  }

  @Test
  void attributionWithoutASourceIsWarnedAbout() {
    Metadata base = metadata("en", List.of());
    Metadata m = new Metadata(base.title(), base.subtitle(), base.lang(), base.authors(), base.date(),
        base.rights(), base.license(), Optional.empty(), base.changes(), base.references(), base.layout(), base.span());
    String all = text(Attribution.blocks(m, "a", diagnostics));
    assertEquals("attribution-source-missing", diagnostics.sorted().get(0).code());
    assertTrue(all.contains("https://creativecommons.org/licenses/by-sa/3.0/"), all);
  }

  private static Metadata with(Metadata b, Optional<License> license, Optional<String> rights) {
    return new Metadata(b.title(), b.subtitle(), b.lang(), b.authors(), b.date(), rights, license, b.source(),
        b.changes(), b.references(), b.layout(), b.span());
  }

  /** The page's text, one line per paragraph or heading. */
  static String text(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    collectText(blocks, lines);
    return String.join("\n", lines);
  }

  private static void collectText(List<Block> blocks, List<String> lines) {
    for (Block b : blocks) {
      if (b instanceof Heading h) lines.add(Inlines.plainText(h.content()));
      else if (b instanceof Paragraph p) lines.add(Inlines.plainText(p.content()));
      else if (b instanceof ListBlock l) for (ListItem i : l.items()) collectText(i.blocks(), lines);
    }
  }

  private static List<Link> links(List<Block> blocks) {
    List<Link> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) for (Inline i : p.content()) if (i instanceof Link l) out.add(l);
    }
    return out;
  }
}
