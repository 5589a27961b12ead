package cz.sazba.typeset.page;

import java.util.Optional;

/**
 * What a page element belongs to: a node of the structure tree, or an artifact.
 *
 * @param structId id of the {@link StructNode}, or -1 for an artifact
 */
public record Tag(int structId, Optional<Artifact> artifact) {
  public static Tag of(int structId) {
    return new Tag(structId, Optional.empty());
  }

  public static Tag artifact(Artifact kind) {
    return new Tag(-1, Optional.of(kind));
  }

  public boolean isArtifact() {
    return artifact.isPresent();
  }
}
