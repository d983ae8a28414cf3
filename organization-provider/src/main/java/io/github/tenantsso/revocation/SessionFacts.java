package io.github.tenantsso.revocation;

import java.util.Optional;
import java.util.Set;

/**
 * What revocation reads from one Keycloak session (its notes, see {@code SessionNotes}).
 *
 * @param tenant     the session's current tenant; empty for a session that never landed (a password login)
 * @param tenants    every tenant the session has been in
 * @param connection the connection the session signed in through; empty for a password login
 */
public record SessionFacts(Optional<String> tenant, Set<String> tenants, Optional<String> connection) {

    public SessionFacts {
        tenants = Set.copyOf(tenants);
    }
}
