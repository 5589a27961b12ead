package cz.sazba.typeset.page;

/** A place links can go to: a heading, a reference entry, a citation. */
public record Anchor(String id, int pageIndex, long top) {}
