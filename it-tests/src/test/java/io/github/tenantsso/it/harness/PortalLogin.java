package io.github.tenantsso.it.harness;

import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient.Tokens;
import io.github.tenantsso.it.harness.Browser.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Signs a user in to the realm's tenant admin portal client {@code tenant-sso-portal} as its single-page application
 * does: the authorization code flow with PKCE S256 through the realm's real login pages, then the code redeemed with
 * the verifier. Redirects to the portal's path stay on the server, so the browser ends there with the code.
 */
public final class PortalLogin {

    public static final String CLIENT_ID = "tenant-sso-portal";

    private static final String EMAIL_FORM = "kc-tenant-sso-email-form";

    private final String serverUrl;
    private final String realm;

    public PortalLogin(String serverUrl, String realm) {
        this.serverUrl = serverUrl;
        this.realm = realm;
    }

    public String redirectUri() {
        return serverUrl + "/realms/" + realm + "/tenant-sso/portal/";
    }

    /** The authorization request, with {@code extraParameters} (each starting with {@code &}) appended. */
    public String authorizeUrl(String extraParameters) {
        return serverUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + CLIENT_ID
                + "&response_type=code&scope=openid&redirect_uri=" + encode(redirectUri()) + extraParameters;
    }

    public Tokens signIn(String username, String password) {
        String verifier = randomVerifier();
        Browser browser = new Browser(serverUrl);
        Page page = browser.open(authorizeUrl("&code_challenge_method=S256&code_challenge=" + challenge(verifier)));
        // The pack's routing flow asks for the e-mail first; identity-first (organizations on) asks for the
        // username, then the password; a plain form asks for both.
        if (page.document().getElementById(EMAIL_FORM) != null) {
            page = browser.submit(page, EMAIL_FORM, Map.of("username", username));
        }
        for (int step = 0; step < 3 && page.document().getElementById("kc-form-login") != null; step++) {
            page = browser.submit(
                    page,
                    "kc-form-login",
                    page.document().selectFirst("input[name=password]") == null
                            ? Map.of("username", username)
                            : Map.of("username", username, "password", password));
        }
        String query = page.uri().getRawQuery();
        if (!page.uri().toString().startsWith(redirectUri()) || query == null || !query.contains("code=")) {
            throw new IllegalStateException(
                    "The portal login did not come back with a code: " + page.uri() + "\n" + page.body());
        }
        String code = query.replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        Reply reply = token("grant_type=authorization_code&client_id=" + CLIENT_ID + "&code=" + code + "&redirect_uri="
                + encode(redirectUri()) + "&code_verifier=" + verifier);
        if (reply.status() != 200) {
            throw new IllegalStateException("Code not redeemed: " + reply.body());
        }
        return Tokens.of(reply.json());
    }

    /** The password grant on the portal's client, which the portal's client must refuse. */
    public Reply passwordGrant(String username, String password) {
        return token("grant_type=password&client_id=" + CLIENT_ID + "&username=" + encode(username) + "&password="
                + encode(password));
    }

    private Reply token(String form) {
        return AdminApi.send(
                HttpRequest.newBuilder(URI.create(serverUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
