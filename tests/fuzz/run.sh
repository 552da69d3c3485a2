#!/usr/bin/env bash
# Builds the libFuzzer targets (a clang build of their own in build-fuzz/, COLORIZED_FUZZ=ON) and
# runs each for SECONDS (default 60) from its committed seed corpus, tests/data/fuzz/<name>/.
# Inputs that find new coverage go to build-fuzz/corpus/<name>/ (the committed corpus is only
# read); a finding (crash, sanitizer report, leak, an input over 5 s, an allocation over 500 MB)
# is written to build-fuzz/findings/ and fails the run. Used by .ci/run; longer on demand:
#   tests/fuzz/run.sh 1800
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
build="${COLORIZED_FUZZ_BUILD_DIR:-$here/build-fuzz}"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DCOLORIZED_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

mkdir -p "$build/findings"
for name in hints modelheader scan project; do
    mkdir -p "$build/corpus/$name"
    echo "fuzzing $name for $seconds s..."
    # -malloc_limit_mb / -timeout: no single allocation over 500 MB, no input over 5 s (issue 13);
    # the process as a whole may take more, for AddressSanitizer's quarantine.
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=500 \
        -timeout=5 -print_final_stats=1 -artifact_prefix="$build/findings/$name-" \
        "$build/corpus/$name" "$here/tests/data/fuzz/$name" 2>"$build/fuzz-$name.log" ||
        { tail -n 40 "$build/fuzz-$name.log"; echo "fuzz_$name found a problem: $build/findings/" >&2; exit 1; }
    grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz-$name.log" || true
done
