package io.github.tenantsso.tenantadmin;

/**
 * Whether an actor may appoint or remove a tenant admin, once the caller is known to administer the tenant (a realm
 * admin through the admin API, a tenant admin of that very tenant through the portal). Nobody raises their own
 * rights: an appointment of oneself is refused, whoever asks.
 */
public final class Appointment {

    private Appointment() {}

    public enum Change {
        APPOINT,
        REMOVE
    }

    /**
     * @param targetIsMember whether the user to appoint or remove is a member of the tenant; false too for an id that
     *     names no user, so that the answer does not tell the two apart
     * @param targetIsAdmin whether that user already administers the tenant
     */
    public record Input(
            Change change, String actorId, String targetId, boolean targetIsMember, boolean targetIsAdmin) {}

    public sealed interface Outcome {}

    /** Store the grant. */
    public record Grant() implements Outcome {}

    /** End the grant. */
    public record Revoke() implements Outcome {}

    /** Nothing to change: the user is an admin already. */
    public record Unchanged() implements Outcome {}

    public record Refused(Reason reason) implements Outcome {}

    public enum Reason {
        /** The actor named themselves as the new admin. */
        SELF_APPOINTMENT,
        /** Only members of the tenant administer it. */
        NOT_A_MEMBER,
        /** The user to remove is no admin of the tenant. */
        NOT_AN_ADMIN
    }

    public static Outcome decide(Input input) {
        return switch (input.change()) {
            case APPOINT -> appoint(input);
            case REMOVE -> input.targetIsAdmin() ? new Revoke() : new Refused(Reason.NOT_AN_ADMIN);
        };
    }

    private static Outcome appoint(Input input) {
        if (input.actorId() != null && input.actorId().equals(input.targetId())) {
            return new Refused(Reason.SELF_APPOINTMENT);
        }
        if (!input.targetIsMember()) {
            return new Refused(Reason.NOT_A_MEMBER);
        }
        return input.targetIsAdmin() ? new Unchanged() : new Grant();
    }
}
