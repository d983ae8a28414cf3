package io.github.tenantsso.authenticators.landing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.hash.Hashing;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.TokenCategory;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;

/**
 * The tenant a browser last signed in to, for an e-mail, kept on that browser in a cookie signed with the realm's key
 * for internal tokens (as Keycloak signs its own login cookies) and readable by no script. Routing uses it for a
 * domain several tenants share, instead of looking the account up: an outsider's browser holds no such cookie, so
 * whether an account exists, and in which tenant, changes nothing in what the e-mail step answers.
 */
public final class RememberedTenant {

    static final String COOKIE = "TENANT_SSO_LAST_TENANT";
    static final Duration LIFESPAN = Duration.ofDays(90);
    private static final int MAX_COOKIE_LENGTH = 4096;

    private RememberedTenant() {}

    /** The signed content: which realm, a digest of the e-mail (the cookie does not carry the address), the tenant. */
    public static final class Token extends JsonWebToken {

        @JsonProperty("eh")
        private String emailHash;

        @JsonProperty("tnt")
        private String tenant;

        @Override
        public TokenCategory getCategory() {
            return TokenCategory.INTERNAL;
        }
    }

    /** Remembers on this browser that {@code email} signed in to {@code tenantId}. */
    public static void remember(KeycloakSession session, RealmModel realm, String email, String tenantId) {
        if (email == null) {
            return;
        }
        Token token = new Token();
        long now = Time.currentTime();
        token.iat(now);
        token.exp(now + LIFESPAN.toSeconds());
        token.issuer(realm.getId());
        token.emailHash = digest(realm, email);
        token.tenant = tenantId;
        boolean secure =
                "https".equals(session.getContext().getUri().getBaseUri().getScheme());
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(session.tokens().encode(token))
                .path(path(session, realm))
                .maxAge((int) LIFESPAN.toSeconds())
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
    }

    /** The tenant this browser remembers for {@code email}, if its cookie is there, valid, of this realm and e-mail. */
    public static Optional<String> recall(KeycloakSession session, RealmModel realm, String email) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > MAX_COOKIE_LENGTH) {
            return Optional.empty();
        }
        Token token = session.tokens().decode(cookie.getValue(), Token.class);
        if (token == null
                || !token.isActive()
                || !realm.getId().equals(token.getIssuer())
                || token.tenant == null
                || !digest(realm, email).equals(token.emailHash)) {
            return Optional.empty();
        }
        return Optional.of(token.tenant);
    }

    private static String digest(RealmModel realm, String email) {
        return Hashing.sha256()
                .hashString(realm.getId() + "\n" + email.strip().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
                .toString();
    }

    private static String path(KeycloakSession session, RealmModel realm) {
        return session.getContext().getUri().getBaseUri().getRawPath().replaceAll("/$", "") + "/realms/"
                + realm.getName() + "/";
    }
}
