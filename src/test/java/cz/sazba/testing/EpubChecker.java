package cz.sazba.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** EPUBCheck in-process: what it reports for an EPUB, as lines, errors and warnings only. */
public final class EpubChecker {
  private EpubChecker() {}

  /** Every FATAL, ERROR and WARNING message; empty for a clean EPUB. */
  public static List<String> problems(byte[] epub) throws IOException {
    Path file = Files.createTempFile("sazba-", ".epub");
    try {
      Files.write(file, epub);
      Collector report = new Collector();
      new EpubCheck(file.toFile(), report).doValidate();
      return List.copyOf(report.problems);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static final class Collector extends MasterReport {
    final List<String> problems = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      Severity s = message.getSeverity();
      if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
        String where = location == null ? "" : location.path + ":" + location.line + ":" + location.column + " ";
        problems.add(s + " " + message.getID().name() + " " + where + message.getMessage(args));
      }
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
