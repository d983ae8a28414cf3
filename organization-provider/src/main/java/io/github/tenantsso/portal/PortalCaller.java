package io.github.tenantsso.portal;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.write.AdminEvents;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * The signed-in caller of the portal API: an access token of this realm, verified by Keycloak as its account REST API
 * does (signature, expiry, token type, an active user session), issued to the portal's client.
 */
final class PortalCaller {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthResult auth;

    private PortalCaller(KeycloakSession session, AuthResult auth) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.auth = auth;
    }

    static PortalCaller authenticate(KeycloakSession session) {
        // Another scheme (Basic, say) carries no bearer token; Keycloak's own extraction would throw its 401 for it.
        boolean present = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                        session.getContext().getRequestHeaders())
                != null;
        AuthResult auth = present ? verified(session) : null;
        PortalAccess.Token token;
        if (!present) {
            token = PortalAccess.Token.MISSING;
        } else if (auth == null || auth.session() == null) {
            token = PortalAccess.Token.REJECTED;
        } else {
            token = PortalAccess.Token.ACCEPTED;
        }
        PortalAccess.CallerOutcome outcome = PortalAccess.caller(new PortalAccess.CallerInput(
                token, auth == null ? null : auth.token().getIssuedFor()));
        if (outcome instanceof PortalAccess.Unauthenticated refused) {
            throw ApiException.invalidToken(
                    switch (refused.reason()) {
                        case NO_TOKEN -> "This request needs an access token of the portal as a Bearer token.";
                        case INVALID_TOKEN -> "The access token is invalid or expired, or its session has ended.";
                        case OTHER_CLIENT -> "The access token was not issued to the portal's client.";
                    });
        }
        return new PortalCaller(session, auth);
    }

    private static AuthResult verified(KeycloakSession session) {
        try {
            return new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        } catch (NotAuthorizedException e) {
            return null;
        }
    }

    UserModel user() {
        return auth.user();
    }

    String userId() {
        return auth.user().getId();
    }

    /**
     * Admin events of the caller's changes, as Keycloak records those of its admin API: the realm, the portal client
     * and the tenant admin as the actor.
     */
    AdminEvents events() {
        Actor actor = new Actor(userId(), auth.client().getClientId());
        return new AdminEvents() {
            @Override
            public void record(String resource, OperationType operation, Object subject, Map<String, String> details) {
                AdminEventBuilder event = new AdminEventBuilder(
                                realm,
                                new AdminAuth(realm, auth.token(), auth.user(), auth.client()),
                                session,
                                session.getContext().getConnection())
                        .resource(ResourceType.CUSTOM)
                        .detail(AdminEvents.RESOURCE_DETAIL, resource);
                details.forEach(event::detail);
                event.operation(operation)
                        .resourcePath(session.getContext().getUri())
                        .representation(PortalViews.of(subject))
                        .success();
            }

            @Override
            public Actor actor() {
                return actor;
            }
        };
    }
}
