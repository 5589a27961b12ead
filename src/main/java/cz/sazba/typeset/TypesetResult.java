package cz.sazba.typeset;

import cz.sazba.typeset.page.LaidOutBook;

/**
 * The laid-out book for the PDF. Where each printed page starts, for the EPUB's page list, is
 * each page's {@link cz.sazba.typeset.page.Page#start()} locator.
 */
public record TypesetResult(LaidOutBook book) {}
