package io.github.tenantsso.authenticators.landing;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.landing.Landing;
import io.github.tenantsso.landing.LandingInputs;
import io.github.tenantsso.landing.LandingOutcome;
import io.github.tenantsso.landing.Provisioning;
import io.github.tenantsso.landing.SessionNotes;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Runs after every broker login (the identity provider's post-login flow) and lands the user in one tenant by
 * {@link Landing}: provisions the membership where the tenant allows just-in-time provisioning for that connection,
 * sets the tenant as the session's organization ({@code kc.org}, which Keycloak's own organization mapper reads) and
 * as the user's active tenant, or refuses the login.
 */
public final class TenantSsoLandingAuthenticator implements Authenticator {

    /**
     * Set by the routing authenticator when it redirected to a connection for a tenant. A client note, because
     * Keycloak clears the authentication notes when a first broker login starts its own flow.
     */
    public static final String ROUTED_TENANT_NOTE = "tenant-sso.routed-tenant";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SerializedBrokeredIdentityContext brokered = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                authSession, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
        String alias = brokered == null ? null : brokered.getIdentityProviderId();
        TenantSso model = context.getSession().getProvider(TenantSso.class);
        Optional<ConnectionBindingEntity> connection = alias == null ? Optional.empty() : model.connections(context.getRealm()).find(alias);
        if (connection.isEmpty()) {
            // Not a tenant's connection: Keycloak's own rules apply.
            context.success();
            return;
        }
        UserModel user = context.getUser();
        LandingOutcome outcome = Landing.decide(LandingInputs.gather(context.getSession(), context.getRealm(), connection.get(), user,
                Optional.ofNullable(authSession.getClientNote(ROUTED_TENANT_NOTE))));

        context.getEvent().detail("tenant_sso_connection", alias).detail("tenant_sso_landing", outcome.reason().name());
        if (outcome instanceof LandingOutcome.Land land) {
            OrganizationModel tenant = context.getSession().getProvider(OrganizationProvider.class).getById(land.tenant());
            Provisioning.land(context.getSession(), context.getRealm(), tenant, land.join(), connection.get(), user);
            authSession.setClientNote(OrganizationModel.ORGANIZATION_ATTRIBUTE, tenant.getId());
            authSession.setUserSessionNote(SessionNotes.TENANT, tenant.getId());
            authSession.setUserSessionNote(SessionNotes.CONNECTION, alias);
            authSession.setUserSessionNote(SessionNotes.TENANTS, tenant.getId());
            context.getEvent().detail("tenant_sso_tenant", tenant.getId());
            context.success();
        } else {
            Response page = context.form().setError("tenantSsoNotAMember").createErrorPage(Response.Status.FORBIDDEN);
            context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
