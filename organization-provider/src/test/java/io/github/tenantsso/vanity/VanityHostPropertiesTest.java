package io.github.tenantsso.vanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of host normalization over host names generated from a fixed seed.
 */
class VanityHostPropertiesTest {

    private static final long SEED = 0x7a11d05L;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HOSTILE = "<>\"'()\\/;:{}* \t\n%&=?#@";

    static Stream<String> hosts() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> {
            int labels = 2 + random.nextInt(4);
            StringBuilder host = new StringBuilder();
            for (int l = 0; l < labels; l++) {
                if (l > 0) {
                    host.append('.');
                }
                int length = 1 + random.nextInt(l == labels - 1 ? 8 : 20);
                for (int c = 0; c < length; c++) {
                    boolean inner = c > 0 && c < length - 1;
                    host.append(
                            inner && random.nextInt(6) == 0 ? '-' : LETTERS.charAt(random.nextInt(LETTERS.length())));
                }
            }
            // A numeric last label would be an address; give it a letter.
            return host.append('x').toString();
        });
    }

    static Stream<String> hostsWithAHostileCharacter() {
        Random random = new Random(SEED + 1);
        return hosts().map(host -> {
            int at = 1 + random.nextInt(host.length() - 1);
            return host.substring(0, at) + HOSTILE.charAt(random.nextInt(HOSTILE.length())) + host.substring(at);
        });
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void normalizingTwiceChangesNothing(String host) {
        VanityHost once = VanityHost.parse(host);

        assertThat(VanityHost.parse(once.value())).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void caseTrailingDotAndPortDoNotChangeTheRequestHost(String host) {
        VanityHost plain = VanityHost.parse(host);

        assertThat(VanityHost.ofRequestHost(host.toUpperCase(Locale.ROOT) + ".:8080"))
                .contains(plain);
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void normalizedHostsHoldOnlyHostNameCharacters(String host) {
        assertThat(VanityHost.parse(host).value())
                .matches("[a-z0-9.-]+")
                .doesNotStartWith("-")
                .doesNotEndWith(".");
    }

    @ParameterizedTest
    @MethodSource("hostsWithAHostileCharacter")
    void aHostileCharacterInsideTheNameIsRejected(String host) {
        assertThatThrownBy(() -> VanityHost.parse(host)).isInstanceOf(InvalidVanityHostException.class);
        assertThat(VanityHost.ofRequestHost(host)).isEmpty();
    }
}
