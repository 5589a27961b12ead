package cz.sazba.typeset.vertical;

/**
 * One piece of vertical material, in the order a division reads. Content ({@link Line}, {@link
 * Box}) takes room; {@link Glue} is space between content, dropped at the top of a page;
 * {@link Penalty} says whether (and at what cost) a page may end there; an {@link Insert}
 * (a note) belongs to the content just before it and goes to the foot of that content's page;
 * a {@link Floating} (a figure, a table) goes to the top of that page or of the next; a {@link
 * Repeat} marks material that opens every page a block continues on.
 */
public sealed interface VItem permits Content, Glue, Penalty, Insert, Floating, Repeat {}
