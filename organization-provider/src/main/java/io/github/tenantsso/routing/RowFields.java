package io.github.tenantsso.routing;

/**
 * Checks shared by the row records, so that a malformed row fails where it is made, naming the row and the field.
 */
final class RowFields {

    private RowFields() {}

    static String requireText(String value, String row, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + row + " row needs a non-blank " + field + ", got "
                    + (value == null ? "null" : "'" + value + "'") + ".");
        }
        return value;
    }

    static <T> T require(T value, String row, String field) {
        if (value == null) {
            throw new IllegalArgumentException("A " + row + " row needs a " + field + ", got null.");
        }
        return value;
    }
}
