package io.github.tenantsso.model;

import org.keycloak.models.RealmModel;

/**
 * A realm attribute that changes whenever the realm's routing data changes. Realm attributes travel through
 * Keycloak's realm cache, whose invalidations reach every node of a cluster, so a node compares this value with the
 * one its in-memory index was built for instead of asking the database on every login.
 */
public final class ModelVersion {

    public static final String ATTRIBUTE = "tenant-sso.model-version";

    private ModelVersion() {
    }

    public static String of(RealmModel realm) {
        String version = realm.getAttribute(ATTRIBUTE);
        return version == null ? "" : version;
    }

    static void bump(RealmModel realm) {
        realm.setAttribute(ATTRIBUTE, Ids.newId());
    }
}
