#!/bin/sh
# Installs Lectern's tree (bin/, share/ beside this script, or TREE) under
# PREFIX: install.sh [--uninstall] [PREFIX] [TREE]. PREFIX defaults to
# /usr/local; ~/.local installs for one user. DESTDIR stages the tree for a
# package instead (no manifest, no cache refresh). A normal install records
# what it copied in PREFIX/share/lectern/installed, which --uninstall removes.
set -eu
uninstall=false
if [ "${1:-}" = --uninstall ]; then
	uninstall=true
	shift
fi
prefix=${1:-/usr/local}
tree=${2:-$(cd "$(dirname "$0")" && pwd)}
case $prefix in # PREFIX=~/.local where the shell left the ~ alone
"~") prefix=$HOME ;;
"~/"*) prefix=$HOME/${prefix#"~/"} ;;
esac
case $prefix in
/*) ;;
*) echo "install.sh: PREFIX must be an absolute path, not $prefix" >&2; exit 2 ;;
esac
dest=${DESTDIR:-}$prefix
manifest=$dest/share/lectern/installed

# The desktop's caches of launchers by file type and of icons, where the
# tools are installed: other apps share them, so they are refreshed, not removed.
refresh_caches() {
	if command -v update-desktop-database >/dev/null && [ -d "$dest/share/applications" ]; then
		update-desktop-database -q "$dest/share/applications" || true
	fi
	if command -v gtk-update-icon-cache >/dev/null && [ -d "$dest/share/icons/hicolor" ]; then
		gtk-update-icon-cache -q -t "$dest/share/icons/hicolor" || true
	fi
}

if $uninstall; then
	if [ ! -f "$manifest" ]; then
		echo "install.sh: no Lectern installed under $prefix ($manifest is missing)" >&2
		exit 1
	fi
	while IFS= read -r f; do
		rm -f "$dest/$f"
	done <"$manifest"
	rm -f "$manifest"
	rmdir "$(dirname "$manifest")" 2>/dev/null || true # shared folders stay
	refresh_caches
	echo "Removed Lectern from $prefix"
	exit 0
fi

[ -x "$tree/bin/lectern" ] || { echo "install.sh: $tree/bin/lectern is missing: run make package first" >&2; exit 1; }
files=$(cd "$tree" && find bin lib share -type f | LC_ALL=C sort)
for f in $files; do
	mode=0644
	case $f in bin/* | lib/lectern/*) mode=0755 ;; esac
	install -D -m "$mode" "$tree/$f" "$dest/$f"
done
# Outside /usr and /usr/local the launcher may not be on the desktop's PATH.
case $prefix in
/usr | /usr/local) ;;
*) for d in "$dest"/share/applications/*.desktop; do
	sed -i "s|^Exec=lectern |Exec=$prefix/bin/lectern |" "$d"
done ;;
esac
if [ -z "${DESTDIR:-}" ]; then
	mkdir -p "$(dirname "$manifest")"
	echo "$files" >"$manifest"
	refresh_caches
fi
echo "Installed Lectern under $prefix"
