package cz.sazba.hyphen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang patterns in a trie keyed by code point, so that all patterns starting at one position
 * of a word are found in a single walk. Children are kept as sorted arrays searched by
 * bisection: compact, immutable once built, and safe to share between threads.
 */
final class PatternTrie {
  private final int[][] childSymbols;
  private final int[][] childNodes;
  private final byte[][] values;

  private PatternTrie(int[][] childSymbols, int[][] childNodes, byte[][] values) {
    this.childSymbols = childSymbols;
    this.childNodes = childNodes;
    this.values = values;
  }

  /**
   * @throws IllegalArgumentException when two patterns have the same symbols
   */
  static PatternTrie of(List<LiangPattern> patterns) {
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<byte[]> nodeValues = new ArrayList<>();
    children.add(new TreeMap<>());
    nodeValues.add(null);
    for (LiangPattern pattern : patterns) {
      int node = 0;
      for (int symbol : pattern.symbols()) {
        Integer next = children.get(node).get(symbol);
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          nodeValues.add(null);
          children.get(node).put(symbol, next);
        }
        node = next;
      }
      if (nodeValues.get(node) != null) {
        throw new IllegalArgumentException("duplicate pattern " + pattern.key());
      }
      nodeValues.set(node, pattern.values());
    }
    int size = children.size();
    int[][] symbols = new int[size][];
    int[][] nodes = new int[size][];
    for (int n = 0; n < size; n++) {
      Map<Integer, Integer> map = children.get(n); // a TreeMap, so keys come out sorted
      // A plain loop: this runs for every node while a cold JVM loads the patterns.
      int[] s = new int[map.size()];
      int[] c = new int[map.size()];
      int i = 0;
      for (Map.Entry<Integer, Integer> e : map.entrySet()) {
        s[i] = e.getKey();
        c[i++] = e.getValue();
      }
      symbols[n] = s;
      nodes[n] = c;
    }
    return new PatternTrie(symbols, nodes, nodeValues.toArray(new byte[0][]));
  }

  /**
   * Applies every pattern that matches inside {@code symbols}, keeping the highest value per
   * gap. Gap {@code g} lies just before {@code symbols[g]}; {@code gaps} must have room for
   * {@code symbols.length + 1} entries.
   */
  void apply(int[] symbols, byte[] gaps) {
    for (int start = 0; start < symbols.length; start++) {
      int node = 0;
      for (int p = start; p < symbols.length; p++) {
        int at = Arrays.binarySearch(childSymbols[node], symbols[p]);
        if (at < 0) break;
        node = childNodes[node][at];
        byte[] found = values[node];
        if (found != null) {
          for (int k = 0; k < found.length; k++) {
            if (found[k] > gaps[start + k]) gaps[start + k] = found[k];
          }
        }
      }
    }
  }
}
