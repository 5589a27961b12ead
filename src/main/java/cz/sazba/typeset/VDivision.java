package cz.sazba.typeset;

import cz.sazba.model.DivisionKind;
import java.util.List;

/** A division's lines, ready for the page builder: it always starts on a new page. */
record VDivision(DivisionKind kind, String id, List<VLine> lines) {
  boolean hasFolios() {
    return kind == DivisionKind.CONTENTS || kind == DivisionKind.CHAPTER;
  }

  boolean hasRunningHeads() {
    return kind == DivisionKind.CHAPTER;
  }
}
