#!/usr/bin/env bash
# Start-up against pdfpc: each app opens the 200-page benchmark PDF under
# Xvfb, alternating, N times each. Measures the time from launch until the
# app's presenter window is mapped (polled every 5 ms with xdotool), and
# VmRSS 5 s after launch; prints every run, the medians and the ratios.
# Targets (issue 15): window mapped <= 0.8x pdfpc's time, RSS <= 1.1x.
#
#   bench/start-vs-pdfpc.sh [N]          N runs of each, default 7
#   PDFPC_ARGS="-w both" bench/start-vs-pdfpc.sh
#                                        pdfpc with both windows: on one
#                                        screen pdfpc opens only its
#                                        presenter window, Lectern both.
#
# It builds lectern and installs pdfpc, Xvfb and xdotool from Debian when
# they are missing. Both apps get a copy of the deck (and its .pdfpc
# sidecar) in a temporary folder, so neither writes next to testdata, and
# one uncounted warm-up run each.
set -euo pipefail
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 CGO_ENABLED=1 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"
N=${1:-7}
DECK=testdata/pdf/deck200.pdf
export RSS_AT=${RSS_AT:-5}

need() { # command package
	command -v "$1" >/dev/null 2>&1 && return
	echo "installing $2 from Debian..." >&2
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -q "$2" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
}
need pdfpc pdfpc
need Xvfb xvfb
need xdotool xdotool

tmp=$(mktemp -d)
apid="" xpid=""
cleanup() {
	[ -n "$apid" ] && kill "$apid" 2>/dev/null
	[ -n "$xpid" ] && kill "$xpid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
echo "building lectern..." >&2
go build -o "$tmp/lectern" ./cmd/lectern
# The binary just written sits in the page cache in the large folios of the
# write, and Linux 6.18 maps a whole large folio on a fault: Lectern then
# counted 10-18 MiB more of its own file than when it starts from a copy
# read back from disk in readahead-sized pieces (an installed binary after
# a reboot). Flushing it and dropping it from the cache (this file only)
# measures that case.
sync "$tmp/lectern"
dd if="$tmp/lectern" iflag=nocache count=0 status=none
mkdir "$tmp/deck"
cp "$DECK" "$tmp/deck/"
[ -f "${DECK%.pdf}.pdfpc" ] && cp "${DECK%.pdf}.pdfpc" "$tmp/deck/"
deck="$tmp/deck/$(basename "$DECK")"

disp=":$((200 + RANDOM % 50))"
Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xpid=$!
export DISPLAY=$disp
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
export LECTERN_CONFIG_DIR="$tmp/config" XDG_CONFIG_HOME="$tmp/xdg" XDG_CACHE_HOME="$tmp/cache"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# run NAME TITLE-PATTERN CMD...: prints "ms rss_kib" for one launch.
run() {
	local pattern=$1
	shift
	local t0 t1 rss
	t0=$(now_ms)
	"$@" >>"$tmp/log" 2>&1 &
	apid=$!
	until xdotool search --onlyvisible --pid "$apid" --name "$pattern" >/dev/null 2>&1; do
		kill -0 "$apid" 2>/dev/null || { echo "the app exited before its window showed; log:" >&2; tail "$tmp/log" >&2; exit 1; }
		sleep 0.005
	done
	t1=$(now_ms)
	while [ $(($(now_ms) - t0)) -lt $((RSS_AT * 1000)) ]; do sleep 0.05; done
	rss=$(awk '/VmRSS/ {print $2}' /proc/$apid/status)
	kill "$apid"
	wait "$apid" 2>/dev/null || true
	apid=""
	sleep 0.3
	echo "$((t1 - t0)) $rss"
}

: >"$tmp/lectern.txt"
: >"$tmp/pdfpc.txt"
# One uncounted run each first: the font caches (Fyne's fontscan index in
# XDG_CACHE_HOME, fontconfig's) are then warm, as on a machine in use.
RSS_AT=0 run Presenter "$tmp/lectern" "$deck" >/dev/null
RSS_AT=0 run presenter pdfpc ${PDFPC_ARGS:-} "$deck" >/dev/null
for i in $(seq 1 "$N"); do
	l=$(run Presenter "$tmp/lectern" "$deck")
	p=$(run presenter pdfpc ${PDFPC_ARGS:-} "$deck")
	echo "$l" >>"$tmp/lectern.txt"
	echo "$p" >>"$tmp/pdfpc.txt"
	printf 'run %d: lectern %s ms %s MiB | pdfpc %s ms %s MiB\n' "$i" \
		"${l% *}" "$((${l#* } / 1024))" "${p% *}" "$((${p#* } / 1024))"
done

python3 - "$tmp/lectern.txt" "$tmp/pdfpc.txt" <<'PY'
import os, statistics, sys
def load(p):
    rows = [tuple(map(int, l.split())) for l in open(p) if l.strip()]
    ms = [r[0] for r in rows]
    return statistics.median(ms), min(ms), statistics.median(r[1] for r in rows) / 1024
lm, lmin, lr = load(sys.argv[1])
pm, pmin, pr = load(sys.argv[2])
print(f"window mapped (median): lectern {lm:.0f} ms, pdfpc {pm:.0f} ms, ratio {lm/pm:.2f} (target <= 0.8)")
print(f"window mapped (fastest): lectern {lmin:.0f} ms, pdfpc {pmin:.0f} ms, ratio {lmin/pmin:.2f}")
print(f"VmRSS at {os.environ.get('RSS_AT', '5')} s (median): lectern {lr:.0f} MiB, pdfpc {pr:.0f} MiB, ratio {lr/pr:.2f} (target <= 1.1)")
PY
