package cz.sazba.epub;

import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import java.util.List;
import java.util.Optional;

/**
 * The EPUB 3 navigation document: the table of contents from the headings (levels 1–3, nested as
 * the headings are), the landmarks and, when the print edition's pages are known, the page list.
 */
final class NavDocument {
  static final String FILE = "nav.xhtml";

  private NavDocument() {}

  static String write(Book book, List<Headings.Entry> headings, PageBreaks pages, Labels labels) {
    StringBuilder out = new StringBuilder(4096);
    XhtmlHead.open(out, book.metadata().lang(), labels.contents());
    out.append("<body>\n");
    out.append("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n");
    out.append("<h1 id=\"toc-title\">").append(Xml.text(labels.contents())).append("</h1>\n");
    List<Headings.Node<Headings.Entry>> tree = Headings.nestByFile(headings);
    if (tree.isEmpty()) {
      // A nav must list something: with no headings, the first content document stands in.
      out.append("<ol>\n<li><a href=\"").append(Xml.attr(ContentDocument.fileName(book.divisions().get(0))))
          .append("\">").append(Xml.text(book.metadata().title())).append("</a></li>\n</ol>\n");
    } else tocLevel(out, tree);
    out.append("</nav>\n");
    landmarks(out, book, labels);
    if (!pages.isEmpty()) pageList(out, pages, labels);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void tocLevel(StringBuilder out, List<Headings.Node<Headings.Entry>> nodes) {
    out.append("<ol>\n");
    for (Headings.Node<Headings.Entry> n : nodes) {
      Headings.Entry e = n.item();
      out.append("<li><a href=\"").append(Xml.attr(e.file() + "#" + e.id())).append("\">");
      InlineWriter.writeInsideLink(out, e.content());
      out.append("</a>");
      if (!n.children().isEmpty()) {
        out.append('\n');
        tocLevel(out, n.children());
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  /**
   * Title page, contents and start of the text, where the book has them. The navigation document
   * itself is not in the spine, so without a contents division there is no toc landmark (a
   * link into a non-spine document is an error); with none of the three, no landmarks at all.
   */
  private static void landmarks(StringBuilder out, Book book, Labels labels) {
    StringBuilder items = new StringBuilder();
    first(book, DivisionKind.TITLE_PAGE).ifPresent(d -> landmark(items, "titlepage", ContentDocument.fileName(d), labels.titlePage()));
    first(book, DivisionKind.CONTENTS).ifPresent(d -> landmark(items, "toc", ContentDocument.fileName(d), labels.contents()));
    first(book, DivisionKind.CHAPTER).ifPresent(d -> landmark(items, "bodymatter", ContentDocument.fileName(d), labels.bodyStart()));
    if (items.length() == 0) return;
    out.append("<nav epub:type=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n");
    out.append("<h2 id=\"landmarks-title\">").append(Xml.text(labels.landmarks())).append("</h2>\n<ol>\n");
    out.append(items).append("</ol>\n</nav>\n");
  }

  private static void landmark(StringBuilder out, String type, String href, String text) {
    out.append("<li><a epub:type=\"").append(type).append("\" href=\"").append(Xml.attr(href)).append("\">")
        .append(Xml.text(text)).append("</a></li>\n");
  }

  private static void pageList(StringBuilder out, PageBreaks pages, Labels labels) {
    out.append("<nav epub:type=\"page-list\" role=\"doc-pagelist\" aria-labelledby=\"page-list-title\" hidden=\"hidden\">\n");
    out.append("<h2 id=\"page-list-title\">").append(Xml.text(labels.pages())).append("</h2>\n<ol>\n");
    for (PageBreaks.Break b : pages.all()) {
      out.append("<li><a href=\"").append(Xml.attr(b.file() + "#" + b.id())).append("\">").append(Xml.text(b.label()))
          .append("</a></li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  static Optional<Division> first(Book book, DivisionKind kind) {
    for (Division d : book.divisions()) if (d.kind() == kind) return Optional.of(d);
    return Optional.empty();
  }
}
