package cz.sazba.epub;

import cz.sazba.model.Book;
import cz.sazba.model.Inlines;
import java.util.List;

/**
 * The EPUB 2 NCX, for reading systems that predate the navigation document: the same headings,
 * nested the same way. Its {@code dtb:uid} must equal the package identifier.
 */
final class NcxDocument {
  static final String FILE = "toc.ncx";

  private NcxDocument() {}

  static String write(Book book, String identifier, List<Headings.Entry> headings) {
    List<Headings.Node<Headings.Entry>> tree = Headings.nestByFile(headings);
    StringBuilder out = new StringBuilder(4096);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
        .append(Xml.attr(book.metadata().lang().tag())).append("\">\n<head>\n")
        .append("<meta name=\"dtb:uid\" content=\"").append(Xml.attr(identifier)).append("\"/>\n")
        .append("<meta name=\"dtb:depth\" content=\"").append(Math.max(1, Headings.depth(tree))).append("\"/>\n")
        .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
        .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
        .append("<docTitle><text>").append(Xml.text(book.metadata().title())).append("</text></docTitle>\n");
    for (String author : book.metadata().authors()) {
      out.append("<docAuthor><text>").append(Xml.text(author)).append("</text></docAuthor>\n");
    }
    out.append("<navMap>\n");
    if (tree.isEmpty()) {
      out.append("<navPoint id=\"np-1\" playOrder=\"1\"><navLabel><text>").append(Xml.text(book.metadata().title()))
          .append("</text></navLabel><content src=\"")
          .append(Xml.attr(ContentDocument.fileName(book.divisions().get(0)))).append("\"/></navPoint>\n");
    } else points(out, tree, new int[] {0});
    out.append("</navMap>\n</ncx>\n");
    return out.toString();
  }

  private static void points(StringBuilder out, List<Headings.Node<Headings.Entry>> nodes, int[] order) {
    for (Headings.Node<Headings.Entry> n : nodes) {
      int playOrder = ++order[0];
      Headings.Entry e = n.item();
      out.append("<navPoint id=\"np-").append(playOrder).append("\" playOrder=\"").append(playOrder).append("\">")
          .append("<navLabel><text>").append(Xml.text(Inlines.plainText(e.content()))).append("</text></navLabel>")
          .append("<content src=\"").append(Xml.attr(e.file() + "#" + e.id())).append("\"/>\n");
      points(out, n.children(), order);
      out.append("</navPoint>\n");
    }
  }
}
