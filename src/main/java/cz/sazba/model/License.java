package cz.sazba.model;

import java.net.URI;

/**
 * The licence of the text.
 *
 * @param id SPDX identifier, e.g. {@code CC-BY-SA-3.0}
 */
public record License(String id, String name, URI url) {
  /** Creative Commons licences with BY require the attribution page. */
  public boolean requiresAttribution() {
    return id.toUpperCase(java.util.Locale.ROOT).startsWith("CC-BY");
  }

  /** ShareAlike: adaptations must be shared under the same licence. */
  public boolean isShareAlike() {
    return id.toUpperCase(java.util.Locale.ROOT).contains("-SA");
  }
}
