package io.github.tenantsso.domain.dns;

import io.github.tenantsso.domain.dns.DnsLookupException.Kind;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.resolver.dns.DnsErrorCauseException;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.DnsNameResolverChannelStrategy;
import io.netty.resolver.dns.DnsNameResolverTimeoutException;
import io.netty.resolver.dns.DnsServerAddressStreamProvider;
import io.netty.resolver.dns.DnsServerAddressStreamProviders;
import io.netty.resolver.dns.NoopAuthoritativeDnsServerCache;
import io.netty.resolver.dns.NoopDnsCache;
import io.netty.resolver.dns.NoopDnsCnameCache;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Looks TXT records up with Netty's DNS resolver, on one thread of its own. Nothing is cached, so a record a tenant
 * has just published is seen by the next lookup (as far as the resolver's own cache allows).
 */
public final class NettyTxtRecordLookup implements TxtRecordLookup, AutoCloseable {

    private final EventLoopGroup group;
    private final DnsNameResolver resolver;
    private final Duration timeout;
    private final String resolverDescription;

    /**
     * @param resolverAddress the resolver to ask; when empty, the platform's name servers (/etc/resolv.conf)
     * @param timeout         how long one lookup may take in all, across every name server tried
     */
    public NettyTxtRecordLookup(Optional<InetSocketAddress> resolverAddress, Duration timeout) {
        Objects.requireNonNull(resolverAddress, "resolverAddress");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The DNS timeout must be positive: " + timeout);
        }
        resolverAddress.filter(InetSocketAddress::isUnresolved).ifPresent(address -> {
            throw new IllegalArgumentException(
                    "The DNS resolver host '" + address.getHostString() + "' cannot be resolved.");
        });
        DnsServerAddressStreamProvider nameServers = resolverAddress
                .<DnsServerAddressStreamProvider>map(SingletonDnsServerAddressStreamProvider::new)
                .orElseGet(DnsServerAddressStreamProviders::platformDefault);
        this.timeout = timeout;
        this.resolverDescription =
                resolverAddress.map(NettyTxtRecordLookup::describe).orElse("the system's name servers");
        // Daemon, so that a lookup left open does not keep Keycloak from shutting down.
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("tenant-sso-dns", true));
        try {
            this.resolver = new DnsNameResolverBuilder(group.next())
                    .datagramChannelType(NioDatagramChannel.class)
                    // A fresh socket, so a fresh random source port, per lookup: an off-path attacker must then guess
                    // the port as well as the 16-bit query id to get a forged answer accepted.
                    .datagramChannelStrategy(DnsNameResolverChannelStrategy.ChannelPerResolution)
                    // Large TXT answers come back truncated over UDP; Netty then retries over TCP.
                    .socketChannelType(NioSocketChannel.class)
                    .nameServerProvider(nameServers)
                    .queryTimeoutMillis(timeout.toMillis())
                    .recursionDesired(true)
                    .resolveCache(NoopDnsCache.INSTANCE)
                    .cnameCache(NoopDnsCnameCache.INSTANCE)
                    .authoritativeDnsServerCache(NoopAuthoritativeDnsServerCache.INSTANCE)
                    // Search domains from resolv.conf would turn a missing record into a lookup of another name.
                    .searchDomains(List.of())
                    .build();
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    @Override
    public List<String> txtRecords(String name) throws DnsLookupException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A DNS name is required.");
        }
        Future<List<DnsRecord>> answer = resolver.resolveAll(new DefaultDnsQuestion(name, DnsRecordType.TXT));
        try {
            if (!answer.await(timeout.toMillis())) {
                answer.cancel(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new DnsLookupException(
                    Kind.OTHER, "The DNS lookup of " + name + " via " + resolverDescription + " was interrupted.", e);
        }
        if (answer.isCancelled()) {
            throw timedOut(name, null);
        }
        if (!answer.isSuccess()) {
            return failed(name, answer.cause());
        }
        List<DnsRecord> records = answer.getNow();
        try {
            List<String> values = new ArrayList<>(records.size());
            for (DnsRecord record : records) {
                if (record.type() == DnsRecordType.TXT && record instanceof DnsRawRecord raw) {
                    values.add(decodeTxt(raw.content(), name));
                }
            }
            return List.copyOf(values);
        } finally {
            records.forEach(ReferenceCountUtil::release);
        }
    }

    /** Joins the record's length-prefixed character-strings; decoded as UTF-8 only once joined, as a character may span two. */
    private String decodeTxt(ByteBuf rdata, String name) throws DnsLookupException {
        ByteArrayOutputStream joined = new ByteArrayOutputStream(rdata.readableBytes());
        int index = rdata.readerIndex();
        int end = rdata.writerIndex();
        while (index < end) {
            int length = rdata.getUnsignedByte(index++);
            if (length > end - index) {
                throw new DnsLookupException(
                        Kind.OTHER,
                        "A TXT record of " + name + " from " + resolverDescription
                                + " is malformed: a character-string runs past its end.");
            }
            byte[] bytes = new byte[length];
            rdata.getBytes(index, bytes);
            joined.writeBytes(bytes);
            index += length;
        }
        return joined.toString(StandardCharsets.UTF_8);
    }

    /** Netty reports every unsuccessful resolution as an UnknownHostException; its cause tells an absent name from a failure. */
    private List<String> failed(String name, Throwable failure) throws DnsLookupException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DnsNameResolverTimeoutException) {
                throw timedOut(name, failure);
            }
            if (cause instanceof DnsErrorCauseException error) {
                if (error.getCode().intValue() == DnsResponseCode.NXDOMAIN.intValue()) {
                    return List.of();
                }
                if (error.getCode().intValue() == DnsResponseCode.SERVFAIL.intValue()) {
                    throw new DnsLookupException(
                            Kind.SERVER_FAILURE,
                            "The DNS resolver " + resolverDescription + " answered SERVFAIL for the TXT records of "
                                    + name
                                    + ": the domain's name servers may be unreachable or its DNSSEC signatures invalid.",
                            failure);
                }
            }
        }
        if (failure instanceof UnknownHostException && failure.getCause() == null) {
            // The name exists but has no TXT records. Netty passes on only NXDOMAIN and SERVFAIL, so an answer such
            // as REFUSED also ends up here.
            return List.of();
        }
        throw new DnsLookupException(
                Kind.OTHER,
                "The DNS lookup of the TXT records of " + name + " via " + resolverDescription + " failed: "
                        + failure.getMessage(),
                failure);
    }

    private DnsLookupException timedOut(String name, Throwable cause) {
        return new DnsLookupException(
                Kind.TIMEOUT,
                "No answer from " + resolverDescription + " for the TXT records of " + name + " within "
                        + timeout.toMillis() + " ms.",
                cause);
    }

    private static String describe(InetSocketAddress address) {
        String host = address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    @Override
    public void close() {
        resolver.close();
        group.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }
}
