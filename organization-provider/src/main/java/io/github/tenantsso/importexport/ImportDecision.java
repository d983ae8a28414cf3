package io.github.tenantsso.importexport;

/**
 * The outcome of {@link ImportDecider}: the whole document is applied, or none of it.
 */
public sealed interface ImportDecision {

    record Accepted(ImportPlan plan) implements ImportDecision {}

    record Refused(ImportProblem problem) implements ImportDecision {}
}
