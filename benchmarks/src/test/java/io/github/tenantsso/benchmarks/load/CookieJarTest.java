package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {

    private static final URI PACK = URI.create("http://127.0.0.1:8180/realms/bench-pack/protocol/openid-connect/auth");
    private static final URI IDP = URI.create("http://127.0.0.1:8180/realms/bench-idp/login-actions/authenticate");

    @Test
    void sendsACookieOnlyUnderItsPath() {
        CookieJar jar = new CookieJar();
        jar.store(
                PACK,
                List.of(
                        "AUTH_SESSION_ID=pack.1; Version=1; Path=/realms/bench-pack/; SameSite=None; Secure; HttpOnly"));
        jar.store(IDP, List.of("AUTH_SESSION_ID=idp.1; Path=/realms/bench-idp/; Secure; HttpOnly"));

        assertThat(jar.header(PACK)).hasValue("AUTH_SESSION_ID=pack.1");
        assertThat(jar.header(IDP)).hasValue("AUTH_SESSION_ID=idp.1");
        assertThat(jar.header(URI.create("http://127.0.0.1:8180/realms/bench-packed/x")))
                .isEmpty();
    }

    @Test
    void anExpiredCookieIsForgotten() {
        CookieJar jar = new CookieJar();
        jar.store(PACK, List.of("KC_RESTART=abc; Path=/realms/bench-pack/"));
        jar.store(
                PACK,
                List.of("KC_RESTART=; Max-Age=0; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/realms/bench-pack/"));

        assertThat(jar.header(PACK)).isEmpty();
    }

    @Test
    void aCopyKeepsOnlyTheNamesAsked() {
        CookieJar jar = new CookieJar();
        jar.store(
                PACK,
                List.of("KEYCLOAK_IDENTITY=secret; Path=/realms/bench-pack/", "TENANT=t1; Path=/realms/bench-pack/"));

        CookieJar copy = jar.copy(name -> !name.equals("KEYCLOAK_IDENTITY"));

        assertThat(copy.header(PACK)).hasValue("TENANT=t1");
        assertThat(jar.header(PACK)).hasValue("KEYCLOAK_IDENTITY=secret; TENANT=t1");
    }
}
