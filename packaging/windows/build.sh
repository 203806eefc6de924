#!/bin/sh
# Cross-builds bin/lectern.exe with Debian's mingw-w64. Fyne's GL driver and
# go-fitz need cgo; go-fitz ships MuPDF's Windows static libraries, built with
# a newer mingw-w64 than Debian 12's: they call __memcpy_chk/__memmove_chk
# (in GCC's libssp, linked statically) and __intrinsic_setjmpex
# (mingw_compat.S, in a small archive: every cgo package repeats CGO_LDFLAGS
# in the final link, and an archive, unlike an object, may appear twice).
set -eu
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/../.."
cc=x86_64-w64-mingw32-gcc
command -v $cc >/dev/null ||
	{ echo "make windows needs Debian's mingw-w64: apt-get install gcc-mingw-w64-x86-64" >&2; exit 1; }
lib=$(pwd)/bin/mingw
mkdir -p "$lib"
$cc -c -o "$lib/mingw_compat.o" packaging/windows/mingw_compat.S
rm -f "$lib/libmingw_compat.a"
x86_64-w64-mingw32-ar rcs "$lib/libmingw_compat.a" "$lib/mingw_compat.o"
CGO_ENABLED=1 CC=$cc CXX=x86_64-w64-mingw32-g++ GOOS=windows GOARCH=amd64 \
	CGO_LDFLAGS="-L$lib -lmingw_compat -l:libssp.a" \
	go build -buildvcs=auto -ldflags "-X main.version=$(packaging/version.sh)" -o bin/lectern.exe ./cmd/lectern
# The diagram helper, found beside lectern.exe (pure Go: no mingw needed).
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -buildvcs=auto -o bin/lectern-diagrams.exe ./cmd/lectern-diagrams
echo bin/lectern.exe bin/lectern-diagrams.exe
