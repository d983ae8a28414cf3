package io.github.tenantsso.routing;

/** What one domain of the index holds: the match for the name itself and the one for names below it. */
record DomainEntry(Match exact, Match below) {}
