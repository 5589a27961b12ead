package cz.sazba.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck in-process on EPUB bytes and collects what it reports, by severity. */
public final class EpubCheckRunner {
  private EpubCheckRunner() {}

  /** The findings that count (fatal, error, warning), as lines; empty for a clean EPUB. */
  public static List<String> problems(byte[] epub) {
    return check(epub).stream().filter(Finding::counts).map(Finding::toString).toList();
  }

  public record Finding(Severity severity, String id, String text) {
    /** Fatal errors, errors and warnings count; usage and info messages do not. */
    public boolean counts() {
      return severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING;
    }

    @Override
    public String toString() {
      return severity + " " + id + " " + text;
    }
  }

  public static List<Finding> check(byte[] epub) {
    try {
      Path file = Files.createTempFile("sazba-", ".epub");
      try {
        Files.write(file, epub);
        Collector report = new Collector();
        new EpubCheck(file.toFile(), report).doValidate();
        return List.copyOf(report.findings);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Collector extends MasterReport {
    final List<Finding> findings = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      String where = location == null ? "" : location.path + ":" + location.line + ":" + location.column + " ";
      findings.add(new Finding(message.getSeverity(), message.getID().name(), where + message.getMessage(args)));
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
