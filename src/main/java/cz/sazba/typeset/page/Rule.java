package cz.sazba.typeset.page;

/** A filled rectangle (a rule above notes, a line on the title page). */
public record Rule(long left, long bottom, long width, long height, Tag tag) implements PageElement {}
