package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.source.Tasks;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Writes a {@link LaidOutBook} as one PDF 1.7 file that is PDF/A-2u and PDF/UA-1. Deterministic:
 * the same book and timestamp give the same bytes, whatever the clock, locale or time zone.
 */
public final class PdfWriter {
  private PdfWriter() {}

  /**
   * @param timestamp creation and modification date of the document (the reproducible-build
   *     timestamp); the clock is never read
   * @throws IllegalStateException when the book breaks the page model's promises: a run showing
   *     glyph 0, content pointing to a structure node or anchor that does not exist
   */
  public static byte[] write(LaidOutBook book, Instant timestamp) {
    return write(book, timestamp, Runnable::run);
  }

  /**
   * As above, each page's content stream written and compressed on {@code executor} (a page's
   * bytes depend on that page alone, so the file is the same whatever runs them), and the file's
   * objects written there in runs ({@link PdfFile}); the rest of the document is built on the
   * calling thread.
   */
  public static byte[] write(LaidOutBook book, Instant timestamp, Executor executor) {
    return write(book, timestamp, executor, () -> { });
  }

  /**
   * As above; {@code pagesDone} runs (on the calling thread) once the pages' content streams
   * are written: the document is then built and its structure tree made on this thread alone,
   * so other work started there has a core to itself.
   */
  public static byte[] write(LaidOutBook book, Instant timestamp, Executor executor, Runnable pagesDone) {
    return write(book, timestamp, (cos, out) -> PdfFile.write(cos, out, executor, PdfFile.OBJECTS_PER_TASK), executor,
        pagesDone);
  }

  /** As above, the document saved by {@code saver} (a test compares PDFBox's own writer). */
  static byte[] write(LaidOutBook book, Instant timestamp, DocumentId.Saver saver) {
    return write(book, timestamp, saver, Runnable::run, () -> { });
  }

  private static byte[] write(LaidOutBook book, Instant timestamp, DocumentId.Saver saver, Executor executor,
      Runnable pagesDone) {
    try (COSDocument cos = newDocument()) {
      return new PdfWriter.Job(book, timestamp, cos, saver, executor, pagesDone).run();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the PDF failed", e);
    }
  }

  /**
   * A new document as {@code new PDDocument()} makes it (a trailer whose {@code /Root} is a
   * catalog with an empty page tree), built on the COS objects alone: PDFBox's document class
   * starts Java2D's colour management when it is first used, which a book without pictures never
   * needs ({@link PdfFile}). The catalog has no {@code /Version}: PDFBox's carries {@code /1.4},
   * which the standard ignores below the header's 1.7 but readers report (MuPDF calls such a file
   * "PDF 1.4"), and PDF/UA-1 is a PDF 1.7 standard.
   */
  static COSDocument newDocument() {
    COSDocument cos = new COSDocument(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
    cos.getDocumentState().setParsing(false);
    COSDictionary trailer = new COSDictionary();
    cos.setTrailer(trailer);
    COSDictionary catalog = new COSDictionary();
    trailer.setItem(COSName.ROOT, catalog);
    catalog.setItem(COSName.TYPE, COSName.CATALOG);
    COSDictionary pages = new COSDictionary();
    catalog.setItem(COSName.PAGES, pages);
    pages.setItem(COSName.TYPE, COSName.PAGES);
    pages.setItem(COSName.KIDS, new COSArray());
    pages.setItem(COSName.COUNT, COSInteger.ZERO);
    return cos;
  }

  /** One write: the state that lives while the document is built. */
  private static final class Job {
    private final LaidOutBook book;
    private final Instant timestamp;
    private final COSDocument cos;
    /** The document's page tree ({@code /Type /Pages}), as {@link #newDocument} made it. */
    private final COSDictionary pageTree;
    private final Map<Integer, StructNode> nodes = new TreeMap<>();
    private final DocumentId.Saver saver;
    private final Executor executor;

    private final Runnable pagesDone;

    Job(LaidOutBook book, Instant timestamp, COSDocument cos, DocumentId.Saver saver, Executor executor,
        Runnable pagesDone) {
      this.pagesDone = pagesDone;
      this.saver = saver;
      this.executor = executor;
      this.book = book;
      this.timestamp = timestamp;
      this.cos = cos;
      this.pageTree = cos.getTrailer().getCOSDictionary(COSName.ROOT).getCOSDictionary(COSName.PAGES);
    }

    byte[] run() throws IOException {
      cos.setVersion(1.7f);
      index(book.structure());

      // Page.elements() walks the page's frames and copies their lists on every call: once here.
      List<List<PageElement>> elements = new ArrayList<>(book.pages().size());
      for (Page page : book.pages()) elements.add(page.elements());
      UsedGlyphs used = UsedGlyphs.of(elements, executor);
      Map<FontFace, EmbeddedFont> fonts = new IdentityHashMap<>();
      int n = 0;
      for (FontFace face : used.faces()) {
        n++;
        fonts.put(face, EmbeddedFont.embed(cos, "F" + n, face, used.glyphs(face)));
      }

      PdfImages images = PdfImages.embed(cos, elements);
      Map<Integer, double[]> boxes = new TreeMap<>();
      List<COSDictionary> pageDicts = new ArrayList<>();
      for (Page page : book.pages()) {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.PAGE);
        COSArray box = new COSArray();
        box.add(COSInteger.ZERO);
        box.add(COSInteger.ZERO);
        box.add(PdfNumbers.cosPoints(page.width()));
        box.add(PdfNumbers.cosPoints(page.height()));
        d.setItem(COSName.MEDIA_BOX, box);
        // PDF/UA-1 7.18.3: annotations are visited in structure order.
        d.setItem(COSName.getPDFName("Tabs"), COSName.S);
        addPage(d);
        pageDicts.add(d);
      }

      Destinations destinations = new Destinations(book.anchors(), pageDicts);
      List<StructureTree.Content> contents = new ArrayList<>();
      List<List<Integer>> mcidOwners = new ArrayList<>();
      long streamBytes = 0;
      List<Encoded> encoded = encodePages(elements, fonts, used, images);
      pagesDone.run();
      for (int p = 0; p < book.pages().size(); p++) {
        COSDictionary d = pageDicts.get(p);
        PageContent content = encoded.get(p).content();
        boxes.putAll(content.boxes());
        COSStream contentStream = Streams.deflated(cos, encoded.get(p).deflated());
        streamBytes += contentStream.getLength();
        d.setItem(COSName.CONTENTS, contentStream);
        COSDictionary fontResources = new COSDictionary();
        content.fonts().forEach((name, font) -> fontResources.setItem(COSName.getPDFName(name), font.dictionary()));
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fontResources);
        if (!content.images().isEmpty()) {
          COSDictionary xobjects = new COSDictionary();
          for (String name : content.images()) xobjects.setItem(COSName.getPDFName(name), images.xobject(name));
          resources.setItem(COSName.XOBJECT, xobjects);
        }
        d.setItem(COSName.RESOURCES, resources);

        COSArray annots = new COSArray();
        for (PageContent.Item item : content.items()) {
          COSDictionary annotation = null;
          if (item.link() != null) {
            annotation = LinkAnnotations.of(item.link(), d, destinations);
            annots.add(annotation);
          }
          contents.add(new StructureTree.Content(item.structId(), p, item.mcid(), annotation));
        }
        if (annots.size() > 0) d.setItem(COSName.ANNOTS, annots);
        mcidOwners.add(content.structIdByMcid());
      }

      COSDictionary catalog = cos.getTrailer().getCOSDictionary(COSName.ROOT);
      catalog.setItem(COSName.STRUCT_TREE_ROOT,
          StructureTree.build(book.structure(), pageDicts, contents, mcidOwners, boxes));
      catalog.setItem(COSName.LANG, new COSString(book.metadata().lang().tag()));
      COSDictionary markInfo = new COSDictionary();
      markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
      catalog.setItem(COSName.MARK_INFO, markInfo);
      COSDictionary viewer = new COSDictionary();
      viewer.setItem(COSName.DISPLAY_DOC_TITLE, COSBoolean.TRUE);
      catalog.setItem(COSName.VIEWER_PREFERENCES, viewer);
      COSDictionary outline = Outline.of(book.outline(), destinations);
      if (outline != null) {
        catalog.setItem(COSName.OUTLINES, outline);
        catalog.setItem(COSName.PAGE_MODE, COSName.getPDFName("UseOutlines"));
      }
      if (!book.pages().isEmpty()) catalog.setItem(COSName.PAGE_LABELS, PageLabels.of(book.pages()));

      List<String> otherLanguages = new ArrayList<>();
      nodes.values().forEach(node -> node.lang().ifPresent(l -> otherLanguages.add(l.tag())));
      DocumentDescription description = DocumentDescription.of(book.metadata(), otherLanguages, timestamp);
      COSStream xmp = Streams.plain(cos, XmpPacket.write(description, images.contributors()));
      xmp.setItem(COSName.TYPE, COSName.METADATA);
      xmp.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
      catalog.setItem(COSName.METADATA, xmp);
      catalog.setItem(COSName.OUTPUT_INTENTS, outputIntents());
      cos.getTrailer().setItem(COSName.INFO, info(description));

      // The pages' streams are about half of a long book's file (the rest: structure tree, fonts,
      // cross-reference table); a first guess for the file buffer, which grows if it must.
      return DocumentId.saveWithId(cos, (int) Math.min(Integer.MAX_VALUE - 16, 2 * streamBytes + (512 << 10)), saver,
          executor);
    }

    /** What PDFBox's page tree does for a page added at its root: parent, kid, count. */
    private void addPage(COSDictionary page) {
      page.setItem(COSName.PARENT, pageTree);
      pageTree.getCOSArray(COSName.KIDS).add(page);
      pageTree.setInt(COSName.COUNT, pageTree.getInt(COSName.COUNT) + 1);
    }

    private void index(StructNode node) {
      nodes.put(node.id(), node);
      for (StructNode child : node.children()) index(child);
    }

    /** A page's content, and its stream's bytes compressed. */
    private record Encoded(PageContent content, byte[] deflated) {}

    /** Pages per task: enough that a task's buffer and deflater serve many pages. */
    private static final int PAGES_PER_TASK = 16;

    /**
     * Every page's content stream, written and compressed in runs of pages on the executor, each
     * run with a content buffer and a zlib stream of its own; in page order.
     */
    private List<Encoded> encodePages(List<List<PageElement>> elements, Map<FontFace, EmbeddedFont> fonts,
        UsedGlyphs used, PdfImages images) {
      return Tasks.inRuns(elements.size(), PAGES_PER_TASK, executor, (start, end) -> {
        List<Encoded> out = new ArrayList<>(end - start);
        ContentBuffer stream = new ContentBuffer(64 << 10);
        try (Streams.Deflating deflating = new Streams.Deflating()) {
          for (int p = start; p < end; p++) {
            PageContent content = PageContent.of(elements.get(p), fonts, used, this::role, images, stream);
            out.add(new Encoded(content, deflating.deflate(stream.array(), 0, stream.size())));
          }
        }
        return out;
      });
    }

    private String role(int structId) {
      StructNode node = nodes.get(structId);
      if (node == null) {
        throw new IllegalStateException("a page element points to structure node " + structId + ", which is not in the tree");
      }
      return PdfRoles.name(node.role());
    }

    private COSDictionary info(DocumentDescription d) {
      COSDictionary info = new COSDictionary();
      info.setItem(COSName.TITLE, new COSString(d.title()));
      d.author().ifPresent(a -> info.setItem(COSName.AUTHOR, new COSString(a)));
      d.subject().ifPresent(s -> info.setItem(COSName.SUBJECT, new COSString(s)));
      info.setItem(COSName.CREATOR, new COSString(DocumentDescription.CREATOR_TOOL));
      info.setItem(COSName.PRODUCER, new COSString(DocumentDescription.PRODUCER));
      String date = PdfDates.pdf(d.timestamp());
      info.setItem(COSName.CREATION_DATE, new COSString(date));
      info.setItem(COSName.MOD_DATE, new COSString(date));
      return info;
    }

    /** PDF/A needs one output intent; an sRGB profile covers the black text and rules. */
    private COSArray outputIntents() throws IOException {
      byte[] profile;
      try (InputStream in = PdfWriter.class.getResourceAsStream("sRGB.icc")) {
        if (in == null) throw new IllegalStateException("the sRGB.icc resource is missing from the build");
        profile = in.readAllBytes();
      }
      COSStream icc = Streams.flate(cos, profile);
      icc.setInt(COSName.N, 3);
      COSDictionary intent = new COSDictionary();
      intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
      intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
      intent.setItem(COSName.getPDFName("OutputConditionIdentifier"), new COSString("sRGB IEC61966-2.1"));
      intent.setItem(COSName.getPDFName("RegistryName"), new COSString("http://www.color.org"));
      intent.setItem(COSName.INFO, new COSString("sRGB IEC61966-2.1"));
      intent.setItem(COSName.DEST_OUTPUT_PROFILE, icc);
      COSArray intents = new COSArray();
      intents.add(intent);
      return intents;
    }
  }


}
