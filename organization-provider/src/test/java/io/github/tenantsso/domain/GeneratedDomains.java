package io.github.tenantsso.domain;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Inputs for the property tests: many generated cases from a fixed seed, so that a failure names its input and
 * reproduces on every run.
 */
final class GeneratedDomains {

    static final int CASES = 300;
    private static final long SEED = 20261122L;
    private static final String LETTERS_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> TOP_LEVELS = List.of("com", "org", "de", "test", "example", "co.uk", "io");
    private static final String UNICODE_LETTERS = "äöüéèçñøåλжšě";

    private GeneratedDomains() {}

    static <T> Stream<T> cases(Function<Random, T> generator) {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generator.apply(random));
    }

    static String domain(Random random) {
        int labels = 1 + random.nextInt(3);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < labels; i++) {
            name.append(label(random)).append('.');
        }
        return name.append(TOP_LEVELS.get(random.nextInt(TOP_LEVELS.size()))).toString();
    }

    /** A label of letters, digits and single inner hyphens. */
    static String label(Random random) {
        int length = 1 + random.nextInt(20);
        StringBuilder label = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            boolean inner = i > 0 && i < length - 1 && label.charAt(i - 1) != '-';
            label.append(
                    inner && random.nextInt(8) == 0
                            ? '-'
                            : LETTERS_DIGITS.charAt(random.nextInt(LETTERS_DIGITS.length())));
        }
        return label.toString();
    }

    static String unicodeLabel(Random random) {
        int length = 1 + random.nextInt(10);
        StringBuilder label = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            label.append(UNICODE_LETTERS.charAt(random.nextInt(UNICODE_LETTERS.length())));
        }
        return label.toString();
    }

    static String ipv4(Random random) {
        return random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }

    /** A dot-atom local part: atoms of letters, digits and {@code _+-}, joined by single dots. */
    static String localPart(Random random) {
        String chars = LETTERS_DIGITS + "_+-";
        int atoms = 1 + random.nextInt(3);
        StringBuilder local = new StringBuilder();
        for (int atom = 0; atom < atoms; atom++) {
            if (atom > 0) {
                local.append('.');
            }
            int length = 1 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                local.append(chars.charAt(random.nextInt(chars.length())));
            }
        }
        return local.toString();
    }
}
