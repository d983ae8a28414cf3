package io.github.tenantsso.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenantsso.benchmarks.load.LoginClient.Answer;
import io.github.tenantsso.benchmarks.load.LoginClient.Attempt;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A real user's tokens of the pack realm's {@link LoginClient#CLIENT_ID} client: {@link BenchRealms#ACTIVE_USER}
 * signs in through tenant 1's identity provider (hint, the identity provider realm's password page, landing with
 * just-in-time joining), and the authorization code the application receives is exchanged at the token endpoint. The
 * session so made is one of tenant 1 through its connection {@code t1-oidc}.
 */
final class BrokerToken {

    private final HttpClient http;
    private final LoginClient client;
    private final BenchRealms realms;
    private final String tokenEndpoint;
    private final Duration timeout;
    private final ObjectMapper mapper = new ObjectMapper();
    private String refreshToken;

    BrokerToken(HttpClient http, String baseUrl, BenchRealms realms, Duration timeout) {
        this.http = http;
        this.client = new LoginClient(http, baseUrl);
        this.realms = realms;
        this.tokenEndpoint = baseUrl + "/realms/" + BenchRealms.PACK + "/protocol/openid-connect/token";
        this.timeout = timeout;
    }

    /** Signs the user in through tenant 1 and answers the access token of the code the application receives. */
    String signIn() throws IOException, InterruptedException {
        CookieJar jar = new CookieJar();
        Answer routed = client.login(
                        new Attempt(BenchRealms.PACK, "&tenantId=" + BenchRealms.alias(1), BenchRealms.ACTIVE_USER),
                        jar,
                        timeout)
                .answer();
        URI atIdp = routed.leftTo();
        if (atIdp == null || !atIdp.toString().startsWith(realms.authorizationUrl(BenchRealms.PACK, 1))) {
            throw new IOException("not routed to tenant 1's identity provider: " + routed.describe());
        }
        Answer loginPage = client.open(BenchRealms.IDP, atIdp, jar, timeout);
        String action = FormAction.of(loginPage.body(), "kc-form-login")
                .orElseThrow(
                        () -> new IOException("no password form at the identity provider: " + loginPage.describe()));
        Answer back = client.submit(
                BenchRealms.IDP,
                loginPage.uri().resolve(action),
                Map.of("username", BenchRealms.ACTIVE_USER, "password", BenchRealms.ACTIVE_PASSWORD),
                jar,
                timeout);
        if (back.leftTo() == null) {
            throw new IOException("the identity provider did not send the user back: " + back.describe());
        }
        Answer landed = client.open(BenchRealms.PACK, back.leftTo(), jar, timeout);
        URI callback = landed.leftTo();
        if (callback == null || !callback.toString().startsWith(LoginClient.CALLBACK)) {
            throw new IOException("the login did not reach the application: " + landed.describe() + " "
                    + LoginClient.abbreviate(landed.body()));
        }
        String code = queryParameter(callback, "code");
        return tokens("grant_type=authorization_code&code=" + LoginClient.encode(code) + "&client_id="
                + LoginClient.CLIENT_ID + "&redirect_uri=" + LoginClient.encode(LoginClient.CALLBACK));
    }

    /** A fresh access token of the same session, so that none expires during a measurement. */
    String refresh() throws IOException, InterruptedException {
        return tokens("grant_type=refresh_token&refresh_token=" + LoginClient.encode(refreshToken) + "&client_id="
                + LoginClient.CLIENT_ID);
    }

    private String tokens(String form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(tokenEndpoint))
                        .timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "token endpoint: " + response.statusCode() + " " + LoginClient.abbreviate(response.body()));
        }
        JsonNode tokens = mapper.readTree(response.body());
        refreshToken = tokens.path("refresh_token").asText();
        return tokens.path("access_token").asText();
    }

    private static String queryParameter(URI uri, String name) throws IOException {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new IOException("no " + name + " in " + uri.getScheme() + "://" + uri.getAuthority() + uri.getPath());
    }
}
