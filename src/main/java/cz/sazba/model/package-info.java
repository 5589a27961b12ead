/**
 * The book as data: immutable records and sealed interfaces, shared by every stage. The reader
 * makes a {@link cz.sazba.model.Document}; transforms turn it into a {@link cz.sazba.model.Book}
 * of divisions that both outputs render. Depends on nothing in the project but source spans.
 */
package cz.sazba.model;
