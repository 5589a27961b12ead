package cz.sazba.hyphen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang patterns in a trie keyed by code point, so that all patterns starting at one position
 * of a word are found in a single walk. The trie is four flat arrays: node {@code n}'s children
 * are the edges {@code firstEdge[n]} up to {@code firstEdge[n + 1]}, sorted by symbol and searched
 * by bisection; the values of the pattern ending at node {@code n} are the bytes
 * {@code firstValue[n]} up to {@code firstValue[n + 1]} (none when the two are equal: every
 * pattern has at least two gaps). Flat arrays so that the bundled patterns can be loaded from a
 * precompiled resource in a few bulk copies ({@link CompiledPatterns}). Compact, immutable once
 * built, and safe to share between threads.
 */
final class PatternTrie {
  private final int[] firstEdge;
  private final int[] edgeSymbols;
  private final int[] edgeTargets;
  private final int[] firstValue;
  private final byte[] values;

  PatternTrie(int[] firstEdge, int[] edgeSymbols, int[] edgeTargets, int[] firstValue, byte[] values) {
    int nodes = firstEdge.length - 1;
    if (nodes < 1 || firstValue.length != nodes + 1 || edgeSymbols.length != edgeTargets.length
        || firstEdge[nodes] != edgeSymbols.length || firstValue[nodes] != values.length) {
      throw new IllegalArgumentException("inconsistent pattern trie arrays");
    }
    this.firstEdge = firstEdge;
    this.edgeSymbols = edgeSymbols;
    this.edgeTargets = edgeTargets;
    this.firstValue = firstValue;
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
    int[] firstEdge = new int[size + 1];
    int[] firstValue = new int[size + 1];
    int edges = 0;
    int valueBytes = 0;
    for (int n = 0; n < size; n++) {
      edges += children.get(n).size();
      if (nodeValues.get(n) != null) valueBytes += nodeValues.get(n).length;
    }
    int[] symbols = new int[edges];
    int[] targets = new int[edges];
    byte[] values = new byte[valueBytes];
    int e = 0;
    int v = 0;
    for (int n = 0; n < size; n++) {
      firstEdge[n] = e;
      firstValue[n] = v;
      for (Map.Entry<Integer, Integer> child : children.get(n).entrySet()) { // a TreeMap: sorted
        symbols[e] = child.getKey();
        targets[e++] = child.getValue();
      }
      byte[] own = nodeValues.get(n);
      if (own != null) {
        System.arraycopy(own, 0, values, v, own.length);
        v += own.length;
      }
    }
    firstEdge[size] = e;
    firstValue[size] = v;
    return new PatternTrie(firstEdge, symbols, targets, firstValue, values);
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
        int at = Arrays.binarySearch(edgeSymbols, firstEdge[node], firstEdge[node + 1], symbols[p]);
        if (at < 0) break;
        node = edgeTargets[at];
        int from = firstValue[node];
        int to = firstValue[node + 1];
        for (int k = from, g = start; k < to; k++, g++) {
          if (values[k] > gaps[g]) gaps[g] = values[k];
        }
      }
    }
  }

  int nodes() {
    return firstEdge.length - 1;
  }

  int[] firstEdge() {
    return firstEdge.clone();
  }

  int[] edgeSymbols() {
    return edgeSymbols.clone();
  }

  int[] edgeTargets() {
    return edgeTargets.clone();
  }

  int[] firstValue() {
    return firstValue.clone();
  }

  byte[] values() {
    return values.clone();
  }

  /** The same arrays: the same patterns in the same order. */
  boolean sameAs(PatternTrie o) {
    return Arrays.equals(firstEdge, o.firstEdge) && Arrays.equals(edgeSymbols, o.edgeSymbols)
        && Arrays.equals(edgeTargets, o.edgeTargets) && Arrays.equals(firstValue, o.firstValue)
        && Arrays.equals(values, o.values);
  }
}
