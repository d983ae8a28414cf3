package io.github.tenantsso.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser for login flows over HTTP: keeps cookies, follows redirects within the Keycloak server and stops at the
 * first redirect that leaves it (the application's callback), and submits forms as a person would.
 */
public final class Browser {

    private final String serverUrl;
    private final HttpClient http;

    public Browser(String serverUrl) {
        this.serverUrl = serverUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A page the browser ended on, the URLs it passed through to get there, and where it was sent next if it left. */
    public record Page(URI uri, int status, String body, List<URI> visited, URI leftTo) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public boolean visitedPathContaining(String part) {
            return visited.stream().anyMatch(u -> u.toString().contains(part));
        }
    }

    public Page open(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET(), new ArrayList<>());
    }

    /** Submits the form with the given id (hidden fields included), overriding or adding the given fields. */
    public Page submit(Page page, String formId, Map<String, String> fields) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form #" + formId + " on " + page.uri() + ":\n" + page.body());
        }
        return submit(form, fields);
    }

    /** Posts form fields to a URL, as a page of another site could make the browser do. */
    public Page post(String url, Map<String, String> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        return follow(request, new ArrayList<>());
    }

    /** Posts the page's only form as it is, as the script of a SAML POST-binding page does on load. */
    public Page autoPost(Page page) {
        Element form = page.document().selectFirst("form");
        if (form == null) {
            throw new AssertionError("No form on " + page.uri() + ":\n" + page.body());
        }
        return submit(form, Map.of());
    }

    private Page submit(Element form, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!"submit".equals(input.attr("type"))) {
                values.put(input.attr("name"), input.val());
            }
        }
        values.putAll(fields);
        return post(form.absUrl("action"), values);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private Page follow(HttpRequest.Builder request, List<URI> visited) {
        try {
            while (true) {
                HttpRequest built = request.build();
                visited.add(built.uri());
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() / 100 == 3 && location != null) {
                    URI next = built.uri().resolve(location);
                    if (!next.toString().startsWith(serverUrl)) {
                        return new Page(
                                built.uri(), response.statusCode(), response.body(), List.copyOf(visited), next);
                    }
                    request = HttpRequest.newBuilder(next).GET();
                    continue;
                }
                return new Page(built.uri(), response.statusCode(), response.body(), List.copyOf(visited), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Browsers treat http://localhost as a secure context and keep its {@code Secure} cookies, which Keycloak sets;
     * Java's cookie manager would drop them over http, so this removes the attribute before storing.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> withoutSecure = new HashMap<>();
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    withoutSecure.put(
                            name,
                            values.stream()
                                    .map(v -> v.replaceAll("(?i);\\s*Secure", ""))
                                    .toList());
                } else if (name != null) {
                    withoutSecure.put(name, values);
                }
            });
            cookies.put(uri, withoutSecure);
        }
    }
}
