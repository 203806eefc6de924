package lexers

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

//go:embed embedded
var embedded embed.FS

// GlobalLexerRegistry is the global LexerRegistry of Lexers.
//
// Lectern: the embedded XML lexers are read on the first lookup, not in
// init (about 16 ms and 2.7 MB of heap on every start of a program that
// only links the package). Use the package's functions, which load them;
// the variable itself is complete only after the first of those calls.
var GlobalLexerRegistry = chroma.NewLexerRegistry()

var (
	loadOnce sync.Once
	loaded   bool
	pending  []chroma.Lexer // registered by the Go lexers before the load
	hooks    []func()       // init work that looks lexers up, run after the load
)

// afterLoad runs fn once the XML lexers are registered (Lectern: the init
// functions that set analysers on XML lexers). fn runs inside the load and
// must look lexers up in GlobalLexerRegistry, not through Get.
func afterLoad(fn func()) { hooks = append(hooks, fn) }

// registry is GlobalLexerRegistry with the XML lexers in it: they come
// first and the Go lexers after, in the order upstream registers them, so
// a Go lexer still wins over an XML one of the same name.
func registry() *chroma.LexerRegistry {
	loadOnce.Do(func() {
		paths, err := fs.Glob(embedded, "embedded/*.xml")
		if err != nil {
			panic(err)
		}
		for _, path := range paths {
			GlobalLexerRegistry.Register(chroma.MustNewXMLLexer(embedded, path))
		}
		for _, lexer := range pending {
			GlobalLexerRegistry.Register(lexer)
		}
		pending, loaded = nil, true
		for _, fn := range hooks {
			fn()
		}
		hooks = nil
	})
	return GlobalLexerRegistry
}

// Names of all lexers, optionally including aliases.
func Names(withAliases bool) []string {
	return registry().Names(withAliases)
}

// Aliases of all the lexers, and skip those lexers who do not have any aliases,
// or show their name instead
func Aliases(skipWithoutAliases bool) []string {
	return registry().Aliases(skipWithoutAliases)
}

// Get a Lexer by name, alias or file extension.
//
// Note that this if there isn't an exact match on name or alias, this will
// call Match(), so it is not efficient.
func Get(name string) chroma.Lexer {
	return registry().Get(name)
}

// MatchMimeType attempts to find a lexer for the given MIME type.
func MatchMimeType(mimeType string) chroma.Lexer {
	return registry().MatchMimeType(mimeType)
}

// Match returns the first lexer matching filename.
//
// Note that this iterates over all file patterns in all lexers, so it's not
// particularly efficient.
func Match(filename string) chroma.Lexer {
	return registry().Match(filename)
}

// Register a Lexer with the global registry.
func Register(lexer chroma.Lexer) chroma.Lexer {
	if !loaded { // the Go lexers, in init: kept until the load
		lexer.SetRegistry(GlobalLexerRegistry)
		pending = append(pending, lexer)
		return lexer
	}
	return GlobalLexerRegistry.Register(lexer)
}

// Analyse text content and return the "best" lexer..
func Analyse(text string) chroma.Lexer {
	return registry().Analyse(text)
}

// PlaintextRules is used for the fallback lexer as well as the explicit
// plaintext lexer.
func PlaintextRules() chroma.Rules {
	return chroma.Rules{
		"root": []chroma.Rule{
			{`.+`, chroma.Text, nil},
			{`\n`, chroma.Text, nil},
		},
	}
}

// Fallback lexer if no other is found.
var Fallback chroma.Lexer = chroma.MustNewLexer(&chroma.Config{
	Name:      "fallback",
	Filenames: []string{"*"},
	Priority:  -1,
}, PlaintextRules)
