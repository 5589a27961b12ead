package cz.sazba.model;

import java.util.OptionalInt;

/** A CSL date: a year, with month and day where known. */
public record CslDate(int year, OptionalInt month, OptionalInt day) {}
