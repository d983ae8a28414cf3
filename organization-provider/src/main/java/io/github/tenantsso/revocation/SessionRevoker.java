package io.github.tenantsso.revocation;

import io.github.tenantsso.common.SessionNotes;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.UserSessionProvider;

/**
 * Applies {@link SessionRevocation} to every session of one user, online and offline: ends the sessions it says,
 * and notes a left tenant on the others. An ended session's refresh and offline tokens fail with
 * {@code invalid_grant} from then on, and the pack's endpoints refuse its access tokens (401).
 */
public final class SessionRevoker {

    private SessionRevoker() {}

    /** @return how many sessions (online and offline) ended */
    public static int revoke(KeycloakSession session, RealmModel realm, UserModel user, Revoked revoked) {
        UserSessionProvider sessions = session.sessions();
        int ended = 0;
        for (UserSessionModel online :
                sessions.getUserSessionsStream(realm, user).toList()) {
            if (ends(online, revoked)) {
                sessions.removeUserSession(realm, online);
                ended++;
            }
        }
        for (UserSessionModel offline :
                sessions.getOfflineUserSessionsStream(realm, user).toList()) {
            if (ends(offline, revoked)) {
                sessions.removeOfflineUserSession(realm, offline);
                ended++;
            }
        }
        return ended;
    }

    private static boolean ends(UserSessionModel userSession, Revoked revoked) {
        SessionFacts facts = new SessionFacts(
                Optional.ofNullable(userSession.getNote(SessionNotes.TENANT)),
                SessionNotes.tenants(userSession.getNote(SessionNotes.TENANTS)),
                Optional.ofNullable(userSession.getNote(SessionNotes.CONNECTION)));
        SessionFate fate = SessionRevocation.decide(facts, revoked);
        if (fate instanceof SessionFate.Remember remember) {
            userSession.setNote(
                    SessionNotes.LEFT,
                    SessionNotes.withTenant(userSession.getNote(SessionNotes.LEFT), remember.leftTenant()));
        }
        return fate instanceof SessionFate.End;
    }
}
