package io.github.tenantsso.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportLimitsTest {

    @Test
    void unsetOptionsMeanTheDefaults() {
        assertThat(ImportLimits.parse(null, " ")).isEqualTo(ImportLimits.DEFAULTS);
        assertThat(ImportLimits.DEFAULTS.maxEntries()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void readsWholeNumbers() {
        assertThat(ImportLimits.parse(" 2048 ", "10")).isEqualTo(new ImportLimits(2048, 10));
    }

    @Test
    void aMalformedOrOutOfRangeValueNamesTheOption() {
        assertThatThrownBy(() -> ImportLimits.parse("10MB", null))
                .hasMessageContaining("spi-tenant-sso--default--import-max-bytes");
        assertThatThrownBy(() -> ImportLimits.parse(null, "0"))
                .hasMessageContaining("spi-tenant-sso--default--import-max-entries");
        assertThatThrownBy(() -> ImportLimits.parse(null, "99999999999")).hasMessageContaining("import-max-entries");
    }
}
