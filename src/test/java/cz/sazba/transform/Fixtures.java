package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.CslDate;
import cz.sazba.model.Document;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.License;
import cz.sazba.model.Metadata;
import cz.sazba.model.Name;
import cz.sazba.model.Reference;
import cz.sazba.model.SourceWork;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-built metadata and references of the first book, the article's two sources. */
final class Fixtures {
  private Fixtures() {}

  static final SourceFile METADATA_FILE = new SourceFile("metadata.yaml", "x".repeat(1000));
  static final Span OUTLINE_SPAN = METADATA_FILE.span(100, 200);
  static final Span PORTRETY_SPAN = METADATA_FILE.span(300, 400);

  static final License CC_BY_SA_3 = new License("CC-BY-SA-3.0",
      "Creative Commons Attribution-ShareAlike 3.0 Unported License",
      URI.create("https://creativecommons.org/licenses/by-sa/3.0/"));

  static final SourceWork ARTICLE = new SourceWork("Czechoslovakia–Soviet Union relations",
      URI.create("https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&oldid=869086731"),
      Optional.of("869086731"),
      Optional.of(OffsetDateTime.parse("2018-11-16T10:21:00+01:00")),
      Optional.of(URI.create("https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&action=history")));

  static Name literal(String s) {
    return new Name(Optional.empty(), Optional.empty(), Optional.of(s));
  }

  static Name person(String family, String given) {
    return new Name(Optional.of(family), Optional.of(given), Optional.empty());
  }

  static CslDate date(int y, int m, int d) {
    return new CslDate(y, OptionalInt.of(m), OptionalInt.of(d));
  }

  static CslDate year(int y) {
    return new CslDate(y, OptionalInt.empty(), OptionalInt.empty());
  }

  static Reference outline() {
    return new Reference("outline1980", "book",
        List.of(literal("Institute of Marxism-Leninism of the CPCz CC"),
            literal("Institute of Marxism-Leninism of the CPS CC")),
        Optional.of("An Outline of the History of the CPCz"), Optional.empty(),
        Optional.of("Orbis Press Agency"), Optional.of("Prague"), Optional.of(year(1980)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new Lang("en")), OUTLINE_SPAN);
  }

  static Reference portrety() {
    return new Reference("dvorak2014", "webpage",
        List.of(person("Dvořák", "Jan"), person("Horník", "Jan"), person("Hradilek", "Adam")),
        Optional.of("Portréty deportovaných ve světle dokumentů NKVD"), Optional.empty(),
        Optional.of("ÚSTR"), Optional.empty(), Optional.empty(), Optional.of(date(2015, 6, 18)),
        Optional.of("http://www.ustrc.cz/data/pdf/pamet-dejiny/pad1404/101-118.pdf"), Optional.empty(),
        Optional.of("PDF"), Optional.of(new Lang("cs")), PORTRETY_SPAN);
  }

  static Metadata metadata(String lang, List<Reference> references) {
    return new Metadata("Czechoslovakia–Soviet Union relations", Optional.empty(), new Lang(lang),
        List.of("Wikipedia contributors"), Optional.of("2018-11-16"), Optional.empty(),
        Optional.of(CC_BY_SA_3), Optional.of(ARTICLE),
        List.of("The reference list is placed at the end of the book."),
        references, Layout.defaults(), METADATA_FILE.whole());
  }

  @SafeVarargs
  static Document document(Metadata metadata, List<Block>... chapters) {
    List<Chapter> cs = new java.util.ArrayList<>();
    int n = 0;
    for (List<Block> blocks : chapters) cs.add(new Chapter(new SourceFile("ch" + (++n) + ".md", ""), blocks));
    return new Document(metadata, cs);
  }
}
