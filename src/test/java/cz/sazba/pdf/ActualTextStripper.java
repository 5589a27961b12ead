package cz.sazba.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A {@link PDFTextStripper} that reads text the way an accessible reader does: glyphs inside a
 * marked-content sequence with /ActualText are replaced by that text (once, spanning the glyphs'
 * place), which PDFBox's own stripper ignores. An empty ActualText removes its glyphs, as for the
 * second half of a hyphenated word. For tests of any stage that produces PDF.
 */
public class ActualTextStripper extends PDFTextStripper {
  /** One open marked-content sequence: its ActualText (or null) and the glyphs it swallowed. */
  private static final class Frame {
    final String actualText;
    final List<TextPosition> glyphs = new ArrayList<>();

    Frame(String actualText) {
      this.actualText = actualText;
    }
  }

  private final Deque<Frame> frames = new ArrayDeque<>();

  public ActualTextStripper() {
    addOperator(new BeginMarkedContentSequence(this));
    addOperator(new BeginMarkedContentSequenceWithProperties(this));
    addOperator(new EndMarkedContentSequence(this));
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    String actualText = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
    frames.push(new Frame(actualText));
  }

  @Override
  public void endMarkedContentSequence() {
    if (frames.isEmpty()) return;
    Frame frame = frames.pop();
    // Glyphs only ever go to the outermost replacing frame (see processTextPosition), so a frame
    // without ActualText, or one nested in a replacing frame, has nothing to give back.
    if (frame.actualText == null || collecting() != null) return;
    if (frame.actualText.isEmpty() || frame.glyphs.isEmpty()) return;
    TextPosition first = frame.glyphs.get(0);
    TextPosition last = frame.glyphs.get(frame.glyphs.size() - 1);
    super.processTextPosition(new TextPosition(
        first.getRotation(), first.getPageWidth(), first.getPageHeight(), first.getTextMatrix(),
        last.getEndX(), last.getEndY(), first.getHeight(), last.getEndX() - first.getTextMatrix().getTranslateX(),
        first.getWidthOfSpace(), frame.actualText, first.getCharacterCodes(), first.getFont(),
        first.getFontSize(), (int) first.getFontSizeInPt()));
  }

  /** The outermost open frame with an ActualText, which takes every glyph inside it. */
  private Frame collecting() {
    Frame found = null;
    for (Frame f : frames) if (f.actualText != null) found = f;
    return found;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    Frame frame = collecting();
    if (frame != null) frame.glyphs.add(text);
    else super.processTextPosition(text);
  }

  /** Convenience: all text of a document read this way. */
  public static String text(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
    ActualTextStripper s = new ActualTextStripper();
    s.setSortByPosition(false);
    return s.getText(doc);
  }
}
