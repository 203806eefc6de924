#!/usr/bin/env bash
# Times `lectern export` writing a 60-slide Markdown deck as a vector PDF
# (plus deck.md, notes and images) against Marp CLI making its PDF
# (`marp --no-config --allow-local-files --pdf`, Chromium), both as whole
# processes, and prints both means and the ratio (target: at most 0.2).
#
#   bench/export-md-vs-marp.sh             RUNS=10
#
# It installs Marp CLI with npm into ~/.cache/lectern-bench/marp, and
# Chromium and hyperfine from Debian, when missing, and builds bin/lectern. While
# `lectern export` is not wired into the CLI yet, the script times the same
# work in process (BenchmarkExportMarkdown60/load in render/partpdf) and
# says so.
set -euo pipefail
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"
RUNS=${RUNS:-10}
DECK=testdata/export/bench/deck60.md

need() { # command package
	command -v "$1" >/dev/null 2>&1 && return
	echo "installing $2 from Debian..." >&2
	local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -q "$2" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
}
need hyperfine hyperfine
need chromium chromium
need npm npm
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/lectern-bench/marp
MARP="$CACHE/node_modules/.bin/marp"
if [ ! -x "$MARP" ]; then
	echo "installing @marp-team/marp-cli with npm into $CACHE..." >&2
	mkdir -p "$CACHE"
	npm install --silent --no-audit --no-fund --prefix "$CACHE" @marp-team/marp-cli >&2
fi
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium)}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mcmd="$MARP --no-config --allow-local-files --pdf $DECK -o $tmp/marp.pdf"
"$MARP" --version >&2

echo "building bin/lectern..." >&2
go build -o bin/lectern ./cmd/lectern
if bin/lectern export "$DECK" -o "$tmp/probe" --split 1-60 >/dev/null 2>&1 && [ -f "$tmp/probe/parts.json" ]; then
	lcmd="bin/lectern export $DECK -o $tmp/out --split 1-60"
	hyperfine -N --warmup 1 --runs "$RUNS" --prepare "rm -rf $tmp/out" \
		-n "lectern export" "$lcmd" -n "marp --pdf" "$mcmd" --export-json "$tmp/h.json" >&2
	python3 - "$tmp/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
l, m = r["lectern export"]["mean"], r["marp --pdf"]["mean"]
print(f"lectern export {l*1000:.0f} ms, marp --pdf {m*1000:.0f} ms, ratio {l/m:.3f} (target <= 0.2)")
PY
	exit 0
fi

echo "lectern export is not wired into the CLI yet: timing the same work in process" >&2
go test -c -o "$tmp/export.test" ./render/partpdf
(cd render/partpdf && "$tmp/export.test" -test.run '^$' -test.bench '^BenchmarkExportMarkdown60$' -test.benchtime "${RUNS}x") >"$tmp/bench.txt"
grep Benchmark "$tmp/bench.txt" >&2
hyperfine -N --warmup 1 --runs "$RUNS" -n "marp --pdf" "$mcmd" --export-json "$tmp/h.json" >&2
python3 - "$tmp/h.json" "$tmp/bench.txt" <<'PY'
import json, re, sys
m = json.load(open(sys.argv[1]))["results"][0]["mean"]
ns = {x.group(1): float(x.group(2)) / 1e9 for x in re.finditer(r"BenchmarkExportMarkdown60/(\w+)-\d+\s+\d+\s+([\d.]+) ns/op", open(sys.argv[2]).read())}
for k, v in ns.items():
    what = "load+plan+export" if k == "load" else "export alone"
    print(f"in process, {what}: {v*1000:.0f} ms; marp --pdf {m*1000:.0f} ms; ratio {v/m:.3f} (target <= 0.2; no process start counted)")
PY
