#!/usr/bin/env bash
# Resident memory of Lectern's PDF page path after stepping through a
# 200-page PDF twice at 1920 px, the way the presenter does (Get the current
# page, Prepare the next and previous): runs the Go test
# TestMemoryPDF200TwoPasses in render/pdfslide alone in its own process and
# prints VmRSS after each pass (target: under 300 MB and flat).
#
#   bench/memory-pdf200.sh
#
# The asserted numbers are read after runtime.GC + debug.FreeOSMemory; the
# "raw" ones, read just before, include garbage the Go collector had not
# returned yet. The real app (Fyne window, GL textures) is not measured here.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 CGO_ENABLED=1 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/pdfslide.test" ./render/pdfslide

status=0
(cd render/pdfslide && "$tmp/pdfslide.test" -test.run '^TestMemoryPDF200TwoPasses$' -test.v -test.count=1) \
	>"$tmp/out.txt" 2>&1 || status=$?
sed -n 's/^ *memory_test.go:[0-9]*: /  /p; /^--- /p; /FAIL/p' "$tmp/out.txt"
[ "$status" -eq 0 ] || { cat "$tmp/out.txt" >&2; exit "$status"; }

awk 'match($0, /pass [12]: VmRSS [0-9.]+/) { n = substr($0, RSTART + 5, 1); v[n] = substr($0, RSTART + 14, RLENGTH - 14)
	if (match($0, /raw [0-9.]+/)) r[n] = substr($0, RSTART + 4, RLENGTH - 4) }
END { printf "VmRSS after GC: pass 1 %s MB, pass 2 %s MB (%+.1f%%); raw before GC: %s MB, %s MB\n", v[1], v[2], (v[2] - v[1]) * 100 / v[1], r[1], r[2] }' "$tmp/out.txt"
