package cz.sazba.model;

/**
 * A length asked for in the manuscript, as pandoc's {@code width=} and {@code height=} attributes
 * give it: a number and its unit. {@link Unit#PERCENT} is a share of the text block's width.
 */
public record Dimension(double value, Unit unit) {
  public enum Unit { PERCENT, PT, MM, CM, IN, PX, EM }

  public Dimension {
    if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException("dimension " + value);
  }
}
