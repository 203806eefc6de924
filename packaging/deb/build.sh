#!/bin/sh
# Builds bin/lectern_VERSION_ARCH.deb with dpkg-deb from the tree
# packaging/linux/build.sh left in bin/pkg/root, installed under /usr
# (PKG_OUT=DIR: from and into DIR, as for build.sh).
# Depends: what the binary links (dpkg-shlibdeps, with minimum versions) and
# the X libraries GLFW opens at run time (dlopen: no NEEDED entry, so found
# by their sonames in the binary), mapped to this machine's packages.
set -eu
cd "$(dirname "$0")/../.."
out=$(cd "${PKG_OUT:-bin}" && pwd)
tree=$out/pkg/root
[ -x "$tree/bin/lectern" ] || { echo "deb/build.sh: $tree is missing: run packaging/linux/build.sh first" >&2; exit 1; }
version=$(cat "$out/pkg/version") # the binary's, from the same build
arch=$(dpkg --print-architecture)
stage=$out/pkg/deb
rm -rf "$stage"
DESTDIR=$stage ./packaging/linux/install.sh /usr "$tree" >/dev/null
mkdir -p "$stage/usr/share/doc/lectern"
cp packaging/deb/copyright "$stage/usr/share/doc/lectern/copyright"

# Linked libraries. dpkg-shlibdeps wants a source package around it.
shl=$out/pkg/shlibdeps
mkdir -p "$shl/debian"
printf 'Source: lectern\n\nPackage: lectern\nArchitecture: any\n' >"$shl/debian/control"
linked=$(cd "$shl" && dpkg-shlibdeps -O -e "$stage/usr/bin/lectern" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$linked" ] || { echo "deb/build.sh: dpkg-shlibdeps found no libraries" >&2; exit 1; }
rm -rf "$shl"
# Opened at run time by GLFW's X11 backend.
opened=""
for so in $(strings "$stage/usr/bin/lectern" | grep -E '^libX[A-Za-z0-9_-]*\.so\.[0-9]+$' | sort -u); do
	path=$(ldconfig -p | awk -v so="$so" '$1 == so {print $NF; exit}')
	[ -n "$path" ] || { echo "deb/build.sh: $so (opened by GLFW) is not installed here: run .ci/deps" >&2; exit 1; }
	pkg=$(dpkg -S "$(readlink -f "$path")" | head -1 | cut -d: -f1)
	case ", $linked$opened," in *", $pkg,"* | *", $pkg ("*) ;; *) opened="$opened, $pkg" ;; esac
done
depends="$linked$opened"

size=$(du -sk "$stage" | cut -f1)
mkdir -p "$stage/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
	packaging/deb/control.in >"$stage/DEBIAN/control"
deb=$out/lectern_${version}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb.tmp" >/dev/null
mv "$deb.tmp" "$deb"
rm -rf "$stage"
echo "$deb"
