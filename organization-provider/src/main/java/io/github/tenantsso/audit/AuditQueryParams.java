package io.github.tenantsso.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of an audit query: each bad value is refused with its own code, naming the parameter.
 */
public final class AuditQueryParams {

    public static final int DEFAULT_MAX = 100;
    public static final int MAX_MAX = 1000;
    /** Beyond this offset, narrow the time range instead: a deep offset costs the database the rows it skips. */
    public static final int MAX_FIRST = 10_000;

    public static final String JSON_LINES = "application/x-ndjson";
    private static final int MAX_TENANT_LENGTH = 36;

    private AuditQueryParams() {}

    /**
     * The parameters as the request gave them, each {@code null} when absent.
     *
     * @param types the values of {@code type}, each possibly a comma-separated list
     * @param accept the request's {@code Accept} header
     */
    public record Input(
            String tenant,
            List<String> types,
            String from,
            String to,
            String first,
            String max,
            String format,
            String accept) {
        public Input {
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    /** The error codes of the 400 answers, one per parameter (and one for a range that ends before it starts). */
    public enum Code {
        INVALID_TENANT,
        INVALID_TYPE,
        INVALID_TIME,
        INVALID_TIME_RANGE,
        INVALID_FIRST,
        INVALID_MAX,
        INVALID_FORMAT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public sealed interface Outcome {}

    public record Parsed(AuditQuery query) implements Outcome {}

    /** @param code the error code of the 400 answer */
    public record Invalid(String code, String field, String message) implements Outcome {}

    private static final class Refused extends RuntimeException {
        private final transient Invalid invalid;

        Refused(Code code, String field, String message) {
            super(message, null, false, false);
            this.invalid = new Invalid(code.code(), field, message);
        }
    }

    public static Outcome parse(Input input) {
        try {
            long from = time(input.from(), "from", 0L);
            long to = time(input.to(), "to", Long.MAX_VALUE);
            if (from >= to) {
                throw new Refused(Code.INVALID_TIME_RANGE, "from", "from must be earlier than to.");
            }
            return new Parsed(new AuditQuery(
                    tenant(input.tenant()),
                    types(input.types()),
                    from,
                    to,
                    number(input.first(), "first", Code.INVALID_FIRST, 0, 0, MAX_FIRST),
                    number(input.max(), "max", Code.INVALID_MAX, DEFAULT_MAX, 1, MAX_MAX),
                    format(input.format(), input.accept())));
        } catch (Refused refused) {
            return refused.invalid;
        }
    }

    private static Optional<String> tenant(String tenant) {
        if (tenant == null) {
            return Optional.empty();
        }
        if (tenant.isBlank() || tenant.length() > MAX_TENANT_LENGTH) {
            throw new Refused(
                    Code.INVALID_TENANT,
                    "tenant",
                    "tenant must be a tenant id of 1 to " + MAX_TENANT_LENGTH + " characters.");
        }
        return Optional.of(tenant);
    }

    private static Set<AuditType> types(List<String> values) {
        Set<AuditType> types = EnumSet.noneOf(AuditType.class);
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                try {
                    types.add(AuditType.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new Refused(
                            Code.INVALID_TYPE,
                            "type",
                            "type must be one of "
                                    + Arrays.stream(AuditType.values())
                                            .map(Enum::name)
                                            .collect(Collectors.joining(", "))
                                    + ".");
                }
            }
        }
        return types;
    }

    /** An ISO-8601 instant ({@code 2026-12-08T02:00:00Z}) or epoch milliseconds. */
    private static long time(String value, String field, long absent) {
        if (value == null) {
            return absent;
        }
        try {
            if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(value);
            }
            return Instant.parse(value).toEpochMilli();
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new Refused(
                    Code.INVALID_TIME,
                    field,
                    field + " must be an ISO-8601 instant such as 2026-12-08T02:00:00Z or epoch milliseconds.");
        }
    }

    private static int number(String value, String field, Code code, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a number out of range is.
        }
        throw new Refused(code, field, field + " must be a whole number from " + min + " to " + max + ".");
    }

    private static AuditQuery.Format format(String format, String accept) {
        if (format == null) {
            return accept != null && accept.toLowerCase(Locale.ROOT).contains(JSON_LINES)
                    ? AuditQuery.Format.JSONL
                    : AuditQuery.Format.JSON;
        }
        return switch (format) {
            case "json" -> AuditQuery.Format.JSON;
            case "jsonl" -> AuditQuery.Format.JSONL;
            default -> throw new Refused(Code.INVALID_FORMAT, "format", "format must be json or jsonl.");
        };
    }
}
