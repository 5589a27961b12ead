package cz.sazba.manuscript;

import cz.sazba.model.CslStyle;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads pandoc's {@code csl} key: a CSL style file inside the manuscript folder, read through
 * {@link ManuscriptFiles} like every other file and checked to be a CSL style (a {@code style}
 * element in the CSL namespace). Errors are reported at the key's value.
 */
final class CslStyleReader {
  static final String CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";

  private CslStyleReader() {}

  static Optional<CslStyle> read(String name, Path manuscriptDir, String metadataPath, Span at,
      Diagnostics diagnostics) {
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csl")) {
      diagnostics.error("csl-invalid", at, "the citation style " + Quote.of(name) + " is not a .csl file",
          "give the path of a CSL style file, relative to the manuscript folder, e.g. csl: apa.csl");
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      diagnostics.error("file-missing", at, "the citation style " + Quote.of(name) + " is not a valid path",
          "give the path relative to the manuscript folder");
      return Optional.empty();
    }
    Optional<Path> real = ManuscriptFiles.check(manuscriptDir, path, name, ManuscriptFiles.Kind.TEXT, at, diagnostics);
    if (real.isEmpty()) return Optional.empty();
    int slash = metadataPath.lastIndexOf('/');
    String display = slash < 0 ? name : metadataPath.substring(0, slash + 1) + name;
    Optional<SourceFile> file = SourceLoader.load(real.get(), display, diagnostics);
    if (file.isEmpty()) return Optional.empty();
    String problem = problem(file.get().text());
    if (problem != null) {
      diagnostics.error("csl-invalid", at, "the citation style " + Quote.of(name) + " is not a CSL style: " + problem,
          "give a CSL 1.0 style file (its root element is <style xmlns=\"" + CSL_NAMESPACE + "\">)");
      return Optional.empty();
    }
    return Optional.of(new CslStyle(name, file.get().text(), at));
  }

  /** Why the text is not a CSL style, or null when it is one. */
  static String problem(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      Element root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
      if (!"style".equals(root.getLocalName()) || !CSL_NAMESPACE.equals(root.getNamespaceURI())) {
        return "its root element is <" + root.getTagName() + ">, not a CSL <style>";
      }
      if (root.getElementsByTagNameNS(CSL_NAMESPACE, "citation").getLength() == 0) {
        return "it has no <citation> element";
      }
      return null;
    } catch (SAXException e) {
      return "it is not well-formed XML (" + e.getMessage() + ")";
    } catch (ParserConfigurationException | java.io.IOException e) {
      return "it cannot be read as XML (" + e.getMessage() + ")";
    }
  }
}
