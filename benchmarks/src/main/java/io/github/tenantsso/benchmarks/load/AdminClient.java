package io.github.tenantsso.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The admin API calls the benchmark makes, as the master realm's bootstrap admin; safe for concurrent use. */
final class AdminClient {

    private final HttpClient http = LoginClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final long TOKEN_REUSE_NANOS = 30_000_000_000L;
    private final String baseUrl;
    private String token;
    private long tokenFetched;

    AdminClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The id of the organization with the given name and alias (Keycloak's search matches names, not aliases). */
    String organizationId(String realm, String name, String alias) throws IOException, InterruptedException {
        JsonNode found = mapper.readTree(call(
                "GET",
                "/admin/realms/" + realm + "/organizations?exact=true&search=" + LoginClient.encode(name),
                null,
                Duration.ofSeconds(60)));
        for (JsonNode organization : found) {
            if (alias.equals(organization.path("alias").asText())) {
                return organization.path("id").asText();
            }
        }
        throw new IOException("no organization " + alias + " in realm " + realm);
    }

    /** Claims a domain for a tenant and verifies it on the admin's word, as the admin API documents it. */
    void addVerifiedClaim(String realm, String tenantId, String domain, Duration timeout)
            throws IOException, InterruptedException {
        String tenant = "/admin/realms/" + realm + "/tenant-sso/tenants/" + tenantId + "/domains";
        call("POST", tenant, "{\"domain\":\"" + domain + "\"}", timeout);
        call("POST", tenant + "/" + domain + "/verify", "{\"method\":\"admin\"}", timeout);
    }

    void deleteClaim(String realm, String tenantId, String domain, Duration timeout)
            throws IOException, InterruptedException {
        call(
                "DELETE",
                "/admin/realms/" + realm + "/tenant-sso/tenants/" + tenantId + "/domains/" + domain,
                null,
                timeout);
    }

    void importDocument(String realm, String document, Duration timeout) throws IOException, InterruptedException {
        call("POST", "/admin/realms/" + realm + "/tenant-sso/import", document, timeout);
    }

    /** Creates a batch of tenants through the benchmark-only provider, {@code perTransaction} in each transaction. */
    void createTenants(String realm, String batch, int perTransaction, Duration timeout)
            throws IOException, InterruptedException {
        call("POST", "/admin/realms/" + realm + "/bench-tenants?perTransaction=" + perTransaction, batch, timeout);
    }

    /** Bytes the pack keeps on the server for all realms, measured there by JOL (the benchmark-only provider). */
    long packFootprint(String realm) throws IOException, InterruptedException {
        return Long.parseLong(
                call("GET", "/admin/realms/" + realm + "/bench-tenants/pack-footprint", null, Duration.ofMinutes(10))
                        .trim());
    }

    void putPolicy(String realm, String body) throws IOException, InterruptedException {
        call("PUT", "/admin/realms/" + realm + "/tenant-sso/policy", body, REQUEST_TIMEOUT);
    }

    void putConnection(String realm, String alias, String body) throws IOException, InterruptedException {
        call("PUT", "/admin/realms/" + realm + "/tenant-sso/connections/" + alias, body, REQUEST_TIMEOUT);
    }

    /** The internal id of a client, by its client id. */
    String clientUuid(String realm, String clientId) throws IOException, InterruptedException {
        JsonNode found = mapper.readTree(call(
                "GET",
                "/admin/realms/" + realm + "/clients?clientId=" + LoginClient.encode(clientId),
                null,
                REQUEST_TIMEOUT));
        if (found.size() != 1) {
            throw new IOException("no client " + clientId + " in realm " + realm);
        }
        return found.get(0).path("id").asText();
    }

    void addProtocolMapper(String realm, String clientUuid, String body) throws IOException, InterruptedException {
        call(
                "POST",
                "/admin/realms/" + realm + "/clients/" + clientUuid + "/protocol-mappers/models",
                body,
                REQUEST_TIMEOUT);
    }

    private String call(String method, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        return send(method, path, json, timeout).body();
    }

    private HttpResponse<String> send(String method, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    method + " " + path + ": " + response.statusCode() + " " + LoginClient.abbreviate(response.body()));
        }
        return response;
    }

    /** The admin's token, fetched again after 30 s: the master realm's tokens live 60 s. */
    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenFetched > TOKEN_REUSE_NANOS) {
            token = fetchToken();
            tokenFetched = System.nanoTime();
        }
        return token;
    }

    private String fetchToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN + "&password="
                + KeycloakServer.ADMIN_PASSWORD;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "admin token: " + response.statusCode() + " " + LoginClient.abbreviate(response.body()));
        }
        return mapper.readTree(response.body()).path("access_token").asText();
    }
}
