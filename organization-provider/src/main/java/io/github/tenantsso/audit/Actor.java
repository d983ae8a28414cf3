package io.github.tenantsso.audit;

/**
 * Who made a change or a login step: a user and the client they used. {@link #NONE} is the cluster itself (a DNS
 * re-check) or a login step before the user is known.
 */
public record Actor(String userId, String clientId) {

    public static final Actor NONE = new Actor(null, null);
}
