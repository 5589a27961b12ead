package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Synthetic vertical material for the page breaker's tests: empty lines named by their locator,
 * on a grid of 10 units, so page contents can be counted by hand.
 */
final class Material {
  static final long LINE = 10;
  static final long NOTE_LINE = 8;
  /** Ten lines a page: top skip 10, then nine skips of 10. */
  static final BreakGeometry PAGE = new BreakGeometry(100, 10, 0, 50, 5);

  private final VerticalList list = new VerticalList();

  static Line line(String division, int n, long topSkip) {
    return new Line(List.of(), 0, topSkip, topSkip, List.of(division + n), Optional.empty(),
        Locator.block(division, n), false);
  }

  /** {@code n} lines numbered from {@code from}, each after a penalty of {@code cost}. */
  Material lines(int from, int n, int cost) {
    for (int i = from; i < from + n; i++) list.add(line("t", i, LINE), LINE, cost);
    return this;
  }

  Material line(int n, int cost) {
    list.add(line("t", n, LINE), LINE, cost);
    return this;
  }

  Material note(int id, int lines) {
    list.addInsert(new Insert(small("n" + id + ".", lines), Locator.block("t", id)));
    return this;
  }

  Material floating(int id, int lines) {
    list.addFloat(new Floating(small("f" + id + ".", lines), Locator.block("t", id)));
    return this;
  }

  /** A note's or float's lines on a grid of 8, breakable between any two. */
  static List<VItem> small(String division, int lines) {
    VerticalList l = new VerticalList();
    for (int i = 0; i < lines; i++) l.add(line(division, i, NOTE_LINE), NOTE_LINE, Penalty.ALLOW);
    return l.items();
  }

  List<VItem> items() {
    return list.items();
  }

  /** The names of the lines in a piece of material, in order. */
  static List<String> names(List<VItem> items) {
    List<String> out = new ArrayList<>();
    for (VItem i : items) if (i instanceof Line l) out.add(l.anchors().get(0));
    return out;
  }

  static List<String> range(String prefix, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) out.add(prefix + i);
    return out;
  }
}
