package cz.sazba.model;

import cz.sazba.source.Span;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where one image file comes from and under which licence, in the shape of the book's own
 * source and licence: an entry of {@code images:} in {@code metadata.yaml}, or a sidecar file
 * beside the image ({@code map.png.yaml} or {@code map.yaml}).
 *
 * @param title the picture's title
 * @param author who made it; may be empty only for a public-domain or CC0 picture
 * @param sourceTitle the title of the work or page it is taken from
 * @param sourceUrl where it is
 * @param license its licence
 * @param changes what was changed in it for this book
 * @param span where the entry is written
 */
public record ImageCredit(Optional<String> title, List<String> author, Optional<String> sourceTitle,
    Optional<URI> sourceUrl, License license, List<String> changes, Span span) {
  public ImageCredit {
    author = List.copyOf(author);
    changes = List.copyOf(changes);
  }

  /** Public domain (the Public Domain Mark, CC0 or an SPDX "PD"-like id): no author is owed. */
  public boolean isPublicDomain() {
    String id = license.id().toUpperCase(java.util.Locale.ROOT);
    return id.equals("CC0-1.0") || id.startsWith("CC-PDDC") || id.equals("PDM-1.0") || id.startsWith("PUBLIC-DOMAIN")
        || id.startsWith("LICENSEREF-PUBLIC-DOMAIN") || id.startsWith("LICENSEREF-PD");
  }
}
