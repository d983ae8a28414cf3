package io.github.tenantsso.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditQuery;
import io.github.tenantsso.audit.AuditQueryParams;
import io.github.tenantsso.audit.AuditTrail;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of an audit query, for the admin API and the portal alike: the query parameters read by
 * {@link AuditQueryParams} (a bad one is a 400 with its code), one page of the trail, as a JSON array or as JSON
 * lines.
 */
public final class AuditPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditPages() {}

    /** An event as the APIs show it. */
    public record Entry(
            String id,
            long time,
            String timestamp,
            String type,
            String action,
            String reason,
            List<String> tenantIds,
            String actorUserId,
            String actorClientId,
            String connection,
            Map<String, String> details) {

        static Entry of(AuditEvent event) {
            return new Entry(
                    event.id(),
                    event.time(),
                    Instant.ofEpochMilli(event.time()).toString(),
                    event.type().name(),
                    event.action(),
                    event.reason(),
                    event.tenantIds(),
                    event.actorUserId(),
                    event.actorClientId(),
                    event.connectionAlias(),
                    event.details());
        }
    }

    /** The request's query, or the 400 its first bad parameter gets. */
    public static AuditQuery query(MultivaluedMap<String, String> parameters, HttpHeaders headers) {
        AuditQueryParams.Outcome outcome = AuditQueryParams.parse(new AuditQueryParams.Input(
                parameters.getFirst("tenant"),
                parameters.get("type"),
                parameters.getFirst("from"),
                parameters.getFirst("to"),
                parameters.getFirst("first"),
                parameters.getFirst("max"),
                parameters.getFirst("format"),
                headers.getHeaderString(HttpHeaders.ACCEPT)));
        if (outcome instanceof AuditQueryParams.Invalid invalid) {
            throw ApiException.badRequest(invalid.code(), invalid.message(), invalid.field());
        }
        return ((AuditQueryParams.Parsed) outcome).query();
    }

    public static Response page(AuditTrail trail, AuditQuery query) {
        List<Entry> entries = trail.page(query).stream().map(Entry::of).toList();
        if (query.format() == AuditQuery.Format.JSON) {
            return Response.ok(entries, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput lines = (OutputStream out) -> {
            for (Entry entry : entries) {
                out.write(JSON.writeValueAsBytes(entry));
                out.write('\n');
            }
        };
        return Response.ok(lines, AuditQueryParams.JSON_LINES + ";charset=" + StandardCharsets.UTF_8.name())
                .build();
    }
}
