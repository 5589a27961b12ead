package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The PDF writer, not the typesetter, decides the structure types and the nesting ISO 32000-1 wants. */
class PdfRolesTest {
  @Test
  void everyRoleHasAStandardType() {
    for (StructRole r : StructRole.values()) assertTrue(PdfRoles.name(r) != null, r.toString());
    assertEquals("H5", PdfRoles.name(StructRole.heading(5)));
    assertEquals("Reference", PdfRoles.name(StructRole.CITATION));
  }

  @Test
  void aContentsEntrysLinkIsWrappedInAReference() throws Exception {
    List<PageElement> elements = new ArrayList<>();
    new TestBook.Line(elements, Sp.of(500), 10.5).add(TestBook.regular(), "Chapter one 1", Tag.of(4));
    elements.add(new LinkArea(Sp.of(40), Sp.of(497), Sp.of(120), Sp.of(509), "#one", "Chapter one", Tag.of(4)));
    StructNode link = node(4, StructRole.LINK);
    StructNode root = node(0, StructRole.DOCUMENT, node(1, StructRole.DIVISION, node(2, StructRole.CONTENTS,
        node(3, StructRole.CONTENTS_ENTRY, link))));
    LaidOutBook book = new LaidOutBook(TestBook.metadata(),
        List.of(Page.flat(0, "1", TestBook.WIDTH, TestBook.HEIGHT, elements)),
        List.of(new Anchor("one", 0, Sp.of(510))), List.of(), root);
    try (PDDocument doc = Loader.loadPDF(PdfWriter.write(book, Instant.EPOCH))) {
      COSDictionary e = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.K);
      StringBuilder path = new StringBuilder();
      while (e != null) {
        path.append(e.getNameAsString(COSName.S)).append(' ');
        COSArray kids = e.getCOSArray(COSName.K);
        e = kids != null && kids.getObject(0) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
      }
      assertEquals("Document Sect TOC TOCI Reference Link", path.toString().strip());
    }
  }

  private static StructNode node(int id, StructRole role, StructNode... children) {
    return new StructNode(id, role, Optional.empty(), Optional.empty(), Optional.empty(), List.of(children));
  }
}
