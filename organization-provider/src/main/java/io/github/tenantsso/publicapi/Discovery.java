package io.github.tenantsso.publicapi;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.decision.RoutingDecision;
import io.github.tenantsso.routing.decision.RoutingInputs;
import io.github.tenantsso.routing.decision.SsoOptions;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Answers "where would this e-mail sign in?" for an anonymous caller: the login's gatherer and decision, with no
 * remembered tenant, so the answer is what a login from a fresh browser would be offered.
 */
final class Discovery {

    private final KeycloakSession session;
    private final RealmModel realm;

    Discovery(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The body of a discovery answer: the options carry no tenant ids, only what a login page would show. */
    record Answer(String domain, String reason, List<Option> options) {}

    record Option(String alias, String displayName) {}

    Answer discover(DomainName domain, String hint) {
        SsoOptions options =
                RoutingDecision.options(RoutingInputs.gather(session, realm, domain, hint, Optional.empty()));
        return new Answer(
                domain.value(),
                options.reason().name(),
                options.connections().stream()
                        .map(Candidate::connectionAlias)
                        .distinct()
                        .map(this::option)
                        .toList());
    }

    private Option option(String alias) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(alias);
        String displayName =
                idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? alias : idp.getDisplayName();
        return new Option(alias, displayName);
    }
}
