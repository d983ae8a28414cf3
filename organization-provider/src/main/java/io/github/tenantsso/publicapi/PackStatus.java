package io.github.tenantsso.publicapi;

/**
 * Body of {@code GET /realms/{realm}/tenant-sso/status}.
 */
public record PackStatus(String version, String realm, boolean organizationsEnabled) {}
