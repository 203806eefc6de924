package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/lectern-app/lectern/internal/show"
)

const recentKey = "recent-decks"
const maxRecent = 8

func (p *presenter) menu() *fyne.MainMenu {
	recent := fyne.NewMenuItem("Open Recent", nil)
	recent.ChildMenu = fyne.NewMenu("")
	for _, path := range p.recent() {
		path := path
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, fyne.NewMenuItem(path, func() { p.open(path) }))
	}
	if len(recent.ChildMenu.Items) == 0 {
		none := fyne.NewMenuItem("(none yet)", nil)
		none.Disabled = true
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, none)
	}
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Open…", p.openDialog),
		recent,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export parts…", p.exportDialog),
	)
	talkMenu := fyne.NewMenu("Talk",
		fyne.NewMenuItem("Rehearse", func() { p.do(show.Rehearse) }),
		fyne.NewMenuItem("Rehearsal report", p.showReport),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Overview (Tab)", func() { p.do(show.Overview) }),
		fyne.NewMenuItem("Full screen (F11)", func() { p.do(show.FullScreen) }),
		fyne.NewMenuItem("Swap screens (s)", func() { p.do(show.Swap) }),
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("Keys (?)", func() { p.do(show.Help) }))
	return fyne.NewMainMenu(file, talkMenu, help)
}

func (p *presenter) openDialog() { showOpenDeckDialog(p.window, "", p.open) }

// showOpenDeckDialog is File › Open over parent, starting in folder when it
// is given; the chosen deck goes to open.
func showOpenDeckDialog(parent fyne.Window, folder string, open func(path string)) {
	d := dialog.NewFileOpen(deckChosen(open), parent)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".md", ".markdown", ".pdf"}))
	if folder != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Show()
}

// deckChosen is the open dialog's callback: a cancelled dialog does nothing.
func deckChosen(open func(path string)) func(fyne.URIReadCloser, error) {
	return func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		open(path)
	}
}

// dropped opens the first deck file dropped on either window.
func (p *presenter) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		ext := strings.ToLower(filepath.Ext(u.Path()))
		if ext == ".md" || ext == ".markdown" || ext == ".pdf" {
			p.open(u.Path())
			return
		}
	}
	if len(uris) > 0 {
		p.showError(fmt.Errorf("%s is not a deck: drop a .md or .pdf file", uris[0].Name()))
	}
}

// open switches to another deck: a new talk, with its own clock. A deck
// that does not open leaves the talk presenting as it was and says why.
func (p *presenter) open(path string) {
	if err := p.ctl.Open(path); err != nil {
		p.showError(err)
		return
	}
	if p.watch != nil {
		p.watch.close()
		p.watch = nil
	}
	p.startWatching()
	p.addRecent(path)
	p.window.SetMainMenu(p.menu())
	p.redraw()
}

func (p *presenter) showError(err error) {
	dialog.ShowError(err, p.window)
}

func (p *presenter) recent() []string {
	return p.app.Preferences().StringList(recentKey)
}

func (p *presenter) addRecent(path string) {
	abs, err := filepath.Abs(path)
	if err != nil || strings.Contains(abs, string(filepath.Separator)+"lectern"+string(filepath.Separator)+"demo") {
		return
	}
	list := []string{abs}
	for _, r := range p.recent() {
		if r != abs && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.app.Preferences().SetStringList(recentKey, list)
}
