package io.github.tenantsso.authenticators.session;

import io.github.tenantsso.exchange.SessionTenant;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.signin.SessionLimit;
import io.github.tenantsso.signin.SessionLimits;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.OAuthErrorException;
import org.keycloak.common.util.Time;
import org.keycloak.cookie.CookieProvider;
import org.keycloak.cookie.CookieType;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.RefreshToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.IdentityCookieToken;
import org.keycloak.util.TokenUtil;

/**
 * The tenants' session limits ({@link SessionLimit}), as a client-policy executor: Keycloak runs it on every refresh
 * and every authorization request of the clients its policy covers. A refresh of a session past its tenant's limits
 * gets {@code invalid_grant}; an authorization request whose SSO cookie names such a session ends that session first,
 * so that Keycloak shows the login form instead of reusing it.
 *
 * <p>Both checks run before Keycloak touches the session: verifying a refresh token or an SSO cookie marks the session
 * active, which would hide its idle time.
 */
final class SessionLimitsExecutor
        implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(SessionLimitsExecutor.class);

    /** Keycloak's own description of a session it no longer keeps, so the answer tells nothing of the tenant. */
    static final String ERROR_DESCRIPTION = "Session not active";

    private final KeycloakSession session;

    SessionLimitsExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        switch (context.getEvent()) {
            case TOKEN_REFRESH -> refresh((TokenRefreshContext) context);
            // Not AUTHORIZATION_REQUEST: by then Keycloak has read the SSO cookie for the authentication session.
            case PRE_AUTHORIZATION_REQUEST, SAML_AUTHN_REQUEST -> cookie();
            default -> {}
        }
    }

    private void refresh(TokenRefreshContext context) throws ClientPolicyException {
        RefreshToken token = session.tokens()
                .decode(context.getParams().getFirst(OAuth2Constants.REFRESH_TOKEN), RefreshToken.class);
        // An offline token lives under the realm's offline limits, not a tenant's SSO session limits.
        if (token == null || TokenUtil.TOKEN_TYPE_OFFLINE.equals(token.getType())) {
            return;
        }
        Optional<SessionLimit.Expired> expired = expired(token);
        if (expired.isPresent()) {
            LOG.debugf(
                    "Refused a refresh of session %s: %s",
                    token.getSessionId(), expired.get().reason());
            throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, ERROR_DESCRIPTION);
        }
    }

    private void cookie() {
        IdentityCookieToken token = session.tokens()
                .decode(session.getProvider(CookieProvider.class).get(CookieType.IDENTITY), IdentityCookieToken.class);
        if (token == null || !TokenUtil.TOKEN_TYPE_KEYCLOAK_ID.equals(token.getType())) {
            return;
        }
        expired(token).ifPresent(reason -> {
            UserSessionModel userSession = session.sessions().getUserSession(realm(), token.getSessionId());
            new EventBuilder(realm(), session, session.getContext().getConnection())
                    .event(EventType.LOGOUT)
                    .user(userSession.getUser())
                    .session(userSession)
                    .detail("tenant_sso_reason", reason.reason().name())
                    .success();
            // Not the broker's session: the tenant's limit ends this realm's session only, as Keycloak's own expiry
            // does.
            AuthenticationManager.backchannelLogout(session, userSession, false);
        });
    }

    /** Whether the token's session, of the token's user, has passed the limits of the tenant it is in. */
    private Optional<SessionLimit.Expired> expired(AccessToken token) {
        String sessionId = token.getSessionId();
        UserSessionModel userSession =
                sessionId == null ? null : session.sessions().getUserSession(realm(), sessionId);
        if (userSession == null || !userSession.getUser().getId().equals(token.getSubject())) {
            return Optional.empty();
        }
        SessionLimits limits = SessionTenant.of(session, userSession)
                .map(tenant ->
                        session.getProvider(TenantSso.class).index(realm()).sessionLimits(tenant.getId()))
                .orElse(SessionLimits.REALM);
        if (limits.isRealms()) {
            return Optional.empty();
        }
        SessionLimit.Outcome outcome = SessionLimit.decide(new SessionLimit.Input(
                Time.currentTime(), userSession.getStarted(), userSession.getLastSessionRefresh(), limits));
        return outcome instanceof SessionLimit.Expired expired ? Optional.of(expired) : Optional.empty();
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    @Override
    public String getProviderId() {
        return SessionLimitsExecutorFactory.ID;
    }
}
