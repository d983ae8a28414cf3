package io.github.tenantsso.authenticators.routing;

import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the e-mail step settled, kept in the authentication session (server-side, whatever a page posts): the e-mail
 * the default method may sign in, written only where the decision sends the login there, and the e-mail of a BLOCK
 * page, whose "continue with a password" is the only way on from it. Every new decision clears both first.
 */
final class SettledEmail {

    private static final String DEFAULT_METHOD_NOTE = "tenant-sso.default-method-email";
    private static final String BLOCKED_NOTE = "tenant-sso.blocked-email";

    private SettledEmail() {}

    static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(DEFAULT_METHOD_NOTE);
        authSession.removeAuthNote(BLOCKED_NOTE);
    }

    static void forDefaultMethod(AuthenticationSessionModel authSession, String email) {
        authSession.removeAuthNote(BLOCKED_NOTE);
        authSession.setAuthNote(DEFAULT_METHOD_NOTE, email);
    }

    static void blocked(AuthenticationSessionModel authSession, String email) {
        authSession.setAuthNote(BLOCKED_NOTE, email);
    }

    /** The e-mail the default method may sign in, if the e-mail step sent the login there. */
    static Optional<String> of(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(DEFAULT_METHOD_NOTE));
    }

    /** The e-mail of the BLOCK page the login is on, if it is on one. */
    static Optional<String> blockedEmail(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(BLOCKED_NOTE));
    }
}
