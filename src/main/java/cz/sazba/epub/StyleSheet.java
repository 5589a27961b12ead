package cz.sazba.epub;

import java.util.List;

/**
 * The style sheet: a calm book page in the embedded face. Reading systems let readers override
 * most of it (font, size, margins), so it sets only what makes the text read like the print
 * edition: justified, hyphenated paragraphs with indents, headings kept plain.
 */
final class StyleSheet {
  static final String FILE = "style.css";

  private StyleSheet() {}

  static String write(List<EpubFont> fonts) {
    return write(fonts, java.util.Optional.empty());
  }

  /**
   * As above, with the fallback face the text faces' missing characters are taken from: it comes
   * second in the body's family chain, declared once for each style with the same upright file,
   * so a reading system never slants or emboldens it.
   */
  static String write(List<EpubFont> fonts, java.util.Optional<EpubFont> fallback) {
    return write(fonts, fallback, false);
  }

  /**
   * As above; {@code codeFallsBack} when the book's code has a character the monospace face of
   * the print edition lacks ({@link #codeFallsBack}): code then names the embedded text face and
   * the fallback after the reader's monospace font, the order the PDF takes them in
   * ({@link cz.sazba.font.FontSet#codeChain}). Other books' style sheets are as before.
   */
  static String write(List<EpubFont> fonts, java.util.Optional<EpubFont> fallback, boolean codeFallsBack) {
    StringBuilder css = new StringBuilder(2048);
    String family = fonts.isEmpty() ? null : fonts.get(0).family();
    for (EpubFont f : fonts) fontFace(css, f.family(), f.style(), f.fileName());
    if (fallback.isPresent()) {
      for (cz.sazba.font.FontStyle style : cz.sazba.font.FontStyle.values()) {
        fontFace(css, fallback.get().family(), style, fallback.get().fileName());
      }
    }
    css.append("body {\n");
    if (family != null) {
      css.append("  font-family: \"").append(cssString(family)).append("\", ");
      if (fallback.isPresent()) css.append('"').append(cssString(fallback.get().family())).append("\", ");
      css.append("serif;\n");
    } else {
      css.append("  font-family: serif;\n");
    }
    css.append("""
          line-height: 1.4;
          margin: 0 4%;
        }

        p {
          margin: 0;
          text-indent: 1.2em;
          text-align: justify;
          -webkit-hyphens: auto;
          -epub-hyphens: auto;
          hyphens: auto;
          widows: 2;
          orphans: 2;
        }

        h1, h2, h3, h4, h5, h6 {
          font-weight: normal;
          line-height: 1.2;
          text-align: left;
          -webkit-hyphens: manual;
          -epub-hyphens: manual;
          hyphens: manual;
          page-break-after: avoid;
          break-after: avoid;
        }

        h1 { font-size: 1.6em; margin: 2em 0 1em 0; }
        h2 { font-size: 1.3em; margin: 1.6em 0 0.6em 0; }
        h3 { font-size: 1.1em; font-style: italic; margin: 1.2em 0 0.4em 0; }
        h4 { font-size: 1em; font-weight: bold; margin: 1em 0 0.3em 0; }
        h5 { font-size: 1em; font-style: italic; margin: 1em 0 0.3em 0; }
        h6 { font-size: 1em; margin: 1em 0 0.3em 0; }

        /* The first paragraph after a heading, a list or a quotation starts flush. */
        h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, ul + p, ol + p, blockquote + p, hr + p, pre + p, dl + p,
        blockquote > p:first-child, li > p, span[role="doc-pagebreak"] + p { text-indent: 0; }

        blockquote { margin: 0.8em 1.5em; font-size: 0.95em; }
        ul, ol { margin: 0.6em 0 0.6em 1.5em; padding: 0; }
        li > p { text-align: left; }
        ol.marked { list-style-type: none; }
        ol.marked > li > .label, ol.marked > li > p > .label:first-child {
          display: inline-block; min-width: 1.2em; margin-left: -1.5em; padding-right: 0.3em; text-align: right;
          text-indent: 0; }

        hr { border: none; margin: 1em 0; text-align: center; height: 1.4em; }
        hr::after { content: "\\002A\\2003\\002A\\2003\\002A"; }

        .smallcaps { font-variant: small-caps; }
        code, pre { font-family: monospace; -webkit-hyphens: none; -epub-hyphens: none; hyphens: none; }
        pre { white-space: pre-wrap; text-align: left; margin: 0.8em 0; font-size: 0.85em; }
        dl { margin: 0.6em 0; }
        dt { font-weight: bold; }
        dd { margin: 0 0 0.4em 1.5em; }
        dd > p { text-indent: 0; }
        sup, sub { line-height: 0; }
        span.section-number { margin-right: 0.3em; }

        /* Tables: booktabs rules, a light one under the header; alignment from the manuscript's colons. */
        table { border-collapse: collapse; margin: 1em auto; font-size: 0.9em; border-top: 1px solid; border-bottom: 1px solid; }
        caption { caption-side: top; margin-bottom: 0.4em; text-align: left; }
        thead { border-bottom: 0.5px solid; }
        th, td { padding: 0.2em 0.5em; vertical-align: top; text-align: left; }
        th { font-weight: bold; }
        th p, td p { text-indent: 0; text-align: left; }
        .align-left { text-align: left; }
        .align-right { text-align: right; }
        .align-center { text-align: center; }

        a.noteref { white-space: nowrap; }
        aside[epub|type~="footnote"] { font-size: 0.9em; margin: 0.6em 0; }
        aside[epub|type~="footnote"] p { text-indent: 0; }
        p.note-label { float: left; margin-right: 0.5em; }

        a { color: inherit; text-decoration: none; }
        a[href^="http"] { text-decoration: underline; }
        a.citation, a.backlink { white-space: nowrap; }

        section[role="doc-bibliography"] { font-size: 0.9em; }
        ol.references { list-style: none; margin-left: 0; }
        ol.references > li { margin: 0 0 0.4em 2.2em; text-indent: -2.2em; text-align: left; }

        nav ol { list-style: none; margin-left: 0; }
        nav ol ol { margin-left: 1.5em; }

        section[epub|type~="titlepage"] { text-align: center; margin-top: 20%; }
        section[epub|type~="titlepage"] h1 { font-size: 2em; margin: 0 0 0.5em 0; text-align: center; }
        section[epub|type~="titlepage"] p { text-align: center; text-indent: 0; }
        p.subtitle { font-size: 1.2em; margin-bottom: 2em; }
        p.author { font-size: 1.1em; }

        section.cover { margin: 0; padding: 0; text-align: center; }
        section.cover img { max-width: 100%; max-height: 100vh; }

        section[epub|type~="copyright-page"] p { text-indent: 0; text-align: left; margin-bottom: 0.6em; font-size: 0.9em; }

        /* Figures and images */
        figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; text-align: center; text-indent: 0; margin-top: 0.4em; }
        img.inline { max-height: 1.2em; vertical-align: middle; }
        img.inline-sized { vertical-align: middle; max-width: 100%; }
        """);
    if (codeFallsBack && (family != null || fallback.isPresent())) {
      css.append("\n/* Code: what the reader's monospace font lacks comes from the book's faces, as in print. */\n");
      css.append("code, pre { font-family: monospace");
      if (family != null) css.append(", \"").append(cssString(family)).append('"');
      if (fallback.isPresent()) css.append(", \"").append(cssString(fallback.get().family())).append('"');
      css.append("; }\n");
    }
    return "@namespace epub \"http://www.idpf.org/2007/ops\";\n\n" + css;
  }

  /** Whether a character of the book's code (a code block, inline code) is not in the print edition's monospace face. */
  static boolean codeFallsBack(cz.sazba.model.Book book) {
    StringBuilder code = new StringBuilder();
    for (cz.sazba.model.Division d : book.divisions()) {
      cz.sazba.model.ModelWalk.forEachBlock(d.blocks(), b -> {
        if (b instanceof cz.sazba.model.CodeBlock c) code.append(c.text());
      });
      cz.sazba.model.ModelWalk.forEachInline(d.blocks(), i -> {
        if (i instanceof cz.sazba.model.Code c) code.append(c.text());
      });
    }
    // A book without code does not read the monospace face.
    if (code.length() == 0) return false;
    cz.sazba.font.FontFace mono = cz.sazba.font.FontSet.bundledMono();
    return code.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !mono.hasGlyph(cp));
  }

  private static void fontFace(StringBuilder css, String family, cz.sazba.font.FontStyle style, String fileName) {
    css.append("@font-face {\n  font-family: \"").append(cssString(family)).append("\";\n")
        .append("  font-style: ").append(style.isItalic() ? "italic" : "normal").append(";\n")
        .append("  font-weight: ").append(style.isBold() ? "bold" : "normal").append(";\n")
        .append("  src: url(\"fonts/").append(fileName).append("\");\n}\n\n");
  }

  private static String cssString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
