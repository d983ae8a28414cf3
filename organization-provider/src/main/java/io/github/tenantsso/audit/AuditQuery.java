package io.github.tenantsso.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A page of a realm's audit trail, newest first.
 *
 * @param tenantId only the events concerning this tenant, if given
 * @param types only events of these types; empty for all
 * @param from the earliest time, in epoch milliseconds, inclusive
 * @param to the latest time, in epoch milliseconds, exclusive
 */
public record AuditQuery(
        Optional<String> tenantId, Set<AuditType> types, long from, long to, int first, int max, Format format) {

    public enum Format {
        /** A JSON array. */
        JSON,
        /** JSON lines ({@code application/x-ndjson}): one event per line, for export to a SIEM. */
        JSONL
    }

    public AuditQuery {
        Objects.requireNonNull(tenantId);
        types = Set.copyOf(types);
        Objects.requireNonNull(format);
    }

    /** The same query, for one tenant whatever it asked: the portal's. */
    public AuditQuery forTenant(String tenant) {
        return new AuditQuery(Optional.of(tenant), types, from, to, first, max, format);
    }
}
