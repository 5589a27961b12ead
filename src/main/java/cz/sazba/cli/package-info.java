/** The command line: arguments, messages on stderr, exit codes. What Maven's exec plugin runs. */
package cz.sazba.cli;
