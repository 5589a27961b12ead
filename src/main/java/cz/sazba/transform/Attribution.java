package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.License;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Paragraph;
import cz.sazba.model.SourceWork;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attribution page, as ordinary blocks made from typed metadata. A licence with BY wants the
 * work named with its authors, a link to it, the licence with its URI, the changes made, and no
 * suggestion that the licensor endorses this edition; ShareAlike adds that the edition is under
 * the same licence. Every URL is printed in full, since a printed page cannot be clicked. When the
 * licence does not ask for attribution, a short rights page is enough.
 */
final class Attribution {
  private final Metadata metadata;
  private final Terms terms;
  /** Where the metadata behind the text being made is: each paragraph is reported at its key. */
  private Span span;

  private Attribution(Metadata metadata) {
    this.metadata = metadata;
    this.terms = Terms.of(metadata.lang());
    this.span = Span.GENERATED;
  }

  /** The blocks of the colophon division; {@code headingId} is the heading's unique anchor. */
  static List<Block> blocks(Metadata metadata, String headingId, Diagnostics diagnostics) {
    return new Attribution(metadata).build(headingId, diagnostics);
  }

  /** The heading's text, for choosing its id before the page is built. */
  static String headingText(Metadata metadata) {
    return Terms.of(metadata.lang()).aboutHeading();
  }

  private List<Block> build(String headingId, Diagnostics diagnostics) {
    List<Block> blocks = new ArrayList<>();
    span = metadata.at("license");
    blocks.add(new Heading(1, headingId, List.of(text(terms.aboutHeading())), span));
    Optional<License> license = metadata.license();
    Optional<SourceWork> source = metadata.source();
    if (license.isPresent() && license.get().requiresAttribution()) {
      if (source.isPresent()) {
        attribution(blocks, source.get(), license.get());
      } else {
        diagnostics.warning("attribution-source-missing", metadata.span(),
            "the licence " + Quote.visible(license.get().id()) + " asks to name the work this book is made from, but"
                + " metadata.yaml has no source",
            "add source: with the work's title, url, revision, edited and history");
        blocks.add(paragraph(licensed(license.get())));
      }
    } else {
      license.ifPresent(l -> blocks.add(paragraph(licensed(l))));
    }
    span = metadata.at("rights");
    metadata.rights().ifPresent(r -> blocks.add(paragraph(List.of(text(r)))));
    return blocks;
  }

  private void attribution(List<Block> blocks, SourceWork work, License license) {
    span = metadata.at("source.title");
    blocks.add(paragraph(workAndAuthors(work)));
    span = metadata.at("source.url");
    blocks.add(paragraph(revision(work)));
    span = metadata.at("license");
    blocks.add(paragraph(licenseOfWork(license)));
    span = metadata.at("changes");
    if (!metadata.changes().isEmpty()) {
      blocks.add(paragraph(List.of(text(terms.isCzech()
          ? "Změny provedené v tomto vydání:"
          : "Changes made in this edition:"))));
      List<ListItem> items = new ArrayList<>();
      for (String change : metadata.changes()) items.add(new ListItem(List.of(paragraph(List.of(text(change)))), span));
      blocks.add(new ListBlock(false, 1, items, span));
    }
    span = metadata.at("license");
    if (license.isShareAlike()) blocks.add(paragraph(sameLicense(license)));
    span = metadata.at("author");
    blocks.add(paragraph(noEndorsement(work)));
  }

  private List<Inline> workAndAuthors(SourceWork work) {
    List<Inline> out = new ArrayList<>();
    String authors = joinAuthors(metadata.authors());
    if (terms.isCzech()) {
      out.add(text("Tato kniha je vydáním díla " + terms.quoted(work.title()) + "."
          + (authors.isEmpty() ? "" : (metadata.authors().size() == 1 ? " Autor: " : " Autoři: ") + authors + ".")));
      work.history().ifPresent(h -> {
        out.add(text(" Seznam autorů je v historii díla: "));
        out.add(url(h, "source.history"));
      });
    } else {
      out.add(text("This book is an edition of " + terms.quoted(work.title())
          + (authors.isEmpty() ? "" : " by " + authors) + "."));
      work.history().ifPresent(h -> {
        out.add(text(" The authors are listed in the history of the work: "));
        out.add(url(h, "source.history"));
      });
    }
    return out;
  }

  private List<Inline> revision(SourceWork work) {
    StringBuilder s = new StringBuilder(terms.isCzech() ? "Text je převzat z " : "The text is taken from ");
    if (work.revision().isPresent()) {
      s.append(terms.isCzech() ? "revize " : "revision ").append(work.revision().get());
      work.edited().ifPresent(e -> s.append(terms.isCzech() ? " ze dne " : " of ").append(terms.utcDateTime(e)));
    } else if (work.edited().isPresent()) {
      s.append(terms.isCzech() ? "verze ze dne " : "the version of ").append(terms.utcDateTime(work.edited().get()));
    } else {
      s.append(terms.isCzech() ? "adresy" : "the address");
    }
    s.append(": ");
    return List.of(text(s.toString()), url(work.url(), "source.url"));
  }

  private List<Inline> licenseOfWork(License license) {
    String lead = terms.isCzech() ? "Dílo je šířeno pod licencí " : "The work is licensed under the ";
    return List.of(text(lead + license.name() + ": "), url(license.url(), "license.url"));
  }

  private List<Inline> sameLicense(License license) {
    String lead = terms.isCzech()
        ? "Toto vydání je šířeno pod stejnou licencí, "
        : "This edition is shared under the same licence, the ";
    return List.of(text(lead + license.name() + ": "), url(license.url(), "license.url"));
  }

  private List<Inline> licensed(License license) {
    String lead = terms.isCzech() ? "Tato kniha je šířena pod licencí " : "This book is licensed under the ";
    return List.of(text(lead + license.name() + ": "), url(license.url(), "license.url"));
  }

  /**
   * CC's no-endorsement clause names the licensor: the authors from the metadata, or, when none
   * are named, the authors of the work by its title. Never a URL's host, which is the site that
   * hosts the work and not who licensed it.
   */
  private List<Inline> noEndorsement(SourceWork work) {
    String authors = joinAuthors(metadata.authors());
    String title = terms.quoted(work.title());
    String text;
    if (terms.isCzech()) {
      text = (authors.isEmpty() ? "Poskytovatel licence, autoři díla " + title + "," : "Poskytovatel licence (" + authors + ")")
          + " toto vydání ani jeho vydavatele nijak neschvaluje ani nepodporuje.";
    } else {
      text = (authors.isEmpty() ? "The licensor, the authors of " + title + "," : "The licensor (" + authors + ")")
          + " does not endorse this edition or its publisher.";
    }
    return List.of(text(text));
  }

  /** "A", "A and B", "A, B and C". */
  private String joinAuthors(List<String> authors) {
    if (authors.size() <= 1) return authors.isEmpty() ? "" : authors.get(0);
    return String.join(", ", authors.subList(0, authors.size() - 1))
        + " " + terms.and() + " " + authors.get(authors.size() - 1);
  }

  private Link url(URI uri, String key) {
    String s = uri.toString();
    Span at = metadata.at(key);
    return new Link(s, List.of(new Text(s, at)), at);
  }

  private Text text(String s) {
    return new Text(s, span);
  }

  private Paragraph paragraph(List<Inline> content) {
    return new Paragraph(content, span);
  }
}
