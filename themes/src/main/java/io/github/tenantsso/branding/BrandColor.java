package io.github.tenantsso.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant's primary colour, {@code #rgb} or {@code #rrggbb} only: the one form that can go into a style sheet
 * without any chance of ending the rule or the {@code <style>} element.
 */
public final class BrandColor {

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final String DARK_TEXT = "#151515";
    private static final String LIGHT_TEXT = "#ffffff";
    /** Hover darkens each channel this much, as PatternFly's own primary hover does. */
    private static final double HOVER_FACTOR = 0.82;

    private final int red;
    private final int green;
    private final int blue;

    private BrandColor(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public static Optional<BrandColor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String color = value.strip();
        if (!HEX.matcher(color).matches()) {
            return Optional.empty();
        }
        String digits = color.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return Optional.of(new BrandColor(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return hex(red, green, blue);
    }

    /** The colour of a hovered or pressed primary button. */
    public String hover() {
        return hex((int) (red * HOVER_FACTOR), (int) (green * HOVER_FACTOR), (int) (blue * HOVER_FACTOR));
    }

    /** Text on this colour: white or near-black, whichever contrasts more (WCAG relative luminance). */
    public String text() {
        double luminance = luminance();
        double againstWhite = 1.05 / (luminance + 0.05);
        double againstDark = (luminance + 0.05) / (relativeLuminance(0x15, 0x15, 0x15) + 0.05);
        return againstWhite >= againstDark ? LIGHT_TEXT : DARK_TEXT;
    }

    double luminance() {
        return relativeLuminance(red, green, blue);
    }

    private static double relativeLuminance(int red, int green, int blue) {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String hex(int red, int green, int blue) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrandColor color && color.red == red && color.green == green && color.blue == blue;
    }

    @Override
    public int hashCode() {
        return (red << 16) | (green << 8) | blue;
    }

    @Override
    public String toString() {
        return hex();
    }
}
