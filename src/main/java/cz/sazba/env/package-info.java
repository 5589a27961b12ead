/**
 * The one door for what the build takes from the process environment: the reproducible-builds
 * timestamp ({@code SOURCE_DATE_EPOCH}). It is handed on as a plain value; no stage reads the
 * clock or the environment itself (fonts come from the manuscript folder or the jar, images from the folder).
 */
package cz.sazba.env;
