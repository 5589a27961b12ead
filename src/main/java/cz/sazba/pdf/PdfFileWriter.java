package cz.sazba.pdf;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfparser.xref.FreeXReference;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfparser.xref.XReferenceEntry;
import org.apache.pdfbox.pdfwriter.COSStandardOutputStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's {@link COSWriter} for a new, unencrypted document saved whole without object streams
 * ({@code save(out, CompressParameters.NO_COMPRESSION)}), writing the same bytes in less time.
 *
 * <p>PDFBox asks, for every object it meets for the first time, whether its queue of objects to
 * write already holds it, by a linear search of that queue: on a book of thousands of structure
 * elements the queue is thousands long and that search was a third of the time spent saving. Here
 * the queue is mirrored by identity sets (PDFBox compares dictionaries, arrays and indirect
 * objects by identity too), and the cross-reference table is written without a
 * {@link java.text.DecimalFormat} per entry. Everything else (object numbering, the order
 * objects are written in, every token and line end) is PDFBox's own code, called from here;
 * {@code PdfFileWriterTest} holds the output to PDFBox's writer byte for byte.
 *
 * <p>What this leaves out, because the PDF writer never asks for it: incremental updates,
 * signatures, encryption, object streams, cross-reference streams.
 */
final class PdfFileWriter extends COSWriter {
  private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
  /** Every object ever queued (written or still waiting), as PDFBox's written-or-queued test. */
  private final Set<COSBase> queued = Collections.newSetFromMap(new IdentityHashMap<>());
  /** What the queued objects stand for (an indirect object's target, else the object itself). */
  private final Set<COSBase> queuedActuals = Collections.newSetFromMap(new IdentityHashMap<>());

  private PdfFileWriter(OutputStream out) {
    super(out, CompressParameters.NO_COMPRESSION);
  }

  /** Writes {@code pdf} as {@code pdf.save(out, CompressParameters.NO_COMPRESSION)} would. */
  static void save(PDDocument pdf, OutputStream out) throws IOException {
    COSDocument cos = pdf.getDocument();
    if (cos.getTrailer().containsKey(COSName.ENCRYPT) || pdf.isEncrypted()) {
      throw new IllegalStateException("the PDF writer does not encrypt");
    }
    // What PDDocument.save does before it starts its writer (there are no fonts for it to
    // subset: the fonts are embedded by EmbeddedFont, not through PDFBox's font classes).
    cos.setIsXRefStream(false);
    new PdfFileWriter(out).write(pdf);
  }

  @Override
  public void visitFromDocument(COSDocument doc) throws IOException {
    doWriteHeader(doc);
    doWriteBody(doc);
    writeXRefTable();
    doWriteTrailer(doc);
    COSStandardOutputStream out = getStandardOutput();
    out.write(STARTXREF);
    out.writeEOL();
    out.write(ascii(Long.toString(getStartxref())));
    out.writeEOL();
    out.write(EOF);
    out.writeEOL();
  }

  @Override
  protected void doWriteBody(COSDocument doc) throws IOException {
    COSDictionary trailer = doc.getTrailer();
    COSBase root = trailer.getItem(COSName.ROOT);
    COSBase info = trailer.getItem(COSName.INFO);
    if (root != null) enqueue(root);
    if (info != null) enqueue(info);
    while (!queue.isEmpty()) doWriteObject(queue.removeFirst());
  }

  /** PDFBox's addObjectToWrite for a new document: queue an object once, by identity. */
  private void enqueue(COSBase object) {
    COSBase actual = object instanceof COSObject indirect ? indirect.getObject() : object;
    if (queued.contains(object) || (actual != null && queuedActuals.contains(actual))) return;
    queue.add(object);
    queued.add(object);
    if (actual != null) queuedActuals.add(actual);
  }

  @Override
  public void visitFromArray(COSArray array) throws IOException {
    COSStandardOutputStream out = getStandardOutput();
    int count = 0;
    out.write(ARRAY_OPEN);
    for (Iterator<COSBase> i = array.iterator(); i.hasNext(); ) {
      COSBase current = i.next();
      if (current instanceof COSDictionary dictionary) {
        writeDictionary(dictionary);
      } else if (current instanceof COSArray inner) {
        writeArray(inner);
      } else if (current instanceof COSObject) {
        enqueue(current);
        writeReference(current);
      } else if (current == null) {
        COSNull.NULL.accept(this);
      } else {
        current.accept(this);
      }
      count++;
      if (i.hasNext()) {
        if (count % 10 == 0) out.writeEOL();
        else out.write(SPACE);
      }
    }
    out.write(ARRAY_CLOSE);
    out.writeEOL();
  }

  @Override
  public void visitFromDictionary(COSDictionary dictionary) throws IOException {
    COSStandardOutputStream out = getStandardOutput();
    out.write(DICT_OPEN);
    out.writeEOL();
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      COSBase value = entry.getValue();
      if (value == null) continue;
      entry.getKey().accept(this);
      out.write(SPACE);
      if (value instanceof COSDictionary inner) {
        // PDFBox writes a dictionary's /XObject and /Resources inline (PDFBOX-3684: unless the
        // dictionary is itself the value of such a key).
        COSBase item = inner.getItem(COSName.XOBJECT);
        if (item != null && !COSName.XOBJECT.equals(entry.getKey())) item.setDirect(true);
        item = inner.getItem(COSName.RESOURCES);
        if (item != null && !COSName.RESOURCES.equals(entry.getKey())) item.setDirect(true);
        writeDictionary(inner);
      } else if (value instanceof COSObject) {
        enqueue(value);
        writeReference(value);
      } else if (value instanceof COSArray array) {
        writeArray(array);
      } else {
        value.accept(this);
      }
      out.writeEOL();
    }
    out.write(DICT_CLOSE);
    out.writeEOL();
  }

  private void writeArray(COSArray array) throws IOException {
    if (array.isDirect()) {
      visitFromArray(array);
    } else {
      enqueue(array);
      writeReference(array);
    }
  }

  private void writeDictionary(COSDictionary dictionary) throws IOException {
    if (dictionary.isDirect()) {
      visitFromDictionary(dictionary);
    } else {
      enqueue(dictionary);
      writeReference(dictionary);
    }
  }

  /**
   * PDFBox's cross-reference table for a file written from scratch: free entries for the gaps in
   * the object numbers (or the one for object 0), then the entries in order of object number, in
   * runs of consecutive numbers, each line as {@code 0000012345 00000 n} and CR LF.
   */
  private void writeXRefTable() throws IOException {
    fillGapsWithFreeEntries();
    List<XReferenceEntry> entries = new ArrayList<>(getXRefEntries().size());
    for (XReferenceEntry e : getXRefEntries()) {
      if (e instanceof NormalXReference || e instanceof FreeXReference) entries.add(e);
    }
    entries.sort(null);
    COSStandardOutputStream out = getStandardOutput();
    setStartxref(out.getPos());
    out.write(XREF);
    out.writeEOL();
    byte[] line = new byte[20];
    int at = 0;
    while (at < entries.size()) {
      // A run of consecutive object numbers.
      int end = at + 1;
      while (end < entries.size() && number(entries.get(end)) == number(entries.get(end - 1)) + 1) end++;
      out.write(ascii(number(entries.get(at)) + " " + (end - at)));
      out.writeEOL();
      for (int i = at; i < end; i++) {
        XReferenceEntry e = entries.get(i);
        digits(line, 0, 10, e.getSecondColumnValue());
        line[10] = ' ';
        digits(line, 11, 5, e.getThirdColumnValue());
        line[16] = ' ';
        line[17] = (byte) (e instanceof FreeXReference ? 'f' : 'n');
        line[18] = '\r';
        line[19] = '\n';
        out.write(line);
      }
      at = end;
    }
  }

  private static long number(XReferenceEntry e) {
    return e.getReferencedKey().getNumber();
  }

  /** PDFBox's fillGapsWithFreeEntries: a chain of free entries through the unused numbers. */
  private void fillGapsWithFreeEntries() {
    List<NormalXReference> normal = new ArrayList<>();
    for (XReferenceEntry e : getXRefEntries()) {
      if (e instanceof NormalXReference n) normal.add(n);
    }
    normal.sort(null);
    long last = 0;
    List<Long> free = new ArrayList<>();
    for (NormalXReference entry : normal) {
      long nr = entry.getReferencedKey().getNumber();
      for (long i = last; i < nr; i++) free.add(i);
      last = nr + 1;
    }
    if (free.isEmpty()) {
      addXRefEntry(FreeXReference.NULL_ENTRY);
      return;
    }
    for (int i = 0; i < free.size() - 1; i++) {
      addXRefEntry(new FreeXReference(new COSObjectKey(free.get(i), 65535), free.get(i + 1)));
    }
    addXRefEntry(new FreeXReference(new COSObjectKey(free.get(free.size() - 1), 65535), 0));
    if (free.get(0) > 0) addXRefEntry(new FreeXReference(new COSObjectKey(0, 65535), free.get(0)));
  }

  /** {@code value} in decimal, zero-padded to {@code width} digits (as DecimalFormat "00…0"). */
  private static void digits(byte[] into, int from, int width, long value) {
    String s = Long.toString(value);
    if (s.length() > width) throw new IllegalStateException("xref field too wide: " + value);
    int pad = width - s.length();
    for (int i = 0; i < pad; i++) into[from + i] = '0';
    for (int i = 0; i < s.length(); i++) into[from + pad + i] = (byte) s.charAt(i);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
