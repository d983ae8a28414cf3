package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapInfoTest {

    @Test
    void readsTheUsedHeapOfG1() {
        String jcmd = """
                12345:
                 garbage-first heap   total 2097152K, used 81234K [0x0000000080000000, 0x0000000100000000)
                  region size 1024K, 2 young (2048K), 0 survivors (0K)
                 Metaspace       used 150000K, committed 151000K, reserved 1179648K
                """;

        assertThat(HeapInfo.usedBytes(jcmd)).hasValue(81234L * 1024);
    }

    @Test
    void aCollectorWithoutAWholeHeapLineGivesNothingRatherThanOneGeneration() {
        String jcmd = """
                 PSYoungGen      total 76288K, used 1311K [0x00000000eab00000, 0x00000000f0000000, 0x0000000100000000)
                 ParOldGen       total 175104K, used 35000K [0x00000000c0000000, 0x00000000cab00000, 0x00000000eab00000)
                """;

        assertThat(HeapInfo.usedBytes(jcmd)).isEmpty();
    }

    @Test
    void givesNothingForAnError() {
        assertThat(HeapInfo.usedBytes("12345:\nCommand not found\n")).isEmpty();
    }
}
