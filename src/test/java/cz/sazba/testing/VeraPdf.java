package cz.sazba.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: the failed rules of a PDF for one flavour (PDF/A-2u, PDF/UA-1). */
public final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * For a negative test: the failed rules of a PDF that must not conform, logged as what the test
   * expects, so that a passing run does not print what reads like a failure.
   */
  public static List<String> expectRejected(byte[] pdf, PDFAFlavour flavour, String what) throws Exception {
    List<String> failures = failedRules(pdf, flavour);
    System.out.println("expected: veraPDF rejects " + what + " as " + flavour + " (" + failures.size() + " failed rules)");
    return failures;
  }

  /** Every failed rule as {@code clause-test: message @ where}; empty when the file conforms. */
  public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      if (result.getPDFAFlavour() != flavour) throw new AssertionError("validated as " + result.getPDFAFlavour());
      if (result.getTotalAssertions() == 0) throw new AssertionError("veraPDF checked nothing");
      List<String> failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
              + " @ " + a.getLocation().getContext())
          .distinct()
          .collect(Collectors.toList());
      if (failures.isEmpty() != result.isCompliant()) throw new AssertionError("veraPDF disagrees with itself");
      if (failures.isEmpty()) System.out.println("veraPDF " + flavour + ": " + result.getTotalAssertions() + " checks, all passed");
      return failures;
    }
  }
}
