package io.github.tenantsso.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Browser.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.keycloak.util.JsonSerialization;

/**
 * The public OIDC client {@code app} of a test realm, as an application uses it: the authorization request, the code
 * it gets back, and its tokens.
 */
public final class AppClient {

    public static final String CALLBACK = "http://app.invalid/callback";

    private final String serverUrl;
    private final String realm;

    public AppClient(String serverUrl, String realm) {
        this.serverUrl = serverUrl;
        this.realm = realm;
    }

    /** @param extraParameters more query parameters, each starting with {@code &} */
    public String authorizeUrl(String extraParameters) {
        return authorizeUrl("openid", extraParameters);
    }

    /** @param scope the scope parameter, for example {@code openid offline_access} for an offline token */
    public String authorizeUrl(String scope, String extraParameters) {
        return serverUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=app&response_type=code&scope="
                + encode(scope) + "&redirect_uri=" + encode(CALLBACK) + extraParameters;
    }

    /** Redeems the code of a login that came back to the application. */
    public Tokens redeem(Page done) {
        if (done.leftTo() == null
                || !done.leftTo().toString().startsWith(CALLBACK)
                || !done.leftTo().getQuery().contains("code=")) {
            throw new IllegalStateException(
                    "The login did not come back with a code: " + done.uri() + "\n" + done.body());
        }
        String code = done.leftTo().getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        Reply reply =
                token("grant_type=authorization_code&client_id=app&code=" + code + "&redirect_uri=" + encode(CALLBACK));
        if (reply.status() != 200) {
            throw new IllegalStateException("Code not redeemed: " + reply.body());
        }
        return Tokens.of(reply.json());
    }

    public Reply refresh(String refreshToken) {
        return token("grant_type=refresh_token&client_id=app&refresh_token=" + encode(refreshToken));
    }

    private Reply token(String form) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(serverUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return AdminApi.send(request);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Tokens(String accessToken, String refreshToken, String idToken) {

        public static Tokens of(JsonNode response) {
            return new Tokens(
                    response.path("access_token").asText(),
                    response.path("refresh_token").asText(),
                    response.path("id_token").asText(null));
        }

        public JsonNode accessClaims() {
            return claims(accessToken);
        }

        public JsonNode idClaims() {
            return claims(idToken);
        }

        private static JsonNode claims(String jwt) {
            try {
                return JsonSerialization.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
