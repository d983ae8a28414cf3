package io.github.tenantsso.authenticators.mfa;

import io.github.tenantsso.routing.decision.MfaSignIn;
import io.github.tenantsso.routing.decision.MfaSignInInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.JsonWebToken;

/**
 * How a login in progress signed in, for {@link MfaSignIn}: through an identity provider, with the authentication
 * context it asserted and the values its connection accepts as MFA, or not (a password, as the policy sees it).
 *
 * <p>Keycloak keeps the brokered identity in the authentication session while the post-broker-login flow (and the
 * first broker login flow) runs, with the provider's own evidence in its context data: the OIDC provider the
 * validated ID token ({@code VALIDATED_ID_TOKEN}), the SAML provider the assertion's {@code AuthnStatement}
 * ({@code SAML_AUTHN_STATEMENT}); deserializing it through the provider restores both as Keycloak's types.
 */
final class AssertedAuthentication {

    /** Identity provider setting: the {@code acr}, {@code amr} or {@code AuthnContextClassRef} values that are MFA. */
    static final String ACCEPTED_VALUES = "tenant-sso.mfa-acr-values";

    private static final Logger LOG = Logger.getLogger(AssertedAuthentication.class);

    private AssertedAuthentication() {}

    static MfaSignInInput.SignIn of(AuthenticationFlowContext context) {
        SerializedBrokeredIdentityContext serialized = Optional.ofNullable(
                        serialized(context, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT))
                .orElseGet(() -> serialized(context, AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE));
        IdentityProviderModel provider = serialized == null
                ? null
                : context.getSession().identityProviders().getByAlias(serialized.getIdentityProviderId());
        if (provider == null || !inBrokerFlowOf(context, provider)) {
            // No broker login, or a brokered identity left in the session by one that did not finish: this flow is
            // not that login's, so what that provider asserted says nothing of how the user signed in here. In doubt
            // the reading is the stricter one, a password.
            return new MfaSignInInput.Password();
        }
        BrokeredIdentityContext identity;
        try {
            identity = serialized.deserialize(context.getSession(), context.getAuthenticationSession());
        } catch (RuntimeException e) {
            // A provider disabled mid-login: it asserts nothing, so Keycloak steps up.
            LOG.debugf(e, "No authentication context of identity provider %s", provider.getAlias());
            return new MfaSignInInput.Sso(List.of(), Set.of());
        }
        return new MfaSignInInput.Sso(
                asserted(identity),
                MfaSignIn.acceptedValues(provider.getConfig().get(ACCEPTED_VALUES)));
    }

    private static boolean inBrokerFlowOf(AuthenticationFlowContext context, IdentityProviderModel provider) {
        AuthenticationFlowModel flow = context.getTopLevelFlow();
        if (flow == null) {
            return false;
        }
        String firstBrokerLogin = provider.getFirstBrokerLoginFlowId() != null
                ? provider.getFirstBrokerLoginFlowId()
                : Optional.ofNullable(context.getRealm().getFirstBrokerLoginFlow())
                        .map(AuthenticationFlowModel::getId)
                        .orElse(null);
        return flow.getId().equals(provider.getPostBrokerLoginFlowId())
                || flow.getId().equals(firstBrokerLogin);
    }

    private static SerializedBrokeredIdentityContext serialized(AuthenticationFlowContext context, String note) {
        SerializedBrokeredIdentityContext serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                context.getAuthenticationSession(), note);
        return serialized == null || serialized.getIdentityProviderId() == null ? null : serialized;
    }

    private static List<String> asserted(BrokeredIdentityContext identity) {
        List<String> values = new ArrayList<>();
        if (identity.getContextData().get(OIDCIdentityProvider.VALIDATED_ID_TOKEN) instanceof JsonWebToken token) {
            Object acr = token instanceof IDToken idToken
                    ? idToken.getAcr()
                    : token.getOtherClaims().get(IDToken.ACR);
            if (acr instanceof String value) {
                values.add(value);
            }
            if (token.getOtherClaims().get("amr") instanceof Collection<?> amr) {
                amr.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .forEach(values::add);
            }
        }
        if (identity.getContextData().get(SAMLEndpoint.SAML_AUTHN_STATEMENT) instanceof AuthnStatementType statement) {
            Optional.ofNullable(statement.getAuthnContext())
                    .map(AuthnContextType::getSequence)
                    .map(AuthnContextType.AuthnContextTypeSequence::getClassRef)
                    .map(AuthnContextClassRefType::getValue)
                    .ifPresent(uri -> values.add(uri.toString()));
        }
        return values;
    }
}
