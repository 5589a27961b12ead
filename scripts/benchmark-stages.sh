#!/usr/bin/env bash
# Per-stage times in a warm JVM (src/test/java/cz/sazba/pipeline/StageBench.java): read,
# transform, fonts, typeset, PDF, EPUB and the whole build, medians after warm-up rounds.
#
#   scripts/benchmark-stages.sh [MANUSCRIPT_DIR] [ROUNDS] [THREADS] [JAVA_OPTION...]
#
# Compiles the test classes offline first. For a profile, add e.g.
#   -XX:StartFlightRecording=filename=stages.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")/.."
manuscript=${1:-manuscript}; rounds=${2:-10}; threads=${3:-$(nproc)}; shift $(( $# >= 3 ? 3 : $# ))
mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/stage-bench.classpath >/dev/null
exec java "$@" -cp "target/classes:target/test-classes:$(cat target/stage-bench.classpath)" \
  cz.sazba.pipeline.StageBench "$manuscript" "$rounds" "$threads"
