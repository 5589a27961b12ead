/**
 * One build, start to finish: read the manuscript, transform, typeset, write both books in memory,
 * and only then put them on disk, atomically. The CLI and the tests drive this; it never prints
 * and never exits.
 */
package cz.sazba.pipeline;
