package cz.sazba.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** The build timestamp in the two forms the file needs, always in UTC, to the second. */
final class PdfDates {
  private PdfDates() {}

  /** {@code D:YYYYMMDDHHmmSS+00'00'} for the Info dictionary. */
  static String pdf(Instant t) {
    ZonedDateTime z = utc(t);
    return String.format(
        java.util.Locale.ROOT, "D:%04d%02d%02d%02d%02d%02d+00'00'",
        z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond());
  }

  /** {@code YYYY-MM-DDTHH:mm:SS+00:00} for XMP: the same instant as {@link #pdf}. */
  static String xmp(Instant t) {
    ZonedDateTime z = utc(t);
    return String.format(
        java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d+00:00",
        z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond());
  }

  private static ZonedDateTime utc(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
  }
}
