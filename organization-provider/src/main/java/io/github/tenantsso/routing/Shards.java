package io.github.tenantsso.routing;

/** Which of a power-of-two number of shards a key falls in, for the index's sharded tables. */
final class Shards {

    private static final int GOLDEN_RATIO = 0x9E3779B9;

    private Shards() {}

    /**
     * The top bits of the key's hash times the golden ratio. Not its low bits: a {@code HashMap} or {@code Map.copyOf}
     * inside the shard places keys by those, and keys that all shared them would pile up in one bucket (a build at
     * 100,000 tenants spent most of its time in the tree bins this made).
     *
     * @param count a power of two
     */
    static int of(String key, int count) {
        int bits = Integer.numberOfTrailingZeros(count);
        return bits == 0 ? 0 : (key.hashCode() * GOLDEN_RATIO) >>> (Integer.SIZE - bits);
    }
}
