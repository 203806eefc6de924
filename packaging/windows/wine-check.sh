#!/bin/sh
# Runs bin/lectern.exe under Debian's wine: `check` on the demo deck must print
# what the Linux binary prints. Wine 8 (Debian 12) has no bcryptprimitives.dll,
# which Go 1.22+ loads from system32 for ProcessPrng, so a stand-in built from
# wine/bcryptprimitives.c goes into a throwaway wine prefix (never into the
# .exe or a package).
set -eu
cd "$(dirname "$0")/../.."
top=$(pwd)
command -v wine >/dev/null || { echo "wine-check needs Debian's wine: apt-get install wine wine64" >&2; exit 1; }
[ -f bin/lectern.exe ] || { echo "wine-check: no bin/lectern.exe: run make windows first" >&2; exit 1; }
[ -x bin/lectern ] || { echo "wine-check: no bin/lectern: run make build first" >&2; exit 1; }
work=$(mktemp -d /tmp/lectern-wine.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	packaging/windows/wine/bcryptprimitives.c -ladvapi32
cp -R assets/demo "$work/demo"
cp bin/lectern.exe "$work/"
(cd "$work" && wine ./lectern.exe --version)
(cd "$work" && wine ./lectern.exe check demo/demo.md) >"$work/wine.out"
(cd "$work" && "$top/bin/lectern" check demo/demo.md) >"$work/linux.out"
diff -u "$work/linux.out" "$work/wine.out"
echo "wine-check: lectern.exe check prints what the Linux binary prints"
