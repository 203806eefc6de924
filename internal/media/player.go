package media

import (
	"fmt"
	"os/exec"
	"strconv"
)

// Screen is where the audience window is, in desktop pixels; a zero Screen
// lets the player choose.
type Screen struct {
	X, Y, W, H int
	Index      int // 0-based monitor number, for players that take one
}

// Player is a local program that plays a video file.
type Player struct {
	Name string // mpv, vlc, ffplay, xdg-open
	Path string
}

// players are tried in this order: the ones that can go full screen on a
// chosen monitor first, the desktop's opener last.
var players = []string{"mpv", "vlc", "ffplay", "xdg-open"}

// LookPath is how players are found (exec.LookPath; tests replace it).
var LookPath = exec.LookPath

// FindPlayer returns the first installed player; false when there is none.
func FindPlayer() (Player, bool) {
	for _, name := range players {
		if p, err := LookPath(name); err == nil {
			return Player{Name: name, Path: p}, true
		}
	}
	return Player{}, false
}

// PlayerNames is the list FindPlayer tries, for messages.
func PlayerNames() []string { return append([]string(nil), players...) }

// Command is the command that plays file full screen on scr. The file is
// passed after "--" (or as the only argument) so a name starting with "-"
// is never taken for an option.
func (p Player) Command(file string, scr Screen) *exec.Cmd {
	var args []string
	switch p.Name {
	case "mpv":
		args = []string{"--fs", "--no-terminal", "--keep-open=no"}
		if scr.W > 0 {
			args = append(args, "--fs-screen="+strconv.Itoa(scr.Index), "--screen="+strconv.Itoa(scr.Index))
		}
		args = append(args, "--", file)
	case "vlc":
		args = []string{"--fullscreen", "--play-and-exit", "--no-video-title-show"}
		if scr.W > 0 {
			args = append(args, "--qt-fullscreen-screennumber="+strconv.Itoa(scr.Index))
		}
		args = append(args, "--", file)
	case "ffplay":
		args = []string{"-hide_banner", "-loglevel", "error", "-autoexit", "-fs"}
		if scr.W > 0 {
			// ffplay has no monitor option: open the window on that monitor
			args = append(args, "-left", strconv.Itoa(scr.X), "-top", strconv.Itoa(scr.Y))
		}
		args = append(args, "-i", "file:"+file)
	default:
		args = []string{file}
	}
	return exec.Command(p.Path, args...)
}

// Play starts the player on file and returns at once; done, when not nil,
// gets the player's result when it exits (a failed start is returned).
func (p Player) Play(file string, scr Screen, done func(error)) error {
	cmd := p.Command(file, scr)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", p.Name, err)
	}
	go func() {
		err := cmd.Wait()
		if done != nil {
			done(err)
		}
	}()
	return nil
}
