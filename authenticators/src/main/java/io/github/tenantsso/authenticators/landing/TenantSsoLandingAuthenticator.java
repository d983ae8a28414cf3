package io.github.tenantsso.authenticators.landing;

import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.landing.LandingOutcome;
import io.github.tenantsso.landing.Provisioning;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Runs after every broker login (the identity provider's post-login flow) and lands the user in one tenant by
 * {@link io.github.tenantsso.landing.Landing}: provisions the membership where the tenant allows just-in-time
 * provisioning for that connection, sets the tenant as the session's organization ({@code kc.org}, which Keycloak's own
 * organization mapper reads) and as the user's active tenant, or refuses the login. A first login through a connection
 * whose first broker login flow did not run {@link TenantSsoFirstLoginAuthenticator} is refused: that flow may have
 * created or linked an account the pack would have refused, and the operator must see the wiring fault at once.
 */
public final class TenantSsoLandingAuthenticator implements Authenticator {

    /**
     * Set by the routing authenticator when it redirected to a connection for the tenant the hint named. A client
     * note, because Keycloak clears the authentication notes when a first broker login starts its own flow.
     */
    public static final String HINTED_TENANT_NOTE = "tenant-sso.hinted-tenant";

    /** Reason of a first login refused because its flow skipped the pack's first broker login step. */
    static final String FIRST_LOGIN_NOT_CHECKED = "FIRST_LOGIN_NOT_CHECKED";

    private static final Logger LOG = Logger.getLogger(TenantSsoLandingAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<BrokeredLogin> brokered =
                BrokeredLogin.of(context, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
        if (brokered.isEmpty()) {
            // Not a tenant's connection: Keycloak's own rules apply.
            context.success();
            return;
        }
        BrokeredLogin login = brokered.get();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (Boolean.parseBoolean(authSession.getAuthNote(PostBrokerLoginConstants.PBL_AFTER_FIRST_BROKER_LOGIN))
                && !TenantSsoFirstLoginAuthenticator.ranFor(authSession, login.alias())) {
            LOG.errorf(
                    "Refused the first login through connection %s of realm %s: its first broker login flow does not start with"
                            + " the step '%s', so it could create or link accounts before the pack refuses them. Put that step first.",
                    login.alias(), context.getRealm().getName(), TenantSsoFirstLoginAuthenticatorFactory.ID);
            context.getEvent()
                    .detail("tenant_sso_connection", login.alias())
                    .detail("tenant_sso_landing", FIRST_LOGIN_NOT_CHECKED);
            login.refuse(context, FIRST_LOGIN_NOT_CHECKED);
            return;
        }
        UserModel user = context.getUser();
        LandingOutcome outcome = login.decide(context, user);
        if (outcome instanceof LandingOutcome.Land land) {
            OrganizationModel tenant =
                    context.getSession().getProvider(OrganizationProvider.class).getById(land.tenant());
            Provisioning.land(context.getSession(), context.getRealm(), tenant, land.join(), login.connection(), user);
            authSession.setClientNote(OrganizationModel.ORGANIZATION_ATTRIBUTE, tenant.getId());
            authSession.setUserSessionNote(SessionNotes.TENANT, tenant.getId());
            authSession.setUserSessionNote(SessionNotes.CONNECTION, login.alias());
            authSession.setUserSessionNote(SessionNotes.TENANTS, tenant.getId());
            context.getEvent().detail("tenant_sso_tenant", tenant.getId());
            login.landed(context, land, user);
            RememberedTenant.remember(context.getSession(), context.getRealm(), user.getEmail(), tenant.getId());
            context.success();
        } else {
            login.refuse(context, outcome.reason().name());
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {}

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
