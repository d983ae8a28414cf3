package io.github.tenantsso.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.keycloak.util.JsonSerialization;

/**
 * Calls the pack's admin API of one realm over HTTP as a given admin, the way an operator's script would (or, by
 * {@link #sessionApi}, its session API as a signed-in user).
 */
public final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final Supplier<String> authorization;

    public AdminApi(String serverUrl, String realm, Supplier<String> accessToken) {
        this(serverUrl + "/admin/realms/" + realm + "/tenant-sso", () -> "Bearer " + accessToken.get());
    }

    /** @param authorization the {@code Authorization} header's value, null for none */
    private AdminApi(String base, Supplier<String> authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client for the pack's session API, {@code /realms/{realm}/tenant-sso}, with a user's access token. */
    public static AdminApi sessionApi(String serverUrl, String realm, String accessToken) {
        return new AdminApi(serverUrl + "/realms/" + realm + "/tenant-sso", () -> "Bearer " + accessToken);
    }

    /**
     * The same client for the tenant admin portal's API, {@code /realms/{realm}/tenant-sso/portal/api}, with the given
     * {@code Authorization} header value (null for none).
     */
    public static AdminApi portalApi(String serverUrl, String realm, String authorization) {
        return new AdminApi(serverUrl + "/realms/" + realm + "/tenant-sso/portal/api", () -> authorization);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for the given media type. */
    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        String header = authorization.get();
        return header == null ? request : request.header("Authorization", header);
    }

    private static Reply send(HttpRequest.Builder request) {
        return send(request.build());
    }

    /** Sends any request of the tests' own, as a {@link Reply}. */
    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, body and headers, with the body parsed as JSON on demand. */
    public record Reply(int status, String body, Map<String, List<String>> headers) {

        public Reply(int status, String body) {
            this(status, body, Map.of());
        }

        /** The first value of a header, whatever its case; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public JsonNode json() {
            try {
                return JsonSerialization.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String error() {
            return json().path("error").asText();
        }
    }
}
