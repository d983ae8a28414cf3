package io.github.tenantsso.connection;

/**
 * Whether an identity provider can be bound to the organization a caller names: Keycloak's own link between identity
 * provider and organization decides who owns a connection, so a provider linked to one organization is never bound to
 * another, and an unlinked one needs an organization to be linked to.
 */
public final class ConnectionLink {

    private ConnectionLink() {}

    public sealed interface Outcome {}

    /** Not linked yet: link it to this organization. */
    public record Link(String organizationId) implements Outcome {}

    /** Linked to the organization named, or none was named: the binding stays where it is. */
    public record Keep(String organizationId) implements Outcome {}

    public record OrganizationMissing() implements Outcome {}

    public record OwnedElsewhere(String ownerId) implements Outcome {}

    /**
     * @param linkedTo  the organization Keycloak links the identity provider to, or {@code null}
     * @param requested the organization the caller names, or {@code null} for the one it is linked to
     */
    public static Outcome decide(String linkedTo, String requested) {
        if (linkedTo == null) {
            return requested == null ? new OrganizationMissing() : new Link(requested);
        }
        return requested == null || requested.equals(linkedTo) ? new Keep(linkedTo) : new OwnedElsewhere(linkedTo);
    }
}
