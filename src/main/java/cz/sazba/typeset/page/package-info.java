/**
 * The typesetter's result and the PDF writer's input: pages as trees of frames holding positioned
 * glyphs, link areas, rules and images, each tied to a node of the logical structure tree or
 * marked as an artifact, plus the anchors, outline and structure tree itself; each page names
 * where it starts as a {@link cz.sazba.model.Locator}. In fixed-point units (1 pt = 65536), origin at the
 * bottom left of the page as in PDF.
 */
package cz.sazba.typeset.page;
