package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Figure;
import cz.sazba.model.Heading;
import cz.sazba.model.Image;
import cz.sazba.model.ImageCredit;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribution page's "Image credits": one entry per image file, in order of first use,
 * named by its figure number (the first figure that shows it) and its path. An image with a
 * credit of its own is named with its title, author, source, licence and changes, as its licence
 * asks; a public-domain or CC0 one says so and names no author; one without is part of the
 * source work and says that the text's source, authors and licence are its own. A book without
 * images has no such section.
 */
final class ImageCreditsSection {
  private ImageCreditsSection() {}

  /** Runs after the captions are numbered. */
  static List<Block> blocks(Document doc, String headingId) {
    Terms terms = Terms.of(doc.metadata().lang());
    Map<Image, Integer> figureOf = new IdentityHashMap<>();
    Map<String, Image> byPath = new LinkedHashMap<>();
    Map<String, Integer> numberOf = new LinkedHashMap<>();
    for (Chapter c : doc.chapters()) {
      ModelWalk.forEachBlock(c.blocks(), b -> {
        if (b instanceof Figure f) figureOf.put(f.image(), f.number());
      });
      ModelWalk.forEachInline(c.blocks(), i -> {
        if (i instanceof Image image) {
          byPath.putIfAbsent(image.path(), image);
          Integer n = figureOf.get(image);
          if (n != null && n > 0) numberOf.putIfAbsent(image.path(), n);
        }
      });
    }
    if (byPath.isEmpty()) return List.of();
    boolean hasSource = doc.metadata().source().isPresent();
    List<ListItem> items = new ArrayList<>();
    for (Map.Entry<String, Image> e : byPath.entrySet()) {
      Integer n = numberOf.get(e.getKey());
      String label = (n == null ? "" : terms.crossReferenceKind("fig", false) + "\u00A0" + n + " ") + "(" + e.getKey() + "): ";
      List<Inline> content = new ArrayList<>();
      // Each credit's text is reported at the image it credits (a place the user can open), the
      // heading at the metadata's images key.
      Span at = e.getValue().span();
      content.add(text(label, at));
      if (e.getValue().data().credit().isPresent()) credit(content, e.getValue().data().credit().get(), terms, at);
      else content.add(text(ownWork(terms, hasSource), at));
      items.add(new ListItem(List.of(new Paragraph(content, at)), at));
    }
    Span images = doc.metadata().at("images");
    return List.of(new Heading(2, headingId, List.of(text(terms.imageCreditsHeading(), images)), images),
        new ListBlock(false, 1, items, images));
  }

  private static String ownWork(Terms terms, boolean hasSource) {
    if (terms.isCzech()) {
      return hasSource ? "součást zdrojového díla; jeho zdroj, autoři a licence jsou uvedeni výše."
          : "součást díla této knihy, pod její licencí.";
    }
    return hasSource ? "part of the source work; its source, authors and licence are those named above."
        : "part of this book's own work, under its licence.";
  }

  private static void credit(List<Inline> out, ImageCredit c, Terms terms, Span at) {
    boolean cs = terms.isCzech();
    StringBuilder s = new StringBuilder();
    c.title().ifPresent(t -> s.append(terms.quoted(t)));
    if (!c.author().isEmpty()) {
      s.append(s.length() == 0 ? "" : cs ? ", autor: " : " by ").append(String.join(", ", c.author()));
    } else if (c.isPublicDomain()) {
      s.append(s.length() == 0 ? "" : ", ").append(cs ? "autor neuveden" : "no author named");
    }
    if (c.sourceTitle().isPresent() || c.sourceUrl().isPresent()) {
      s.append(s.length() == 0 ? "" : ", ").append(cs ? "z " : "from ");
      c.sourceTitle().ifPresent(t -> s.append(terms.quoted(t)));
      if (c.sourceUrl().isPresent()) s.append(c.sourceTitle().isPresent() ? ", " : "");
    }
    out.add(text(s.toString(), at));
    c.sourceUrl().ifPresent(u -> out.add(url(u, at)));
    if (c.isPublicDomain()) {
      out.add(text(cs ? ". Volné dílo (" + c.license().name() + ": " : ". In the public domain (" + c.license().name() + ": ", at));
    } else {
      out.add(text(cs ? ". Licence " + c.license().name() + ": " : ". Licensed under " + c.license().name() + ": ", at));
    }
    if (c.license().url() != null) out.add(url(c.license().url(), at));
    out.add(text(c.isPublicDomain() ? ")." : ".", at));
    if (!c.changes().isEmpty()) {
      out.add(text((cs ? " Změny: " : " Changes: ") + String.join("; ", c.changes()) + ".", at));
    }
  }

  private static Link url(URI uri, Span at) {
    String s = uri.toString();
    return new Link(s, List.of(text(s, at)), at);
  }

  private static Text text(String s, Span at) {
    return new Text(s, at);
  }
}
