package cz.sazba.epub;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link Book} as an EPUB 3 file. Reads the model, never the typeset pages; where the
 * print edition's pages begin comes in as {@link PrintPage}s, in model terms.
 *
 * <p>epub4j's book model collects the package's resources and the spine (resource ids, media
 * types, reading order); everything epub4j would write as EPUB 2 is written here as EPUB 3.
 */
public final class EpubWriter {
  private static final String OEBPS = "OEBPS/";
  private static final MediaType XHTML = MediaTypes.XHTML;

  private EpubWriter() {}

  /**
   * The EPUB's bytes: the same arguments always give the same bytes, whatever the clock, the
   * default locale or the time zone of the JVM.
   *
   * @param fonts the text face's files, embedded as subsets of the glyphs the book can show
   *     ({@link FontSubsets}); at most one per style
   * @param modified the book's timestamp: {@code dcterms:modified} and the zip entries' dates
   * @param printPages where each page of the PDF edition starts; empty for no page list
   * @throws IllegalArgumentException when the book has no division, two divisions share an id,
   *     two fonts share a style or a file name, or a print page points at no text of the book: all mistakes of
   *     the calling code, not of the manuscript
   */
  public static byte[] write(Book book, List<EpubFont> fonts, Instant modified, List<PrintPage> printPages) {
    return write(book, fonts, Optional::empty, modified, printPages);
  }

  /**
   * As above, with a fallback font for the characters the text faces lack: embedded as a subset
   * of just those characters, and only when the book has some the fallback has
   * ({@link FontSubsets#subset}); the style sheet then names it after the text face.
   * {@code fallback} is asked only when a character needs it (its bytes may be costly to read),
   * and must give the same font every time.
   */
  public static byte[] write(Book book, List<EpubFont> fonts, java.util.function.Supplier<Optional<EpubFont>> fallback,
      Instant modified, List<PrintPage> printPages) {
    return write(prepare(book, fonts, fallback), modified, printPages);
  }

  /**
   * The part of the EPUB that the print edition's pages do not change: the identifier, the
   * anchors, the headings, the cover, and the font subsets cut for the documents' characters as
   * they are without page-break markers. The pipeline starts it while the book is being laid out
   * (the cover and the subsets are most of a cold EPUB's time); {@link #write(Prepared, Instant, List)}
   * finishes it and cuts the subsets again only if the markers brought a character in.
   */
  public static Prepared prepare(Book book, List<EpubFont> fonts,
      java.util.function.Supplier<Optional<EpubFont>> fallback) {
    Objects.requireNonNull(book, "book");
    checkDivisions(book);
    List<EpubFont> sortedFonts = sortedFonts(fonts);
    String identifier = ContentIdentifier.urn(book);
    Labels labels = Labels.forLanguage(book.metadata().lang());
    AnchorIndex anchors = AnchorIndex.of(book);
    List<Headings.Entry> headings = Headings.of(book);
    Cover.Picture cover = Cover.of(book.metadata(), sortedFonts, fallback, labels);
    String coverPage = Cover.page(book.metadata(), cover);
    String ncxText = NcxDocument.write(book, identifier, headings);
    Set<Integer> codePoints = FontSubsets.codePoints(texts(book, anchors, PageBreaks.none(), labels, headings,
        ncxText, coverPage));
    return new Prepared(book, sortedFonts, fallback, identifier, labels, anchors, headings, cover, coverPage, ncxText,
        codePoints, FontSubsets.subset(sortedFonts, fallback, codePoints));
  }

  /** {@link #prepare}'s result: immutable, for one book and one set of fonts. */
  public static final class Prepared {
    private final Book book;
    private final List<EpubFont> fonts;
    private final java.util.function.Supplier<Optional<EpubFont>> fallback;
    private final String identifier;
    private final Labels labels;
    private final AnchorIndex anchors;
    private final List<Headings.Entry> headings;
    private final Cover.Picture cover;
    private final String coverPage;
    private final String ncxText;
    private final Set<Integer> codePoints;
    private final FontSubsets.Embedded subsets;

    private Prepared(Book book, List<EpubFont> fonts, java.util.function.Supplier<Optional<EpubFont>> fallback,
        String identifier, Labels labels, AnchorIndex anchors, List<Headings.Entry> headings, Cover.Picture cover,
        String coverPage, String ncxText, Set<Integer> codePoints, FontSubsets.Embedded subsets) {
      this.book = book;
      this.fonts = fonts;
      this.fallback = fallback;
      this.identifier = identifier;
      this.labels = labels;
      this.anchors = anchors;
      this.headings = headings;
      this.cover = cover;
      this.coverPage = coverPage;
      this.ncxText = ncxText;
      this.codePoints = Set.copyOf(codePoints);
      this.subsets = subsets;
    }
  }

  /** The content documents, then the navigation document (for their characters, or to write). */
  private static List<String> texts(Book book, AnchorIndex anchors, PageBreaks pages, Labels labels,
      List<Headings.Entry> headings, String ncxText, String coverPage) {
    List<String> texts = new ArrayList<>();
    for (Division d : book.divisions()) texts.add(ContentDocument.write(book, d, anchors, pages, labels));
    texts.add(NavDocument.write(book, headings, pages, labels));
    texts.add(ncxText);
    texts.add(coverPage);
    return texts;
  }

  /** Finishes a prepared EPUB with where the print edition's pages begin, as {@link #write(Book, List, Instant, List)}. */
  public static byte[] write(Prepared p, Instant modified, List<PrintPage> printPages) {
    Objects.requireNonNull(modified, "modified");
    Book book = p.book;
    String identifier = p.identifier;
    Labels labels = p.labels;
    AnchorIndex anchors = p.anchors;
    PageBreaks pages = printPages.isEmpty() ? PageBreaks.none() : PageBreaks.resolve(book, printPages);
    List<String> texts = texts(book, anchors, pages, labels, p.headings, p.ncxText, p.coverPage);
    int divisions = book.divisions().size();
    List<String> contents = texts.subList(0, divisions);
    String navText = texts.get(divisions);
    String ncxText = p.ncxText;
    String coverPage = p.coverPage;
    Cover.Picture cover = p.cover;
    Set<Integer> codePoints = FontSubsets.codePoints(texts);
    FontSubsets.Embedded subsets =
        codePoints.equals(p.codePoints) ? p.subsets : FontSubsets.subset(p.fonts, p.fallback, codePoints);
    List<EpubFont> embedded = subsets.text();
    Optional<EpubFont> fallbackSubset = subsets.fallback();

    io.documentnode.epub4j.domain.Book pkg = new io.documentnode.epub4j.domain.Book();
    List<Resource> manifest = new ArrayList<>(); // epub4j keeps resources in a hash map: keep our own order
    Resource nav = add(pkg, manifest, "nav", NavDocument.FILE, XHTML, navText);
    Resource ncx = add(pkg, manifest, "ncx", NcxDocument.FILE, MediaTypes.NCX, ncxText);
    pkg.getSpine().setTocResource(ncx);
    add(pkg, manifest, "css", StyleSheet.FILE, MediaTypes.CSS, StyleSheet.write(embedded, fallbackSubset,
        StyleSheet.codeFallsBack(book)));
    for (EpubFont f : embedded) {
      String id = "font-" + f.style().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      Resource r = new Resource(id, f.data(), "fonts/" + f.fileName(), new MediaType(f.mediaType(), ""));
      manifest.add(pkg.addResource(r));
    }
    if (fallbackSubset.isPresent()) {
      EpubFont f = fallbackSubset.get();
      manifest.add(pkg.addResource(new Resource("font-fallback", f.data(), "fonts/" + f.fileName(),
          new MediaType(f.mediaType(), ""))));
    }
    Resource coverImage = new Resource("cover-image", cover.data(), cover.fileName(), new MediaType(cover.mediaType(), ""));
    manifest.add(pkg.addResource(coverImage));
    Resource coverDocument = add(pkg, manifest, "cover", Cover.PAGE, XHTML, coverPage);
    pkg.getSpine().addSpineReference(new SpineReference(coverDocument));
    for (EpubImages.Entry image : anchors.images().entries()) {
      Resource r = new Resource(image.id(), image.data().bytes(), image.href(), new MediaType(image.data().format().mediaType, ""));
      manifest.add(pkg.addResource(r));
    }
    for (int i = 0; i < book.divisions().size(); i++) {
      Division d = book.divisions().get(i);
      Resource r = add(pkg, manifest, "d-" + d.id(), ContentDocument.fileName(d), XHTML, contents.get(i));
      pkg.getSpine().addSpineReference(new SpineReference(r));
    }

    List<PackageDocument.Item> items = new ArrayList<>();
    for (Resource r : manifest) {
      Optional<String> properties =
          r == nav ? Optional.of("nav") : r == coverImage ? Optional.of("cover-image") : Optional.empty();
      items.add(new PackageDocument.Item(r.getId(), r.getHref(), r.getMediaType().getName(), properties));
    }
    List<String> spine = new ArrayList<>();
    for (SpineReference ref : pkg.getSpine().getSpineReferences()) spine.add(ref.getResource().getId());
    String opf = PackageDocument.write(book.metadata(), identifier, modified, items, spine, !pages.isEmpty(),
        coverImage.getId(), anchors.images().anyMeaningful(), anchors.images().allHaveAlt(),
        anchors.images().contributors());

    try (DeterministicZip zip = new DeterministicZip(modified)) {
      zip.mimetype();
      zip.deflated("META-INF/container.xml", utf8(containerXml()));
      zip.deflated(OEBPS + PackageDocument.FILE, utf8(opf));
      for (Resource r : manifest) zip.deflated(OEBPS + r.getHref(), data(r));
      return zip.finish();
    }
  }

  private static Resource add(io.documentnode.epub4j.domain.Book pkg, List<Resource> manifest, String id, String href,
      MediaType type, String text) {
    Resource r = pkg.addResource(new Resource(id, utf8(text), href, type));
    manifest.add(r);
    return r;
  }

  private static String containerXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "<rootfiles>\n<rootfile full-path=\"" + OEBPS + PackageDocument.FILE
        + "\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n</container>\n";
  }

  private static void checkDivisions(Book book) {
    if (book.divisions().isEmpty()) throw new IllegalArgumentException("a book without divisions has no reading order");
    Set<String> ids = new HashSet<>();
    for (Division d : book.divisions()) {
      if (!d.id().matches("[A-Za-z][A-Za-z0-9_-]*")) {
        throw new IllegalArgumentException("division id is not a safe file name: " + d.id());
      }
      if (!ids.add(d.id())) throw new IllegalArgumentException("two divisions with id " + d.id());
      if (ContentDocument.fileName(d).equals(Cover.PAGE)) {
        throw new IllegalArgumentException("division id 'cover' is taken by the cover page");
      }
    }
  }

  private static List<EpubFont> sortedFonts(List<EpubFont> fonts) {
    Set<FontStyle> seen = EnumSet.noneOf(FontStyle.class);
    Set<String> files = new HashSet<>();
    for (EpubFont f : fonts) {
      if (!seen.add(f.style())) throw new IllegalArgumentException("two fonts for style " + f.style());
      if (!files.add(f.fileName())) throw new IllegalArgumentException("two fonts named " + f.fileName());
    }
    List<EpubFont> sorted = new ArrayList<>(fonts);
    sorted.sort(Comparator.comparing(EpubFont::style));
    return List.copyOf(sorted);
  }

  private static byte[] data(Resource r) {
    try {
      return r.getData();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("in-memory resource " + r.getHref(), e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
