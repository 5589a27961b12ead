package cz.sazba.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** Creating stream objects. */
final class Streams {
  private Streams() {}

  /** A Flate-compressed stream holding {@code data}. */
  static COSStream flate(COSDocument doc, byte[] data) throws IOException {
    COSStream stream = doc.createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(data);
    }
    return stream;
  }

  /** An uncompressed stream: the XMP packet must stay readable by tools that do not inflate. */
  static COSStream plain(COSDocument doc, byte[] data) throws IOException {
    COSStream stream = doc.createCOSStream();
    try (OutputStream out = stream.createOutputStream()) {
      out.write(data);
    }
    return stream;
  }
}
