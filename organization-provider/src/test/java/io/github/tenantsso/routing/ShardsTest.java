package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardsTest {

    private static final int KEYS = 100_000;
    /** As the index chooses it for {@value #KEYS} keys of about 64 per shard. */
    private static final int SHARDS = Integer.highestOneBit(KEYS / TenantDirectory.SHARD_SIZE);
    /** Where {@code HashMap} turns a bucket into a tree. */
    private static final int TREEIFY_THRESHOLD = 8;

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "alias", "domain"})
    void keysOfOneShardSpreadOverTheBucketsOfTheShardsHashMap(String kind) {
        for (List<String> shard : shards(keys(kind))) {
            // HashMap's bucket of a key: its spread hash masked by the table size, 256 for this many entries.
            Map<Integer, Integer> perBucket = new HashMap<>();
            shard.forEach(key -> perBucket.merge(spread(key) & 255, 1, Integer::sum));
            assertThat(perBucket.values()).allMatch(count -> count < TREEIFY_THRESHOLD);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "alias", "domain"})
    void spreadsKeysEvenlyOverTheShards(String kind) {
        List<List<String>> shards = shards(keys(kind));
        int mean = KEYS / SHARDS;

        assertThat(shards).allMatch(shard -> shard.size() > mean / 2 && shard.size() < mean * 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 64, 1 << 20})
    void placesEveryKeyInOneOfTheShards(int count) {
        assertThat(keys("uuid")).allMatch(key -> {
            int shard = Shards.of(key, count);
            return shard >= 0 && shard < count && shard == Shards.of(key, count);
        });
    }

    private static List<List<String>> shards(List<String> keys) {
        List<List<String>> shards = new ArrayList<>();
        IntStream.range(0, SHARDS).forEach(i -> shards.add(new ArrayList<>()));
        keys.forEach(key -> shards.get(Shards.of(key, SHARDS)).add(key));
        return shards;
    }

    private static List<String> keys(String kind) {
        IntFunction<String> key = switch (kind) {
            case "uuid" -> i -> new UUID(0x5EED_0000L + i * 0x9E37L, i).toString();
            case "alias" -> i -> "tenant-" + i;
            default -> i -> "customer" + i + ".example.com";
        };
        return IntStream.range(0, KEYS).mapToObj(key).toList();
    }

    private static int spread(String key) {
        int hash = key.hashCode();
        return hash ^ (hash >>> 16);
    }
}
