package io.github.tenantsso.domain.dns;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;
import io.netty.handler.codec.dns.DatagramDnsResponse;
import io.netty.handler.codec.dns.DatagramDnsResponseEncoder;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DefaultDnsRawRecord;
import io.netty.handler.codec.dns.DnsOpCode;
import io.netty.handler.codec.dns.DnsQuestion;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server on 127.0.0.1 and an ephemeral UDP port that answers TXT queries, in real wire format, from what a
 * test published: NXDOMAIN for a name with nothing published, NOERROR with no answers for a name without TXT
 * records or for another record type. It can be told to stay silent (for timeouts) or to answer SERVFAIL. Safe to use from any thread.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    /** Name (lower case, no trailing dot) to its TXT records, each a list of character-strings; neither lists nor arrays change once stored. */
    private final Map<String, List<List<byte[]>>> txtRecords = new ConcurrentHashMap<>();

    private final AtomicInteger queriesReceived = new AtomicInteger();
    private final List<InetSocketAddress> querySources = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private volatile String forgedTxt;
    private volatile Channel spoofer;
    private volatile boolean servfail;

    private final EventLoopGroup group;
    private final Channel channel;

    public LoopbackDnsServer() {
        group = new NioEventLoopGroup(1, new DefaultThreadFactory("loopback-dns", true));
        try {
            channel = new Bootstrap()
                    .group(group)
                    .channel(NioDatagramChannel.class)
                    .handler(new ChannelInitializer<DatagramChannel>() {
                        @Override
                        protected void initChannel(DatagramChannel ch) {
                            ch.pipeline()
                                    .addLast(
                                            new DatagramDnsQueryDecoder(),
                                            new DatagramDnsResponseEncoder(),
                                            new Responder());
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .syncUninterruptibly()
                    .channel();
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** Adds one TXT record at {@code name} made of the given character-strings (each at most 255 bytes in UTF-8). */
    public LoopbackDnsServer publishTxt(String name, String... characterStrings) {
        byte[][] bytes = new byte[characterStrings.length][];
        for (int i = 0; i < characterStrings.length; i++) {
            bytes[i] = characterStrings[i].getBytes(StandardCharsets.UTF_8);
        }
        return publishTxt(name, bytes);
    }

    /** Adds one TXT record at {@code name} made of the given character-strings as raw bytes (each at most 255). */
    public LoopbackDnsServer publishTxt(String name, byte[]... characterStrings) {
        if (characterStrings.length == 0) {
            throw new IllegalArgumentException("A TXT record has at least one character-string.");
        }
        List<byte[]> record = new ArrayList<>(characterStrings.length);
        for (byte[] s : characterStrings) {
            if (s.length > 255) {
                throw new IllegalArgumentException("A character-string holds at most 255 bytes, not " + s.length + ".");
            }
            record.add(s.clone());
        }
        txtRecords.merge(key(name), List.of(List.copyOf(record)), (existing, added) -> {
            List<List<byte[]>> all = new ArrayList<>(existing);
            all.addAll(added);
            return List.copyOf(all);
        });
        return this;
    }

    /** Makes {@code name} exist without TXT records, so that it answers NOERROR with an empty answer section. */
    public LoopbackDnsServer publishNameWithoutTxt(String name) {
        txtRecords.putIfAbsent(key(name), List.of());
        return this;
    }

    /** Removes every record at {@code name}, which then answers NXDOMAIN. */
    public LoopbackDnsServer remove(String name) {
        txtRecords.remove(key(name));
        return this;
    }

    /** While on, queries are read and dropped without an answer. */
    public LoopbackDnsServer staySilent(boolean on) {
        silent = on;
        return this;
    }

    /** While on, every query is answered SERVFAIL. */
    public LoopbackDnsServer answerServfail(boolean on) {
        servfail = on;
        return this;
    }

    /**
     * While set, each query is first answered by an off-path attacker who knows its id and source port: a response
     * carrying {@code forgedTxt}, sent from another port of this host; the genuine answer follows 200 ms later.
     */
    public LoopbackDnsServer raceForgedAnswers(String forgedTxt) {
        if (spoofer == null) {
            spoofer = new Bootstrap()
                    .group(group)
                    .channel(NioDatagramChannel.class)
                    .handler(new ChannelInitializer<DatagramChannel>() {
                        @Override
                        protected void initChannel(DatagramChannel ch) {
                            ch.pipeline().addLast(new DatagramDnsResponseEncoder());
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .syncUninterruptibly()
                    .channel();
        }
        this.forgedTxt = forgedTxt;
        return this;
    }

    /** Where each query came from, in order. */
    public List<InetSocketAddress> querySources() {
        return List.copyOf(querySources);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Queries received so far, answered or not. */
    public int queriesReceived() {
        return queriesReceived.get();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        if (spoofer != null) {
            spoofer.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private final class Responder extends SimpleChannelInboundHandler<DatagramDnsQuery> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery query) {
            queriesReceived.incrementAndGet();
            querySources.add(query.sender());
            if (silent) {
                return;
            }
            String forged = forgedTxt;
            DatagramDnsResponse response = new DatagramDnsResponse(
                    query.recipient(), query.sender(), query.id(), DnsOpCode.QUERY, DnsResponseCode.NOERROR);
            response.setRecursionDesired(query.isRecursionDesired());
            response.setRecursionAvailable(true);
            DnsQuestion question = query.recordAt(DnsSection.QUESTION);
            if (question == null) {
                response.setCode(DnsResponseCode.FORMERR);
            } else {
                // A copy, as the query and its records are released once this method returns.
                response.addRecord(
                        DnsSection.QUESTION,
                        new DefaultDnsQuestion(question.name(), question.type(), question.dnsClass()));
                answer(question, response);
                if (forged != null) {
                    spoofer.writeAndFlush(forgery(query, question, forged));
                    ctx.executor().schedule(() -> ctx.writeAndFlush(response), 200, TimeUnit.MILLISECONDS);
                    return;
                }
            }
            ctx.writeAndFlush(response);
        }

        private DatagramDnsResponse forgery(DatagramDnsQuery query, DnsQuestion question, String txt) {
            DatagramDnsResponse forgery = new DatagramDnsResponse(
                    (InetSocketAddress) spoofer.localAddress(),
                    query.sender(),
                    query.id(),
                    DnsOpCode.QUERY,
                    DnsResponseCode.NOERROR);
            forgery.setRecursionDesired(true);
            forgery.setRecursionAvailable(true);
            forgery.addRecord(
                    DnsSection.QUESTION, new DefaultDnsQuestion(question.name(), question.type(), question.dnsClass()));
            forgery.addRecord(
                    DnsSection.ANSWER,
                    new DefaultDnsRawRecord(
                            question.name(),
                            DnsRecordType.TXT,
                            0,
                            rdata(List.of(txt.getBytes(StandardCharsets.UTF_8)))));
            return forgery;
        }

        private void answer(DnsQuestion question, DatagramDnsResponse response) {
            if (servfail) {
                response.setCode(DnsResponseCode.SERVFAIL);
                return;
            }
            response.setAuthoritativeAnswer(true);
            List<List<byte[]>> records = txtRecords.get(key(question.name()));
            if (records == null) {
                response.setCode(DnsResponseCode.NXDOMAIN);
                return;
            }
            if (question.type() != DnsRecordType.TXT) {
                return;
            }
            for (List<byte[]> record : records) {
                response.addRecord(
                        DnsSection.ANSWER,
                        new DefaultDnsRawRecord(question.name(), DnsRecordType.TXT, 0, rdata(record)));
            }
        }

        private ByteBuf rdata(List<byte[]> characterStrings) {
            ByteBuf rdata = Unpooled.buffer();
            for (byte[] s : characterStrings) {
                rdata.writeByte(s.length);
                rdata.writeBytes(s);
            }
            return rdata;
        }
    }
}
