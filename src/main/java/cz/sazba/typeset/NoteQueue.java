package cz.sazba.typeset;

import cz.sazba.model.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of one division whose marks have been flattened but whose lines are not yet in the
 * vertical list: the layout context adds each note's insert right after the line that holds its
 * mark. Also numbers the marks: through the book (the model's label) or from 1 in each division.
 */
final class NoteQueue {
  /** A note met in the text: its structure node and the label its mark shows. */
  record Pending(Note note, int node, String label) {}

  private final boolean perDivision;
  private int count;
  private final Map<String, Pending> byMark = new LinkedHashMap<>();

  NoteQueue(boolean perDivision) {
    this.perDivision = perDivision;
  }

  /** Registers a note whose mark is being set; returns the label the mark shows. */
  String register(Note note, int node) {
    count++;
    String label = perDivision ? Integer.toString(count) : note.label();
    byMark.put(markId(note), new Pending(note, node, label));
    return label;
  }

  /** The notes whose marks are among {@code anchors}, in order, taken off the queue. */
  List<Pending> takeMarkedIn(List<String> anchors) {
    if (byMark.isEmpty()) return List.of();
    List<Pending> out = new ArrayList<>();
    for (String a : anchors) {
      Pending p = byMark.remove(a);
      if (p != null) out.add(p);
    }
    return out;
  }

  boolean isEmpty() {
    return byMark.isEmpty();
  }

  /** The anchor of a note's mark ({@code fn1-ref}); the note's own anchor is its id. */
  static String markId(Note note) {
    return note.id() + "-ref";
  }
}
