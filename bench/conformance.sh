#!/usr/bin/env bash
# Reruns the dialects' own tools on every fixture under testdata/conformance
# and diffs what they read (slide count, notes per slide) with the committed
# JSON that `make test` checks Lectern against: marp-core for marp/,
# @slidev/parser for slidev/, reveal.js's markdown plugin (slidify, as
# reveal-md calls it: front matter taken off, its separators passed on,
# `----` vertical slides by default) for reveal/. Prints the number of differences; exit 1 when
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
# npm puts the packages in the nearest folder holding node_modules
# (bench/node_modules, git-ignored); node finds them from $tools the same way.
if ! (cd "$tools" && node -e "for (const m of ['@marp-team/marp-core', '@slidev/parser', 'reveal.js/plugin/markdown']) require.resolve(m)") 2>/dev/null; then
	(cd "$tools" && npm install --silent --no-audit --no-fund --no-save @marp-team/marp-core @slidev/parser reveal.js >/dev/null)
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
} else if (kind === 'reveal') {
  out = await revealRead(readFileSync(file, 'utf8'))
} else {
  const { load } = await import('@slidev/parser/fs')
  const data = await load({ userRoot: resolve(file, '..') }, resolve(file))
  out = { slides: data.slides.length, notes: data.slides.map((s) => (s.note ?? '').trim()) }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n')

// reveal-md: the front matter is taken off and its separators given to
// the markdown plugin's slidify; notes are the plugin's <aside class="notes">
// (rendered by its marked) as plain text.
async function revealRead(text) {
  const { default: Markdown } = await import('reveal.js/plugin/markdown')
  const plugin = Markdown()
  const stub = { getConfig: () => ({ markdown: {} }), getRevealElement: () => ({ querySelectorAll: () => [] }) }
  await plugin.init(stub) // makes the plugin's marked, which renders notes
  const opts = { verticalSeparator: '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$' }
  const fm = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/)
  if (fm) {
    text = text.slice(fm[0].length)
    for (const line of fm[1].split(/\r?\n/)) {
      const m = line.match(/^(separator|verticalSeparator|notesSeparator):\s*(.*)$/)
      if (m) opts[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2')
    }
  }
  const html = plugin.slidify(text, opts)
  const slides = [...html.matchAll(/data-markdown><script type="text\/template">([\s\S]*?)<\/script>/g)]
  const notes = slides.map(([, body]) => {
    const m = body.match(/<aside class="notes">([\s\S]*)<\/aside>$/)
    if (!m) return ''
    return m[1].replace(/<\/p>\s*<p>/g, '\n\n').replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim()
  })
  return { slides: slides.length, notes }
}
JS
diffs=0 files=0
for dialect in marp slidev reveal; do
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
echo "conformance: $files fixtures, $diffs differences from marp-core, @slidev/parser and reveal.js"
[ "$diffs" -eq 0 ]
