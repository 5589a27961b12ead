package cz.sazba.wikipedia;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** The manuscript directory: metadata.yaml, the chapter file, the images. */
final class ManuscriptFiles {
  private ManuscriptFiles() {}

  static final String CHAPTER = "01-article.md";

  /** What metadata.yaml says, built from the page's head, the conversion and the image credits. */
  static Map<String, Object> metadata(PageHead head, ParsoidConverter.Result result, RefStyle refs,
      List<ImageCredit> credits, List<String> imagesLeftOut) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", head.title());
    m.put("lang", cz.sazba.model.Lang.parseOrNull(head.lang()) == null ? "en" : head.lang());
    m.put("author", List.of("Wikipedia contributors"));
    head.modified().ifPresent(t -> m.put("date", DateTimeFormatter.ISO_LOCAL_DATE.format(t.atOffset(ZoneOffset.UTC))));
    Licences.Licence licence = Licences.forRevision(head.modified());
    StringBuilder rights = new StringBuilder("Text from Wikipedia, the free encyclopedia, by its contributors, "
        + "available under the " + licence.name() + " licence; this book is shared under the same licence.");
    licence.gfdlNote().ifPresent(n -> rights.append(' ').append(n));
    for (ImageCredit c : credits) rights.append(' ').append(c.line());
    m.put("rights", rights.toString());
    Map<String, Object> lic = new LinkedHashMap<>();
    lic.put("id", licence.id());
    lic.put("name", licence.name());
    lic.put("url", licence.url());
    m.put("license", lic);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", head.title());
    source.put("url", head.revisionUrl());
    head.revision().ifPresent(r -> source.put("revision", r));
    head.modified().ifPresent(t -> source.put("edited", edited(t)));
    source.put("history", head.historyUrl());
    m.put("source", source);
    List<String> changes = new ArrayList<>();
    changes.add("The article was imported from the Parsoid HTML of revision " + head.revision().orElse("(unknown)")
        + " by sazba import and typeset as a book, with a title page and this colophon.");
    changes.add("The contents list is generated from the headings.");
    changes.add(refs == RefStyle.CITATIONS
        ? "Notes that are one citation are numbered citations, linked to the reference list generated from the "
            + "reference data; other notes are footnotes."
        : "The notes are footnotes at the foot of the page.");
    changes.add("Links to other articles point to the wiki.");
    for (String l : result.leftOut()) changes.add("Left out: " + l + ".");
    for (String l : imagesLeftOut) changes.add("Image left out: " + l + ".");
    m.put("changes", changes);
    if (!result.items().isEmpty()) {
      List<Object> items = new ArrayList<>();
      for (Citations.Item item : result.items()) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", item.key());
        csl.putAll(item.csl());
        items.add(csl);
      }
      m.put("references", items);
    }
    return m;
  }

  /** {@code 2018-11-16T09:21:38Z}: the edit time in UTC, to the second. */
  static String edited(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  static String yaml(Map<String, Object> metadata, PageHead head) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    o.setWidth(100);
    o.setIndent(2);
    o.setIndicatorIndent(2);
    o.setIndentWithIndicator(true);
    o.setSplitLines(true);
    String body = new Yaml(o).dump(metadata);
    return "# Made by sazba import from " + head.revisionUrl() + "\n"
        + "# pandoc reads this file too: pandoc --metadata-file metadata.yaml *.md --citeproc\n" + body;
  }

  /**
   * Writes the manuscript into {@code dir} (made if missing): into a sibling temporary directory
   * first, then moved, so a failed import leaves no half manuscript.
   */
  static void write(Path dir, String metadataYaml, String chapter, Map<String, byte[]> images) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent != null) Files.createDirectories(parent);
    if (Files.exists(abs) && !(Files.isDirectory(abs) && isEmpty(abs))) {
      throw new IOException(dir + " exists and is not an empty directory");
    }
    Path tmp = Files.createTempDirectory(parent, ".sazba-import-");
    try {
      // Every character Sazba refuses (direction marks in a title, a template name, a citation
      // field) is gone from both files, wherever in the page it came from.
      Files.writeString(tmp.resolve("metadata.yaml"), Markdown.printable(metadataYaml), StandardCharsets.UTF_8);
      Files.writeString(tmp.resolve(CHAPTER), Markdown.printable(chapter), StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> e : images.entrySet()) {
        Path p = tmp.resolve(e.getKey()).normalize();
        if (!p.startsWith(tmp)) throw new IOException("image path outside the manuscript: " + e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
      if (Files.exists(abs)) Files.delete(abs);
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      if (Files.exists(tmp)) deleteTree(tmp);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }

  static Optional<String> extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }
}
