package cz.sazba.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** An unzipped EPUB: entries in zip order, with helpers to read them as text and XML. */
final class EpubFiles {
  final List<ZipEntry> entries = new ArrayList<>();
  final Map<String, byte[]> data = new LinkedHashMap<>();

  static EpubFiles of(byte[] epub) {
    EpubFiles f = new EpubFiles();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        f.entries.add(e);
        f.data.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  String text(String name) {
    byte[] b = data.get(name);
    if (b == null) throw new AssertionError("no entry " + name + " in " + data.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  Document xml(String name) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      // The XHTML has <!DOCTYPE html> without a DTD: nothing to load.
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(data.get(name)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + name + ": " + e.getMessage(), e);
    }
  }
}
