package io.github.tenantsso.wiring;

import io.github.tenantsso.common.Ids;
import org.keycloak.models.RealmModel;

/**
 * Realm attributes that change whenever the realm's routing data ({@link #ATTRIBUTE}) or its routing policy
 * ({@link #POLICY_ATTRIBUTE}) changes. Realm attributes travel through Keycloak's realm cache, whose invalidations
 * reach every node of a cluster, so a node compares these values with the ones its index and its policy copy were
 * read at instead of asking the database on every login. Two versions, so that a policy change does not make nodes
 * look for routing changes and a routing change does not make them read the policy.
 */
public final class ModelVersion {

    public static final String ATTRIBUTE = "tenant-sso.model-version";
    public static final String POLICY_ATTRIBUTE = "tenant-sso.policy-version";

    private ModelVersion() {}

    public static String of(RealmModel realm) {
        return orEmpty(realm.getAttribute(ATTRIBUTE));
    }

    static String policyOf(RealmModel realm) {
        return orEmpty(realm.getAttribute(POLICY_ATTRIBUTE));
    }

    /**
     * Gives a realm both versions if it has none yet. Later changes then update an existing row of Keycloak's realm
     * attributes, which concurrent transactions take in turn; two first changes racing would both insert it, and the
     * later commit would fail on the duplicate.
     */
    static void ensure(RealmModel realm) {
        if (realm.getAttribute(ATTRIBUTE) == null) {
            bump(realm);
        }
        if (realm.getAttribute(POLICY_ATTRIBUTE) == null) {
            bumpPolicy(realm);
        }
    }

    static void bump(RealmModel realm) {
        realm.setAttribute(ATTRIBUTE, Ids.newId());
    }

    static void bumpPolicy(RealmModel realm) {
        realm.setAttribute(POLICY_ATTRIBUTE, Ids.newId());
    }

    private static String orEmpty(String version) {
        return version == null ? "" : version;
    }
}
