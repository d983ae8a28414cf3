#!/usr/bin/env bash
# The load benchmark against a real server: builds the pack, then starts one Keycloak (the keycloak-quarkus-dist
# zip of the build, unpacked under benchmarks/target/load) with the pack in providers/ and two realms of N tenants,
# measures, prints the results and stops the server. The server also gets the benchmark's own provider JAR, which
# creates the tenants in batches. Usage:
#   benchmarks/load.sh 1000 [key=value ...]     (see LoadOptions for the keys, e.g. http-port=8180 vanilla=false)
set -euo pipefail

tenants=${1:?usage: benchmarks/load.sh TENANTS [key=value ...]}
shift
exec "$(dirname "$0")/run-against-server.sh" io.github.tenantsso.benchmarks.load.LoadBenchmark \
    tenants="$tenants" work=benchmarks/target/load "$@"
