#!/usr/bin/env bash
# Fuzzes Readout's readers and analyzer with libFuzzer for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: page-cleaner html-reader feed-reader jsonl-reader time-parser analyzer (default: all).
# Builds the fuzz package (fuzz/) in release with `-sanitize=fuzzer,address` (fuzzer alone when
# AddressSanitizer does not build), then runs the targets one after another: default 60 s each,
# a 10 s limit per input (a slower one is a hang), 2 GB of memory. Per target it prints the
# executions run and whether anything crashed, hung or ran out of memory; the exit code is 1
# when anything did. The growing corpus, the log and any crash-*/timeout-*/oom-*/leak-* input go
# to fuzz/out/TARGET/ (gitignored); the seeds in fuzz/corpus/TARGET/ are never written to.
# Environment: FUZZ_SANITIZERS (default "fuzzer,address"), FUZZ_MAX_LEN (bytes per input,
# default 8192; 1024 for time-parser), FUZZ_FLAGS (more libFuzzer flags, e.g. "-len_control=0" to
# try long inputs at once instead of growing them slowly). One fuzzer at a time, on one core.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
fuzz="$root/fuzz"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS_PER_TARGET must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

all_targets=(page-cleaner html-reader feed-reader jsonl-reader time-parser analyzer)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

binary_of() {
    case "$1" in
        page-cleaner) echo FuzzPageCleaner ;;
        html-reader) echo FuzzHTMLReader ;;
        feed-reader) echo FuzzFeedReader ;;
        jsonl-reader) echo FuzzJSONLinesReader ;;
        time-parser) echo FuzzTimeParser ;;
        analyzer) echo FuzzAnalyzer ;;
        *) return 1 ;;
    esac
}
for target in "${targets[@]}"; do
    binary_of "$target" >/dev/null || { echo "fuzz.sh: unknown target '$target' (${all_targets[*]})" >&2; exit 2; }
done

# -parse-as-library: the harnesses have no top-level code; libFuzzer supplies main().
build() {
    swift build --package-path "$fuzz" -c release -Xswiftc "-sanitize=$1" -Xswiftc -parse-as-library
}
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
echo "== building fuzz targets (-sanitize=$sanitizers)"
if ! build "$sanitizers"; then
    if [ "$sanitizers" = fuzzer ]; then echo "fuzz.sh: build failed" >&2; exit 2; fi
    echo "fuzz.sh: the build with -sanitize=$sanitizers failed; building with -sanitize=fuzzer alone" >&2
    sanitizers=fuzzer
    build fuzzer || { echo "fuzz.sh: build failed" >&2; exit 2; }
fi
bin_dir=$(swift build --package-path "$fuzz" -c release --show-bin-path)

# Static regular expressions live as long as the process; LeakSanitizer would call them leaks.
export LSAN_OPTIONS="suppressions=$fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Swift's own crash backtracer reads the stack in a way AddressSanitizer reports as a second error.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

failed=0
summary=()
for target in "${targets[@]}"; do
    binary="$bin_dir/$(binary_of "$target")"
    out="$fuzz/out/$target"
    mkdir -p "$out/corpus" "$out/artifacts"
    log="$out/fuzz.log"
    max_len="${FUZZ_MAX_LEN:-$([ "$target" = time-parser ] && echo 1024 || echo 8192)}"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len"
          -print_final_stats=1 -artifact_prefix="$out/artifacts/")
    [ -f "$fuzz/dict/$target.dict" ] && args+=(-dict="$fuzz/dict/$target.dict")
    # shellcheck disable=SC2206 # FUZZ_FLAGS is a list of flags
    [ -n "${FUZZ_FLAGS:-}" ] && args+=($FUZZ_FLAGS)
    echo "== $target: ${seconds}s, inputs up to $max_len bytes (log: ${log#$root/})"
    before=$(ls "$out/artifacts" | wc -l)
    status=0
    # The first folder gets what the fuzzer finds; the seeds are only read.
    "$binary" "${args[@]}" "$out/corpus" "$fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    [ -z "$execs" ] && execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
    new=$(ls -t "$out/artifacts" | head -n $(( $(ls "$out/artifacts" | wc -l) - before )) 2>/dev/null || true)
    if [ "$status" -eq 0 ] && [ -z "$new" ]; then
        result="no crash, no hang"
    else
        failed=1
        what=$(grep -m1 -E 'ERROR: libFuzzer: [a-z-]+|ERROR: AddressSanitizer: [a-z-]+|ERROR: LeakSanitizer|Fatal error|SUMMARY: ' "$log" | sed 's/^==[0-9]*== *//' || true)
        saved=$(for name in $new; do printf '%s ' "${out#$root/}/artifacts/$name"; done)
        result="FAILED (exit $status): ${what:-see the log}; input: ${saved:-none written}"
        # The report: from the first error line, without ASan's shadow-byte legend.
        sed -n '/ERROR: \|Fatal error\|ALARM\|SUMMARY: /,$p' "$log" | grep -v '^ *Shadow\|^  [A-Z][a-z ]*: *[0-9a-f][0-9a-f]\( \|$\)' \
            | head -n 30 | sed 's/^/    /'
    fi
    line=$(printf '%-13s %12s executions  %s' "$target" "${execs:-?}" "$result")
    echo "$line"
    summary+=("$line")
done

echo
echo "== summary (${seconds}s per target, -sanitize=$sanitizers)"
printf '%s\n' "${summary[@]}"
exit "$failed"
