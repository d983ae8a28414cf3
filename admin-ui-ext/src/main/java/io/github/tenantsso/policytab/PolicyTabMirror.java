package io.github.tenantsso.policytab;

import io.github.tenantsso.policy.RoutingPolicy;
import java.util.List;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ui.extend.UiTabProvider;

/**
 * Keeps the tab's component equal to the stored policy, whoever changed it (admin API, import, the tab itself), so
 * that the tab never shows a stale form. Writing a component that already shows the policy is skipped, which also
 * ends the round trip of a change made through the tab.
 */
final class PolicyTabMirror {

    private PolicyTabMirror() {}

    static void follow(KeycloakSession session, String realmId, RoutingPolicy policy) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        List<ComponentModel> tabs = tabs(realm);
        if (tabs.isEmpty()) {
            ComponentModel tab = new ComponentModel();
            tab.setName(RoutingPolicyTab.ID);
            tab.setProviderId(RoutingPolicyTab.ID);
            tab.setProviderType(UiTabProvider.class.getName());
            tab.setParentId(realm.getId());
            tab.setConfig(new MultivaluedHashMap<>(PolicyForm.write(policy)));
            realm.addComponentModel(tab);
            return;
        }
        correct(tabs, realm, policy);
    }

    /** Makes the realm's existing tab components show the policy, creating none. */
    static void correct(RealmModel realm, RoutingPolicy policy) {
        correct(tabs(realm), realm, policy);
    }

    private static void correct(List<ComponentModel> tabs, RealmModel realm, RoutingPolicy policy) {
        for (ComponentModel tab : tabs) {
            if (!PolicyForm.shows(tab.getConfig(), policy)) {
                tab.setConfig(new MultivaluedHashMap<>(PolicyForm.write(policy)));
                realm.updateComponent(tab);
            }
        }
    }

    private static List<ComponentModel> tabs(RealmModel realm) {
        return realm.getComponentsStream(realm.getId(), UiTabProvider.class.getName())
                .filter(component -> RoutingPolicyTab.ID.equals(component.getProviderId()))
                .toList();
    }
}
