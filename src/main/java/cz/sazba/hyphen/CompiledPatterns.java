package cz.sazba.hyphen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hyphenator compiled ahead of time: the pattern trie's arrays, the exception words and the
 * minima, as the bytes of a resource beside each bundled pattern file ({@code hyph-cs.tex} has
 * {@code hyph-cs.hyb}). The build writes them ({@link #main}, in Maven's {@code process-classes}
 * phase) from the {@code .tex} files, so a cold JVM loads a language's patterns in a few bulk
 * copies instead of reading, checking and inserting thousands of patterns, which took about a
 * tenth of a second per file before the interpreter warmed up. The result equals
 * {@link Hyphenator#from}'s for the same file array for array (checked by
 * {@code CompiledPatternsTest}).
 *
 * <p>Layout, little-endian: the magic {@code SZHY}, the format version, left and right minima,
 * the counts of nodes, edges, value bytes and exception words, then the trie's arrays (see
 * {@link PatternTrie}) and the exception words sorted, each as its UTF-8 length and bytes and
 * its break count and breaks.
 */
final class CompiledPatterns {
  private static final int MAGIC = 'S' | 'Z' << 8 | 'H' << 16 | 'Y' << 24;
  private static final int VERSION = 1;
  /** The name of a pattern file's compiled form. */
  static final String SUFFIX = ".hyb";

  private CompiledPatterns() {}

  /** {@code hyph-cs.tex} → {@code hyph-cs.hyb}. */
  static String resourceFor(String texResource) {
    int dot = texResource.lastIndexOf('.');
    return (dot < 0 ? texResource : texResource.substring(0, dot)) + SUFFIX;
  }

  /** The compiled bytes of a parsed pattern file. */
  static byte[] compile(PatternFile file) {
    Hyphenator h = Hyphenator.from(file);
    PatternTrie trie = h.trie();
    Map<String, int[]> exceptions = new TreeMap<>(h.exceptions());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteBuffer head = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    head.putInt(MAGIC).putInt(VERSION).putInt(h.mins().left()).putInt(h.mins().right())
        .putInt(trie.nodes()).putInt(trie.edgeSymbols().length).putInt(trie.values().length)
        .putInt(exceptions.size());
    bytes.writeBytes(head.array());
    ints(bytes, trie.firstEdge());
    ints(bytes, trie.edgeSymbols());
    ints(bytes, trie.edgeTargets());
    ints(bytes, trie.firstValue());
    bytes.writeBytes(trie.values());
    for (Map.Entry<String, int[]> e : exceptions.entrySet()) {
      byte[] word = e.getKey().getBytes(StandardCharsets.UTF_8);
      ints(bytes, new int[] {word.length});
      bytes.writeBytes(word);
      ints(bytes, new int[] {e.getValue().length});
      ints(bytes, e.getValue());
    }
    return bytes.toByteArray();
  }

  private static void ints(ByteArrayOutputStream out, int[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    out.writeBytes(b.array());
  }

  /**
   * Reads compiled bytes back; {@code name} is what the hyphenator calls itself (the
   * {@code .tex} file's name, as for a parsed one).
   *
   * @throws IllegalStateException when the bytes are not a compiled pattern file of this version
   */
  static Hyphenator read(String name, byte[] data) {
    try {
      ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
      if (b.getInt() != MAGIC || b.getInt() != VERSION) throw new IllegalStateException("not compiled patterns");
      HyphenationMins mins = new HyphenationMins(b.getInt(), b.getInt());
      int nodes = b.getInt();
      int edges = b.getInt();
      int valueBytes = b.getInt();
      int exceptionCount = b.getInt();
      int[] firstEdge = ints(b, nodes + 1);
      int[] symbols = ints(b, edges);
      int[] targets = ints(b, edges);
      int[] firstValue = ints(b, nodes + 1);
      byte[] values = new byte[valueBytes];
      b.get(values);
      Map<String, int[]> exceptions = new HashMap<>();
      for (int i = 0; i < exceptionCount; i++) {
        byte[] word = new byte[b.getInt()];
        b.get(word);
        exceptions.put(new String(word, StandardCharsets.UTF_8), ints(b, b.getInt()));
      }
      if (b.hasRemaining()) throw new IllegalStateException("trailing bytes");
      for (int t : targets) {
        if (t <= 0 || t >= nodes) throw new IllegalStateException("an edge to no node");
      }
      return new Hyphenator(name, new PatternTrie(firstEdge, symbols, targets, firstValue, values),
          Map.copyOf(exceptions), mins);
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException) throw new IllegalStateException("malformed compiled patterns of " + name + ": " + e.getMessage(), e);
      throw new IllegalStateException("malformed compiled patterns of " + name + ": " + e, e);
    }
  }

  private static int[] ints(ByteBuffer b, int count) {
    int[] out = new int[count];
    b.asIntBuffer().get(out); // one bulk copy
    b.position(b.position() + 4 * count);
    return out;
  }

  /**
   * The compiled resource beside a bundled pattern file, or null when the jar has none (classes
   * run straight from an IDE's output, without Maven's step).
   */
  static Hyphenator loadResource(String texResource) throws IOException {
    try (InputStream in = CompiledPatterns.class.getResourceAsStream(resourceFor(texResource))) {
      return in == null ? null : read(texResource, in.readAllBytes());
    }
  }

  /**
   * The build's step: {@code CompiledPatterns SOURCE_DIR OUTPUT_DIR FILE.tex…} writes
   * {@code OUTPUT_DIR/FILE.hyb} for each named pattern file of {@code SOURCE_DIR}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) throw new IllegalArgumentException("usage: CompiledPatterns SOURCE_DIR OUTPUT_DIR FILE.tex...");
    Path source = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    for (int i = 2; i < args.length; i++) {
      String text = Files.readString(source.resolve(args[i]), StandardCharsets.UTF_8);
      Files.write(output.resolve(resourceFor(args[i])), compile(PatternFile.parse(args[i], text)));
    }
  }
}
