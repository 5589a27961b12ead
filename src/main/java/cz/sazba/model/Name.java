package cz.sazba.model;

import java.util.Optional;

/** A CSL name: a person with family and given names, or a literal (an institution). */
public record Name(Optional<String> family, Optional<String> given, Optional<String> literal) {
  /** {@code Family, Given} for a person, the literal otherwise. */
  public String sortForm() {
    if (literal.isPresent()) return literal.get();
    return family.orElse("") + given.map(g -> ", " + g).orElse("");
  }
}
