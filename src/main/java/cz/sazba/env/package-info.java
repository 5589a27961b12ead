/**
 * The one door for anything that could make two builds differ: the timestamp
 * ({@code SOURCE_DATE_EPOCH}), and where fonts and other resources are read from. Stages get what
 * they need from here as plain values; nothing else reads the clock or the process environment.
 */
package cz.sazba.env;
