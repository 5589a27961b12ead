package cz.sazba.wikipedia;

import java.time.Instant;
import java.util.Optional;

/**
 * The licence of a Wikimedia revision's text by its edit time. The Terms of Use that made
 * CC BY-SA 4.0 the projects' licence took effect on 7 June 2023 (announced by the Foundation's
 * counsel, reported in The Signpost of 19 June 2023; docs/import.md): text of a revision saved
 * from that day on is offered under 4.0, older revisions under 3.0 Unported, which were also
 * available under the GFDL (the dual licence of the 2009 Terms of Use).
 */
final class Licences {
  private Licences() {}

  /** 2023-06-07T00:00Z: the day the 2023 Terms of Use were in force. */
  static final Instant CC_BY_SA_4_FROM = Instant.parse("2023-06-07T00:00:00Z");

  record Licence(String id, String name, String url, Optional<String> gfdlNote) {}

  static Licence forRevision(Optional<Instant> edited) {
    if (edited.isPresent() && !edited.get().isBefore(CC_BY_SA_4_FROM)) {
      return new Licence("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International",
          "https://creativecommons.org/licenses/by-sa/4.0/", Optional.empty());
    }
    return new Licence("CC-BY-SA-3.0", "Creative Commons Attribution-ShareAlike 3.0 Unported",
        "https://creativecommons.org/licenses/by-sa/3.0/",
        Optional.of("The text of this revision was also available under the GNU Free Documentation License "
            + "(version 1.2 or later, without invariant sections), as Wikipedia's text was until June 2023."));
  }
}
