package cz.sazba.model;

import java.util.List;

/** Small read-only helpers over inline content. */
public final class Inlines {
  private Inlines() {}

  /** The text a reader sees, with citations as their bracketed numbers; for outlines and titles. */
  public static String plainText(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    append(s, inlines);
    return s.toString();
  }

  private static void append(StringBuilder s, List<Inline> inlines) {
    for (Inline i : inlines) {
      if (i instanceof Text t) s.append(t.text());
      else if (i instanceof Emph e) append(s, e.content());
      else if (i instanceof Strong st) append(s, st.content());
      else if (i instanceof Foreign f) append(s, f.content());
      else if (i instanceof Link l) append(s, l.content());
      else if (i instanceof LineBreak) s.append(' ');
      else if (i instanceof Citation c) {
        s.append('[');
        for (int k = 0; k < c.marks().size(); k++) s.append(k == 0 ? "" : "; ").append(c.marks().get(k).label());
        s.append(']');
      } else if (i instanceof Cite c) {
        s.append('[');
        for (int k = 0; k < c.items().size(); k++) s.append(k == 0 ? "@" : "; @").append(c.items().get(k).key());
        s.append(']');
      } else throw new IllegalStateException("unknown inline " + i);
    }
  }
}
