// Package deckfiles decides which files a deck may make Lectern read. A deck
// is untrusted input: it may name only regular files inside its own folder
// (after symlinks are resolved) or inside folders the user allowed, never
// devices, FIFOs, file:// URLs or anything on the network, and never more
// bytes or pixels than a bound. Every reader of a deck's pictures (the
// Markdown reader, the layout, the exporters) asks here first.
package deckfiles

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Kinds of refusal, as `lectern check` names them.
const (
	KindRemote  = "remote-image"  // on the network: never fetched
	KindOutside = "outside-file"  // outside the deck's folder and the allowed ones, or file://
	KindMissing = "missing-image" // no such file
	KindNotFile = "not-a-file"    // a folder, device, FIFO or socket
	KindTooBig  = "image-too-big" // over the byte or pixel budget
	KindBroken  = "broken-image"  // not an image Lectern can decode
)

// Error says why a deck may not read a file.
type Error struct {
	Kind string
	Src  string // as the deck wrote it
	Path string // the file it names, when known
	Why  string // a plain sentence
	err  error
}

func (e *Error) Error() string { return e.Why }
func (e *Error) Unwrap() error { return e.err }

// KindOf is the kind of a refusal, "" for other errors.
func KindOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// Policy is where one deck may read from.
type Policy struct {
	Root  string   // the deck's folder, symlinks resolved
	Allow []string // folders the user allowed, symlinks resolved
	dir   string   // the deck's folder as named, for the paths returned
}

// New is the policy of the deck at deckPath with the folders the user allowed.
// Folders that do not exist are left out.
func New(deckPath string, allow []string) Policy {
	return ForDir(filepath.Dir(deckPath), allow)
}

// ForDir is the policy of a deck in folder dir.
func ForDir(dir string, allow []string) Policy {
	p := Policy{Root: realDir(dir), dir: dir}
	for _, a := range allow {
		if r := realDir(a); r != "" {
			p.Allow = append(p.Allow, r)
		}
	}
	return p
}

func realDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// IsRemote says whether src names something on the network.
func IsRemote(src string) bool {
	s := strings.ToLower(strings.TrimSpace(src))
	if strings.HasPrefix(s, "//") {
		return true
	}
	return strings.Contains(s, "://") && !strings.HasPrefix(s, "file://")
}

// Resolve finds the file an image reference names: relative to the deck's
// folder; an absolute path as is when it is allowed, else under the deck's
// folder and its public/ folder (Slidev); also without a ?query or #fragment
// and with %XX decoded. It returns the file's path, or an *Error.
func (p Policy) Resolve(src string) (string, error) {
	s := strings.TrimSpace(src)
	low := strings.ToLower(s)
	switch {
	case s == "":
		return "", &Error{Kind: KindMissing, Src: src, Why: "the image has no file name"}
	case IsRemote(s):
		return "", &Error{Kind: KindRemote, Src: src, Why: fmt.Sprintf("image %s is on the network; Lectern never fetches it", src)}
	case strings.HasPrefix(low, "file:"):
		return "", &Error{Kind: KindOutside, Src: src, Why: fmt.Sprintf("image %s is a file:// address; a deck may only use files in its own folder, named by relative paths", src)}
	case schemeRE.MatchString(s) && !isDrive(s):
		return "", &Error{Kind: KindRemote, Src: src, Why: fmt.Sprintf("image %s is not a file Lectern can read", src)}
	}
	var refused *Error
	cands := p.candidates(s)
	for _, c := range cands {
		path, err := p.Check(c)
		if err == nil {
			return path, nil
		}
		var e *Error
		if errors.As(err, &e) && e.Kind != KindMissing && refused == nil {
			refused = e
		}
	}
	if refused != nil {
		if refused.Path != "" && refused.Path != src { // name it as the deck wrote it, then where it leads
			refused.Why = strings.Replace(refused.Why, "image "+refused.Path, fmt.Sprintf("image %s (%s)", src, refused.Path), 1)
		}
		refused.Src = src
		return "", refused
	}
	return "", &Error{Kind: KindMissing, Src: src, Path: cands[0], err: fs.ErrNotExist,
		Why: fmt.Sprintf("image %s not found (looked for %s)", src, cands[0])}
}

func isDrive(s string) bool { // C:\pictures on Windows
	return len(s) > 2 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') && filepath.VolumeName(s) != ""
}

func (p Policy) candidates(src string) []string {
	variants := []string{src}
	if i := strings.IndexAny(src, "?#"); i > 0 {
		variants = append(variants, src[:i])
	}
	for _, v := range variants {
		if u, err := url.PathUnescape(v); err == nil && u != v {
			variants = append(variants, u)
		}
	}
	var out []string
	for _, v := range variants {
		v = filepath.FromSlash(v)
		if filepath.IsAbs(v) {
			out = append(out, filepath.Join(p.dir, v), filepath.Join(p.dir, "public", v), filepath.Clean(v))
		} else {
			out = append(out, filepath.Join(p.dir, v))
		}
	}
	return out
}

// Check accepts path when it is a regular file inside the deck's folder or
// an allowed one, after resolving symlinks, and returns it (as given, so
// messages and copies keep the name the deck used).
func (p Policy) Check(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", &Error{Kind: KindMissing, Path: path, Why: fmt.Sprintf("%s: %v", path, err), err: err}
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", &Error{Kind: KindMissing, Path: path, err: err, Why: fmt.Sprintf("image %s not found", path)}
	}
	if !p.allowed(real) {
		return "", &Error{Kind: KindOutside, Path: path, Why: fmt.Sprintf("image %s is outside the deck's folder %s; Lectern reads only files in the deck's folder (allow another folder with --allow-dir)", path, p.Root)}
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", &Error{Kind: KindMissing, Path: path, err: err, Why: fmt.Sprintf("image %s not found", path)}
	}
	if !st.Mode().IsRegular() {
		return "", &Error{Kind: KindNotFile, Path: path, Why: fmt.Sprintf("image %s is not a regular file (%s)", path, what(st.Mode()))}
	}
	return path, nil
}

func (p Policy) allowed(real string) bool {
	if p.Root != "" && inside(real, p.Root) {
		return true
	}
	for _, a := range p.Allow {
		if inside(real, a) {
			return true
		}
	}
	return false
}

// inside says whether path lies under root (both absolute and clean).
func inside(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func what(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a pipe"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a file"
}
