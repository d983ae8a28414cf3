package io.github.tenantsso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    @Test
    void keepsEventsNinetyDaysByDefault() {
        assertThat(AuditRetention.parse(null).period()).isEqualTo(Duration.ofDays(90));
        assertThat(AuditRetention.parse(" ").purges()).isTrue();
    }

    @Test
    void zeroDaysTurnsThePurgeOff() {
        assertThat(AuditRetention.parse("0").purges()).isFalse();
        assertThat(AuditRetention.parse(" 30 ").period()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void refusesAMalformedRetentionNamingTheOption() {
        assertThatThrownBy(() -> AuditRetention.parse("-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spi-tenant-sso--default--audit-retention-days");
        assertThatThrownBy(() -> AuditRetention.parse("36501")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditRetention.parse("90d")).isInstanceOf(IllegalArgumentException.class);
    }
}
