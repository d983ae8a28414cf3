package io.github.tenantsso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the audit query's parameters over generated requests, good and bad values mixed (fixed seed, so a
 * failure names its input and reproduces).
 */
class AuditQueryParamsPropertiesTest {

    /** A generated request and the codes its bad values may be refused with; none for a good request. */
    record Case(AuditQueryParams.Input input, Set<String> badCodes) {}

    static Stream<Case> cases() {
        Random random = new Random(20261208L);
        return IntStream.range(0, 1000).mapToObj(i -> {
            List<String> bad = new ArrayList<>();
            String tenant = pick(random, bad, "invalid_tenant", null, "t-" + random.nextInt(50), "", "x".repeat(40));
            List<String> types = new ArrayList<>();
            int typeCount = random.nextInt(3);
            for (int t = 0; t < typeCount; t++) {
                types.add(
                        random.nextInt(8) == 0
                                ? "BOGUS"
                                : AuditType.values()[random.nextInt(AuditType.values().length)].name());
            }
            if (types.contains("BOGUS")) {
                bad.add("invalid_type");
            }
            long a = random.nextInt(1_000_000);
            long b = random.nextInt(1_000_000);
            String from = pick(random, bad, "invalid_time", null, Long.toString(a), "soon", "-5");
            String to = pick(random, bad, "invalid_time", null, Long.toString(b), "1.5");
            boolean timesGood = !bad.contains("invalid_time");
            long fromValue = from == null ? 0 : a;
            long toValue = to == null ? Long.MAX_VALUE : b;
            if (timesGood && fromValue >= toValue) {
                bad.add("invalid_time_range");
            }
            String first = pick(
                    random, bad, "invalid_first", null, Integer.toString(random.nextInt(10_001)), "-1", "10001", "x");
            String max =
                    pick(random, bad, "invalid_max", null, Integer.toString(1 + random.nextInt(1000)), "0", "1001");
            String format = pick(random, bad, "invalid_format", null, random.nextBoolean() ? "json" : "jsonl", "xml");
            return new Case(
                    new AuditQueryParams.Input(
                            tenant,
                            types,
                            from,
                            to,
                            first,
                            max,
                            format,
                            random.nextBoolean() ? "application/x-ndjson" : null),
                    Set.copyOf(bad));
        });
    }

    /** Absent, the good value, or one of the bad ones (noting its code). */
    private static String pick(
            Random random, List<String> bad, String code, String absent, String good, String... bads) {
        int roll = random.nextInt(6);
        if (roll == 0) {
            return absent;
        }
        if (roll == 1) {
            bad.add(code);
            return bads[random.nextInt(bads.length)];
        }
        return good;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aRequestIsReadExactlyWhenNoValueIsBadAndIsRefusedWithTheCodeOfOneOfItsBadValues(Case c) {
        AuditQueryParams.Outcome outcome = AuditQueryParams.parse(c.input());

        if (c.badCodes().isEmpty()) {
            assertThat(outcome).isInstanceOf(AuditQueryParams.Parsed.class);
            AuditQuery query = ((AuditQueryParams.Parsed) outcome).query();
            assertThat(query.from()).isLessThan(query.to());
            assertThat(query.first()).isBetween(0, AuditQueryParams.MAX_FIRST);
            assertThat(query.max()).isBetween(1, AuditQueryParams.MAX_MAX);
            assertThat(query.types()).allMatch(type -> c.input().types().contains(type.name()));
            assertThat(query.tenantId().orElse(null)).isEqualTo(c.input().tenant());
        } else {
            assertThat(outcome).isInstanceOf(AuditQueryParams.Invalid.class);
            assertThat(((AuditQueryParams.Invalid) outcome).code()).isIn(c.badCodes());
        }
    }
}
