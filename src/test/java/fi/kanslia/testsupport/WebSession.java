package fi.kanslia.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's browser session against the running application over real HTTP: cookies, CSRF
 * tokens from the pages, redirects followed as a browser would.
 */
public final class WebSession {

  private final String base;
  private final HttpClient http;

  public WebSession(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  public static WebSession loggedIn(int port, String username, String password) {
    WebSession session = new WebSession(port);
    Page page = session.submit("/login", Map.of("username", username, "password", password));
    if (page.uri().contains("error")) {
      throw new AssertionError("Login failed for " + username);
    }
    return session;
  }

  public Page get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET(),
        HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.uri().toString(),
        Jsoup.parse(response.body(), response.uri().toString()));
  }

  public Download download(String path) {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(path)).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  /** Posts a form the way the page's form would, with the CSRF token of the page it came from. */
  public Page submit(String formPagePath, String actionPath, Map<String, String> fields) {
    Page page = get(formPagePath);
    return post(actionPath, withToken(page.document(), fields));
  }

  /** Posts a form with repeated fields (e.g. several checked boxes of one name). */
  public Page submitFields(String formPagePath, String actionPath,
      java.util.List<Map.Entry<String, String>> fields) {
    var token = get(formPagePath).document().selectFirst("input[name=_csrf]");
    var all = new java.util.ArrayList<>(fields);
    if (token != null) {
      all.add(Map.entry("_csrf", token.val()));
    }
    return postBody(actionPath, all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&")));
  }

  /** Posts to the path itself (login page and form are one URL). */
  public Page submit(String path, Map<String, String> fields) {
    return submit(path, path, fields);
  }

  public Page post(String path, Map<String, String> fields) {
    return postBody(path, fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&")));
  }

  private Page postBody(String path, String body) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.uri().toString(),
        Jsoup.parse(response.body(), response.uri().toString()));
  }

  /** Posts a form whose answer is a file (e.g. a preview), with the page's CSRF token. */
  public Download uploadForm(String formPagePath, String actionPath, Map<String, String> fields) {
    Map<String, String> all = withToken(get(formPagePath).document(), fields);
    String body = all.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(actionPath))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  /** Uploads a file through a multipart form, with the CSRF token of the page the form is on. */
  public Page upload(String formPagePath, String actionPath, String field, String fileName,
      byte[] content) {
    Map<String, String> fields = withToken(get(formPagePath).document(), Map.of());
    String boundary = "----kanslia" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (var entry : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey()
          + "\"\r\n\r\n" + entry.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(actionPath))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.uri().toString(),
        Jsoup.parse(response.body(), response.uri().toString()));
  }

  private static Map<String, String> withToken(Document page, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    var token = page.selectFirst("input[name=_csrf]");
    if (token != null) {
      all.put("_csrf", token.val());
    }
    return all;
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
    } catch (IOException e) {
      throw new AssertionError("HTTP request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : base + path);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page as the browser got it. */
  public record Page(int status, String uri, Document document) {
    public String text(String cssQuery) {
      var element = document.selectFirst(cssQuery);
      if (element == null) {
        throw new AssertionError("No " + cssQuery + " on " + uri + ":\n" + document.text());
      }
      return element.text();
    }
  }

  /** A downloaded file. */
  public record Download(int status, String contentType, byte[] body) {}
}
