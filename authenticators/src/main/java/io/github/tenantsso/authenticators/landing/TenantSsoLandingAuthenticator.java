package io.github.tenantsso.authenticators.landing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.membership.MembershipEntity;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.TrustEntity;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.common.util.Time;
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
    public static final String TENANT_SESSION_NOTE = "tenant-sso.tenant";
    public static final String CONNECTION_SESSION_NOTE = "tenant-sso.connection";

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
        OrganizationProvider organizations = context.getSession().getProvider(OrganizationProvider.class);
        LandingOutcome outcome = Landing.decide(input(context.getSession(), context.getRealm(), model, organizations,
                connection.get(), user, authSession.getClientNote(ROUTED_TENANT_NOTE)));

        context.getEvent().detail("tenant_sso_connection", alias).detail("tenant_sso_landing", outcome.reason().name());
        if (outcome instanceof LandingOutcome.Land land) {
            OrganizationModel tenant = organizations.getById(land.tenant());
            if (land.join()) {
                organizations.addMember(tenant, user);
            }
            authSession.setClientNote(OrganizationModel.ORGANIZATION_ATTRIBUTE, tenant.getId());
            authSession.setUserSessionNote(TENANT_SESSION_NOTE, tenant.getId());
            authSession.setUserSessionNote(CONNECTION_SESSION_NOTE, alias);
            model.memberships().setActiveTenant(context.getRealm().getId(), user.getId(), tenant.getId(), Time.currentTimeMillis());
            context.getEvent().detail("tenant_sso_tenant", tenant.getId());
            context.success();
        } else {
            Response page = context.form().setError("tenantSsoNotAMember").createErrorPage(Response.Status.FORBIDDEN);
            context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
        }
    }

    private static LandingInput input(KeycloakSession session, RealmModel realm, TenantSso model, OrganizationProvider organizations,
                                      ConnectionBindingEntity connection, UserModel user, String routedTenant) {
        Map<String, Boolean> trusting = new HashMap<>();
        for (TrustEntity trust : model.trusts(realm).ofConnection(connection)) {
            if (trust.getOwnerOrganizationId().equals(connection.getOrganizationId())
                    && enabled(organizations, trust.getTrustingOrganizationId())) {
                trusting.put(trust.getTrustingOrganizationId(), trust.isJitEnabled());
            }
        }
        return new LandingInput(connection.getOrganizationId(), connection.isJitEnabled(), trusting,
                membershipsOldestFirst(model, organizations, user), Optional.ofNullable(routedTenant));
    }

    /** Keycloak's memberships, ordered by the pack's join dates; memberships it has no date for come last. */
    private static List<String> membershipsOldestFirst(TenantSso model, OrganizationProvider organizations, UserModel user) {
        Set<String> current = organizations.getByMember(user).filter(OrganizationModel::isEnabled)
                .map(OrganizationModel::getId).collect(Collectors.toSet());
        List<String> dated = model.memberships().ofUser(user.getId()).stream()
                .map(MembershipEntity::getOrganizationId).filter(current::contains).toList();
        return Stream.concat(dated.stream(), current.stream().filter(id -> !dated.contains(id)).sorted()).toList();
    }

    private static boolean enabled(OrganizationProvider organizations, String tenantId) {
        OrganizationModel tenant = organizations.getById(tenantId);
        return tenant != null && tenant.isEnabled();
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
