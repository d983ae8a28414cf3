package io.github.tenantsso.exchange;

import jakarta.ws.rs.core.Response;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.cors.Cors;

/**
 * CORS for the session API, as Keycloak answers its own userinfo endpoint: a single-page application may call it
 * from the web origins of the client its token was issued to; a refused token's error is readable from any origin.
 */
final class SessionCors {

    private SessionCors() {}

    /** Adds the headers for a caller with this token to the current response. */
    static void allowTokenOrigins(AccessToken token, String method) {
        Cors.builder().auth().allowedMethods(method).checkAllowedOrigins(token).add();
    }

    static void allowAnyOrigin() {
        Cors.builder().auth().allowAllOrigins().add();
    }

    static Response preflight(String method) {
        return Cors.builder().auth().preflight().allowedMethods(method).add(Response.ok());
    }
}
