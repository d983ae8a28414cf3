package io.github.tenantsso.login;

import io.github.tenantsso.model.TenantHints;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.decision.RoutedTenant;
import io.github.tenantsso.vanity.VanityHosts;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The tenant a login is for, as far as the request tells: the tenant routing settled on, else the tenant hint (of the
 * authorization request or the login page), else the tenant whose vanity host the request came to.
 */
public final class LoginTenant {

    /**
     * Authentication-session note: the tenant routing settled on ({@link RoutedTenant}), for the pages after the
     * e-mail step. Not {@link io.github.tenantsso.common.SessionNotes#TENANT}, the user session's tenant: a login may
     * be routed for one tenant and land in another, or in none.
     */
    public static final String ROUTED_TENANT_NOTE = "tenant-sso.routed-tenant";
    /**
     * Keeps a hint given on the login page, or one Keycloak did not keep as a request parameter, for the whole login,
     * restarts included.
     */
    public static final String HINT_NOTE = "tenant-sso.hint";

    private static final String REQUEST_PARAMETER_NOTE_PREFIX = "client_request_param_";

    private LoginTenant() {}

    /** The enabled tenant of the current request's login, if one is known. */
    public static Optional<OrganizationModel> of(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !realm.isOrganizationsEnabled()) {
            return Optional.empty();
        }
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        if (authSession != null) {
            String routed = authSession.getAuthNote(ROUTED_TENANT_NOTE);
            if (routed != null) {
                return TenantHints.organization(session, realm, routed);
            }
            Optional<String> hint = explicitHint(session, realm, authSession);
            if (hint.isPresent()) {
                return TenantHints.organization(session, realm, hint.get());
            }
        }
        return vanityTenant(session, realm);
    }

    /** The hint routing decides with: the explicit one, else the vanity host's tenant. */
    public static Optional<String> hint(
            KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        return explicitHint(session, realm, authSession)
                .or(() -> vanityTenant(session, realm).map(OrganizationModel::getId));
    }

    private static Optional<String> explicitHint(
            KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        String parameter = session.getProvider(TenantSso.class)
                .policies()
                .get(realm.getId())
                .hintParameter();
        String requested = authSession.getClientNote(REQUEST_PARAMETER_NOTE_PREFIX + parameter);
        return Optional.ofNullable(requested != null ? requested : authSession.getClientNote(HINT_NOTE));
    }

    /** The host Keycloak sees the request at: the vanity host unless the hostname options pin one URL for all. */
    private static Optional<OrganizationModel> vanityTenant(KeycloakSession session, RealmModel realm) {
        return VanityHosts.tenantFor(
                session, realm, session.getContext().getUri().getBaseUri().getHost());
    }
}
