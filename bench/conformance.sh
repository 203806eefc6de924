#!/usr/bin/env bash
# Reruns the dialects' own tools on every fixture under testdata/conformance
# and diffs what they read (slide count, notes per slide) with the committed
# JSON that `make test` checks Lectern against: marp-core for marp/,
# @slidev/parser for slidev/. Prints the number of differences; exit 1 when
# there are any. UPDATE=1 rewrites the JSON instead.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools=$root/bench/node_modules/.conformance
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq && $sudo apt-get install -y -qq nodejs npm
fi
mkdir -p "$tools"
if [ ! -d "$tools/node_modules/@marp-team/marp-core" ] || [ ! -d "$tools/node_modules/@slidev/parser" ]; then
	(cd "$tools" && npm install --silent --no-audit --no-fund --no-save @marp-team/marp-core @slidev/parser >/dev/null)
fi
cat >"$tools/run.mjs" <<'JS'
// What the dialect's own tool reads: {"slides": N, "notes": ["…", …]}.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
const [kind, file] = process.argv.slice(2)
let out
if (kind === 'marp') {
  const { Marp } = await import('@marp-team/marp-core')
  const { comments } = new Marp().render(readFileSync(file, 'utf8'))
  out = { slides: comments.length, notes: comments.map((c) => c.map((s) => s.trim()).filter((s) => s).join('\n\n')) }
} else {
  const { load } = await import('@slidev/parser/fs')
  const data = await load({ userRoot: resolve(file, '..') }, resolve(file))
  out = { slides: data.slides.length, notes: data.slides.map((s) => (s.note ?? '').trim()) }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n')
JS
diffs=0 files=0
for dialect in marp slidev; do
	for md in "$root"/testdata/conformance/$dialect/*.md; do
		files=$((files + 1))
		want=${md%.md}.json
		got=$(cd "$tools" && node run.mjs "$dialect" "$md")
		if [ "${UPDATE:-}" = 1 ]; then
			printf '%s\n' "$got" >"$want"
			continue
		fi
		if ! d=$(diff <(printf '%s\n' "$got") "$want"); then
			echo "differs: ${md#"$root"/}"
			printf '%s\n' "$d"
			diffs=$((diffs + 1))
		fi
	done
done
echo "conformance: $files fixtures, $diffs differences from marp-core and @slidev/parser"
[ "$diffs" -eq 0 ]
