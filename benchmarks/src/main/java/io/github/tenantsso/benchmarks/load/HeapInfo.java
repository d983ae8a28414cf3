package io.github.tenantsso.benchmarks.load;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the used heap from the answer of {@code jcmd <pid> GC.heap_info}. */
final class HeapInfo {

    // G1: " garbage-first heap   total 262144K, used 123456K [0x..."; the other collectors print the same "used NK".
    private static final Pattern USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

    private HeapInfo() {}

    /** The used heap in bytes, or empty when the text holds no heap summary line. */
    static OptionalLong usedBytes(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
    }
}
