package io.github.tenantsso.authenticators.routing;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.ClientSessionCode;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sends the browser to a connection's identity provider through Keycloak's broker, the way Keycloak's own
 * identity-provider redirector does, with the e-mail as {@code login_hint}.
 */
final class BrokerRedirect {

    private BrokerRedirect() {}

    static void to(AuthenticationFlowContext context, String idpAlias, String loginHint) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String accessCode =
                new ClientSessionCode<>(context.getSession(), context.getRealm(), authSession).getOrGenerateCode();
        URI location = Urls.identityProviderAuthnRequest(
                context.getUriInfo().getBaseUri(),
                idpAlias,
                context.getRealm().getName(),
                accessCode,
                authSession.getClient().getClientId(),
                authSession.getTabId(),
                AuthenticationProcessor.getClientData(context.getSession(), authSession),
                loginHint);
        context.forceChallenge(Response.seeOther(location).build());
    }
}
