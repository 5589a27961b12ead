package cz.sazba.wikipedia;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs from a wiki, politely: a User-Agent that names Sazba (and the user's contact, when given),
 * as Wikimedia's policy asks; at most {@code attempts} tries for a request that failed on the
 * way (time-out, 429, 5xx), waiting as {@code Retry-After} says (capped) or a growing pause;
 * bodies larger than {@code maxBytes} refused. A 404 is final at once.
 */
final class WikiClient {
  record Settings(String userAgent, Duration timeout, int attempts, Duration pause, long maxBytes) {
    static Settings defaults(Optional<String> contact) {
      String ua = "Sazba/0.1.0 (book typesetter; sazba import" + contact.map(c -> "; " + c).orElse("") + ")";
      return new Settings(ua, Duration.ofSeconds(30), 3, Duration.ofSeconds(2), 50L * 1024 * 1024);
    }
  }

  /** A response that was not 200: its status, for the caller to explain. */
  static final class HttpStatusException extends WikiImportException {
    private static final long serialVersionUID = 1L;
    final int status;

    HttpStatusException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final Settings settings;
  private final HttpClient http;

  WikiClient(Settings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  String getText(URI uri) throws WikiImportException {
    return new String(get(uri), java.nio.charset.StandardCharsets.UTF_8);
  }

  byte[] get(URI uri) throws WikiImportException {
    WikiImportException last = null;
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      Duration wait = settings.pause().multipliedBy(attempt);
      try {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
            .header("User-Agent", settings.userAgent()).header("Api-User-Agent", settings.userAgent())
            .header("Accept-Encoding", "identity").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status == 200) return read(response.body(), uri);
        response.body().close();
        if (status == 429 || status >= 500) {
          last = new HttpStatusException(status, uri.getHost() + " answered " + status + " for " + uri + " ("
              + settings.attempts() + " tries)");
          Optional<String> retryAfter = response.headers().firstValue("Retry-After");
          if (retryAfter.isPresent() && retryAfter.get().strip().matches("[0-9]{1,4}")) {
            Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.get().strip()));
            wait = asked.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : asked;
          }
        } else {
          throw new HttpStatusException(status, uri.getHost() + " answered " + status + " for " + uri);
        }
      } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
        throw offline(uri, e);
      } catch (HttpTimeoutException e) {
        last = new WikiImportException(uri.getHost() + " did not answer within " + settings.timeout().toSeconds()
            + " s for " + uri + " (" + settings.attempts() + " tries)", e);
      } catch (IOException e) {
        if (rootCause(e) instanceof UnknownHostException || rootCause(e) instanceof UnresolvedAddressException
            || rootCause(e) instanceof ConnectException) {
          throw offline(uri, e);
        }
        last = new WikiImportException("reading " + uri + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WikiImportException("interrupted while fetching " + uri, e);
      }
      if (attempt < settings.attempts()) sleep(wait);
    }
    throw last;
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  private static WikiImportException offline(URI uri, Exception e) {
    return new WikiImportException("cannot reach " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + " (" + e.getClass().getSimpleName() + "): are you offline? To import without the network, save the page's "
        + "Parsoid HTML (" + "/api/rest_v1/page/html/TITLE/REVISION) and give the .html file instead of the URL", e);
  }

  private byte[] read(InputStream in, URI uri) throws IOException, WikiImportException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > settings.maxBytes()) {
          throw new WikiImportException(uri + " is larger than " + settings.maxBytes() / (1024 * 1024)
              + " MiB, the most an import takes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static void sleep(Duration d) throws WikiImportException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WikiImportException("interrupted while waiting to retry");
    }
  }
}
