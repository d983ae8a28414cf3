package io.github.tenantsso.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Identity-first logins over plain HTTP, as a browser without JavaScript makes them: GET the authorization endpoint,
 * find the e-mail form, POST the e-mail and follow the server's redirects inside the realm until the answer is a page
 * or a redirect that leaves the realm (to the tenant's identity provider or the application).
 */
final class LoginClient {

    static final String CLIENT_ID = "app";
    static final String CALLBACK = "http://app.invalid/callback";
    /** The pack's e-mail form, and Keycloak's username form that its organization identity-first login shows. */
    private static final String[] EMAIL_FORMS = {"kc-tenant-sso-email-form", "kc-form-login"};

    private static final int MAX_REDIRECTS = 10;

    /** Where one request chain ended: a page ({@code leftTo} null) or a redirect out of the realm. */
    record Answer(int status, URI uri, String body, URI leftTo) {

        String describe() {
            // Without the query: the state and nonce say nothing and fill the log.
            return leftTo != null
                    ? status + " to " + leftTo.getScheme() + "://" + leftTo.getAuthority() + leftTo.getPath()
                    : status + " page at " + uri.getPath();
        }
    }

    /** One login: the GET of the login page, the e-mail POST with its redirects, and the answer. */
    record Timing(long getNanos, long postNanos, Answer answer) {

        long totalNanos() {
            return getNanos + postNanos;
        }
    }

    /** The request of one login: the extra authorization parameters (already encoded) and the e-mail typed. */
    record Attempt(String realm, String extraParameters, String email) {}

    private final HttpClient http;
    private final String baseUrl;

    LoginClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Timing login(Attempt attempt, CookieJar jar, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Answer page = follow(
                attempt.realm(),
                get(URI.create(authorizationUrl(attempt.realm(), attempt.extraParameters()))),
                jar,
                timeout);
        long afterGet = System.nanoTime();
        String action = emailFormAction(page);
        Answer answer = submit(attempt.realm(), URI.create(action), Map.of("username", attempt.email()), jar, timeout);
        long end = System.nanoTime();
        return new Timing(afterGet - start, end - afterGet, answer);
    }

    String authorizationUrl(String realm, String extraParameters) {
        return baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + CLIENT_ID
                + "&response_type=code&scope=openid&redirect_uri=" + encode(CALLBACK) + extraParameters;
    }

    /** Opens a page of the given realm, following redirects inside it. */
    Answer open(String realm, URI uri, CookieJar jar, Duration timeout) throws IOException, InterruptedException {
        return follow(realm, get(uri), jar, timeout);
    }

    /** Posts a form of the given realm's pages (or of another realm the flow passed to), following its redirects. */
    Answer submit(String realm, URI action, Map<String, String> fields, CookieJar jar, Duration timeout)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return follow(realm, post, jar, timeout);
    }

    static String emailFormAction(Answer page) {
        for (String id : EMAIL_FORMS) {
            var action = FormAction.of(page.body(), id);
            if (action.isPresent()) {
                return page.uri().resolve(action.get()).toString();
            }
        }
        throw new IllegalStateException(
                "no e-mail form on the login page (" + page.describe() + "): " + abbreviate(page.body()));
    }

    private Answer follow(String realm, HttpRequest.Builder request, CookieJar jar, Duration timeout)
            throws IOException, InterruptedException {
        String realmPrefix = baseUrl + "/realms/" + realm + "/";
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            request.timeout(timeout);
            URI uri = request.copy().build().uri();
            HttpRequest.Builder withCookies = request;
            jar.header(uri).ifPresent(cookie -> withCookies.setHeader("Cookie", cookie));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            jar.store(uri, response.headers().allValues("Set-Cookie"));
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 == 3 && location.isPresent()) {
                URI next = uri.resolve(location.get());
                if (!next.toString().startsWith(realmPrefix)) {
                    return new Answer(response.statusCode(), uri, response.body(), next);
                }
                request = get(next);
                continue;
            }
            return new Answer(response.statusCode(), uri, response.body(), null);
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects inside realm " + realm);
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }

    static boolean isTimeout(Throwable e) {
        return e instanceof HttpTimeoutException;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
