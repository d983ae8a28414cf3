package io.github.tenantsso.exchange;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.landing.LandingInput;
import io.github.tenantsso.landing.LandingInputs;
import io.github.tenantsso.landing.Provisioning;
import io.github.tenantsso.model.TenantHints;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/tenant-sso/session}: the caller's session and its tenant, and session exchange, moving the
 * session to another tenant without a new sign-in where {@link TenantSwitch} allows it. Tokens the client gets
 * afterwards (by its refresh token) name the new tenant.
 */
public final class SessionResource {

    /** Maximum length of a tenant reference (an organization id or alias) in a request. */
    private static final int MAX_TENANT_LENGTH = 255;

    private final KeycloakSession session;
    private final RealmModel realm;

    public SessionResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    public record SwitchRequest(String tenant) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SessionView get() {
        AuthResult caller = BearerCaller.authenticate(session, HttpMethod.GET);
        requireOrganizations();
        return view(caller.session());
    }

    @POST
    @Path("tenant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SessionView switchTenant(String body) {
        AuthResult caller = BearerCaller.authenticate(session, HttpMethod.POST);
        requireOrganizations();
        SwitchRequest request = RequestBodies.read(body, SwitchRequest.class);
        if (request.tenant() == null
                || request.tenant().isBlank()
                || request.tenant().length() > MAX_TENANT_LENGTH) {
            throw ApiException.badRequest(
                    "invalid_request",
                    "tenant must be an organization id or alias of at most " + MAX_TENANT_LENGTH + " characters.",
                    "tenant");
        }
        UserSessionModel userSession = caller.session();
        UserModel user = caller.user();
        String from = SessionTenant.of(session, userSession)
                .map(OrganizationModel::getId)
                .orElse(null);
        String connectionAlias = userSession.getNote(SessionNotes.CONNECTION);
        EventBuilder event = new EventBuilder(
                        realm, session, session.getContext().getConnection())
                .event(EventType.TOKEN_EXCHANGE)
                .user(user)
                .session(userSession)
                .client(caller.client())
                .detail("tenant_sso_action", "switch_tenant")
                .detail("tenant_sso_from", from)
                .detail("tenant_sso_connection", connectionAlias);

        OrganizationModel tenant =
                TenantHints.organization(session, realm, request.tenant()).orElse(null);
        Optional<ConnectionBinding> connection = connection(connectionAlias);
        // Gathered whether or not the tenant exists, so that an unknown tenant costs what a real one does.
        Optional<LandingInput> input = connection.map(c -> landingInput(c, user));
        Set<String> left = left(userSession);
        SwitchOutcome outcome = tenant == null
                ? new SwitchOutcome.LoginRequired(SwitchOutcome.Reason.CONNECTION_NOT_TRUSTED)
                : TenantSwitch.decide(input, tenant.getId(), left);
        Actor actor = new Actor(user.getId(), caller.client().getClientId());
        if (outcome instanceof SwitchOutcome.LoginRequired refused) {
            event.detail("tenant_sso_reason", refused.reason().name()).error("tenant_sso_login_required");
            recordRefusal(AuditEvent.of(AuditType.REFUSAL, AuditActions.SESSION_EXCHANGE)
                    .reason(refused.reason().name())
                    .tenant(from)
                    .tenant(tenant == null ? null : tenant.getId())
                    .actor(actor)
                    .connection(connectionAlias));
            // The same answer for an unknown tenant as for one that does not trust the session: no tenant enumeration.
            throw ApiException.loginRequired(
                    "This session cannot move to that tenant without a new sign-in: start an authorization"
                            + " request with the tenant hint and prompt=login.",
                    loginParameters(request.tenant().strip()));
        }
        SwitchOutcome.Switch granted = (SwitchOutcome.Switch) outcome;
        Provisioning.land(session, realm, tenant, granted.join(), connection.get(), user);
        userSession.setNote(SessionNotes.TENANT, tenant.getId());
        userSession.setNote(
                SessionNotes.TENANTS,
                SessionNotes.withTenant(userSession.getNote(SessionNotes.TENANTS), tenant.getId()));
        // Keycloak's own organization mapper reads the organization from the client sessions.
        userSession.getAuthenticatedClientSessions().values().stream()
                .filter(clientSession -> clientSession.getNote(OrganizationModel.ORGANIZATION_ATTRIBUTE) != null)
                .forEach(clientSession ->
                        clientSession.setNote(OrganizationModel.ORGANIZATION_ATTRIBUTE, tenant.getId()));
        session.getProvider(TenantSso.class)
                .audit(realm)
                .record(AuditEvent.of(AuditType.SESSION_EXCHANGE, "SWITCHED")
                        .reason(granted.join() ? "JOINED" : "MEMBER")
                        .tenant(tenant.getId())
                        .tenant(from)
                        .actor(actor)
                        .connection(connectionAlias)
                        .detail("from", from));
        event.detail("tenant_sso_tenant", tenant.getId())
                .detail("tenant_sso_joined", Boolean.toString(granted.join()))
                .success();
        return view(userSession);
    }

    /** In a transaction of its own: the refusal's error answer rolls back the request's. */
    private void recordRefusal(AuditEvent.Builder refusal) {
        String realmId = realm.getId();
        KeycloakModelUtils.runJobInTransaction(
                session.getKeycloakSessionFactory(),
                own -> own.getProvider(TenantSso.class)
                        .audit(own.realms().getRealm(realmId))
                        .record(refusal));
    }

    @OPTIONS
    public Response preflight() {
        return SessionCors.preflight(HttpMethod.GET);
    }

    @OPTIONS
    @Path("tenant")
    public Response switchTenantPreflight() {
        return SessionCors.preflight(HttpMethod.POST);
    }

    private SessionView view(UserSessionModel userSession) {
        UserModel user = userSession.getUser();
        Optional<OrganizationModel> current = SessionTenant.of(session, userSession);
        String connectionAlias = userSession.getNote(SessionNotes.CONNECTION);
        Optional<LandingInput> input = connection(connectionAlias).map(c -> landingInput(c, user));
        var tenants = session.getProvider(OrganizationProvider.class)
                .getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .sorted(Comparator.comparing(OrganizationModel::getAlias))
                .map(tenant -> new SessionView.Tenant(
                        tenant.getId(),
                        tenant.getAlias(),
                        tenant.getName(),
                        TenantSwitch.decide(input, tenant.getId(), left(userSession)) instanceof SwitchOutcome.Switch))
                .toList();
        return new SessionView(
                current.map(t -> new SessionView.Tenant(t.getId(), t.getAlias(), t.getName(), null))
                        .orElse(null),
                connectionAlias,
                tenants);
    }

    private static Set<String> left(UserSessionModel userSession) {
        return SessionNotes.tenants(userSession.getNote(SessionNotes.LEFT));
    }

    private void requireOrganizations() {
        if (!realm.isOrganizationsEnabled()) {
            throw ApiException.conflict(
                    "organizations_disabled", "Organizations are not enabled in realm " + realm.getName() + ".");
        }
    }

    private Optional<ConnectionBinding> connection(String alias) {
        return alias == null
                ? Optional.empty()
                : session.getProvider(TenantSso.class).connections(realm).find(alias);
    }

    private LandingInput landingInput(ConnectionBinding connection, UserModel user) {
        return LandingInputs.gather(session, realm, connection, user, Optional.empty());
    }

    private Map<String, String> loginParameters(String tenant) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                session.getProvider(TenantSso.class)
                        .policies()
                        .get(realm.getId())
                        .hintParameter(),
                tenant);
        parameters.put("prompt", "login");
        return parameters;
    }
}
