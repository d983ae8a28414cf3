package io.github.tenantsso.exchange;

import io.github.tenantsso.rest.ApiException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The signed-in caller of the pack's session API: a valid access token of this realm whose session is still active.
 */
final class BearerCaller {

    private BearerCaller() {}

    /** @param method the HTTP method of the request, for its CORS headers */
    static AuthResult authenticate(KeycloakSession session, String method) {
        if (AppAuthManager.extractAuthorizationHeaderToken(session.getContext().getRequestHeaders()) == null) {
            SessionCors.allowAnyOrigin();
            throw ApiException.invalidToken("This request needs an access token of the realm as a Bearer token.");
        }
        AuthResult caller = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (caller == null || caller.session() == null) {
            SessionCors.allowAnyOrigin();
            throw ApiException.invalidToken("The access token is invalid or expired, or its session has ended.");
        }
        SessionCors.allowTokenOrigins(caller.token(), method);
        return caller;
    }
}
