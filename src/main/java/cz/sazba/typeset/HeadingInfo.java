package cz.sazba.typeset;

/** A heading as the outline and the contents need it: level, anchor, plain text. */
record HeadingInfo(int level, String id, String title) {}
