package io.github.tenantsso.benchmarks;

import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.RoutingRows;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the memory a built {@link DomainIndex} retains per indexed domain, and what a node retains per tenant with
 * the {@link RoutingRows} it patches the index from, for the benchmarks' realm sizes (or the sizes given as arguments). JMH measures time; this walks the index's object graph with JOL.
 *
 * <p>Everything reachable from the index is counted once, including the tenant id and alias strings it shares with
 * the input rows: those rows are garbage once the index is built, so the index is what keeps them alive.
 */
public final class IndexFootprint {

    private IndexFootprint() {}

    public static void main(String[] args) {
        // JDK 17 refuses Unsafe field offsets of records (Match, Candidate), which JOL sizes objects with by default;
        // read before JOL's first use, so no command-line flag is needed.
        System.setProperty("jol.magicFieldOffset", "true");
        String[] sizes = args.length > 0 ? args : new String[] {"1000", "10000", "100000"};
        System.out.printf(
                "%10s %10s %14s %16s %22s%n",
                "tenants", "domains", "retained (B)", "bytes per domain", "node: rows+index/tenant");
        for (String size : sizes) {
            RealmData data = RealmData.generate(Integer.parseInt(size));
            RoutingRows rows = data.rows();
            DomainIndex index = rows.index();
            long bytes = GraphLayout.parseInstance(index).totalSize();
            // A node keeps the rows grouped by tenant next to the index, to patch it when a tenant changes.
            long node = GraphLayout.parseInstance(rows, index).totalSize();
            System.out.printf(
                    "%10s %10d %14d %16.1f %22.1f%n",
                    size,
                    index.domainCount(),
                    bytes,
                    (double) bytes / index.domainCount(),
                    (double) node / data.tenantCount());
        }
    }
}
