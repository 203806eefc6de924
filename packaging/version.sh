#!/bin/sh
# Prints the version packages carry: $VERSION when set; FyneApp.toml's Version
# when HEAD is tagged v<that>; otherwise a snapshot of it that sorts before
# the release in dpkg and names the commit: 0.1.0~git158.1a2b3c4d5e6f.
set -eu
cd "$(dirname "$0")/.."
if [ -n "${VERSION:-}" ]; then
	echo "$VERSION"
	exit 0
fi
base=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
[ -n "$base" ] || { echo "version.sh: FyneApp.toml has no Version" >&2; exit 1; }
if ! git rev-parse --git-dir >/dev/null 2>&1; then
	echo "$base"
elif [ "$(git describe --tags --exact-match 2>/dev/null || true)" = "v$base" ]; then
	echo "$base"
else
	echo "$base~git$(git rev-list --count HEAD).$(git rev-parse --short=12 HEAD)"
fi
