package io.github.tenantsso.revocation;

import java.util.Objects;

/**
 * What revocation does to one session.
 */
public sealed interface SessionFate {

    /** The session carries the revoked access: it ends, online or offline, and its refresh tokens with it. */
    record End() implements SessionFate {}

    /**
     * The session never was in the tenant the user left, so it stays, but it must never provision the user into that
     * tenant again (session exchange): the removal is newer than the sign-in.
     */
    record Remember(String leftTenant) implements SessionFate {
        public Remember {
            Objects.requireNonNull(leftTenant);
        }
    }

    /** The session has nothing to do with what was revoked. */
    record Keep() implements SessionFate {}
}
