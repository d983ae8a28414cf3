package io.github.tenantsso.importexport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.tenantsso.common.Excerpt;
import io.github.tenantsso.model.ImportLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pack documents strictly (a misspelt field is an error, not a silent default) and within {@link ImportLimits}:
 * the size is checked before parsing and the entries are counted while parsing, so that an oversized document is
 * refused before it costs memory. Also writes them.
 */
public final class PackDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Reads entries in the middle of the document, where the root's trailing-token check does not apply. */
    private static final ObjectMapper ENTRY = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final int MAX_ERROR_CHARS = 200;

    private PackDocuments() {}

    /** Reads at most {@code limits.maxBytes()} bytes of {@code body}, refusing a longer one without reading it all. */
    public static PackDocument read(InputStream body, ImportLimits limits) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > limits.maxBytes()) {
                    throw tooLarge(limits);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(bytes.toByteArray(), limits);
    }

    public static PackDocument parse(String json, ImportLimits limits) {
        return parse(json.getBytes(StandardCharsets.UTF_8), limits);
    }

    static PackDocument parse(byte[] json, ImportLimits limits) {
        if (json.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidPackDocumentException(
                        ImportProblem.invalid(null, "The tenant-sso document must be a JSON object."));
            }
            Entries entries = new Entries(limits.maxEntries());
            PackDocument.Policy policy = null;
            List<PackDocument.Domain> domains = List.of();
            List<PackDocument.Connection> connections = List.of();
            List<PackDocument.Trust> trusts = List.of();
            List<PackDocument.Membership> memberships = List.of();
            List<PackDocument.ActiveTenant> activeTenants = List.of();
            List<PackDocument.TenantPolicy> tenantPolicies = List.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "policy" ->
                        policy = parser.currentToken() == JsonToken.VALUE_NULL
                                ? null
                                : entry(parser, "policy", PackDocument.Policy.class);
                    case "domains" -> domains = entries.read(parser, field, PackDocument.Domain.class);
                    case "connections" -> connections = entries.read(parser, field, PackDocument.Connection.class);
                    case "trusts" -> trusts = entries.read(parser, field, PackDocument.Trust.class);
                    case "memberships" -> memberships = entries.read(parser, field, PackDocument.Membership.class);
                    case "activeTenants" ->
                        activeTenants = entries.read(parser, field, PackDocument.ActiveTenant.class);
                    case "tenantPolicies" ->
                        tenantPolicies = entries.read(parser, field, PackDocument.TenantPolicy.class);
                    default ->
                        throw new InvalidPackDocumentException(ImportProblem.invalid(
                                null, "Unknown field '" + Excerpt.of(field) + "' in the tenant-sso document."));
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidPackDocumentException(
                        ImportProblem.invalid(null, "The tenant-sso document has content after its end."));
            }
            return new PackDocument(policy, domains, connections, trusts, memberships, activeTenants, tenantPolicies);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPackDocumentException(ImportProblem.invalid(
                    null, "Unknown field '" + Excerpt.of(e.getPropertyName()) + "' in the tenant-sso document."));
        } catch (JsonProcessingException e) {
            throw new InvalidPackDocumentException(ImportProblem.invalid(
                    null, "The tenant-sso document is not valid JSON: " + bounded(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(PackDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the entries of all the arrays against one limit while reading them. */
    private static final class Entries {

        private final int max;
        private int count;

        Entries(int max) {
            this.max = max;
        }

        <T> List<T> read(JsonParser parser, String field, Class<T> type) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InvalidPackDocumentException(ImportProblem.invalid(field, "must be an array."));
            }
            List<T> values = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (++count > max) {
                    throw new InvalidPackDocumentException(
                            ImportProblem.of(
                                    ImportProblem.Code.TOO_MANY_ENTRIES,
                                    field,
                                    "the document has more than " + max
                                            + " entries (domains, connections, trusts, memberships, active tenants and tenant policies together)."));
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new InvalidPackDocumentException(
                            ImportProblem.invalid(field + "[" + values.size() + "]", "must be an object."));
                }
                values.add(entry(parser, field + "[" + values.size() + "]", type));
            }
            return values;
        }
    }

    /** One entry, read in place: errors name the entry and its field, not the Java types behind them. */
    private static <T> T entry(JsonParser parser, String where, Class<T> type) throws IOException {
        try {
            return ENTRY.readValue(parser, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPackDocumentException(
                    ImportProblem.invalid(where, "unknown field '" + Excerpt.of(e.getPropertyName()) + "'."));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty()
                            || e.getPath().get(e.getPath().size() - 1).getFieldName() == null
                    ? where
                    : where + "." + e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new InvalidPackDocumentException(ImportProblem.invalid(field, "has the wrong type."));
        }
    }

    private static InvalidPackDocumentException tooLarge(ImportLimits limits) {
        return new InvalidPackDocumentException(ImportProblem.of(
                ImportProblem.Code.DOCUMENT_TOO_LARGE,
                null,
                "The tenant-sso document is larger than " + limits.maxBytes() + " bytes."));
    }

    private static String bounded(String message) {
        return message == null || message.length() <= MAX_ERROR_CHARS
                ? message
                : message.substring(0, MAX_ERROR_CHARS) + "...";
    }
}
