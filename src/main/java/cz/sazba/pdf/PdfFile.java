package cz.sazba.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;

/**
 * Writes a new document built of PDFBox's COS objects to bytes: the same bytes as PDFBox's
 * {@code PDDocument.save(out, CompressParameters.NO_COMPRESSION)} (whole file, cross-reference
 * table, no object streams), which {@code PdfFileTest} holds it to on many books.
 *
 * <p>Why not PDFBox's writer: it needs a {@code PDDocument}, whose class initialiser starts
 * Java2D's colour management and AWT's toolkit (to make a one-pixel RGB image, against a race in
 * PDFBox's colour spaces), and {@code COSWriter}'s own initialiser makes two
 * {@code DecimalFormat}s; in a cold JVM that is some tens of milliseconds on the path of every
 * book, none of which a book without pictures uses. The COS objects, their tokens
 * ({@code writePDF}) and the document's stream cache are still PDFBox's; what is here is the
 * order of objects, their numbers, line ends and the cross-reference table, as COSWriter does
 * them for a document written from scratch:
 *
 * <ul>
 *   <li>objects are written breadth first from the trailer's {@code /Root}, then {@code /Info},
 *       each once (by identity); a dictionary, array or stream that is not direct is written as
 *       an indirect object where it is first met, and numbered then, from 1;
 *   <li>a dictionary's {@code /XObject} and {@code /Resources} entries are made direct, unless
 *       the dictionary is itself the value of such a key;
 *   <li>a line end is {@code LF}, written only where the last byte written was not one; around a
 *       stream's data it is {@code CR LF} always; an array breaks its line after every tenth item;
 *   <li>a string is written literal, with {@code ( ) \} escaped, unless it has a byte above 127,
 *       a CR or LF, or asks for hex, when it is written in upper-case hex.
 * </ul>
 *
 * <p>What this leaves out, because the PDF writer never makes it: incremental updates,
 * signatures, encryption, object and cross-reference streams.
 */
final class PdfFile {
  private static final byte[] EOL = {'\n'};
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] GARBAGE = {(byte) 0xf6, (byte) 0xe4, (byte) 0xfc, (byte) 0xdf};
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private final Out out;
  private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
  /** Every object ever queued (written or still waiting), by identity. */
  private final Set<COSBase> queued = Collections.newSetFromMap(new IdentityHashMap<>());
  /** What the queued objects stand for (an indirect object's target, else the object itself). */
  private final Set<COSBase> queuedActuals = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Object numbers by object (by the target for an indirect object that has one). */
  private final Map<COSBase, Long> numbers = new IdentityHashMap<>();
  /** Where each written object starts, by object number. */
  private final Map<Long, Long> offsets = new java.util.TreeMap<>();
  private long number;

  private PdfFile(OutputStream sink) {
    this.out = new Out(sink);
  }

  /** Writes {@code cos}, a document made from scratch and never encrypted, to {@code sink}. */
  static void write(COSDocument cos, OutputStream sink) throws IOException {
    if (cos.getTrailer().containsKey(COSName.ENCRYPT)) throw new IllegalStateException("the PDF writer does not encrypt");
    new PdfFile(sink).document(cos);
  }

  private void document(COSDocument cos) throws IOException {
    out.write(("%PDF-" + cos.getVersion()).getBytes(StandardCharsets.ISO_8859_1));
    out.eol();
    out.write('%');
    out.write(GARBAGE);
    out.eol();

    COSDictionary trailer = cos.getTrailer();
    COSBase root = trailer.getItem(COSName.ROOT);
    COSBase info = trailer.getItem(COSName.INFO);
    if (root != null) enqueue(root);
    if (info != null) enqueue(info);
    while (!queue.isEmpty()) indirect(queue.removeFirst());

    long startxref = out.position();
    xref();
    out.write("trailer".getBytes(StandardCharsets.US_ASCII));
    out.eol();
    trailer.setLong(COSName.SIZE, number + 1);
    trailer.removeItem(COSName.PREV);
    trailer.removeItem(COSName.XREF_STM);
    trailer.removeItem(COSName.DOC_CHECKSUM);
    COSArray id = trailer.getCOSArray(COSName.ID);
    if (id != null) id.setDirect(true);
    dictionary(trailer);
    out.write("startxref".getBytes(StandardCharsets.US_ASCII));
    out.eol();
    out.write(Long.toString(startxref).getBytes(StandardCharsets.US_ASCII));
    out.eol();
    out.write("%%EOF".getBytes(StandardCharsets.US_ASCII));
    out.eol();
  }

  /** Queues an object for writing once, by identity of itself and of what it stands for. */
  private void enqueue(COSBase object) {
    COSBase actual = object instanceof COSObject indirect ? indirect.getObject() : object;
    if (queued.contains(object) || (actual != null && queuedActuals.contains(actual))) return;
    queue.add(object);
    queued.add(object);
    if (actual != null) queuedActuals.add(actual);
  }

  /** The object's number, given the first time it is asked for. */
  private long numberOf(COSBase object) {
    COSBase actual = object instanceof COSObject indirect && indirect.getObject() != null ? indirect.getObject() : object;
    Long known = numbers.get(actual);
    if (known != null) return known;
    long n = ++number;
    numbers.put(actual, n);
    return n;
  }

  /** {@code N 0 obj … endobj}; an indirect object without a target is left out (a gap in the table). */
  private void indirect(COSBase object) throws IOException {
    long n = numberOf(object);
    COSBase body = object;
    if (object instanceof COSObject indirect) {
      body = indirect.getObject();
      if (body == null) return;
    }
    offsets.put(n, out.position());
    out.write(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
    out.write(" 0 obj".getBytes(StandardCharsets.US_ASCII));
    out.eol();
    value(body);
    out.eol();
    out.write("endobj".getBytes(StandardCharsets.US_ASCII));
    out.eol();
  }

  /** An object in place: the body of an indirect object, or a direct value. */
  private void value(COSBase v) throws IOException {
    if (v == null) COSNull.NULL.writePDF(out);
    else v.accept(values);
  }

  /**
   * Each kind of COS object in place, through PDFBox's own visitor: a kind PDFBox adds is a
   * method the compiler asks for here.
   */
  private final ICOSVisitor values = new ICOSVisitor() {
    @Override
    public void visitFromArray(COSArray obj) throws IOException {
      array(obj);
    }

    @Override
    public void visitFromBoolean(COSBoolean obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromDictionary(COSDictionary obj) throws IOException {
      dictionary(obj);
    }

    @Override
    public void visitFromDocument(COSDocument obj) {
      throw new IllegalStateException("a COS document inside a PDF object");
    }

    @Override
    public void visitFromFloat(COSFloat obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromInt(COSInteger obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromName(COSName obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromNull(COSNull obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromStream(COSStream obj) throws IOException {
      stream(obj);
    }

    @Override
    public void visitFromString(COSString obj) throws IOException {
      string(obj);
    }

    /** An indirect object met where a value is written in place: its target, or null. */
    @Override
    public void visitFromObject(COSObject obj) throws IOException {
      value(obj.getObject());
    }
  };

  private void reference(COSBase object) throws IOException {
    out.write(Long.toString(numberOf(object)).getBytes(StandardCharsets.US_ASCII));
    out.write(" 0 R".getBytes(StandardCharsets.US_ASCII));
  }

  private void dictionary(COSDictionary dictionary) throws IOException {
    out.write('<');
    out.write('<');
    out.eol();
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      COSBase v = entry.getValue();
      if (v == null) continue;
      entry.getKey().writePDF(out);
      out.write(' ');
      if (v instanceof COSDictionary inner) {
        // Resources and XObjects written in place (not where the dictionary is the value of such
        // a key, which could be a dictionary holding itself).
        COSBase item = inner.getItem(COSName.XOBJECT);
        if (item != null && !COSName.XOBJECT.equals(entry.getKey())) item.setDirect(true);
        item = inner.getItem(COSName.RESOURCES);
        if (item != null && !COSName.RESOURCES.equals(entry.getKey())) item.setDirect(true);
        inPlaceOrReferenced(inner);
      } else if (v instanceof COSObject) {
        enqueue(v);
        reference(v);
      } else if (v instanceof COSArray a) {
        inPlaceOrReferenced(a);
      } else {
        value(v);
      }
      out.eol();
    }
    out.write('>');
    out.write('>');
    out.eol();
  }

  private void array(COSArray array) throws IOException {
    int count = 0;
    out.write('[');
    for (Iterator<COSBase> i = array.iterator(); i.hasNext(); ) {
      COSBase current = i.next();
      if (current instanceof COSDictionary || current instanceof COSArray) {
        inPlaceOrReferenced(current);
      } else if (current instanceof COSObject) {
        enqueue(current);
        reference(current);
      } else {
        value(current);
      }
      count++;
      if (i.hasNext()) {
        if (count % 10 == 0) out.eol();
        else out.write(' ');
      }
    }
    out.write(']');
    out.eol();
  }

  /** A direct dictionary or array in place; any other is queued and referred to. */
  private void inPlaceOrReferenced(COSBase v) throws IOException {
    if (v.isDirect()) {
      value(v);
    } else {
      enqueue(v);
      reference(v);
    }
  }

  private void stream(COSStream stream) throws IOException {
    dictionary(stream);
    out.write("stream".getBytes(StandardCharsets.US_ASCII));
    out.write(CRLF);
    if (stream.hasData()) {
      try (InputStream raw = stream.createRawInputStream()) {
        raw.transferTo(out);
      }
    }
    out.write(CRLF);
    out.write("endstream".getBytes(StandardCharsets.US_ASCII));
    out.eol();
  }

  private void string(COSString string) throws IOException {
    byte[] bytes = string.getBytes();
    boolean literal = !string.getForceHexForm();
    if (literal) {
      for (byte b : bytes) {
        if (b < 0 || b == '\r' || b == '\n') {
          literal = false;
          break;
        }
      }
    }
    if (literal) {
      out.write('(');
      for (byte b : bytes) {
        if (b == '(' || b == ')' || b == '\\') out.write('\\');
        out.write(b);
      }
      out.write(')');
    } else {
      byte[] hex = new byte[2 * bytes.length + 2];
      hex[0] = '<';
      for (int i = 0; i < bytes.length; i++) {
        hex[1 + 2 * i] = HEX[(bytes[i] >> 4) & 0xF];
        hex[2 + 2 * i] = HEX[bytes[i] & 0xF];
      }
      hex[hex.length - 1] = '>';
      out.write(hex);
    }
  }

  /**
   * The cross-reference table: a free entry for object 0 and for each gap in the numbers (left
   * by an indirect object without a target), chained, then one section per run of consecutive
   * numbers, each entry as {@code 0000012345 00000 n} and CR LF.
   */
  private void xref() throws IOException {
    // Entries by number: a written object's offset, or (for a free one) the next free number.
    Map<Long, long[]> entries = new java.util.TreeMap<>();
    List<Long> free = new ArrayList<>();
    long last = 0;
    for (long n : offsets.keySet()) {
      for (long i = last; i < n; i++) free.add(i);
      last = n + 1;
    }
    if (free.isEmpty()) {
      entries.put(0L, new long[] {0, 65535, 'f'});
    } else {
      for (int i = 0; i < free.size(); i++) {
        long next = i + 1 < free.size() ? free.get(i + 1) : 0;
        entries.put(free.get(i), new long[] {next, 65535, 'f'});
      }
      if (free.get(0) > 0) entries.put(0L, new long[] {free.get(0), 65535, 'f'});
    }
    offsets.forEach((n, offset) -> entries.put(n, new long[] {offset, 0, 'n'}));

    out.write("xref".getBytes(StandardCharsets.US_ASCII));
    out.eol();
    List<Map.Entry<Long, long[]>> all = new ArrayList<>(entries.entrySet());
    byte[] line = new byte[20];
    int at = 0;
    while (at < all.size()) {
      int end = at + 1;
      while (end < all.size() && all.get(end).getKey() == all.get(end - 1).getKey() + 1) end++;
      out.write((all.get(at).getKey() + " " + (end - at)).getBytes(StandardCharsets.US_ASCII));
      out.eol();
      for (int i = at; i < end; i++) {
        long[] e = all.get(i).getValue();
        digits(line, 0, 10, e[0]);
        line[10] = ' ';
        digits(line, 11, 5, e[1]);
        line[16] = ' ';
        line[17] = (byte) e[2];
        line[18] = '\r';
        line[19] = '\n';
        out.write(line);
      }
      at = end;
    }
  }

  /** {@code value} in decimal, zero-padded to {@code width} digits. */
  private static void digits(byte[] into, int from, int width, long value) {
    if (value < 0) throw new IllegalStateException("negative xref field: " + value);
    long v = value;
    for (int i = from + width - 1; i >= from; i--) {
      into[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    if (v != 0) throw new IllegalStateException("xref field too wide: " + value);
  }

  /** The file as written so far: its length, and whether the last byte ended a line. */
  private static final class Out extends OutputStream {
    private final OutputStream sink;
    private long position;
    private boolean onNewLine;

    Out(OutputStream sink) {
      this.sink = sink;
    }

    long position() {
      return position;
    }

    /** A line feed, unless the last thing written was one. */
    void eol() throws IOException {
      if (!onNewLine) {
        write(EOL);
        onNewLine = true;
      }
    }

    @Override
    public void write(int b) throws IOException {
      onNewLine = false;
      sink.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      onNewLine = false;
      sink.write(b, off, len);
      position += len;
    }
  }
}
