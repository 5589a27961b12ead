package cz.sazba.epub;

import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.Image;
import cz.sazba.model.ImageData;
import cz.sazba.model.ModelWalk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book's image files as EPUB resources: one per manuscript path, however often it is used,
 * named {@code images/img-N.png} in order of first use (manuscript names may hold characters an
 * EPUB path should not).
 */
final class EpubImages {
  static final String DIR = "images/";

  /** One resource: manifest id, path relative to the package document, the decoded file. */
  record Entry(String id, String href, ImageData data) {}

  private final Map<String, Entry> byPath = new LinkedHashMap<>();
  private boolean allHaveAlt = true;
  private boolean anyMeaningful;

  private EpubImages() {}

  static EpubImages of(Book book) {
    EpubImages images = new EpubImages();
    for (Division d : book.divisions()) {
      ModelWalk.forEachInline(d.blocks(), i -> {
        if (i instanceof Image image) images.add(image);
      });
    }
    return images;
  }

  private void add(Image image) {
    if (!image.decorative()) {
      anyMeaningful = true;
      if (image.alt().isBlank()) allHaveAlt = false;
    }
    byPath.computeIfAbsent(image.path(), p -> {
      int n = byPath.size() + 1;
      return new Entry("img-" + n, DIR + "img-" + n + "." + image.data().format().extension, image.data());
    });
  }

  List<Entry> entries() {
    return List.copyOf(byPath.values());
  }

  /** The resource an image of the book is, relative to the content documents (beside the package document). */
  String href(Image image) {
    Entry e = byPath.get(image.path());
    if (e == null) throw new IllegalArgumentException("an image not in the book: " + image.path());
    return e.href();
  }

  /** The authors of the pictures that have credits of their own, in order of first use, each once. */
  List<String> contributors() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Entry e : byPath.values()) e.data().credit().ifPresent(c -> out.addAll(c.author()));
    return List.copyOf(out);
  }

  boolean isEmpty() {
    return byPath.isEmpty();
  }

  /** Whether any image carries meaning (is not decorative): then the book is visual, too. */
  boolean anyMeaningful() {
    return anyMeaningful;
  }

  /** Whether every image that carries meaning has a text alternative. */
  boolean allHaveAlt() {
    return allHaveAlt;
  }
}
