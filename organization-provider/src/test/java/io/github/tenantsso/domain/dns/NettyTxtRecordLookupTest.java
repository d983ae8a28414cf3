package io.github.tenantsso.domain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tenantsso.domain.dns.DnsLookupException.Kind;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NettyTxtRecordLookupTest {

    // Generous: each lookup opens its own socket, and a loaded CI machine can take hundreds of milliseconds for one.
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final LoopbackDnsServer server = new LoopbackDnsServer();
    private final NettyTxtRecordLookup lookup = new NettyTxtRecordLookup(Optional.of(server.address()), TIMEOUT);

    @AfterEach
    void close() {
        lookup.close();
        server.close();
    }

    @Test
    void findsAPublishedRecord() throws DnsLookupException {
        server.publishTxt("_kc-tenant-sso.acme.test", "token-1");

        assertThat(lookup.txtRecords("_kc-tenant-sso.acme.test")).containsExactly("token-1");
    }

    @Test
    void findsEveryRecordAtTheName() throws DnsLookupException {
        server.publishTxt("acme.test", "v=spf1 -all")
                .publishTxt("acme.test", "token-1")
                .publishTxt("acme.test", "google-site-verification=abc");

        assertThat(lookup.txtRecords("acme.test"))
                .containsExactlyInAnyOrder("v=spf1 -all", "token-1", "google-site-verification=abc");
    }

    @Test
    void joinsTheCharacterStringsOfOneRecord() throws DnsLookupException {
        server.publishTxt("acme.test", "first half, ", "second half");

        assertThat(lookup.txtRecords("acme.test")).containsExactly("first half, second half");
    }

    @Test
    void joinsACharacterSplitAcrossTwoCharacterStrings() throws DnsLookupException {
        // "ü" is 0xC3 0xBC in UTF-8; a publisher's tool may split a long value between those two bytes.
        server.publishTxt("acme.test", new byte[] {'b', (byte) 0xC3}, new byte[] {(byte) 0xBC, 'r'});

        assertThat(lookup.txtRecords("acme.test")).containsExactly("b\u00fcr");
    }

    @Test
    void givesAnEmptyListForAnUnknownName() throws DnsLookupException {
        assertThat(lookup.txtRecords("_kc-tenant-sso.unknown.test")).isEmpty();
    }

    @Test
    void givesAnEmptyListForANameWithoutTxtRecords() throws DnsLookupException {
        server.publishNameWithoutTxt("acme.test");

        assertThat(lookup.txtRecords("acme.test")).isEmpty();
    }

    @Test
    void reportsATimeoutWhenTheResolverStaysSilent() {
        server.staySilent(true);
        long start = System.nanoTime();

        DnsLookupException e = catchThrowableOfType(DnsLookupException.class, () -> lookup.txtRecords("acme.test"));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).contains("acme.test", server.address().getPort() + "", TIMEOUT.toMillis() + " ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void reportsAServerFailure() {
        server.publishTxt("acme.test", "token-1").answerServfail(true);

        DnsLookupException e = catchThrowableOfType(DnsLookupException.class, () -> lookup.txtRecords("acme.test"));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_FAILURE);
        assertThat(e.getMessage())
                .contains(
                        "SERVFAIL", "acme.test", "127.0.0.1:" + server.address().getPort());
    }

    @Test
    void seesARecordPublishedAfterAnEarlierLookup() throws DnsLookupException {
        assertThat(lookup.txtRecords("_kc-tenant-sso.acme.test")).isEmpty();

        server.publishTxt("_kc-tenant-sso.acme.test", "token-1");

        assertThat(lookup.txtRecords("_kc-tenant-sso.acme.test")).containsExactly("token-1");
        assertThat(server.queriesReceived()).isEqualTo(2);
    }

    @Test
    void seesARecordRemovedAfterAnEarlierLookup() throws DnsLookupException {
        server.publishTxt("acme.test", "token-1");
        assertThat(lookup.txtRecords("acme.test")).containsExactly("token-1");

        server.remove("acme.test");

        assertThat(lookup.txtRecords("acme.test")).isEmpty();
    }

    @Test
    void everyLookupLeavesFromAFreshSourcePort() throws DnsLookupException {
        server.publishTxt("_kc-tenant-sso.acme.test", "token-1");
        for (int i = 0; i < 10; i++) {
            lookup.txtRecords("_kc-tenant-sso.acme.test");
        }

        // Ports are picked at random by the system; two of ten may coincide by chance, rarely.
        assertThat(server.querySources().stream()
                        .map(InetSocketAddress::getPort)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void ignoresAForgedAnswerThatKnowsTheQueryButComesFromAnotherAddress() throws DnsLookupException {
        server.publishTxt("_kc-tenant-sso.acme.test", "genuine-token");
        server.raceForgedAnswers("forged-token");

        assertThat(lookup.txtRecords("_kc-tenant-sso.acme.test")).containsExactly("genuine-token");
    }
}
