#!/usr/bin/env bash
# The command line as scripts see it: JSON out on success; on bad input exactly one line on stderr
# (`error: <json path>: <what is wrong>`), exit status 2 and nothing on stdout.
set -u
tally=$1; tariffs=$2; tests=$3
export TALLY_TARIFFS=$tariffs
failures=0; passed=0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect_error() {  # name, expected stderr line, command...
    local name=$1 expected=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local rc=$?
    [ $rc -eq 2 ] || { fail "$name: exit $rc, expected 2"; return; }
    [ ! -s "$work/out" ] || { fail "$name: wrote to stdout"; return; }
    [ "$(wc -l <"$work/err")" -eq 1 ] || { fail "$name: stderr is not one line: $(cat "$work/err")"; return; }
    [ "$(cat "$work/err")" = "$expected" ] || { fail "$name: stderr '$(cat "$work/err")' != '$expected'"; return; }
    pass
}

quote_stdin() { printf '%s' "$1" | "$tally" quote; }

# Success: JSON on stdout, exit 0.
out=$(quote_stdin '{"product":"face-verification","free_quota":false,"usage":[{"service":"身份信息核验","calls":1000}]}')
[ $? -eq 0 ] && grep -q '"total": "300.00"' <<<"$out" && pass || fail "quote from stdin"
printf '%s' '{"product":"body-analysis","usage":[{"service":"人体检测","calls":2999999}]}' >"$work/req.json"
"$tally" quote "$work/req.json" --text | grep -q 'Total: ¥5,998.00' && pass || fail "quote --text from a file"
"$tally" list | grep -q '"id": "face-verification"' && pass || fail "list"
# The catalog's five editions, each under its own path, then the edition named: six results.
"$tally" validate "$tariffs/catalog.json" "$tariffs/body-analysis/current.json" >"$work/validated"
[ "$(grep -c '"ok": true' "$work/validated")" -eq 6 ] && grep -q "\"file\": \"$tariffs/image-analysis/2019-12-01.json\"" "$work/validated" \
    && pass || fail "validate"
# Every JSON document printed indented exactly as Python's json.dumps(indent=2) prints it (the format of nlohmann's
# dump(2), which the command line printed before its one writer).
as_dumped() {
    python3 -c 'import json, sys; t = sys.stdin.read(); sys.exit(t != json.dumps(json.loads(t), indent=2, ensure_ascii=False) + "\n")'
}
as_dumped <"$work/validated" && pass || fail "validate: not indented as dump(2)"
"$tally" list | as_dumped && pass || fail "list: not indented as dump(2)"
# Each vector's quote and each timeline's (one Python process for them all: one each took minutes).
python3 - "$tally" "$tests"/vectors/*.json "$tests"/timelines/*.json <<'PY' && pass || fail "quote/timeline: not indented as dump(2)"
import json, subprocess, sys
bad = []
for vector in sys.argv[2:]:
    command = "timeline" if "/timelines/" in vector else "quote"
    request = json.dumps(json.load(open(vector))["request"])
    out = subprocess.run([sys.argv[1], command], input=request, capture_output=True, text=True, check=True).stdout
    if out != json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n":
        bad.append(vector)
for vector in bad:
    print("FAIL: %s: not indented as dump(2)" % vector)
sys.exit(1 if bad or len(sys.argv) < 30 else 0)
PY

timeline_stdin() { printf '%s' "$1" | "$tally" timeline; }
# 1,000 calls of 身份信息核验 a day in October 2026 at 0.3 (004 L327): 31 daily bills of 300.00.
out=$(timeline_stdin '{"product":"face-verification","start":"2026-10-01","end":"2026-10-31","usage":[{"service":"身份信息核验","calls":1000,"per":"day"}]}')
[ $? -eq 0 ] && grep -q '"total": "9300.00"' <<<"$out" && pass || fail "timeline from stdin"

# Bad input.
expect_error "timeline: a day that does not exist" "error: start: 2026-02-30 is not a date (YYYY-MM-DD)" timeline_stdin '{"product":"face-verification","start":"2026-02-30","end":"2026-03-31"}'
expect_error "timeline: a refund a day late" "error: refunds[0].date: after the refund window, which ended 2026-10-08" timeline_stdin '{"product":"face-verification","start":"2026-10-01","end":"2026-10-31","purchases":[{"service":"身份信息核验","size":1000,"date":"2026-10-01"}],"refunds":[{"purchase":0,"date":"2026-10-09"}]}'
plan_stdin() { printf '%s' "$1" | "$tally" plan; }
# 004 L466: 300,000 calls in a year; 20万 (180,000) + 10万 (100,000), not 3 x 10万 (300,000).
out=$(plan_stdin '{"product":"face-verification","start":"2026-01-01","end":"2026-12-31","free_quota":false,"usage":[{"service":"增强版人脸核身（权威库）-微信","calls":25000,"per":"month"}]}')
[ $? -eq 0 ] && grep -q '"total": "280000.00"' <<<"$out" && grep -q '"optimal": true' <<<"$out" && pass || fail "plan from stdin"
expect_error "plan: purchases given" "error: purchases: a plan request has none: the plan is what to buy" plan_stdin '{"product":"face-verification","start":"2026-01-01","end":"2026-01-31","purchases":[]}'
expect_error "malformed JSON" "error: request: not valid JSON" quote_stdin '{"product":'
expect_error "unknown product" 'error: product: unknown product "ocr"; one of body-analysis, image-analysis, face-verification' quote_stdin '{"product":"ocr"}'
expect_error "negative calls" "error: usage[0].calls: must be a whole number >= 0" quote_stdin '{"product":"body-analysis","usage":[{"service":"人体检测","calls":-3}]}'
expect_error "fractional calls" "error: usage[0].calls: must be a whole number >= 0, not a number with a fraction or exponent" quote_stdin '{"product":"body-analysis","usage":[{"service":"人体检测","calls":2.5}]}'
expect_error "calls over 10^15" "error: usage[0].calls: must be a whole number >= 0 and <= 1000000000000000" quote_stdin '{"product":"body-analysis","usage":[{"service":"人体检测","calls":1000000000000001}]}'
expect_error "QPS over 200" "error: qps[0].qps: at most 200 QPS can be bought for Body detection and attributes; for more, contact sales" quote_stdin '{"product":"body-analysis","qps":[{"group":"人体检测与属性分析","qps":201}]}'
expect_error "missing request file" "error: $work/none.json: cannot read the file" "$tally" quote "$work/none.json"

# Broken tariffs: missing field, negative price, overlapping tiers.
python3 - "$tariffs/body-analysis/current.json" "$work" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
base = json.load(open(src))
def write(name, mutate):
    t = json.loads(json.dumps(base)); mutate(t)
    json.dump(t, open(f"{work}/{name}.json", "w"), ensure_ascii=False)
write("missing", lambda t: t.pop("currency"))
write("negative", lambda t: t["services"][0]["packs"][2].update(price="-1800"))
write("overlap", lambda t: t["services"][1]["postpaid"]["tiers"][1].update({"from": 2500000}))
PY
expect_error "tariff missing field" "error: $work/missing.json:currency: is missing" "$tally" validate "$work/missing.json"
expect_error "tariff negative price" "error: $work/negative.json:services[0].packs[2].price: must be a decimal string >= 0 with at most 8 decimals, such as \"0.0025\"" "$tally" validate "$work/negative.json"
expect_error "tariff overlapping tiers" "error: $work/overlap.json:services[1].postpaid.tiers[0]: tiers overlap: the next tier starts before this one ends" "$tally" validate "$tariffs/body-analysis/current.json" "$work/overlap.json"

echo "$passed passed, $failures failed"
[ $failures -eq 0 ]
