package io.github.tenantsso.portal;

import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.managers.ClientManager;

/**
 * The realm's OIDC client of the tenant admin portal: public (a single-page application holds no secret), the
 * authorization code flow with PKCE S256 only, redirects to the portal's own path. Created by the pack when a realm
 * admin appoints a tenant admin, so a realm that delegates nothing has no such client.
 */
public final class PortalClient {

    public static final String CLIENT_ID = "tenant-sso-portal";

    private PortalClient() {}

    /** The portal's path in a realm, below which its pages and its API live. */
    public static String path(RealmModel realm) {
        return "/realms/" + realm.getName() + "/tenant-sso/portal/";
    }

    /** Creates the client unless the realm has one of that client id (which a realm admin may have adjusted). */
    public static void ensure(KeycloakSession session, RealmModel realm) {
        if (session.clients().getClientByClientId(realm, CLIENT_ID) != null) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT_ID);
        client.setName("Tenant SSO: tenant admin portal");
        client.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setFullScopeAllowed(false);
        client.setRootUrl("${authBaseUrl}");
        client.setBaseUrl(path(realm));
        client.setRedirectUris(List.of(path(realm) + "*"));
        client.setWebOrigins(List.of("+"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", "+"));
        ClientManager.createClient(session, realm, client);
    }
}
