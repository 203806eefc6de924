#!/usr/bin/env bash
# Times Lectern rendering page 1 of a 200-page PDF 1920 px wide to a PNG
# against `mutool draw -w 1920` doing the same, both as whole processes that
# open the file, render the page and write a PNG, and prints both medians and
# the ratio (target: Lectern within 1.2x of mutool).
#
#   bench/render-vs-mutool.sh [file.pdf [page]]     RUNS=30 WIDTH=1920
#
# Lectern's side is bench/cmd/renderpage (pdfdoc.Open, Render, image/png).
set -euo pipefail
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 CGO_ENABLED=1 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"

pdf=${1:-testdata/pdf/deck200.pdf}
page=${2:-1}
runs=${RUNS:-30}
width=${WIDTH:-1920}
[ -r "$pdf" ] || { echo "render-vs-mutool: cannot read $pdf" >&2; exit 1; }

missing=""
command -v mutool >/dev/null 2>&1 || missing="$missing mupdf-tools"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v jq >/dev/null 2>&1 || missing="$missing jq"
if [ -n "$missing" ]; then
	echo "Installing:$missing"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/renderpage" ./bench/cmd/renderpage

lectern="$tmp/renderpage -w $width -o $tmp/lectern.png $pdf $page"
mutool="mutool draw -q -w $width -o $tmp/mutool.png $pdf $page"

# Both must really have written a PNG of the asked width (IHDR bytes 16-19).
pngwidth() { od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}'; }
$lectern && $mutool 2>/dev/null
for f in lectern mutool; do
	w=$(pngwidth "$tmp/$f.png")
	[ "$w" -ge $((width - 3)) ] && [ "$w" -le $((width + 3)) ] ||
		{ echo "render-vs-mutool: $f wrote a PNG $w px wide, not $width" >&2; exit 1; }
done

fitzdir=$(go list -m -f '{{.Dir}}' github.com/gen2brain/go-fitz)
echo "Lectern: MuPDF $(sed -n 's/^#define FZ_VERSION "\(.*\)"/\1/p' "$fitzdir/include/mupdf/fitz/version.h") via go-fitz; $(mutool -v 2>&1 | head -1)"
echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each"
echo "Lectern phases: $($tmp/renderpage -v -w "$width" -o "$tmp/lectern.png" "$pdf" "$page" 2>&1)"

hyperfine -N --style basic --warmup 3 --runs "$runs" --export-json "$tmp/h.json" \
	-n lectern "$lectern" -n mutool "$mutool"

jq -r '
  (.results | map({(.command): .}) | add) as $r
  | def ms(x): (x * 1000 * 10 | round) / 10;
  "median wall: lectern \(ms($r.lectern.median)) ms, mutool \(ms($r.mutool.median)) ms, ratio \(($r.lectern.median / $r.mutool.median * 100 | round) / 100)x",
  "mean CPU (user+sys): lectern \(ms($r.lectern.user + $r.lectern.system)) ms, mutool \(ms($r.mutool.user + $r.mutool.system)) ms, ratio \((($r.lectern.user + $r.lectern.system) / ($r.mutool.user + $r.mutool.system) * 100 | round) / 100)x"
' "$tmp/h.json"
