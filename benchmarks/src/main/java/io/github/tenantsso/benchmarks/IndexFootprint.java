package io.github.tenantsso.benchmarks;

import org.openjdk.jol.info.GraphLayout;

import io.github.tenantsso.routing.DomainIndex;

/**
 * Prints the memory a built {@link DomainIndex} retains per indexed domain, for the benchmarks' realm sizes (or the
 * sizes given as arguments). JMH measures time; this walks the index's object graph with JOL.
 *
 * <p>Everything reachable from the index is counted once, including the tenant id and alias strings it shares with
 * the input rows: those rows are garbage once the index is built, so the index is what keeps them alive.
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) {
        // JDK 17 refuses Unsafe field offsets of records (Match, Candidate), which JOL sizes objects with by default;
        // read before JOL's first use, so no command-line flag is needed.
        System.setProperty("jol.magicFieldOffset", "true");
        String[] sizes = args.length > 0 ? args : new String[] {"1000", "10000", "100000"};
        System.out.printf("%10s %10s %14s %16s%n", "tenants", "domains", "retained (B)", "bytes per domain");
        for (String size : sizes) {
            DomainIndex index = RealmData.generate(Integer.parseInt(size)).buildIndex();
            long bytes = GraphLayout.parseInstance(index).totalSize();
            System.out.printf("%10s %10d %14d %16.1f%n", size, index.domainCount(), bytes, (double) bytes / index.domainCount());
        }
    }
}
