package io.github.tenantsso.portal;

/**
 * Who may call the portal API, and for which tenant. The token itself (signature, expiry, active session) is checked
 * by Keycloak before; this decides what its verdict means here. A tenant the caller does not administer is hidden:
 * the same answer whether it exists or not, so the portal tells nobody which tenants there are.
 */
public final class PortalAccess {

    private PortalAccess() {}

    /** What Keycloak's own verification made of the request's bearer token. */
    public enum Token {
        MISSING,
        /** Malformed, badly signed, expired, of another realm, not an access token, or of an ended session. */
        REJECTED,
        ACCEPTED
    }

    /** @param authorizedParty the token's {@code azp}: the client it was issued to */
    public record CallerInput(Token token, String authorizedParty) {}

    public sealed interface CallerOutcome {}

    public record Authenticated() implements CallerOutcome {}

    public record Unauthenticated(Reason reason) implements CallerOutcome {}

    public enum Reason {
        NO_TOKEN,
        INVALID_TOKEN,
        /** A valid token of the realm, issued to another client than the portal's. */
        OTHER_CLIENT
    }

    public static CallerOutcome caller(CallerInput input) {
        return switch (input.token()) {
            case MISSING -> new Unauthenticated(Reason.NO_TOKEN);
            case REJECTED -> new Unauthenticated(Reason.INVALID_TOKEN);
            case ACCEPTED ->
                PortalClient.CLIENT_ID.equals(input.authorizedParty())
                        ? new Authenticated()
                        : new Unauthenticated(Reason.OTHER_CLIENT);
        };
    }

    /**
     * @param tenantExists whether the realm (with organizations on) has a tenant of the id asked for
     * @param tenantEnabled whether that tenant is enabled: a tenant the vendor suspended is not administered
     * @param callerAdministers whether the pack holds a tenant admin grant of the caller for it
     * @param callerIsMember whether the caller is a member of it: only members administer a tenant
     */
    public record TenantInput(
            boolean tenantExists, boolean tenantEnabled, boolean callerAdministers, boolean callerIsMember) {}

    public sealed interface TenantOutcome {}

    public record Administers() implements TenantOutcome {}

    public record Hidden() implements TenantOutcome {}

    public static TenantOutcome tenant(TenantInput input) {
        return input.tenantExists() && input.tenantEnabled() && input.callerAdministers() && input.callerIsMember()
                ? new Administers()
                : new Hidden();
    }
}
