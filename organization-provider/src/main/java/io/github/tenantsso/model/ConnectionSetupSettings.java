package io.github.tenantsso.model;

/**
 * How tenant admins set up connections in the portal (SPI options of {@code tenant-sso}, provider {@code default}).
 *
 * @param loopbackAllowed whether discovery documents and metadata may be fetched from loopback addresses: off by
 *     default, so that no tenant admin can make the server call itself; tests and one-machine demos switch it on
 * @param firstBrokerLoginFlow the first broker login flow every portal connection gets (by alias); it must start with
 *     the pack's {@code tenant-sso-first-login} step
 * @param postBrokerLoginFlow the post login flow every portal connection gets (by alias); it must hold the pack's
 *     {@code tenant-sso-landing} step
 */
public record ConnectionSetupSettings(
        boolean loopbackAllowed, String firstBrokerLoginFlow, String postBrokerLoginFlow, long maxMetadataBytes) {

    public static final String LOOPBACK_PROPERTY = "portal-connection-fetch-allow-loopback";
    public static final String FIRST_BROKER_LOGIN_FLOW_PROPERTY = "portal-connection-first-broker-login-flow";
    public static final String POST_BROKER_LOGIN_FLOW_PROPERTY = "portal-connection-post-broker-login-flow";

    public static final String DEFAULT_FIRST_BROKER_LOGIN_FLOW = "tenant-sso first broker login";
    public static final String DEFAULT_POST_BROKER_LOGIN_FLOW = "tenant-sso landing";

    /** Larger discovery documents or metadata are refused: real ones are a few kilobytes. */
    public static final long MAX_METADATA_BYTES = 256 * 1024;

    public static ConnectionSetupSettings of(Boolean loopbackAllowed, String firstBrokerLoginFlow, String postFlow) {
        return new ConnectionSetupSettings(
                Boolean.TRUE.equals(loopbackAllowed),
                blank(firstBrokerLoginFlow) ? DEFAULT_FIRST_BROKER_LOGIN_FLOW : firstBrokerLoginFlow,
                blank(postFlow) ? DEFAULT_POST_BROKER_LOGIN_FLOW : postFlow,
                MAX_METADATA_BYTES);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
