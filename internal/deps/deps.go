// Package deps pins modules the packages being written in parallel need, so
// `go mod tidy` keeps them. Delete once every module is imported for real.
package deps

import (
	_ "fyne.io/fyne/v2/app"
	_ "github.com/alecthomas/chroma/v2"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/gen2brain/go-fitz"
	_ "github.com/pdfcpu/pdfcpu/pkg/api"
	_ "github.com/signintech/gopdf"
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/image/font/gofont/goregular"
	_ "gonum.org/v1/plot"
	_ "gopkg.in/yaml.v3"
)
