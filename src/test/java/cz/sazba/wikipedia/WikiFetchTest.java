package cz.sazba.wikipedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import cz.sazba.cli.Main;
import cz.sazba.testing.ArticleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URL form of {@code sazba import} against a wiki on the loopback address: a
 * {@link HttpServer} answering the REST API's page/html and the Action API's revisions and
 * imageinfo queries with saved answers written for these tests. Nothing leaves this machine.
 */
class WikiFetchTest {
  private static final Path FIXTURES = ArticleText.projectDir().resolve("src/test/resources/cz/sazba/wikipedia");

  @TempDir
  Path tmp;

  private HttpServer server;
  private String wiki;
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private volatile boolean flaky;
  private volatile boolean brokenImage;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
    wiki = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    String query = x.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(x.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
    userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try {
      if (path.equals("/w/api.php")) api(x, query);
      else if (path.startsWith("/api/rest_v1/page/html/")) html(x, URLDecoder.decode(path.substring(23), StandardCharsets.UTF_8));
      else if (path.startsWith("/img/") && brokenImage && path.contains("Lantern")) send(x, 404, "text/plain", new byte[0]);
      else if (path.startsWith("/img/")) send(x, 200, "image/png", Files.readAllBytes(FIXTURES.resolve("images").resolve(path.substring(5))));
      else send(x, 404, "text/plain", "no such path".getBytes(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void api(HttpExchange x, String q) throws IOException {
    String json;
    if (q.contains("prop=imageinfo")) {
      String title = q.replaceAll(".*titles=", "").replaceAll("&.*", "");
      String name = title.substring(5).replace('_', ' ');
      Path saved = FIXTURES.resolve("images").resolve(name.replace(' ', '_') + ".json");
      if (!Files.exists(saved)) {
        json = "{\"query\":{\"pages\":[{\"title\":\"" + title + "\",\"missing\":true}]}}";
      } else {
        // The saved answer, its file URLs pointed at this server.
        json = Files.readString(saved, StandardCharsets.UTF_8)
            .replaceAll("https://upload\\.wikimedia\\.org/x/(thumb/)?", wiki + "/img/");
      }
    } else if (q.contains("revids=869086731") || q.contains("titles=Czechoslovakia–Soviet_Union_relations")) {
      json = revision("Czechoslovakia–Soviet Union relations", 869086731L, "2018-11-16T09:21:38Z", "");
    } else if (q.contains("revids=1163500000") || q.contains("titles=Lighthouse_of_Testing")) {
      json = revision("Lighthouse of Testing", 1163500000L, "2023-07-02T14:05:09Z", "");
    } else if (q.contains("revids=1234")) {
      json = revision("Lighthouse of Testing", 1234L, "2020-01-01T00:00:00Z", "");
    } else if (q.contains("revids=777")) {
      json = revision("Lighthouse of Testing", 777L, "2019-01-01T00:00:00Z", ",\"sha1hidden\":true");
    } else if (q.contains("revids=")) {
      String id = q.replaceAll(".*revids=", "").replaceAll("&.*", "");
      json = "{\"batchcomplete\":true,\"query\":{\"badrevids\":{\"" + id + "\":{\"revid\":" + id + ",\"missing\":true}}}}";
    } else {
      String title = q.replaceAll(".*titles=", "").replaceAll("&.*", "");
      json = "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"ns\":0,\"title\":\"" + title + "\",\"missing\":true}]}}";
    }
    send(x, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String revision(String title, long id, String time, String extra) {
    return "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":1,\"ns\":0,\"title\":\"" + title
        + "\",\"revisions\":[{\"revid\":" + id + ",\"parentid\":" + (id - 1) + ",\"timestamp\":\"" + time + "\"" + extra + "}]}]}}";
  }

  private void html(HttpExchange x, String titleAndRevision) throws IOException, InterruptedException {
    if (titleAndRevision.equals("Lighthouse_of_Testing/1234")) {
      send(x, 404, "application/problem+json", "{\"type\":\"not_found\"}".getBytes(StandardCharsets.UTF_8));
    } else if (titleAndRevision.startsWith("Lighthouse_of_Testing/")) {
      if (flaky && hits.get(x.getRequestURI().getRawPath()).get() == 1) {
        send(x, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(x, 200, "text/html; charset=utf-8", Files.readAllBytes(FIXTURES.resolve("figures-table.html")));
    } else if (titleAndRevision.startsWith("Czechoslovakia–Soviet_Union_relations/")) {
      Thread.sleep(slowMillis);
      send(x, 200, "text/html; charset=utf-8", Files.readAllBytes(FIXTURES.resolve("first-book.html")));
    } else {
      send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private volatile long slowMillis;

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    try {
      x.sendResponseHeaders(status, body.length);
      x.getResponseBody().write(body);
    } catch (IOException e) {
      // the client gave up (the time-out test)
    } finally {
      x.close();
    }
  }

  private WikiImporter.Options quick() {
    return WikiImporter.Options.defaults().withNetwork(Duration.ofSeconds(5), 3, Duration.ofMillis(10))
        .withContact(java.util.Optional.of("test@example.org"));
  }

  // ------------------------------------------------------------------ tests

  @Test
  void aRevisionUrlFetchesTheHtmlTheTimeAndEachImagesCredit() throws Exception {
    Path out = tmp.resolve("lighthouse");
    WikiImporter.Report report = WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=1163500000", out, quick());
    assertEquals("Lighthouse of Testing", report.title());
    String metadata = Files.readString(out.resolve("metadata.yaml"), StandardCharsets.UTF_8);
    assertTrue(metadata.contains("revision: '1163500000'"), metadata);
    assertTrue(metadata.contains("edited: '2023-07-02T14:05:09Z'"), "the API's timestamp: " + metadata);
    assertTrue(metadata.contains("Image File:Lighthouse of Testing.png: Example Photographer; CC BY-SA 4.0"), metadata);
    assertTrue(metadata.contains("Image File:Lantern detail.png: Jana Testová; Public domain; source: Lighthouse archive."), metadata);
    assertTrue(metadata.contains("File:Testing Lighthouse logo.png (non-free"), metadata);
    assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("images/Lighthouse_of_Testing.png")),
        Files.readAllBytes(out.resolve("images/lighthouse-of-testing.png")), "the image file itself");
    assertTrue(Files.exists(out.resolve("images/lantern-detail.png")));
    assertEquals(0, hits.getOrDefault("/img/Testing_Lighthouse_logo.png", new AtomicInteger()).get(),
        "a non-free image is not even downloaded");
    assertFalse(userAgents.isEmpty());
    for (String ua : userAgents) assertTrue(ua.startsWith("Sazba/0.1.0 (") && ua.contains("test@example.org"), ua);
  }

  @Test
  void anImageThatDoesNotComeIsLeftOutAndSaid() throws Exception {
    brokenImage = true;
    Path out = tmp.resolve("broken");
    WikiImporter.Report report = WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=1163500000", out, quick());
    assertTrue(report.leftOut().stream().anyMatch(l -> l.contains("File:Lantern detail.png (the image could not be fetched")
        && l.contains("404")), report.leftOut().toString());
    assertFalse(Files.exists(out.resolve("images/lantern-detail.png")));
    assertTrue(Files.exists(out.resolve("images/lighthouse-of-testing.png")));
    assertFalse(Files.readString(out.resolve("metadata.yaml"), StandardCharsets.UTF_8).contains("Jana Testová"),
        "no credit for an image the book does not carry");
  }

  @Test
  void aWikiTitleUrlTakesTheLatestRevision() throws Exception {
    Path out = tmp.resolve("first");
    WikiImporter.run(wiki + "/wiki/Czechoslovakia%E2%80%93Soviet_Union_relations", out, quick());
    String metadata = Files.readString(out.resolve("metadata.yaml"), StandardCharsets.UTF_8);
    assertTrue(metadata.contains("oldid=869086731"), metadata);
    assertTrue(metadata.contains("CC-BY-SA-3.0"), metadata);
  }

  @Test
  void aMissingPageAndAMissingRevisionSayWhatIsMissing() {
    WikiImportException page = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/wiki/No_such_article", tmp.resolve("a"), quick()));
    assertEquals("there is no page No such article on " + wiki, page.getMessage());
    WikiImportException html404 = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=1234", tmp.resolve("b"), quick()));
    assertTrue(html404.getMessage().contains("has no HTML of revision 1234") && html404.getMessage().contains("404"),
        html404.getMessage());
    assertFalse(Files.exists(tmp.resolve("a")) || Files.exists(tmp.resolve("b")), "nothing written");
  }

  @Test
  void aDeletedRevisionIsRefused() {
    WikiImportException gone = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=555", tmp.resolve("c"), quick()));
    assertEquals("revision 555 does not exist on " + wiki + ", or was deleted", gone.getMessage());
    WikiImportException hidden = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=777", tmp.resolve("d"), quick()));
    assertTrue(hidden.getMessage().contains("revision 777") && hidden.getMessage().contains("was deleted"), hidden.getMessage());
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsTriedThenGivenUp() {
    slowMillis = 1500;
    WikiImporter.Options impatient = quick().withNetwork(Duration.ofMillis(300), 2, Duration.ofMillis(10));
    long start = System.nanoTime();
    WikiImportException e = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&oldid=869086731",
            tmp.resolve("slow"), impatient));
    assertTrue(e.getMessage().contains("did not answer within") && e.getMessage().contains("2 tries"), e.getMessage());
    assertEquals(2, hits.get("/api/rest_v1/page/html/Czechoslovakia%E2%80%93Soviet_Union_relations/869086731").get());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "bounded by the retry limit");
  }

  @Test
  void aBusyServerIsAskedAgain() throws Exception {
    flaky = true;
    WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=1163500000", tmp.resolve("flaky"), quick());
    assertEquals(2, hits.get("/api/rest_v1/page/html/Lighthouse_of_Testing/1163500000").get());
  }

  @Test
  void aResponseLargerThanTheLimitIsRefused() {
    WikiImportException e = assertThrows(WikiImportException.class,
        () -> WikiImporter.run(wiki + "/w/index.php?title=Lighthouse_of_Testing&oldid=1163500000", tmp.resolve("big"),
            quick().withMaxBytes(2048)));
    assertTrue(e.getMessage().contains("is larger than"), e.getMessage());
  }

  @Test
  void offlineIsAPlainSentenceAndExitOneFromTheCommandLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("offline");
    int code = Main.run(new String[] {"import", "http://127.0.0.1:" + port + "/wiki/Anything", "-o", dir.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("sazba import: cannot reach 127.0.0.1:" + port) && err.toString().contains("offline"),
        err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(dir));
  }

  @Test
  void theCommandLineImportsASavedFileWithoutNetwork() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("saved");
    int code = Main.run(new String[] {"import", FIXTURES.resolve("czech.html").toString(), "-o", dir.toString(), "--notes", "footnotes"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("left out: hatnote: {{Různé významy}}"), out.toString());
    assertTrue(Files.exists(dir.resolve("metadata.yaml")) && Files.exists(dir.resolve(ManuscriptFiles.CHAPTER)));
    assertTrue(userAgents.isEmpty(), "no request");
    int again = Main.run(new String[] {"import", FIXTURES.resolve("czech.html").toString(), "-o", dir.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(1, again, "an existing manuscript is not overwritten");
    assertEquals(2, Main.run(new String[] {"import", "x.html", "-o", dir.toString(), "--notes", "endnotes"},
        new PrintWriter(out), new PrintWriter(err)));
  }
}
