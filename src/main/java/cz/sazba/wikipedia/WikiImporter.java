package cz.sazba.wikipedia;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * {@code sazba import}: a saved Parsoid HTML file (no network at all) or a revision URL (the HTML
 * from the REST API, the revision's time and each image's licence from the Action API) becomes
 * a manuscript directory. See docs/import.md.
 */
public final class WikiImporter {
  /**
   * @param refs how notes come out
   * @param images for a saved file: a folder with the image files by their names on the wiki,
   *     each with its saved {@code imageinfo} answer beside it ({@code NAME.json}) for its credit
   * @param contact an address for the User-Agent (Wikimedia asks for one)
   * @param timeout per request; {@code attempts} tries at most; {@code maxBytes} per response
   * @param keepInfobox the infobox's labelled rows as a definition list (else it is left out)
   */
  public record Options(RefStyle refs, Optional<Path> images, Optional<String> contact, Duration timeout, int attempts,
      Duration retryPause, long maxBytes, boolean keepInfobox) {
    public static Options defaults() {
      WikiClient.Settings s = WikiClient.Settings.defaults(Optional.empty());
      return new Options(RefStyle.CITATIONS, Optional.empty(), Optional.empty(), s.timeout(), s.attempts(), s.pause(),
          s.maxBytes(), false);
    }

    public Options withRefs(RefStyle r) {
      return new Options(r, images, contact, timeout, attempts, retryPause, maxBytes, keepInfobox);
    }

    public Options withImages(Optional<Path> dir) {
      return new Options(refs, dir, contact, timeout, attempts, retryPause, maxBytes, keepInfobox);
    }

    public Options withContact(Optional<String> c) {
      return new Options(refs, images, c, timeout, attempts, retryPause, maxBytes, keepInfobox);
    }

    public Options withNetwork(Duration t, int tries, Duration pause) {
      return new Options(refs, images, contact, t, tries, pause, maxBytes, keepInfobox);
    }

    /** The infobox's labelled rows as a definition list instead of leaving it out. */
    public Options withInfobox(boolean keep) {
      return new Options(refs, images, contact, timeout, attempts, retryPause, maxBytes, keep);
    }

    public Options withMaxBytes(long max) {
      return new Options(refs, images, contact, timeout, attempts, retryPause, max, keepInfobox);
    }

    WikiClient.Settings settings() {
      return new WikiClient.Settings(WikiClient.Settings.defaults(contact).userAgent(), timeout, attempts, retryPause,
          maxBytes);
    }
  }

  /** What the import did: where, what it left out (also in metadata.yaml's changes), what it warns about. */
  public record Report(Path dir, String title, List<String> leftOut, List<String> warnings) {}

  private WikiImporter() {}

  /** A file path or an http(s) URL. */
  public static Report run(String input, Path outDir, Options options) throws WikiImportException {
    if (input.startsWith("http://") || input.startsWith("https://")) return fromUrl(input, outDir, options);
    return fromFile(Path.of(input), outDir, options);
  }

  public static Report fromFile(Path html, Path outDir, Options options) throws WikiImportException {
    String text;
    try {
      text = Files.readString(html, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new WikiImportException(html + ": no such file");
    } catch (IOException e) {
      throw new WikiImportException(html + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
    }
    Document doc = Jsoup.parse(text);
    PageHead head = PageHead.of(doc, null);
    List<String> warnings = new ArrayList<>();
    if (head.modified().isEmpty()) {
      warnings.add("the HTML has no edit time (meta property=\"dc:modified\"): the licence is taken to be "
          + "CC BY-SA 3.0 and source.edited is left out");
    }
    Map<String, ImageFile> images = localImages(doc, options.images(), warnings);
    return finish(doc, head, images, outDir, options, warnings);
  }

  /** An image the book may carry (bytes and credit), or why not. */
  record ImageFile(Optional<byte[]> bytes, String extension, Optional<ImageCredit> credit, String whyMissing) {}

  private static Map<String, ImageFile> localImages(Document doc, Optional<Path> dir, List<String> warnings)
      throws WikiImportException {
    Map<String, ImageFile> out = new LinkedHashMap<>();
    for (String name : ParsoidConverter.figureFiles(doc)) {
      if (dir.isEmpty()) {
        out.put(name, missing("not fetched: the import was from a saved file; give --images DIR"));
        continue;
      }
      Path file = dir.get().resolve(name);
      if (!Files.isRegularFile(file)) file = dir.get().resolve(name.replace(' ', '_'));
      Path info = file.resolveSibling(file.getFileName() + ".json");
      if (!Files.isRegularFile(file)) {
        out.put(name, missing("no file " + name + " in " + dir.get()));
        continue;
      }
      if (!Files.isRegularFile(info)) {
        out.put(name, missing("its licence is unknown: " + info.getFileName() + " (the imageinfo answer) is missing"));
        continue;
      }
      try {
        ImageCredit credit = credit(name, Json.parse(Files.readString(info, StandardCharsets.UTF_8)));
        out.put(name, image(Files.readAllBytes(file), extensionOf(name), credit));
      } catch (IOException | IllegalArgumentException e) {
        throw new WikiImportException(info + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    return out;
  }

  private static ImageFile missing(String why) {
    return new ImageFile(Optional.empty(), "", Optional.empty(), why);
  }

  private static ImageFile image(byte[] bytes, String ext, ImageCredit credit) {
    Optional<String> refusal = credit.refusal();
    if (refusal.isPresent()) return new ImageFile(Optional.empty(), ext, Optional.of(credit), refusal.get());
    if (!ext.equals("png") && !ext.equals("jpg") && !ext.equals("jpeg")) {
      return new ImageFile(Optional.empty(), ext, Optional.of(credit), "format ." + ext + " is not one Sazba sets (PNG, JPEG)");
    }
    return new ImageFile(Optional.of(bytes), ext, Optional.of(credit), "");
  }

  private static String extensionOf(String name) {
    return ManuscriptFiles.extension(name).orElse("");
  }

  /** The credit in an Action API {@code imageinfo} answer (formatversion 2, or 1). */
  static ImageCredit credit(String name, Object answer) throws WikiImportException {
    Map<?, ?> info = imageinfo(answer).orElseThrow(
        () -> new WikiImportException("the imageinfo answer for File:" + name + " has no imageinfo"));
    Map<?, ?> ext = info.get("extmetadata") instanceof Map<?, ?> m ? m : Map.of();
    String author = meta(ext, "Artist");
    String licence = meta(ext, "LicenseShortName");
    if (licence.isBlank()) licence = meta(ext, "License");
    String url = meta(ext, "LicenseUrl");
    String source = meta(ext, "Credit");
    boolean nonFree = meta(ext, "NonFree").equalsIgnoreCase("true");
    Optional<String> licenceUrl = url.matches("(https?:)?//\\S+") ? Optional.of(url.startsWith("//") ? "https:" + url : url)
        : Optional.empty();
    return new ImageCredit(name, author, licence, licenceUrl, source, nonFree);
  }

  private static Optional<Map<?, ?>> imageinfo(Object answer) {
    if (!(answer instanceof Map<?, ?> root) || !(root.get("query") instanceof Map<?, ?> q)) return Optional.empty();
    Object pages = q.get("pages");
    List<Object> list = new ArrayList<>();
    if (pages instanceof List<?> l) list.addAll(l);
    else if (pages instanceof Map<?, ?> m) list.addAll(m.values());
    for (Object p : list) {
      if (p instanceof Map<?, ?> page && page.get("imageinfo") instanceof List<?> ii && !ii.isEmpty()
          && ii.get(0) instanceof Map<?, ?> info) {
        return Optional.of(info);
      }
    }
    return Optional.empty();
  }

  /** An extmetadata value as plain text (the API gives HTML). */
  private static String meta(Map<?, ?> ext, String key) {
    if (!(ext.get(key) instanceof Map<?, ?> v) || v.get("value") == null) return "";
    return Jsoup.parse(String.valueOf(v.get("value"))).text().strip();
  }

  // ---------------------------------------------------------------- URL

  record Target(String wiki, String title, Optional<String> revision) {}

  /** {@code …/w/index.php?title=T&oldid=N}, {@code …/w/index.php?oldid=N}, {@code …/wiki/T}. */
  static Target target(String url) throws WikiImportException {
    URI uri;
    try {
      uri = new URI(url.replace(" ", "%20"));
    } catch (URISyntaxException e) {
      throw new WikiImportException("not a URL: " + url);
    }
    if (uri.getHost() == null) throw new WikiImportException("not a URL with a host: " + url);
    String wiki = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) query.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
      }
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    Optional<String> oldid = Optional.ofNullable(query.get("oldid")).filter(s -> !s.isBlank());
    if (oldid.isPresent() && !oldid.get().matches("[0-9]{1,12}")) {
      throw new WikiImportException("oldid=" + oldid.get() + " is not a revision number");
    }
    String title = query.get("title");
    if (title == null && path.startsWith("/wiki/")) title = decode(path.substring(6));
    if (title == null && oldid.isEmpty()) {
      throw new WikiImportException("the URL names no page: give …/wiki/Title or …/w/index.php?title=Title&oldid=N");
    }
    return new Target(wiki, title == null ? "" : title.replace(' ', '_'), oldid);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  public static Report fromUrl(String url, Path outDir, Options options) throws WikiImportException {
    Target t = target(url);
    WikiClient client = new WikiClient(options.settings());
    String api = t.wiki() + "/w/api.php?action=query&format=json&formatversion=2&prop=revisions&rvprop=ids%7Ctimestamp%7Csha1&"
        + t.revision().map(r -> "revids=" + r).orElse("titles=" + PageHead.encodeName(t.title()));
    Map<?, ?> answer = asMap(parseJson(client.getText(URI.create(api)), api));
    if (answer.get("query") instanceof Map<?, ?> q && q.get("badrevids") instanceof Map<?, ?> bad && !bad.isEmpty()) {
      throw new WikiImportException("revision " + t.revision().orElse("?") + " does not exist on " + t.wiki()
          + ", or was deleted");
    }
    Map<?, ?> page = firstPage(answer).orElseThrow(() -> new WikiImportException(
        "the wiki's API did not describe the page (" + api + ")"));
    if (Boolean.TRUE.equals(page.get("missing")) || page.containsKey("missing") && !(page.get("missing") instanceof Boolean)) {
      throw new WikiImportException("there is no page " + t.title().replace('_', ' ') + " on " + t.wiki());
    }
    String title = String.valueOf(page.get("title"));
    if (!(page.get("revisions") instanceof List<?> revs) || revs.isEmpty() || !(revs.get(0) instanceof Map<?, ?> rev)) {
      throw new WikiImportException("the wiki's API gave no revision of " + title);
    }
    if (rev.containsKey("sha1hidden") || rev.containsKey("texthidden")) {
      throw new WikiImportException("the text of revision " + number(rev.get("revid")) + " of " + title
          + " was deleted (hidden by the wiki's administrators); import another revision");
    }
    String revision = number(rev.get("revid"));
    Optional<Instant> edited = Optional.empty();
    try {
      edited = Optional.of(Instant.parse(String.valueOf(rev.get("timestamp"))));
    } catch (DateTimeParseException e) {
      edited = Optional.empty();
    }
    String htmlUrl = t.wiki() + "/api/rest_v1/page/html/" + PageHead.encodeName(title.replace(' ', '_')).replace("/", "%2F")
        + "/" + revision;
    String html;
    try {
      html = client.getText(URI.create(htmlUrl));
    } catch (WikiClient.HttpStatusException e) {
      if (e.status == 404 || e.status == 403) {
        throw new WikiImportException("the wiki has no HTML of revision " + revision + " of " + title + " ("
            + e.status + "): it may have been deleted");
      }
      throw e;
    }
    Document doc = Jsoup.parse(html, t.wiki() + "/wiki/");
    PageHead fromHtml = PageHead.of(doc, t.wiki());
    PageHead head = new PageHead(fromHtml.title(), title.replace(' ', '_'), fromHtml.wiki(), Optional.of(revision),
        edited.isPresent() ? edited : fromHtml.modified(), fromHtml.lang());
    List<String> warnings = new ArrayList<>();
    Map<String, ImageFile> images = new LinkedHashMap<>();
    for (String name : ParsoidConverter.figureFiles(doc)) images.put(name, fetchImage(client, t.wiki(), name));
    return finish(doc, head, images, outDir, options, warnings);
  }

  private static ImageFile fetchImage(WikiClient client, String wiki, String name) throws WikiImportException {
    String api = wiki + "/w/api.php?action=query&format=json&formatversion=2&prop=imageinfo"
        + "&iiprop=url%7Cmime%7Cextmetadata&iiurlwidth=1600&titles=" + PageHead.encodeName("File:" + name);
    Object answer = parseJson(client.getText(URI.create(api)), api);
    Optional<Map<?, ?>> info = imageinfo(answer);
    if (info.isEmpty()) return missing("the wiki has no file information for File:" + name);
    ImageCredit credit = credit(name, answer);
    Object thumb = info.get().get("thumburl");
    Object full = info.get().get("url");
    String src = String.valueOf(thumb != null ? thumb : full);
    if (src.startsWith("//")) src = "https:" + src;
    String ext = ManuscriptFiles.extension(URI.create(src).getPath()).orElse(extensionOf(name));
    if (credit.refusal().isPresent()) return new ImageFile(Optional.empty(), ext, Optional.of(credit), credit.refusal().get());
    byte[] bytes;
    try {
      bytes = client.get(URI.create(src));
    } catch (WikiImportException e) {
      // The page is there; one image that does not come (404, time-out, too large) is left out and said so.
      return missing("the image could not be fetched: " + e.getMessage());
    }
    return image(bytes, ext, credit);
  }

  private static String number(Object o) {
    if (o instanceof Double d) return String.valueOf(d.longValue());
    return String.valueOf(o);
  }

  private static Object parseJson(String text, String url) throws WikiImportException {
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new WikiImportException("the answer of " + url + " is not JSON (" + e.getMessage() + ")");
    }
  }

  private static Map<?, ?> asMap(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  private static Optional<Map<?, ?>> firstPage(Map<?, ?> answer) {
    if (!(answer.get("query") instanceof Map<?, ?> q)) return Optional.empty();
    Object pages = q.get("pages");
    if (pages instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> p) return Optional.of(p);
    if (pages instanceof Map<?, ?> m && !m.isEmpty() && m.values().iterator().next() instanceof Map<?, ?> p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- both

  private static Report finish(Document doc, PageHead head, Map<String, ImageFile> images, Path outDir, Options options,
      List<String> warnings) throws WikiImportException {
    if (doc.select("[typeof^=mw:], [rel^=mw:]").isEmpty()) {
      warnings.add("the HTML carries no Parsoid markup (typeof=\"mw:…\", rel=\"mw:…\"): is it the REST API's "
          + "page/html? Templates and references cannot be recognised in it");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> paths = new LinkedHashMap<>();
    List<ImageCredit> credits = new ArrayList<>();
    List<String> imagesLeftOut = List.of(); // the converter lists each left-out figure with its reason
    for (Map.Entry<String, ImageFile> e : images.entrySet()) {
      ImageFile f = e.getValue();
      if (f.bytes().isPresent()) {
        String base = Citations.ascii(e.getKey().replaceAll("\\.[A-Za-z0-9]+$", ""));
        String path = "images/" + (base.isEmpty() ? "image" : base) + "." + (f.extension().equals("jpeg") ? "jpg" : f.extension());
        for (int n = 2; files.containsKey(path); n++) path = "images/" + base + "-" + n + "." + f.extension();
        files.put(path, f.bytes().get());
        paths.put(e.getKey(), path);
        f.credit().ifPresent(credits::add);
      }
    }
    ParsoidConverter.Images lookup = new ParsoidConverter.Images() {
      @Override
      public Optional<String> path(String fileName) {
        return Optional.ofNullable(paths.get(fileName));
      }

      @Override
      public String whyMissing(String fileName) {
        ImageFile f = images.get(fileName);
        return f == null ? "not fetched" : f.whyMissing();
      }
    };
    ParsoidConverter.Result result = ParsoidConverter.convert(doc, head, options.refs(), lookup, options.keepInfobox());
    warnings.addAll(result.warnings());
    Map<String, Object> metadata = ManuscriptFiles.metadata(head, result, options.refs(), credits, imagesLeftOut);
    try {
      ManuscriptFiles.write(outDir, ManuscriptFiles.yaml(metadata, head), result.markdown(), files);
    } catch (IOException e) {
      throw new WikiImportException("cannot write the manuscript to " + outDir + ": " + e.getMessage(), e);
    }
    List<String> left = new ArrayList<>(result.leftOut());
    return new Report(outDir, head.title(), left, warnings);
  }
}
