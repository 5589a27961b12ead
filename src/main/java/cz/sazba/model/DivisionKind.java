package cz.sazba.model;

/** What a division of the book is; outputs start each on a new page or in a new file. */
public enum DivisionKind {
  TITLE_PAGE,
  /** The rights and attribution page: on the back of the title page in print. */
  COLOPHON,
  CONTENTS,
  CHAPTER
}
