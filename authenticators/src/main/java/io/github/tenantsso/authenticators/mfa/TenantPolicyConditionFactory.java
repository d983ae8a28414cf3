package io.github.tenantsso.authenticators.mfa;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;

public final class TenantPolicyConditionFactory extends PackAuthenticatorFactory
        implements ConditionalAuthenticatorFactory {

    public static final String ID = "tenant-sso-condition-tenant-policy";

    @Override
    public String getDisplayType() {
        return "Condition: tenant policy";
    }

    @Override
    public String getHelpText() {
        return "True when a tenant of the user requires MFA for this sign-in (its policy's 'mfa') and the identity"
                + " provider did not assert an authentication context that its setting "
                + AssertedAuthentication.ACCEPTED_VALUES
                + " accepts. Put it first in a conditional subflow with Keycloak's OTP form or WebAuthn authenticator.";
    }

    /** The category of Keycloak's own conditions, where the pack's other steps have {@code tenant-sso}. */
    @Override
    public String getReferenceCategory() {
        return ConditionalAuthenticatorFactory.REFERENCE_CATEGORY;
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return TenantPolicyCondition.INSTANCE;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return TenantPolicyCondition.INSTANCE;
    }

    @Override
    public String getId() {
        return ID;
    }
}
