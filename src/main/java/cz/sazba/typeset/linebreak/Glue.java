package cz.sazba.typeset.linebreak;

/** Space that may stretch and shrink; a line may break at glue that follows a box. */
public record Glue(long width, long stretch, long shrink) implements Item {
  /** Stretch that absorbs anything, like TeX's fil: the glue that ends a paragraph. */
  public static final long FIL = 1L << 40;
}
