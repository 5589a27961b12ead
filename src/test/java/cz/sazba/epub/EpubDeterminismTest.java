package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Book;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The same book gives the same bytes, whatever the JVM's locale and time zone. */
class EpubDeterminismTest {
  static final Instant MODIFIED = Instant.parse("2024-05-01T10:15:30Z");

  @Test
  void twoWritesAreByteIdentical() {
    byte[] a = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
    byte[] b = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
    assertArrayEquals(a, b);
  }

  @Test
  void localeAndTimeZoneDoNotReachTheBytes() {
    byte[] expected = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    byte[] turkish;
    byte[] pacific;
    try {
      // Turkish: dotless i in case mapping; far-off zones: zip times would shift if the zone leaked in.
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      turkish = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      pacific = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertArrayEquals(expected, turkish);
    assertArrayEquals(expected, pacific);
  }

  @Test
  void zipEntriesCarryTheModifiedTimeInUtc() {
    EpubFiles epub = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, List.of()));
    for (ZipEntry e : epub.entries) {
      // DOS times have two-second steps: 10:15:30 is exact.
      assertEquals(LocalDateTime.of(2024, 5, 1, 10, 15, 30), e.getTimeLocal(), e.getName());
    }
  }

  @Test
  void datesOutsideTheZipRangeAreClampedNotZoned() {
    byte[] early = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), Instant.EPOCH, List.of());
    EpubFiles epub = EpubFiles.of(early);
    // 00:00:02, not 00:00:00, which Java writes as an extended timestamp in the JVM's zone.
    assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), epub.entries.get(1).getTimeLocal());
    for (ZipEntry e : epub.entries) assertEquals(null, e.getExtra(), "no extra field in " + e.getName());
    assertTrue(epub.text("OEBPS/content.opf").contains("<meta property=\"dcterms:modified\">1970-01-01T00:00:00Z</meta>"));
  }

  @Test
  void identifierStaysForTheSameContentAndChangesWithTheText() {
    String a = ContentIdentifier.urn(SampleBook.book());
    String b = ContentIdentifier.urn(SampleBook.book());
    Book edited = SampleBook.book("The Prague Spring ended when Warsaw Pact troops entered Czechoslovakia in 1968.");
    assertEquals(a, b);
    assertNotEquals(a, ContentIdentifier.urn(edited));
    assertTrue(a.startsWith("urn:uuid:"));
    // The timestamp is not content: a later build of the same text keeps the identifier.
    String early = opfIdentifier(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, List.of()));
    String later = opfIdentifier(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), Instant.parse("2030-01-01T00:00:00Z"), List.of()));
    assertEquals(a, early);
    assertEquals(early, later);
  }

  private static String opfIdentifier(byte[] epub) {
    return EpubFiles.of(epub).text("OEBPS/content.opf").replaceAll("(?s).*<dc:identifier id=\"pub-id\">([^<]*)<.*", "$1");
  }
}
