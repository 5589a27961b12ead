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

  // equals and hashCode written out as a record's would be (same values): see model.Lang.equals.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Tag t && structId == t.structId && java.util.Objects.equals(artifact, t.artifact);
  }

  @Override
  public int hashCode() {
    return 31 * structId + java.util.Objects.hashCode(artifact);
  }
}
