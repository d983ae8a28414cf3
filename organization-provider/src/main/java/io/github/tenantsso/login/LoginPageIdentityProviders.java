package io.github.tenantsso.login;

import io.github.tenantsso.model.TenantSso;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.keycloak.forms.login.freemarker.model.IdentityProviderBean;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderStorageProvider;
import org.keycloak.models.IdentityProviderStorageProvider.FetchMode;
import org.keycloak.models.OrganizationModel;

/**
 * The identity providers a login page offers: the realm's own (linked to no organization and bound to no tenant by
 * the pack), which Keycloak keeps as one cached list, plus the connections of the login's tenant if it is known.
 * Another tenant's connection is never offered, and no per-tenant list is read: the page costs the same at 10 tenants
 * as at 100,000. Keycloak's filters still apply (enabled, not link-only, not hidden on login pages).
 */
final class LoginPageIdentityProviders extends IdentityProviderBean {

    LoginPageIdentityProviders(IdentityProviderBean keycloaks) {
        super(keycloaks.getSession(), keycloaks.getRealm(), keycloaks.getBaseURI(), keycloaks.getFlowContext());
    }

    /** Computed when a template first lists the providers, as Keycloak's own bean does. */
    @Override
    public List<IdentityProvider> getProviders() {
        if (providers == null) {
            OrganizationModel tenant = LoginTenant.of(session).orElse(null);
            String linking = getExistingIDP(session, context);
            Stream<IdentityProviderModel> realmOwn = session.identityProviders()
                    .getForLogin(FetchMode.REALM_ONLY, null)
                    .filter(idp -> idp.getOrganizationId() == null && !boundToATenant(idp));
            Stream<IdentityProviderModel> tenantOwn = tenant == null
                    ? Stream.empty()
                    : tenant.getIdentityProviders()
                            .filter(IdentityProviderStorageProvider.LoginFilter.getLoginPredicate());
            providers = Stream.concat(realmOwn, tenantOwn)
                    .filter(idp -> !Objects.equals(linking, idp.getAlias()))
                    .map(idp -> createIdentityProvider(realm, baseURI, idp))
                    .sorted(IDP_COMPARATOR_INSTANCE)
                    .toList();
        }
        return providers;
    }

    /** A binding whose link in Keycloak is missing still makes the provider a tenant's connection. */
    private boolean boundToATenant(IdentityProviderModel idp) {
        return session.getProvider(TenantSso.class)
                .connections(realm)
                .find(idp.getAlias())
                .isPresent();
    }
}
