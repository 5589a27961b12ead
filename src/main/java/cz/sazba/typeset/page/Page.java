package cz.sazba.typeset.page;

import cz.sazba.model.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page: a tree of frames (running head, top floats, body, foot inserts, folio).
 *
 * @param index zero-based position in the book
 * @param label the page's number as printed (its folio), also used as the PDF page label
 * @param frames the page's top-level frames in reading order
 * @param start where the page's text begins in the book (the first line of its body), for the
 *     EPUB's page list; empty only for pages built by hand without a source
 */
public record Page(int index, String label, long width, long height, List<Frame> frames, Optional<Locator> start) {
  public Page {
    frames = List.copyOf(frames);
  }

  /** A page of loose elements in one body frame, as tests and tools build them. */
  public static Page flat(int index, String label, long width, long height, List<PageElement> elements) {
    Frame body = new Frame(FrameKind.BODY, 0, 0, width, height, Optional.empty(), elements, List.of());
    return new Page(index, label, width, height, List.of(body), Optional.empty());
  }

  /** Every element of the page in reading order: each frame's own, then its children's. */
  public List<PageElement> elements() {
    List<PageElement> out = new ArrayList<>();
    for (Frame f : frames) f.collect(out);
    return out;
  }

  /** The top-level frames of {@code kind}, and those nested in them, in reading order. */
  public List<Frame> frames(FrameKind kind) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) out.addAll(f.find(kind));
    return out;
  }
}
