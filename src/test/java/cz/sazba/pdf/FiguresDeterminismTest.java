package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cz.sazba.epub.EpubFont;
import cz.sazba.figures.FiguresModelTest;
import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.Typesetter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The figures sample gives the same PDF and EPUB bytes whatever the default locale and time zone. */
class FiguresDeterminismTest {
  static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  static byte[][] build() {
    Diagnostics d = new Diagnostics();
    Book book = FiguresModelTest.book(FiguresModelTest.SAMPLE, d);
    var result = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    byte[] pdf = PdfWriter.write(result.book(), WHEN);
    byte[] epub = cz.sazba.epub.EpubWriter.write(book, List.<EpubFont>of(), WHEN, List.of());
    return new byte[][] {pdf, epub};
  }

  @Test
  void sameBytesUnderAnotherLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    byte[][] first = build();
    try {
      Locale.setDefault(Locale.forLanguageTag("cs-CZ"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[][] second = build();
      assertArrayEquals(first[0], second[0], "PDF");
      assertArrayEquals(first[1], second[1], "EPUB");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
