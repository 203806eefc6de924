#!/usr/bin/env bash
# Resident memory of the real app (windows, GL textures, page cache) after
# stepping through the 200-page PDF twice with PageDown, as a speaker would.
# Target: under 300 MB, and flat between the two passes.
#
#   bench/memory-app-pdf200.sh
set -euo pipefail
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 CGO_ENABLED=1 PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"
for tool in Xvfb xdotool; do command -v $tool >/dev/null || ./.ci/deps; done
tmp=$(mktemp -d)
go build -o "$tmp/lectern" ./cmd/lectern
disp=":$((150 + RANDOM % 50))"
Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $apid $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 0.7
export DISPLAY=$disp LECTERN_CONFIG_DIR="$tmp/config"
"$tmp/lectern" testdata/pdf/deck200.pdf >"$tmp/log" 2>&1 &
apid=$!
for _ in $(seq 1 100); do
	xdotool search --pid $apid --name Presenter >/dev/null 2>&1 && break
	sleep 0.2
done
# Both windows at 1920×1080, as on a 1080p laptop with a 1080p projector.
for id in $(xdotool search --pid $apid --name .); do xdotool windowsize "$id" 1920 1080; done
sleep 1
xdotool mousemove 400 300
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$apid/status; }
echo "after opening: $(rss) MB"
for pass in 1 2; do
	start=$(date +%s.%N)
	xdotool key --delay 60 --repeat 199 Next
	title=""
	for _ in $(seq 1 100); do # wait until the last page is reached
		title=$(for id in $(xdotool search --pid $apid --name .); do xdotool getwindowname "$id"; done | grep Presenter | head -1)
		case "$title" in *200/200) break ;; esac
		sleep 0.2
	done
	end=$(date +%s.%N)
	sleep 1
	echo "pass $pass: $(rss) MB resident, title '$title', $(echo "($end - $start) * 1000 / 199" | bc) ms per page"
	xdotool key Home
	sleep 1
done
awk '/VmHWM/ {printf "peak: %.0f MB\n", $2 / 1024}' /proc/$apid/status
