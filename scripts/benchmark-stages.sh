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
# The dependencies' classpath from Maven; offline, where the dependency plugin cannot be resolved,
# the shaded jar of `mvn -B -o package` (the classes compiled here go first).
if mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/stage-bench.classpath >/dev/null 2>&1; then
  deps=$(cat target/stage-bench.classpath)
elif [[ -f target/sazba-0.1.0.jar ]]; then
  mvn -B -o -q test-compile >/dev/null; deps=target/sazba-0.1.0.jar
else
  echo "no classpath: the dependency plugin is not available offline; build the jar first (mvn -B -o package)" >&2; exit 2
fi
exec java "$@" -cp "target/classes:target/test-classes:$deps" \
  cz.sazba.pipeline.StageBench "$manuscript" "$rounds" "$threads"
