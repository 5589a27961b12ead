package cz.sazba.font;

/**
 * The whole-font numbers a PDF font descriptor and the line spacing need, in font units.
 *
 * @param boundingBox xMin, yMin, xMax, yMax from the head table; never handed out directly
 */
record FaceMetrics(
    int unitsPerEm,
    int ascender,
    int descender,
    int capHeight,
    int xHeight,
    int[] boundingBox,
    double italicAngle,
    int stemV) {}
