package cz.sazba.epub;

import cz.sazba.model.Lang;
import java.util.Set;

/** The opening every XHTML file of the package shares: declarations, language, title, style. */
final class XhtmlHead {
  private XhtmlHead() {}

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi");

  /** {@code rtl} for the scripts written right to left, {@code ltr} otherwise. */
  static String direction(Lang lang) {
    return RIGHT_TO_LEFT.contains(lang.language()) ? "rtl" : "ltr";
  }

  static void open(StringBuilder out, Lang lang, String title) {
    String tag = Xml.attr(lang.tag());
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"")
        .append(tag).append("\" xml:lang=\"").append(tag).append("\" dir=\"").append(direction(lang)).append("\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(Xml.text(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n");
  }
}
