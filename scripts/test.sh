#!/usr/bin/env bash
# Sets up, builds and runs every kpss test suite: C++ unit tests (ctest), the C99 API
# programs, the Python binding tests, the ABI guard, the package-consumer and vcpkg/Conan
# recipe-equivalent tests; then the unit and C tests again under AddressSanitizer +
# UndefinedBehaviorSanitizer (clang) and a bounded libFuzzer run of every parser, and the
# multi-threaded C API test under ThreadSanitizer. Prints each suite's counts
# and a final "N passed, N failed" line; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/setup.sh || exit 1

# "== [elapsed] what": where CI time goes, visible in every log.
stage() { echo "== [$((SECONDS / 60))m$((SECONDS % 60))s] $*"; }

total_passed=0
total_failed=0
summary=()

count_ctest() {  # suite-name log
  local line passed failed total
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$2" | tail -n 1)
  if [ -z "$line" ]; then
    if grep -q 'No tests were found' "$2"; then echo "0 0"; return; fi
    echo "0 1"; return
  fi
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$line")
  echo "$((total - failed)) $failed"
}

record() {  # suite passed failed
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary+=("$(printf '%-28s %5d passed, %d failed' "$1:" "$2" "$3")")
}

run_ctest() {  # suite-name build-dir label
  local log="$2/ctest-$(tr -dc a-z <<<"$3").log"
  ctest --test-dir "$2" -L "$3" -j "$jobs" --output-on-failure --timeout 900 2>&1 | tee "$log" | tail -n 25
  read -r p f < <(count_ctest "$1" "$log")
  record "$1" "$p" "$f"
}

build() {  # preset
  stage "configure and build ($1)"
  cmake --preset "$1" >/dev/null || { record "build $1" 0 1; return 1; }
  cmake --build --preset "$1" -j "$jobs" || { record "build $1" 0 1; return 1; }
}

if build ci; then
  stage "C++ unit tests (ctest)"
  run_ctest "C++ unit tests (ctest)" build/ci "^unit$"
  stage "C API programs"
  run_ctest "C API programs (C99)" build/ci "^capi$"
  stage "Python binding tests"
  log=build/ci/python.log
  if KPSS_LIBRARY="$root/build/ci/libkpss_c.so" PYTHONPATH="$root/bindings/python" \
      KPSS_TEST_DATA_DIR="$root/tests/data" \
      python3 -m unittest discover -s bindings/python/tests -t bindings/python/tests 2>&1 | tee "$log" | tail -n 15; then :; fi
  ran=$(grep -Eo '^Ran [0-9]+ test' "$log" | grep -Eo '[0-9]+' | tail -n 1)
  ran=${ran:-0}
  failures=0
  for n in $(grep -E '^FAILED \(' "$log" | grep -Eo '(failures|errors)=[0-9]+' | grep -Eo '[0-9]+'); do
    failures=$((failures + n))
  done
  if ! grep -q '^OK' "$log" && [ "$failures" -eq 0 ]; then failures=1; fi
  record "Python binding tests" "$((ran - failures))" "$failures"
  stage "ABI guard"
  run_ctest "ABI guard (abigail)" build/ci "^abi$"
  stage "package-consumer and packaging-recipe tests"
  run_ctest "package consumers, recipes" build/ci "^consumer$"
fi

if build asan; then
  stage "ASan+UBSan: unit tests and C programs"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  run_ctest "ASan+UBSan unit tests" build/asan "^unit$"
  run_ctest "ASan+UBSan C programs" build/asan "^capi$"
  stage "libFuzzer smoke runs (KPSS_FUZZ_SECONDS each, default 15 s)"
  run_ctest "fuzz targets (libFuzzer)" build/asan "^fuzz$"
fi

# Only the multi-threaded test: the library compiled for ThreadSanitizer, no tools or tests
# beyond it, keeps this stage short.
if build tsan; then
  stage "ThreadSanitizer: many threads with separate C API handles"
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 run_ctest "ThreadSanitizer threads" build/tsan "^threads$"
fi

echo
stage "summary"
printf '%s\n' "${summary[@]}"
echo "all suites: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
