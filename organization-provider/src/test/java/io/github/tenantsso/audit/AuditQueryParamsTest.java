package io.github.tenantsso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditQueryParamsTest {

    private static AuditQueryParams.Input input(
            String tenant, List<String> types, String from, String to, String first, String max, String format) {
        return new AuditQueryParams.Input(tenant, types, from, to, first, max, format, null);
    }

    private static AuditQuery parsed(AuditQueryParams.Input input) {
        AuditQueryParams.Outcome outcome = AuditQueryParams.parse(input);
        assertThat(outcome).isInstanceOf(AuditQueryParams.Parsed.class);
        return ((AuditQueryParams.Parsed) outcome).query();
    }

    private static AuditQueryParams.Invalid invalid(AuditQueryParams.Input input) {
        AuditQueryParams.Outcome outcome = AuditQueryParams.parse(input);
        assertThat(outcome).isInstanceOf(AuditQueryParams.Invalid.class);
        return (AuditQueryParams.Invalid) outcome;
    }

    @Test
    void withoutParametersAsksForTheNewestHundredOfEveryTypeAsJson() {
        AuditQuery query = parsed(input(null, null, null, null, null, null, null));

        assertThat(query.tenantId()).isEmpty();
        assertThat(query.types()).isEmpty();
        assertThat(query.from()).isZero();
        assertThat(query.to()).isEqualTo(Long.MAX_VALUE);
        assertThat(query.first()).isZero();
        assertThat(query.max()).isEqualTo(AuditQueryParams.DEFAULT_MAX);
        assertThat(query.format()).isEqualTo(AuditQuery.Format.JSON);
    }

    @Test
    void readsEveryParameter() {
        AuditQuery query = parsed(input(
                "t-1",
                List.of("LANDING,REFUSAL", "TRUST_CHANGE"),
                "2026-12-08T02:00:00Z",
                "1796698800000",
                "20",
                "5",
                "jsonl"));

        assertThat(query.tenantId()).contains("t-1");
        assertThat(query.types()).isEqualTo(EnumSet.of(AuditType.LANDING, AuditType.REFUSAL, AuditType.TRUST_CHANGE));
        assertThat(query.from()).isEqualTo(Instant.parse("2026-12-08T02:00:00Z").toEpochMilli());
        assertThat(query.to()).isEqualTo(1796698800000L);
        assertThat(query.first()).isEqualTo(20);
        assertThat(query.max()).isEqualTo(5);
        assertThat(query.format()).isEqualTo(AuditQuery.Format.JSONL);
    }

    @Test
    void anAcceptOfJsonLinesAsksForJsonLinesUnlessTheFormatSaysOtherwise() {
        assertThat(parsed(new AuditQueryParams.Input(null, null, null, null, null, null, null, "application/x-ndjson"))
                        .format())
                .isEqualTo(AuditQuery.Format.JSONL);
        assertThat(parsed(new AuditQueryParams.Input(
                                null, null, null, null, null, null, "json", "application/x-ndjson"))
                        .format())
                .isEqualTo(AuditQuery.Format.JSON);
    }

    @Test
    void refusesEachBadParameterWithItsOwnCode() {
        assertThat(invalid(input("", null, null, null, null, null, null)).code())
                .isEqualTo("invalid_tenant");
        assertThat(invalid(input("x".repeat(37), null, null, null, null, null, null))
                        .code())
                .isEqualTo("invalid_tenant");
        assertThat(invalid(input(null, List.of("LANDING,nope"), null, null, null, null, null)))
                .satisfies(bad -> {
                    assertThat(bad.code()).isEqualTo("invalid_type");
                    assertThat(bad.field()).isEqualTo("type");
                    assertThat(bad.message()).contains("ROUTING_DECISION");
                });
        assertThat(invalid(input(null, List.of("landing"), null, null, null, null, null))
                        .code())
                .isEqualTo("invalid_type");
        assertThat(invalid(input(null, null, "yesterday", null, null, null, null)))
                .extracting(AuditQueryParams.Invalid::code, AuditQueryParams.Invalid::field)
                .containsExactly("invalid_time", "from");
        assertThat(invalid(input(null, null, null, "2026-13-01T00:00:00Z", null, null, null)))
                .extracting(AuditQueryParams.Invalid::code, AuditQueryParams.Invalid::field)
                .containsExactly("invalid_time", "to");
        assertThat(invalid(input(null, null, "99999999999999999999", null, null, null, null))
                        .code())
                .isEqualTo("invalid_time");
        assertThat(invalid(input(null, null, "2000", "1000", null, null, null)).code())
                .isEqualTo("invalid_time_range");
        assertThat(invalid(input(null, null, "1000", "1000", null, null, null)).code())
                .isEqualTo("invalid_time_range");
        assertThat(invalid(input(null, null, null, null, "-1", null, null)).code())
                .isEqualTo("invalid_first");
        assertThat(invalid(input(null, null, null, null, "10001", null, null)).code())
                .isEqualTo("invalid_first");
        assertThat(invalid(input(null, null, null, null, "one", null, null)).code())
                .isEqualTo("invalid_first");
        assertThat(invalid(input(null, null, null, null, null, "0", null)).code())
                .isEqualTo("invalid_max");
        assertThat(invalid(input(null, null, null, null, null, "1001", null)).code())
                .isEqualTo("invalid_max");
        assertThat(invalid(input(null, null, null, null, null, "", null)).code())
                .isEqualTo("invalid_max");
        assertThat(invalid(input(null, null, null, null, null, null, "csv")).code())
                .isEqualTo("invalid_format");
    }

    @Test
    void thePortalsQueryIsForItsTenantWhateverTheRequestNamed() {
        AuditQuery asked = parsed(input("someone-else", List.of("LANDING"), null, null, "3", "7", null));

        AuditQuery forTenant = asked.forTenant("mine");

        assertThat(forTenant.tenantId()).isEqualTo(Optional.of("mine"));
        assertThat(forTenant.types()).containsExactly(AuditType.LANDING);
        assertThat(forTenant.first()).isEqualTo(3);
        assertThat(forTenant.max()).isEqualTo(7);
    }
}
