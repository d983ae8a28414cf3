package io.github.tenantsso.model;

import java.util.List;

/**
 * Domain sharing cannot be turned off while these domains are verified by more than one tenant.
 */
public final class DomainsStillSharedException extends RuntimeException {

    private final List<String> domains;

    DomainsStillSharedException(List<String> domains) {
        super("Domain sharing cannot be turned off while these domains are verified by more than one organization;"
                + " remove the extra claims first: " + String.join(", ", domains) + ".");
        this.domains = List.copyOf(domains);
    }

    public List<String> domains() {
        return domains;
    }
}
