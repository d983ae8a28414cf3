package io.github.tenantsso.revocation;

import java.util.Objects;

/**
 * Access that was taken back, and so must end in the sessions that still carry it.
 */
public sealed interface Revoked {

    /**
     * A user left a tenant (an admin removed them, or a severed trust took back the membership it provisioned).
     *
     * @param wasActiveTenant whether it was the user's active tenant, which a session without a tenant of its own (a
     *                        password login) is in
     */
    record Membership(String tenant, boolean wasActiveTenant) implements Revoked {
        public Membership {
            Objects.requireNonNull(tenant);
        }
    }

    /** A tenant no longer trusts a connection: the trust was severed, or the connection deleted or moved. */
    record Trust(String trustingTenant, String connection) implements Revoked {
        public Trust {
            Objects.requireNonNull(trustingTenant);
            Objects.requireNonNull(connection);
        }
    }
}
