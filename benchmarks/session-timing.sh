#!/usr/bin/env bash
# Whether the session API answers a real and an unknown tenant alike, in body and time: builds the pack like load.sh,
# starts one Keycloak with it, signs a user in through a tenant's connection and times interleaved pairs of requests.
# Usage: benchmarks/session-timing.sh [key=value ...]   (LoadOptions keys, e.g. attempts=150 http-port=8181)
set -euo pipefail

exec "$(dirname "$0")/run-against-server.sh" io.github.tenantsso.benchmarks.load.SessionTimingBenchmark "$@"
