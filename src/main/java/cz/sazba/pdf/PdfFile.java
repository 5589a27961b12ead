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
import java.util.concurrent.Executor;
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
 *
 * <p>A long book's file is some 15,000 objects and megabytes of text, which took a fifth of its
 * PDF stage on one core while the other waited. So the file is made in two passes. The first,
 * {@link Plan}, walks the objects in the order above without writing a byte: it gives every
 * object its number, makes the resources direct, and notes at every dictionary or array met
 * whether it went in place or by reference (a dictionary may be made direct only after it was
 * first met, so the second pass cannot ask it again). The second writes runs of consecutive
 * objects at the same time on the executor, each run into a buffer of its own and by the first
 * pass's notes and numbers, which it only reads; the runs are joined in order and the offsets
 * moved by where each run landed. Every object ends a line, so each run starts as the file does
 * there. The bytes are the same on any number of threads and with any run length.
 */
final class PdfFile {
  private static final byte[] EOL = {'\n'};
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] GARBAGE = {(byte) 0xf6, (byte) 0xe4, (byte) 0xfc, (byte) 0xdf};
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** Objects per task of the second pass: a long book's 15,000 make some thirty tasks. */
  static final int OBJECTS_PER_TASK = 512;

  private PdfFile() {}

  /** Writes {@code cos}, a document made from scratch and never encrypted, to {@code sink}, on this thread. */
  static void write(COSDocument cos, OutputStream sink) throws IOException {
    write(cos, sink, Runnable::run, OBJECTS_PER_TASK);
  }

  /** As above, runs of {@code perTask} objects written on {@code executor}. */
  static void write(COSDocument cos, OutputStream sink, Executor executor, int perTask) throws IOException {
    if (cos.getTrailer().containsKey(COSName.ENCRYPT)) throw new IllegalStateException("the PDF writer does not encrypt");
    Plan plan = new Plan(cos.getTrailer());
    Writer file = new Writer(sink, plan, Pass.TRAILER);
    file.out.write(("%PDF-" + cos.getVersion()).getBytes(StandardCharsets.ISO_8859_1));
    file.out.eol();
    file.out.write('%');
    file.out.write(GARBAGE);
    file.out.eol();

    int count = plan.objects.size();
    List<Run> runs = cz.sazba.source.Tasks.inRuns(count, perTask, executor, (from, to) -> List.of(Run.write(plan, from, to)));
    // Where each written object starts, by object number (-1: none written with that number).
    long[] offsets = new long[Math.toIntExact(plan.number + 1)];
    java.util.Arrays.fill(offsets, -1);
    int k = 0;
    for (Run run : runs) {
      long base = file.out.position();
      file.out.write(run.bytes(), 0, run.length());
      for (long at : run.offsets()) {
        if (at >= 0) offsets[Math.toIntExact(plan.numbered(plan.objects.get(k)))] = base + at;
        k++;
      }
    }
    // Every object ends its line, and so did the header.
    file.out.endedLine();

    long startxref = file.out.position();
    file.xref(offsets);
    file.out.write("trailer".getBytes(StandardCharsets.US_ASCII));
    file.out.eol();
    COSDictionary trailer = cos.getTrailer();
    trailer.setLong(COSName.SIZE, plan.number + 1);
    trailer.removeItem(COSName.PREV);
    trailer.removeItem(COSName.XREF_STM);
    trailer.removeItem(COSName.DOC_CHECKSUM);
    COSArray id = trailer.getCOSArray(COSName.ID);
    if (id != null) id.setDirect(true);
    // The trailer as it is now: written on its own, after every object, so nothing it meets is
    // queued or numbered here.
    file.dictionary(trailer);
    file.out.write("startxref".getBytes(StandardCharsets.US_ASCII));
    file.out.eol();
    file.out.write(Long.toString(startxref).getBytes(StandardCharsets.US_ASCII));
    file.out.eol();
    file.out.write("%%EOF".getBytes(StandardCharsets.US_ASCII));
    file.out.eol();
  }

  /**
   * The first pass: which objects the file holds, in order, their numbers, and for each object
   * whether each dictionary or array in it goes in place ({@code true}) or by reference, in the
   * order the second pass meets them.
   */
  static final class Plan {
    private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
    /** Every object ever queued (written or still waiting), by identity. */
    private final Set<COSBase> queued = Collections.newSetFromMap(new IdentityHashMap<>());
    /** What the queued objects stand for (an indirect object's target, else the object itself). */
    private final Set<COSBase> queuedActuals = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Object numbers by object (by the target for an indirect object that has one). */
    private final Map<COSBase, Long> numbers = new IdentityHashMap<>();
    private long number;
    /** The indirect objects in the order they are written. */
    final List<COSBase> objects = new ArrayList<>();
    /** Where each object's notes start in {@link #inPlace}. */
    private int[] notesFrom = new int[64];
    private final java.util.BitSet inPlace = new java.util.BitSet();
    private int notes;

    Plan(COSDictionary trailer) throws IOException {
      COSBase root = trailer.getItem(COSName.ROOT);
      COSBase info = trailer.getItem(COSName.INFO);
      if (root != null) enqueue(root);
      if (info != null) enqueue(info);
      Writer planner = new Writer(OutputStream.nullOutputStream(), this, Pass.PLAN);
      while (!queue.isEmpty()) {
        COSBase object = queue.removeFirst();
        if (objects.size() == notesFrom.length) notesFrom = java.util.Arrays.copyOf(notesFrom, 2 * notesFrom.length);
        notesFrom[objects.size()] = notes;
        objects.add(object);
        planner.indirect(object, -1);
      }
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
      COSBase actual = actual(object);
      Long known = numbers.get(actual);
      if (known != null) return known;
      long n = ++number;
      numbers.put(actual, n);
      return n;
    }

    /** The number the first pass gave: the second pass only reads them. */
    long numbered(COSBase object) {
      Long known = numbers.get(actual(object));
      if (known == null) throw new IllegalStateException("an object the first pass did not number: " + object);
      return known;
    }

    private static COSBase actual(COSBase object) {
      return object instanceof COSObject indirect && indirect.getObject() != null ? indirect.getObject() : object;
    }

    private void note(boolean direct) {
      inPlace.set(notes++, direct);
    }
  }

  /** One run of the second pass: its bytes, and each object's offset in them ({@code -1}: left out). */
  private record Run(byte[] bytes, int length, long[] offsets) {
    static Run write(Plan plan, int from, int to) {
      Buffer buffer = new Buffer();
      Writer w = new Writer(buffer, plan, Pass.OBJECTS);
      w.note = plan.notesFrom[from];
      long[] offsets = new long[to - from];
      try {
        for (int i = from; i < to; i++) offsets[i - from] = w.indirect(plan.objects.get(i), plan.numbered(plan.objects.get(i)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new Run(buffer.bytes, buffer.size, offsets);
    }
  }

  /** What a {@link Writer} is for. */
  private enum Pass {
    /** The first pass: numbers, queues and takes notes; writes no token (to nowhere). */
    PLAN,
    /** The second: objects by the plan's numbers and notes. */
    OBJECTS,
    /** The header, the joined runs, the cross-reference table and the trailer (which asks its values whether they are direct). */
    TRAILER
  }

  /** Writes objects in one of the {@link Pass}es. */
  private static final class Writer {
    final Out out;
    private final Plan plan;
    private final Pass pass;
    private final boolean planning;
    /** The next note this writer reads (second pass). */
    int note;

    Writer(OutputStream sink, Plan plan, Pass pass) {
      this.out = new Out(sink);
      this.plan = plan;
      this.pass = pass;
      this.planning = pass == Pass.PLAN;
    }

    /**
     * {@code N 0 obj … endobj}; an indirect object without a target is left out (a gap in the
     * table). Returns where it starts in this writer's output, or -1 when left out.
     *
     * @param n its number; in the first pass, -1: it is numbered here
     */
    long indirect(COSBase object, long n) throws IOException {
      long number = planning ? plan.numberOf(object) : n;
      COSBase body = object;
      if (object instanceof COSObject indirect) {
        body = indirect.getObject();
        if (body == null) return -1;
      }
      long at = out.position();
      if (!planning) out.write(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
      out.write(" 0 obj".getBytes(StandardCharsets.US_ASCII));
      out.eol();
      value(body);
      out.eol();
      out.write("endobj".getBytes(StandardCharsets.US_ASCII));
      out.eol();
      return at;
    }

    /** An object in place: the body of an indirect object, or a direct value. */
    private void value(COSBase v) throws IOException {
      // The first pass needs only what can hold or name an object.
      if (planning && !(v instanceof COSDictionary || v instanceof COSArray || v instanceof COSObject)) return;
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

    /** {@code N 0 R}; the object queued, in the first pass. */
    private void reference(COSBase object) throws IOException {
      if (planning) {
        plan.enqueue(object);
        plan.numberOf(object);
        return;
      }
      long n = plan.numbered(object);
      out.write(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
      out.write(" 0 R".getBytes(StandardCharsets.US_ASCII));
    }

    private void dictionary(COSDictionary dictionary) throws IOException {
      out.write('<');
      out.write('<');
      out.eol();
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        COSBase v = entry.getValue();
        if (v == null) continue;
        if (!planning) entry.getKey().writePDF(out);
        out.write(' ');
        if (v instanceof COSDictionary inner) {
          if (planning) {
            // Resources and XObjects written in place (not where the dictionary is the value of
            // such a key, which could be a dictionary holding itself).
            COSBase item = inner.getItem(COSName.XOBJECT);
            if (item != null && !COSName.XOBJECT.equals(entry.getKey())) item.setDirect(true);
            item = inner.getItem(COSName.RESOURCES);
            if (item != null && !COSName.RESOURCES.equals(entry.getKey())) item.setDirect(true);
          }
          inPlaceOrReferenced(inner);
        } else if (v instanceof COSObject) {
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

    /**
     * A direct dictionary or array in place; any other is queued and referred to. Whether it was
     * direct is noted in the first pass and read from the notes in the second (it may have been
     * made direct since); the trailer, written last, asks the object.
     */
    private void inPlaceOrReferenced(COSBase v) throws IOException {
      boolean direct;
      if (planning) {
        direct = v.isDirect();
        plan.note(direct);
      } else if (pass == Pass.TRAILER) {
        direct = v.isDirect();
      } else {
        direct = plan.inPlace.get(note++);
      }
      if (direct) value(v);
      else reference(v);
    }

    private void stream(COSStream stream) throws IOException {
      dictionary(stream);
      out.write("stream".getBytes(StandardCharsets.US_ASCII));
      out.write(CRLF);
      // The first pass writes nowhere: the data is not read.
      if (stream.hasData() && !planning) {
        try (InputStream raw = stream.createRawInputStream()) {
          raw.transferTo(out);
        }
      }
      out.write(CRLF);
      out.write("endstream".getBytes(StandardCharsets.US_ASCII));
      out.eol();
    }
    private void string(COSString string) throws IOException {
      if (planning) return;
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
     *
     * @param offsets by object number, where the object starts, or -1 where none was written
     */
    private void xref(long[] offsets) throws IOException {
      int last = offsets.length - 1;
      while (last > 0 && offsets[last] < 0) last--;
      // Entries 0 to the last written number: a written object's offset, or (for a free one)
      // the next free number, 0 after the last.
      int size = last + 1;
      long[] field = new long[size];
      boolean[] free = new boolean[size];
      int nextFree = 0;
      for (int n = last; n >= 0; n--) {
        if (n > 0 && offsets[n] >= 0) {
          field[n] = offsets[n];
        } else {
          free[n] = true;
          field[n] = nextFree;
          nextFree = n;
        }
      }
      out.write("xref".getBytes(StandardCharsets.US_ASCII));
      out.eol();
      // Every number up to the last written one has an entry: one section.
      out.write(("0 " + size).getBytes(StandardCharsets.US_ASCII));
      out.eol();
      byte[] line = new byte[20];
      for (int n = 0; n < size; n++) {
        digits(line, 0, 10, field[n]);
        line[10] = ' ';
        digits(line, 11, 5, free[n] ? 65535 : 0);
        line[16] = ' ';
        line[17] = (byte) (free[n] ? 'f' : 'n');
        line[18] = '\r';
        line[19] = '\n';
        out.write(line);
      }
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

    /** Joined after runs that each ended a line (or at the end of one): the file is on a new line. */
    void endedLine() {
      onNewLine = true;
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

  /** An unsynchronised byte array a run is written into. */
  private static final class Buffer extends OutputStream {
    byte[] bytes = new byte[16 << 10];
    int size;

    @Override
    public void write(int b) {
      if (size == bytes.length) bytes = java.util.Arrays.copyOf(bytes, 2 * bytes.length);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (size + len > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + len));
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }
  }
}
