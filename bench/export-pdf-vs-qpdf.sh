#!/usr/bin/env bash
# Times `lectern export` cutting a 200-page PDF into three parts against
# qpdf making the same three cuts (`qpdf --empty --pages in.pdf 1-67 --
# out.pdf`, then 68-134, then 135-200), both as whole processes, and prints
# both means and the ratio (target: Lectern within 1.5x of qpdf).
#
#   bench/export-pdf-vs-qpdf.sh            RUNS=15
#
# It installs qpdf and hyperfine from Debian when missing and builds
# bin/lectern. Lectern also loads the deck (page labels, outline, slide
# titles, notes) and writes notes sidecars and parts.json; qpdf only copies
# pages. While `lectern export` is not wired into the CLI yet, the script
# times the same work in process (BenchmarkExportPDF200/load in
# internal/export: load, plan, export) and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"
RUNS=${RUNS:-15}
DECK=testdata/export/bench/deck200.pdf
SPLIT=1-67,68-134,135-200

need() { # command package
	command -v "$1" >/dev/null 2>&1 && return
	echo "installing $2 from Debian..." >&2
	local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -q "$2" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
}
need qpdf qpdf
need hyperfine hyperfine

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qcmd="for r in ${SPLIT//,/ }; do qpdf --empty --pages $DECK \$r -- $tmp/q-\$r.pdf; done"

echo "building bin/lectern..." >&2
go build -o bin/lectern ./cmd/lectern
if bin/lectern export "$DECK" -o "$tmp/probe" --split "$SPLIT" >/dev/null 2>&1 && [ -f "$tmp/probe/parts.json" ]; then
	lcmd="bin/lectern export $DECK -o $tmp/out --split $SPLIT"
	hyperfine -N --warmup 2 --runs "$RUNS" --prepare "rm -rf $tmp/out" \
		-n "lectern export" "$lcmd" -n "qpdf x3" "sh -c '$qcmd'" --export-json "$tmp/h.json" >&2
	python3 - "$tmp/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
l, q = r["lectern export"]["mean"], r["qpdf x3"]["mean"]
print(f"lectern export {l*1000:.0f} ms, qpdf x3 {q*1000:.0f} ms, ratio {l/q:.2f} (target <= 1.5)")
PY
	exit 0
fi

echo "lectern export is not wired into the CLI yet: timing the same work in process" >&2
go test -c -o "$tmp/export.test" ./internal/export
(cd internal/export && "$tmp/export.test" -test.run '^$' -test.bench '^BenchmarkExportPDF200$' -test.benchtime "${RUNS}x") >"$tmp/bench.txt"
grep Benchmark "$tmp/bench.txt" >&2
hyperfine -N --warmup 2 --runs "$RUNS" -n "qpdf x3" "sh -c '$qcmd'" --export-json "$tmp/h.json" >&2
python3 - "$tmp/h.json" "$tmp/bench.txt" <<'PY'
import json, re, sys
q = json.load(open(sys.argv[1]))["results"][0]["mean"]
ns = {m.group(1): float(m.group(2)) / 1e9 for m in re.finditer(r"BenchmarkExportPDF200/(\w+)-\d+\s+\d+\s+([\d.]+) ns/op", open(sys.argv[2]).read())}
for k, v in ns.items():
    what = "load+plan+export" if k == "load" else "export alone"
    print(f"in process, {what}: {v*1000:.0f} ms; qpdf x3 {q*1000:.0f} ms; ratio {v/q:.2f} (target <= 1.5; no process start counted)")
PY
