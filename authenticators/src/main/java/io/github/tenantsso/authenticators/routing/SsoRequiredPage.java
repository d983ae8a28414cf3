package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.login.LoginTenant;
import io.github.tenantsso.model.TenantHints;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.TenantHint;
import io.github.tenantsso.routing.decision.PasswordSignIn;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The page shown where a tenant's policy refuses the password: it says SSO is required and offers the connections of
 * the one tenant the decision named, or none where naming one would guess among several tenants. The connections
 * offered are kept in the authentication session, so that the page's button can start no other.
 */
final class SsoRequiredPage {

    static final String TEMPLATE = "tenant-sso-sso-required.ftl";
    static final String CONNECTION_FIELD = "tenant_sso_connection";

    private static final String CONNECTIONS_NOTE = "tenant-sso.sso-required-connections";
    private static final String EMAIL_NOTE = "tenant-sso.sso-required-email";

    private SsoRequiredPage() {}

    static void show(AuthenticationFlowContext context, String email, PasswordSignIn.SsoRequired required) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SettledEmail.clear(authSession);
        Optional<OrganizationModel> tenant = required.tenantId()
                .flatMap(id -> TenantHints.organization(context.getSession(), context.getRealm(), id));
        tenant.ifPresentOrElse(
                t -> authSession.setAuthNote(LoginTenant.ROUTED_TENANT_NOTE, t.getId()),
                () -> authSession.removeAuthNote(LoginTenant.ROUTED_TENANT_NOTE));
        // Per alias, the label of its button; maps, which every FreeMarker wrapper reads by key.
        Map<String, Map<String, String>> connections = new LinkedHashMap<>();
        tenant.ifPresent(t -> {
            Stream<IdentityProviderModel> trusted = context.getSession()
                                    .getProvider(TenantSso.class)
                                    .index(context.getRealm())
                                    .hint(t.getId())
                            instanceof TenantHint.Tenant hinted
                    ? hinted.trustedConnections().stream()
                            .sorted()
                            .map(alias ->
                                    context.getSession().identityProviders().getByAlias(alias))
                            .filter(Objects::nonNull)
                    : Stream.empty();
            Stream.concat(t.getIdentityProviders(), trusted)
                    .filter(IdentityProviderModel::isEnabled)
                    .filter(idp -> !Boolean.TRUE.equals(idp.isLinkOnly()))
                    .forEach(idp -> connections.put(
                            idp.getAlias(), Map.of("alias", idp.getAlias(), "displayName", label(idp))));
        });
        authSession.setAuthNote(CONNECTIONS_NOTE, String.join(" ", connections.keySet()));
        authSession.setAuthNote(EMAIL_NOTE, email);
        context.challenge(context.form()
                .setAttribute("email", email)
                .setAttribute("tenantSsoConnections", List.copyOf(connections.values()))
                .createForm(TEMPLATE));
    }

    /**
     * Starts the connection the page's button names, if the page offered it.
     *
     * @return whether the request was the page's and has been answered
     */
    static boolean handle(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String offered = authSession.getAuthNote(CONNECTIONS_NOTE);
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String chosen = form.getFirst(CONNECTION_FIELD);
        if (offered == null || chosen == null) {
            return false;
        }
        if (!Arrays.asList(offered.split(" ")).contains(chosen)) {
            return false;
        }
        String email = authSession.getAuthNote(EMAIL_NOTE);
        authSession.removeAuthNote(CONNECTIONS_NOTE);
        authSession.removeAuthNote(EMAIL_NOTE);
        BrokerRedirect.to(context, chosen, email);
        return true;
    }

    private static String label(IdentityProviderModel idp) {
        return idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? idp.getAlias() : idp.getDisplayName();
    }

    /** Every new decision starts without the page's offer. */
    static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(CONNECTIONS_NOTE);
        authSession.removeAuthNote(EMAIL_NOTE);
    }
}
