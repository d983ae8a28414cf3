package io.github.tenantsso.exchange;

import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.model.TenantHints;
import io.github.tenantsso.rest.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/tenant-sso/tenants/{tenant}/me}: the caller as a member of one tenant, read live, for a
 * back end that wants more than a token's possibly stale claim. Tenant-scoped: only a token minted for that very
 * tenant is accepted, so a token of tenant A never reads anything of tenant B.
 */
public final class TenantMemberResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public TenantMemberResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("{tenant}/me")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> me(@PathParam("tenant") String reference) {
        AuthResult caller = BearerCaller.authenticate(session, HttpMethod.GET);
        String tokenTenant = TokenTenant.of(caller.token(), caller.client())
                .orElseThrow(
                        () -> ApiException.forbidden(
                                "tenant_required",
                                "The token names no tenant: its client needs the 'Tenant SSO: tenant' mapper in the access token."));
        // Only the token's own tenant is looked up, and the path compared with its id and alias: another tenant named
        // in
        // the path, existing or not, costs the same and gets the same answer.
        OrganizationModel tenant = TenantHints.organization(session, realm, tokenTenant)
                .filter(own -> reference != null
                        && (reference.strip().equals(own.getId())
                                || reference.strip().equals(own.getAlias())))
                .orElseThrow(() -> ApiException.forbidden("wrong_tenant", "This token was minted for another tenant."));
        if (session.getProvider(OrganizationProvider.class)
                        .getMemberById(tenant, caller.user().getId())
                == null) {
            throw ApiException.forbidden("not_a_member", "The user is no longer an active member of this tenant.");
        }
        return SessionTenant.claim(
                session, tenant, caller.user(), caller.session().getNote(SessionNotes.CONNECTION));
    }

    @OPTIONS
    @Path("{tenant}/me")
    public Response preflight() {
        return SessionCors.preflight(HttpMethod.GET);
    }
}
