package io.github.tenantsso.trust;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.tenantsso.landing.SessionNotes;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.UserSessionProvider;

/**
 * Severing a trust ends what it granted: every session, online or offline, that signed in through the connection and
 * was ever in the trusting tenant. Their refresh and offline tokens stop working with them.
 */
public final class TrustRevocation {

    private TrustRevocation() {
    }

    /** @return how many sessions (online and offline) were ended */
    public static int revoke(KeycloakSession session, RealmModel realm, String trustingTenantId, String connectionAlias) {
        Predicate<UserSessionModel> granted = userSession -> connectionAlias.equals(userSession.getNote(SessionNotes.CONNECTION))
                && SessionNotes.contains(userSession.getNote(SessionNotes.TENANTS), trustingTenantId);
        UserSessionProvider sessions = session.sessions();
        // Only users linked to the connection can have signed in through it: Keycloak finds them by its index.
        List<UserModel> linked = session.users().searchForUserStream(realm, Map.of(UserModel.IDP_ALIAS, connectionAlias)).toList();
        int revoked = 0;
        for (UserModel user : linked) {
            for (UserSessionModel online : sessions.getUserSessionsStream(realm, user).filter(granted).toList()) {
                sessions.removeUserSession(realm, online);
                revoked++;
            }
            for (UserSessionModel offline : sessions.getOfflineUserSessionsStream(realm, user).filter(granted).toList()) {
                sessions.removeOfflineUserSession(realm, offline);
                revoked++;
            }
        }
        return revoked;
    }
}
