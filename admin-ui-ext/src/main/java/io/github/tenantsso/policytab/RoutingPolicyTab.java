package io.github.tenantsso.policytab;

import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.policy.RoutingPolicyStored;
import io.github.tenantsso.write.AdminEvents;
import io.github.tenantsso.write.PolicyWrites;
import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.services.ui.extend.UiTabProviderFactory;

/**
 * The realm settings tab "Tenant SSO" of the admin console (Keycloak's declarative UI). The console stores the form
 * as a component of the realm; this factory checks and stores it through {@link PolicyWrites}, the admin API's own
 * service, and {@link PolicyTabMirror} writes every store of the policy back into the component, so the tab always
 * shows the policy in force. The component is a view: the pack's table is the policy's one store.
 */
public final class RoutingPolicyTab implements UiTabProvider, UiTabProviderFactory<ComponentModel> {

    /** The component's provider id, which the console also shows as the tab's title. */
    public static final String ID = "Tenant SSO";

    static final String ROUTE_TAB = "tenant-sso";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Routing policy of the Tenant SSO pack for this realm.";
    }

    @Override
    public String getPath() {
        return "/:realm/realm-settings/:tab?";
    }

    @Override
    public Map<String, String> getParams() {
        return Map.of("tab", ROUTE_TAB);
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        RoutingPolicy defaults = RoutingPolicy.DEFAULT;
        return ProviderConfigurationBuilder.create()
                .property()
                .name(PolicyForm.CROSS_TENANT_DOMAIN_SHARING)
                .label("Cross-tenant domain sharing")
                .helpText("Whether several organizations may verify the same e-mail domain. It can be turned off only"
                        + " while no domain is verified by more than one organization.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue(Boolean.toString(defaults.crossTenantDomainSharing()))
                .add()
                .property()
                .name(PolicyForm.AMBIGUOUS_NEW_USER)
                .label("Ambiguous new user")
                .helpText(
                        "A new user of a domain several organizations verified, without a tenant hint: BLOCK asks for the"
                                + " organization's own sign-in link; FIRST_CREATED sends them to the organization whose claim came first.")
                .type(ProviderConfigProperty.LIST_TYPE)
                .options(names(AmbiguousNewUser.values()))
                .defaultValue(defaults.ambiguousNewUser().name())
                .add()
                .property()
                .name(PolicyForm.ACTIVE_TENANT_LOGIN)
                .label("Active tenant login")
                .helpText("An existing user of a shared domain goes to the organization they last signed in to.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue(Boolean.toString(defaults.activeTenantLogin()))
                .add()
                .property()
                .name(PolicyForm.HINT_PARAMETER)
                .label("Tenant hint parameter")
                .helpText(
                        "Name of the authorization request (and login page) parameter that names the organization, by id or alias.")
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(defaults.hintParameter())
                .add()
                .build();
    }

    /** Checks the form as the admin API checks a PUT, and stores it in the one form the tab reads back. */
    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) {
        PolicyWrites.Outcome outcome;
        try {
            outcome = writes(session, realm).check(PolicyForm.patch(model.getConfig()));
        } catch (IllegalArgumentException e) {
            throw new ComponentValidationException(e.getMessage());
        }
        model.setName(ID);
        model.setConfig(new MultivaluedHashMap<>(PolicyForm.write(accepted(outcome))));
    }

    @Override
    public void onCreate(KeycloakSession session, RealmModel realm, ComponentModel model) {
        store(session, realm, model);
    }

    @Override
    public void onUpdate(KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
        store(session, realm, newModel);
    }

    /** Keycloak records the component's own admin event, so the write records none. */
    private static void store(KeycloakSession session, RealmModel realm, ComponentModel model) {
        accepted(writes(session, realm)
                .change(PolicyForm.patch(model.getConfig()), AdminEvents.NONE, System.currentTimeMillis()));
    }

    private static PolicyWrites writes(KeycloakSession session, RealmModel realm) {
        return new PolicyWrites(session.getProvider(TenantSso.class), realm);
    }

    private static RoutingPolicy accepted(PolicyWrites.Outcome outcome) {
        if (outcome instanceof PolicyWrites.Invalid invalid) {
            throw new ComponentValidationException(invalid.message());
        }
        if (outcome instanceof PolicyWrites.DomainsShared shared) {
            throw new ComponentValidationException(
                    "Domain sharing cannot be turned off while these domains are verified by more than one"
                            + " organization; remove the extra claims first: " + String.join(", ", shared.domains())
                            + ".");
        }
        return ((PolicyWrites.Accepted) outcome).policy();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RoutingPolicyStored stored) {
                PolicyTabMirror.follow(stored.session(), stored.realmId(), stored.policy());
            } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
                // A realm import brings the source's component without storing it (Keycloak's import calls no
                // onCreate).
                RealmModel realm = created.getCreatedRealm();
                PolicyTabMirror.correct(
                        realm,
                        created.getKeycloakSession()
                                .getProvider(TenantSso.class)
                                .policies()
                                .get(realm.getId()));
            }
        });
    }

    private static String[] names(AmbiguousNewUser[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void close() {}
}
