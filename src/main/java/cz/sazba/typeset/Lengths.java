package cz.sazba.typeset;

import cz.sazba.model.Dimension;
import cz.sazba.typeset.page.Sp;

/** The units a manuscript may give a picture's size in, as lengths: facts of the units, not of the design. */
final class Lengths {
  private Lengths() {}

  /** A length in sp; a percentage is of {@code whole}, an em the body size, a pixel a CSS pixel (0.75 pt). */
  static double of(Dimension d, long whole, long em) {
    double v = d.value();
    switch (d.unit()) {
      case PERCENT:
        return whole * v / 100;
      case PT:
        return Sp.of(v);
      case MM:
        return Sp.of(v * 72 / 25.4);
      case CM:
        return Sp.of(v * 72 / 2.54);
      case IN:
        return Sp.of(v * 72);
      case EM:
        return em * v;
      case PX:
      default:
        return Sp.of(v * 0.75);
    }
  }
}
