package io.github.tenantsso.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionNotesTest {

    @Test
    void startsTheListWithTheFirstTenant() {
        assertThat(SessionNotes.withTenant(null, "a")).isEqualTo("a");
        assertThat(SessionNotes.withTenant("", "a")).isEqualTo("a");
    }

    @Test
    void appendsEachTenantOnce() {
        assertThat(SessionNotes.withTenant(SessionNotes.withTenant("a", "b"), "a"))
                .isEqualTo("a,b");
    }

    @Test
    void matchesWholeIdsOnly() {
        assertThat(SessionNotes.contains("abc,de", "ab")).isFalse();
        assertThat(SessionNotes.contains("abc,de", "de")).isTrue();
        assertThat(SessionNotes.contains(null, "de")).isFalse();
    }
}
