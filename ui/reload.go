package ui

import (
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"github.com/fsnotify/fsnotify"
)

// watcher calls back when the deck or one of its sidecars changes on disk.
// It watches the folder, since editors save by writing a new file and
// renaming it over the old one.
type watcher struct {
	w    *fsnotify.Watcher
	once sync.Once
}

// relatedFiles are the files whose change means the talk must be reloaded.
func relatedFiles(deckPath string) map[string]bool {
	base := strings.TrimSuffix(deckPath, filepath.Ext(deckPath))
	return map[string]bool{
		filepath.Clean(deckPath):               true,
		filepath.Clean(base + ".pdfpc"):        true,
		filepath.Clean(base + ".lectern.json"): true,
	}
}

// isThemeFile is a theme file a deck in the folder may name
// (NAME.lectern-theme.toml): editing the theme redraws the talk.
func isThemeFile(name string) bool { return strings.HasSuffix(name, ".lectern-theme.toml") }

func watch(deckPath string, changed func()) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := fw.Add(filepath.Dir(deckPath)); err != nil {
		fw.Close()
		return nil, err
	}
	related := relatedFiles(deckPath)
	w := &watcher{w: fw}
	go func() {
		var timer *time.Timer
		for {
			select {
			case ev, ok := <-fw.Events:
				if !ok {
					return
				}
				if !(related[filepath.Clean(ev.Name)] || isThemeFile(ev.Name)) || ev.Op == fsnotify.Chmod {
					continue
				}
				// Editors write in bursts: reload once they are done.
				if timer != nil {
					timer.Stop()
				}
				timer = time.AfterFunc(250*time.Millisecond, changed)
			case _, ok := <-fw.Errors:
				if !ok {
					return
				}
			}
		}
	}()
	return w, nil
}

func (w *watcher) close() { w.once.Do(func() { w.w.Close() }) }

// reload reads the deck again and stays on the same slide; a version that
// does not load leaves the old one on screen and tells only the presenter.
func (p *presenter) reload() {
	defer p.survive("reload")
	p.ctl.Reload()
	p.redraw()
}

// startWatching reloads on change, on the Fyne goroutine.
func (p *presenter) startWatching() {
	w, err := watch(p.ctl.Path(), func() { fyne.Do(p.reload) })
	if err == nil {
		p.watch = w
	}
}
