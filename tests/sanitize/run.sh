#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer (a build of its
# own in build-asan/, COLORIZED_SANITIZE=ON) and runs the whole test suite in it. Any report
# fails the run: UBSan does not recover, ASan stops at the first error, leaks included.
# Leaks inside libraries we do not build (fontconfig, Qt's plugin loader, OpenMP) are
# suppressed by name in lsan.supp, each with the reason; a leak in our code is not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${COLORIZED_SANITIZE_BUILD_DIR:-$here/build-asan}"

# -O1 and line tables only: the cheapest build whose reports still name file and line, with
# assertions kept on.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCOLORIZED_SANITIZE=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$here/tests/sanitize/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/tests/sanitize/ubsan.supp"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
