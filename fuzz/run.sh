#!/usr/bin/env bash
# Runs both libFuzzer harnesses (build/fuzz, the `fuzz` preset), seeded from the tariffs, the test vectors and the
# hand-worked timelines.
#   fuzz/run.sh time 30        each harness for 30 seconds (CI's smoke run: 2 x 30 s)
#   fuzz/run.sh runs 5000000   each harness for that many executions (the long run in docs/fuzzing.md)
# A crash leaves its input in build/fuzz/findings/; keep it under fuzz/regressions/ as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-time}; amount=${2:-30}
case "$mode" in
    time) limit=(-max_total_time="$amount") ;;
    runs) limit=(-runs="$amount") ;;
    *) echo "usage: fuzz/run.sh time SECONDS | runs N" >&2; exit 2 ;;
esac
work=build/fuzz/work; seeds=build/fuzz/seeds/request; findings=build/fuzz/findings
rm -rf "$work" "$seeds"; mkdir -p "$work/tariff" "$work/request" "$seeds" "$findings"
python3 - "$seeds" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
for folder in ("tests/vectors", "tests/timelines"):
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        (out / path.name).write_text(json.dumps(json.loads(path.read_text())["request"], ensure_ascii=False))
PY
status=0
for harness in tariff request; do
    if [ "$harness" = tariff ]; then corpus=(tariffs/body-analysis tariffs/image-analysis tariffs/face-verification fuzz/regressions/tariff)
    else corpus=("$seeds" fuzz/regressions/request); fi
    echo "== fuzz_$harness"
    log=build/fuzz/$harness.log
    rc=0
    build/fuzz/fuzz/fuzz_$harness "$work/$harness" "${corpus[@]}" "${limit[@]}" -max_len=65536 -timeout=10 \
        -artifact_prefix="$findings/$harness-" -print_final_stats=1 >"$log" 2>&1 || rc=$?
    grep -E "^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY|invariant)" "$log" || true
    if [ $rc -ne 0 ]; then
        echo "fuzz_$harness FAILED (exit $rc); the input is in $findings/, the log in $log"
        tail -40 "$log"
        status=1
    fi
done
exit $status
