package cz.sazba.model;

/**
 * A column of a {@link Table}.
 *
 * @param relativeWidth the column's share of the table's width (pipe tables with long rows and
 *     grid tables give one), or 0 when the widths follow the content
 */
public record TableColumn(Alignment alignment, double relativeWidth) {
  /** How a column's cells are aligned; {@code DEFAULT} as pandoc's {@code AlignDefault}. */
  public enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

  public TableColumn {
    if (relativeWidth < 0 || relativeWidth > 1 || Double.isNaN(relativeWidth)) {
      throw new IllegalArgumentException("column width " + relativeWidth);
    }
  }
}
