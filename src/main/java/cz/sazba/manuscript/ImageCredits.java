package cz.sazba.manuscript;

import cz.sazba.model.ImageCredit;
import cz.sazba.model.License;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.SourceFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Each image's own credit: an entry of {@code images:} in {@code metadata.yaml} (with {@code
 * path}), or the same mapping without {@code path} in a sidecar file beside the image, {@code
 * map.png.yaml} or else {@code map.yaml}; the metadata's entry wins over a sidecar. An entry is
 * checked as the book's own licence is: a licence with attribution (CC BY and kin) needs the
 * picture's title, its author, its source's url and the licence's url; a public-domain or CC0
 * picture needs no author. An image with no entry is part of the source work.
 */
final class ImageCredits {
  private static final Set<String> ENTRY_KEYS = Set.of("path", "title", "author", "source", "license", "changes");
  private static final Set<String> SIDECAR_KEYS = Set.of("title", "author", "source", "license", "changes");
  private static final Set<String> SOURCE_KEYS = Set.of("title", "url");
  private static final Set<String> LICENSE_KEYS = Set.of("id", "name", "url");

  private final Path dir;
  /** Normalised path to the metadata's entry. */
  private final Map<String, ImageCredit> fromMetadata = new LinkedHashMap<>();
  private final Map<String, cz.sazba.source.Span> entrySpans = new LinkedHashMap<>();

  private ImageCredits(Path dir) {
    this.dir = dir;
  }

  static ImageCredits none(Path dir) {
    return new ImageCredits(dir);
  }

  /** The {@code images:} entries of the metadata file (its syntax errors are the metadata reader's to report). */
  static ImageCredits read(Path dir, SourceFile metadata, Diagnostics diagnostics) {
    ImageCredits credits = new ImageCredits(dir);
    // Not parsed a second time for a key it cannot hold: "images" is written out as such unless
    // a double-quoted key spells it with escapes.
    if (!metadata.text().contains("images") && metadata.text().indexOf('\\') < 0) return credits;
    Node root;
    try {
      root = YamlValues.compose(metadata.text(), new LoaderOptions());
    } catch (YAMLException | IllegalArgumentException e) {
      return credits;
    }
    if (!(root instanceof MappingNode m)) return credits;
    Node images = null;
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("images")) images = t.getValueNode();
    }
    if (images == null || YamlValues.isNull(images)) return credits;
    YamlValues yaml = new YamlValues(metadata, diagnostics);
    if (!(images instanceof SequenceNode seq)) {
      yaml.typeError(images, "images", "a list of entries, each with path, title, author, source and license");
      return credits;
    }
    for (Node item : seq.getValue()) {
      Map<String, Node> entry = yaml.mapping(item, "an entry of images", ENTRY_KEYS);
      Optional<String> path = yaml.string(entry, "path", "the image's path");
      if (path.isEmpty()) {
        if (!entry.containsKey("path")) yaml.missing(yaml.span(item), "the image's path (path)", "e.g. 'path: images/map.png'");
        continue;
      }
      String normal = ImageFiles.normalise(path.get());
      if (normal == null || normal.isEmpty() || path.get().startsWith("/")) {
        diagnostics.error("image-path-outside", yaml.span(entry.get("path")),
            "the image " + Quote.of(path.get()) + " lies outside the manuscript", "give the path relative to the manuscript");
        continue;
      }
      if (credits.fromMetadata.containsKey(normal)) {
        diagnostics.error("image-credit-duplicate", yaml.span(entry.get("path")),
            "the image " + Quote.of(normal) + " has a second entry under images", "keep one entry per image file");
        continue;
      }
      entry(yaml, item, entry).ifPresent(c -> {
        credits.fromMetadata.put(normal, c);
        credits.entrySpans.put(normal, yaml.span(entry.get("path")));
      });
    }
    return credits;
  }

  /** The credit of the image at {@code path} (normalised): the metadata's entry, else a sidecar's, else none. */
  Optional<ImageCredit> creditOf(String path, Diagnostics diagnostics) {
    ImageCredit c = fromMetadata.get(path);
    if (c != null) return Optional.of(c);
    List<String> candidates = new ArrayList<>();
    candidates.add(path + ".yaml");
    int dot = path.lastIndexOf('.');
    if (dot > path.lastIndexOf('/') + 1) candidates.add(path.substring(0, dot) + ".yaml");
    for (String name : candidates) {
      if (!Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) continue;
      String shown = ManuscriptReader.displayPath(dir, name);
      SourceFile none = new SourceFile(shown, "");
      Optional<Path> real = ManuscriptFiles.check(dir, Path.of(name), name, ManuscriptFiles.Kind.TEXT, none.whole(), diagnostics);
      if (real.isEmpty()) return Optional.empty();
      Optional<SourceFile> file = SourceLoader.load(real.get(), shown, diagnostics);
      if (file.isEmpty()) return Optional.empty();
      return sidecar(file.get(), diagnostics);
    }
    return Optional.empty();
  }

  /** Paths of the metadata's entries and where each is written, to find entries no image uses. */
  Map<String, cz.sazba.source.Span> entries() {
    return entrySpans;
  }

  private static Optional<ImageCredit> sidecar(SourceFile file, Diagnostics diagnostics) {
    YamlValues yaml = new YamlValues(file, diagnostics);
    Node root;
    try {
      root = YamlValues.compose(file.text(), new LoaderOptions());
    } catch (YAMLException | IllegalArgumentException e) {
      diagnostics.error("yaml-syntax", file.whole(), "YAML: " + Quote.sentence(String.valueOf(e.getMessage())),
          "write the image's title, author, source and license as in metadata.yaml's images entries");
      return Optional.empty();
    }
    if (root == null) {
      yaml.missing(file.whole(), "the image's licence (license)", "add license: with id, name and url");
      return Optional.empty();
    }
    Map<String, Node> entry = yaml.mapping(root, file.displayPath(), SIDECAR_KEYS);
    return entry(yaml, root, entry);
  }

  private static Optional<ImageCredit> entry(YamlValues yaml, Node node, Map<String, Node> entry) {
    Diagnostics d = yaml.diagnostics();
    int before = d.sorted().size();
    Optional<String> title = yaml.string(entry, "title", "the image's title");
    List<String> author = entry.containsKey("author") ? yaml.stringOrList(entry.get("author"), "the image's author") : List.of();
    List<String> changes = entry.containsKey("changes") ? yaml.stringOrList(entry.get("changes"), "the image's changes")
        : List.of();
    Optional<String> sourceTitle = Optional.empty();
    Optional<URI> sourceUrl = Optional.empty();
    if (entry.containsKey("source")) {
      Map<String, Node> source = yaml.mapping(entry.get("source"), "the image's source", SOURCE_KEYS);
      sourceTitle = yaml.string(source, "title", "the image's source title");
      sourceUrl = MetadataReader.url(yaml, source, "url", "the image's source url");
    }
    if (!entry.containsKey("license")) {
      d.error("image-credit-incomplete", yaml.span(node), "this image's credit names no licence",
          "add license: with its SPDX id, name and url (CC0-1.0 for a picture in the public domain)");
      return Optional.empty();
    }
    Map<String, Node> lic = yaml.mapping(entry.get("license"), "the image's license", LICENSE_KEYS);
    Optional<String> id = yaml.string(lic, "id", "the image's license id");
    Optional<String> name = yaml.string(lic, "name", "the image's license name");
    Optional<URI> url = MetadataReader.url(yaml, lic, "url", "the image's license url");
    if (d.sorted().size() > before && d.hasErrors()) return Optional.empty();
    List<String> absent = new ArrayList<>();
    if (id.isEmpty()) absent.add("license id");
    if (url.isEmpty()) absent.add("license url");
    License license = new License(id.orElse("LicenseRef-unknown"), name.orElse(id.orElse("")), url.orElse(null));
    ImageCredit credit = new ImageCredit(title, author, sourceTitle, sourceUrl, license, changes, yaml.span(node));
    if (license.requiresAttribution()) {
      if (title.isEmpty()) absent.add("title");
      if (author.isEmpty()) absent.add("author");
      if (sourceUrl.isEmpty()) absent.add("source url");
    } else if (!credit.isPublicDomain() && author.isEmpty()) {
      absent.add("author");
    }
    if (!absent.isEmpty()) {
      d.error("image-credit-incomplete", yaml.span(entry.get("license")),
          "the licence " + Quote.visible(id.orElse("")) + " of this image requires attribution, but "
              + String.join(", ", absent) + (absent.size() == 1 ? " is" : " are") + " missing",
          "name the picture's title, its author, where it is (source.url) and the licence (license.id, license.url);"
              + " a public-domain or CC0 picture needs no author");
      return Optional.empty();
    }
    return Optional.of(credit);
  }
}
