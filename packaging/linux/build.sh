#!/bin/sh
# Builds Lectern's Linux desktop bundle, bin/lectern-VERSION-linux-ARCH.tar.xz,
# and leaves its tree in bin/pkg/root (what `make install` and the .deb copy).
# PKG_OUT=DIR builds into DIR instead of bin (the packaging test does).
#
# fyne package (the go.mod tool) writes the .desktop entry from FyneApp.toml:
# Name, GenericName, Comment, Categories, Keywords, Icon=<app ID>,
# StartupWMClass and MimeType from [CanOpen]. Its own tarball holds only the
# binary, that entry and one 256 px icon in share/pixmaps, under usr/local or
# usr depending on the build machine, so the tree is laid out here around it:
# hicolor icons in every size, AppStream metainfo (validated), the man page and
# the shell completions, and an install.sh that takes a PREFIX.
set -eu
# The build tags of the Makefile (no_emoji: Fyne's emoji font stays out).
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
cd "$(dirname "$0")/../.."
top=$(pwd)
id=$(sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
version=$(packaging/version.sh)
arch=$(go env GOARCH)
mkdir -p "${PKG_OUT:-bin}"
out=$(cd "${PKG_OUT:-bin}" && pwd)
work=$out/pkg
root=$work/root
rm -rf "$work"
mkdir -p "$root/bin" "$root/lib/lectern" "$root/share/applications" "$root/share/metainfo" "$root/share/man/man1" \
	"$root/share/bash-completion/completions" "$root/share/zsh/site-functions" \
	"$root/share/fish/vendor_completions.d"

# The binary: -s -w drop the symbol tables (a third of the size); the version
# is stamped for `lectern --version` (this machine sets -buildvcs=false).
go build -buildvcs=auto -ldflags "-s -w -X main.version=$version" -o "$root/bin/lectern" ./cmd/lectern
# The diagram helper (D2, Graphviz): lectern finds it in ../lib/lectern.
go build -buildvcs=auto -ldflags "-s -w" -o "$root/lib/lectern/lectern-diagrams" ./cmd/lectern-diagrams

# The desktop entry, from fyne package: the go.mod tool, built here because it
# writes into the folder it is started in and `go tool` needs the module's.
go build -o "$work/fyne-tool" fyne.io/tools/cmd/fyne
# Its --src gets a copy of FyneApp.toml beside a stub Go file: fyne package
# counts up Build in the FyneApp.toml it reads, which must not dirty the tree.
mkdir -p "$work/src"
cp FyneApp.toml "$work/src/"
printf 'package main\n' >"$work/src/main.go"
(cd "$work" && ./fyne-tool package --os linux --name Lectern --app-id "$id" --app-version "${version%%~*}" \
	--executable "$root/bin/lectern" --icon "$top/assets/icon.png" --src "$work/src")
mkdir -p "$work/fyne-out"
tar -xJf "$work/Lectern.tar.xz" -C "$work/fyne-out"
desktop=$(find "$work/fyne-out" -name "$id.desktop")
[ -n "$desktop" ] || { echo "build.sh: fyne package made no $id.desktop" >&2; exit 1; }
# Lectern opens one deck: %f, not fyne's %F (a list of files).
sed 's/^Exec=lectern %F$/Exec=lectern %f/' "$desktop" >"$root/share/applications/$id.desktop"
grep -q '^Exec=lectern %f$' "$root/share/applications/$id.desktop" ||
	{ echo "build.sh: the desktop entry's Exec line is not 'lectern %f'" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
	desktop-file-validate "$root/share/applications/$id.desktop"
fi

go run ./packaging/icons -src assets/icon.png -name "$id" -out "$root/share/icons/hicolor"

cp packaging/linux/$id.metainfo.xml "$root/share/metainfo/"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml"

"$root/bin/lectern" man | gzip -9n >"$root/share/man/man1/lectern.1.gz"
"$root/bin/lectern" completion bash >"$root/share/bash-completion/completions/lectern"
"$root/bin/lectern" completion zsh >"$root/share/zsh/site-functions/_lectern"
"$root/bin/lectern" completion fish >"$root/share/fish/vendor_completions.d/lectern.fish"
chmod -R u=rwX,go=rX "$root"
echo "$version" >"$work/version"

# The tarball: one folder with the tree and its installer.
name=lectern-$version-linux-$arch
rm -rf "$work/$name"
mkdir -p "$work/$name"
cp -R "$root/bin" "$root/lib" "$root/share" "$work/$name/"
cp packaging/linux/install.sh "$work/$name/"
tar --owner=0 --group=0 --sort=name -cf - -C "$work" "$name" | xz -T0 -6 >"$out/$name.tar.xz.tmp"
mv "$out/$name.tar.xz.tmp" "$out/$name.tar.xz"
rm -rf "$work/$name" "$work/fyne-out" "$work/fyne-tool" "$work/src" "$work/Lectern.tar.xz"
echo "$out/$name.tar.xz"
