package cz.sazba.typeset;

import cz.sazba.model.Locator;

/**
 * Where a block is laid out: under which structure node, at which place in the book, and in
 * which horizontal slice of the text block (a quote's inset, a list item's body).
 */
record Where(int parent, Locator at, long left, long width) {
  Where inside(int node, Locator child, long moreLeft, long narrower) {
    return new Where(node, child, left + moreLeft, width - narrower);
  }
}
