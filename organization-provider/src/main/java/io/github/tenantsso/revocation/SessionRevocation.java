package io.github.tenantsso.revocation;

/**
 * Which sessions a revocation ends. A session is in a tenant if it landed or switched there at any time (its
 * refresh token was once issued for that tenant), or, for a session that never landed, if the tenant is the user's
 * active one (its tokens name the active tenant).
 * <ul>
 *   <li>A user leaving a tenant ends their sessions in it; their other sessions remember the removal, so exchange
 *   never provisions them back through a session older than the removal.</li>
 *   <li>A severed trust ends the sessions that signed in through the connection and were in the trusting tenant;
 *   sessions through the connection in other tenants stay.</li>
 * </ul>
 */
public final class SessionRevocation {

    private SessionRevocation() {}

    public static SessionFate decide(SessionFacts session, Revoked revoked) {
        if (revoked instanceof Revoked.Membership membership) {
            boolean in = session.tenants().contains(membership.tenant())
                    || session.tenant().isEmpty() && membership.wasActiveTenant();
            return in ? new SessionFate.End() : new SessionFate.Remember(membership.tenant());
        }
        Revoked.Trust trust = (Revoked.Trust) revoked;
        boolean granted =
                session.connection().filter(trust.connection()::equals).isPresent()
                        && session.tenants().contains(trust.trustingTenant());
        return granted ? new SessionFate.End() : new SessionFate.Keep();
    }
}
