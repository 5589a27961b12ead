package cz.sazba.typeset.vertical;

/** Vertical space before the next content; dropped where a page ends or begins. */
public record Glue(long height) implements VItem {}
