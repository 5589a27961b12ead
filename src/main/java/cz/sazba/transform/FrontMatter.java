package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Document;
import cz.sazba.model.Heading;
import cz.sazba.model.Metadata;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Divides the book: title page, colophon (the attribution page, on the back of the title in
 * print), contents, then one division per chapter ({@link Chapters}: a chapter begins at a
 * level-1 heading, not at a file). The generated headings get anchors that no
 * heading of the manuscript has.
 */
final class FrontMatter {
  static final String TITLE_ID = "title";
  static final String COLOPHON_ID = "colophon";
  static final String CONTENTS_ID = "contents";

  private FrontMatter() {}

  static Book apply(Document doc, Diagnostics diagnostics) {
    Metadata m = doc.metadata();
    Set<String> taken = AnchorIds.headingIds(doc.chapters());
    // Division ids may become anchors too (PDF destinations); keep headings off them.
    taken.add(TITLE_ID);
    taken.add(COLOPHON_ID);
    taken.add(CONTENTS_ID);
    List<List<Block>> chapters = Chapters.split(doc.chapters());
    for (int n = 1; n <= chapters.size(); n++) taken.add(chapterId(n));
    Terms terms = Terms.of(m.lang());

    String aboutId = AnchorIds.unique(terms.isCzech() ? "o-tomto-vydani" : "about-this-edition", taken);
    taken.add(aboutId);
    String contentsHeadingId = AnchorIds.unique(terms.isCzech() ? "obsah" : "table-of-contents", taken);

    List<Division> divisions = new ArrayList<>();
    divisions.add(new Division(DivisionKind.TITLE_PAGE, TITLE_ID,
        List.of(new TitlePage(m.title(), m.subtitle(), m.authors(), m.at("title")))));
    List<Block> colophon = new ArrayList<>(Attribution.blocks(m, aboutId, diagnostics));
    colophon.addAll(ImageCreditsSection.blocks(doc,
        AnchorIds.unique(terms.isCzech() ? "zdroje-obrazku" : "image-credits", taken)));
    divisions.add(new Division(DivisionKind.COLOPHON, COLOPHON_ID, colophon));
    List<Block> contents = List.of(
        // Generated, but reported at a place the user can open: the key that shapes the contents.
        new Heading(1, contentsHeadingId, List.of(new Text(terms.contentsHeading(), m.at("toc-depth"))), m.at("toc-depth")),
        ContentsBuilder.build(doc.chapters(), m.text().contentsDepth()));
    divisions.add(new Division(DivisionKind.CONTENTS, CONTENTS_ID, contents));
    int n = 0;
    for (List<Block> c : chapters) divisions.add(new Division(DivisionKind.CHAPTER, chapterId(++n), c));
    return new Book(m, divisions);
  }

  static String chapterId(int n) {
    return String.format(Locale.ROOT, "ch%02d", n);
  }
}
