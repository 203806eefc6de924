#!/usr/bin/env bash
# Times `lectern export` cutting a 200-page PDF into three parts against
# qpdf making the same three cuts (`qpdf --empty --pages in.pdf 1-67 --
# out.pdf`, then 68-134, then 135-200), both as whole processes, and prints
# the medians, the ratio (target: Lectern within 1.5x of qpdf) and every
# run's figures.
#
#   bench/export-pdf-vs-qpdf.sh            RUNS=15
#
# The runs alternate (lectern, qpdf x3, lectern, qpdf x3, ...) after two
# warm-up rounds, so a busy machine slows both alike, and medians are used
# because the noise is one-sided. It installs qpdf from Debian when missing
# and builds bin/lectern. Lectern also loads the deck (page labels, outline,
# the parts' first slide titles, notes) and writes notes sidecars and
# parts.json; qpdf only copies pages. BenchmarkExportPDF200 in
# internal/export times the same work in process.
set -euo pipefail
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"
RUNS=${RUNS:-15}
DECK=testdata/export/bench/deck200.pdf
SPLIT=1-67,68-134,135-200

if ! command -v qpdf >/dev/null 2>&1; then
	echo "installing qpdf from Debian..." >&2
	sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -q qpdf >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q qpdf >/dev/null; }
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "building bin/lectern..." >&2
go build -o bin/lectern ./cmd/lectern

python3 - "$RUNS" "$DECK" "$SPLIT" "$tmp" <<'PY'
import os, shutil, statistics, subprocess, sys, time
runs, deck, split, tmp = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
out = os.path.join(tmp, "out")
lectern = ["bin/lectern", "export", deck, "-o", out, "--split", split]
qpdfs = [["qpdf", "--empty", "--pages", deck, r, "--", os.path.join(tmp, f"q-{r}.pdf")] for r in split.split(",")]

def timed(cmds):
    t = time.perf_counter()
    for c in cmds:
        subprocess.run(c, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000

ls, qs = [], []
for i in range(runs + 2):
    shutil.rmtree(out, ignore_errors=True)
    lt = timed([lectern])
    qt = timed(qpdfs)
    if i >= 2:
        ls.append(lt)
        qs.append(qt)
if not os.path.exists(os.path.join(out, "parts.json")):
    sys.exit("lectern export wrote no parts.json")
l, q = statistics.median(ls), statistics.median(qs)
print("lectern export ms:", " ".join(f"{x:.0f}" for x in ls))
print("qpdf x3 ms:       ", " ".join(f"{x:.0f}" for x in qs))
print(f"lectern export {l:.0f} ms, qpdf x3 {q:.0f} ms (medians of {runs}, alternating), ratio {l/q:.2f} (target <= 1.5)")
PY
