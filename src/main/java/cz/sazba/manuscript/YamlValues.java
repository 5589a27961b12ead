package cz.sazba.manuscript;

import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to SnakeYAML's composed node tree, each value with its place in the file, each
 * type mismatch a {@code metadata-type} diagnostic at that value. Readers of the metadata sections
 * share it so that the same mistake reads the same everywhere.
 */
final class YamlValues {
  private final SourceFile file;
  private final Diagnostics diagnostics;
  /** Then code point and char offsets are the same, the common case. */
  private final boolean withoutSurrogates;
  /** Nodes merged in from a chapter file's metadata block, each with the file its marks count in. */
  private final java.util.IdentityHashMap<Node, SourceFile> elsewhere = new java.util.IdentityHashMap<>();

  /**
   * The YAML text as one node tree, or null when it is empty; throws SnakeYAML's exceptions on
   * bad YAML. What {@code new Yaml(options).compose(reader)} does, without building the
   * constructor and representer a {@code Yaml} object makes first (compose never uses them;
   * they cost most of a cold start's YAML time).
   */
  static Node compose(String text, org.yaml.snakeyaml.LoaderOptions options) {
    return new org.yaml.snakeyaml.composer.Composer(
        new org.yaml.snakeyaml.parser.ParserImpl(new org.yaml.snakeyaml.reader.StreamReader(new java.io.StringReader(text)), options),
        new org.yaml.snakeyaml.resolver.Resolver(), options).getSingleNode();
  }

  YamlValues(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.withoutSurrogates = file.text().chars().noneMatch(c -> Character.isSurrogate((char) c));
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  SourceFile file() {
    return file;
  }

  /**
   * The offset of a SnakeYAML mark. Its line and column are no use here: YAML also ends lines at
   * U+0085, U+2028 and U+2029, which are ordinary characters to every editor and to {@link
   * SourceFile}. Its index counts code points from the start of the text, which is exact.
   */
  int offset(Mark mark) {
    return offsetOfCodePoint(mark.getIndex());
  }

  /** The char offset of the {@code index}-th code point, clamped to the text. */
  int offsetOfCodePoint(int index) {
    String text = file.text();
    if (index <= 0) return 0;
    if (withoutSurrogates) return Math.min(index, text.length());
    if (index >= text.codePointCount(0, text.length())) return text.length();
    return text.offsetByCodePoints(0, index);
  }

  Span span(Node node) {
    SourceFile in = elsewhere.get(node);
    if (in == null) {
      int start = offset(node.getStartMark());
      return file.span(start, Math.max(start, offset(node.getEndMark())));
    }
    String text = in.text();
    int start = charOffset(text, node.getStartMark().getIndex());
    return in.span(start, Math.max(start, charOffset(text, node.getEndMark().getIndex())));
  }

  /** Marks {@code node} and everything under it as composed from {@code in}'s text, not this file's. */
  void adopt(Node node, SourceFile in) {
    if (node == null || elsewhere.containsKey(node)) return;
    elsewhere.put(node, in);
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        adopt(t.getKeyNode(), in);
        adopt(t.getValueNode(), in);
      }
    } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
      for (Node n : s.getValue()) adopt(n, in);
    }
  }

  private static int charOffset(String text, int index) {
    if (index <= 0) return 0;
    if (index >= text.codePointCount(0, text.length())) return text.length();
    return text.offsetByCodePoints(0, index);
  }

  /** A YAML null ({@code key:} with nothing after it) counts as absent. */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  void typeError(Node node, String what, String expected) {
    diagnostics.error("metadata-type", span(node), what + " must be " + expected,
        "see docs/manuscript.md for the metadata keys and their types");
  }

  /**
   * The entries of a mapping by key, in file order. Duplicate keys are errors; keys outside
   * {@code known} are warnings (pandoc ignores what it does not know, and so do we, aloud).
   */
  Map<String, Node> mapping(Node node, String what, Set<String> known) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode m)) {
      typeError(node, what, "a mapping (key: value lines)");
      return entries;
    }
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        typeError(t.getKeyNode(), "a key of " + what, "a plain word");
        continue;
      }
      String key = k.getValue();
      if (entries.containsKey(key)) {
        diagnostics.error("metadata-duplicate-key", span(k), Quote.of(key) + " appears twice in " + what,
            "keep one of them");
        continue;
      }
      if (!known.contains(key)) {
        diagnostics.warning("metadata-unknown-key", span(k), "unknown key " + Quote.of(key) + " in " + what + " is ignored",
            "known keys: " + String.join(", ", new java.util.TreeSet<>(known)));
        continue;
      }
      if (!isNull(t.getValueNode())) entries.put(key, t.getValueNode());
    }
    return entries;
  }

  Optional<String> string(Node node, String what) {
    if (node instanceof ScalarNode s) return Optional.of(s.getValue());
    typeError(node, what, "a string");
    return Optional.empty();
  }

  Optional<String> string(Map<String, Node> entries, String key, String what) {
    Node n = entries.get(key);
    return n == null ? Optional.empty() : string(n, what);
  }

  /** A string or a list of strings, as pandoc takes {@code author} and friends. */
  List<String> stringOrList(Node node, String what) {
    List<String> out = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      out.add(s.getValue());
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) string(item, "each entry of " + what).ifPresent(out::add);
    } else {
      typeError(node, what, "a string or a list of strings");
    }
    return out;
  }

  Optional<Boolean> bool(Node node, String what) {
    if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
      return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
    }
    typeError(node, what, "true or false");
    return Optional.empty();
  }

  void missing(Span at, String what, String hint) {
    diagnostics.error("metadata-missing", at, what + " is missing", hint);
  }
}
