package show

import (
	"strings"
	"testing"
)

func TestKeyFileBindAndUnbind(t *testing.T) {
	file := "# my clicker\n[bind]\nj = \"next\"\nk = \"prev-step\"\nPageDown = \"next-slide\"\nF5 = \"black\"\n\n[unbind]\nkeys = [\"Space\", \"Esc\"]\n"
	km, err := ParseKeyFile("keys.toml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	s := at()
	for _, tc := range []struct {
		key  string
		want Command
		ok   bool
	}{
		{"j", NextStep, true},
		{"J", NextStep, true}, // Caps Lock
		{"k", PrevStep, true},
		{"Next", NextSlide, true}, // rebound: no longer next step
		{"F5", Black, true},       // was full screen too
		{"F11", FullScreen, true}, // untouched
		{"Space", Command{}, false},
		{"Escape", Command{}, false},
		{"Right", NextStep, true},
	} {
		c, ok := km.LookupIn(s, tc.key)
		if ok != tc.ok || c != tc.want {
			t.Errorf("%s: %v %v, want %v %v", tc.key, c, ok, tc.want, tc.ok)
		}
	}
	// The overview's own Space (pick) is not the speaker's unbound Space.
	ov := s
	ov.Overview = true
	if c, ok := km.LookupIn(ov, "Space"); !ok || c != OverviewPick {
		t.Errorf("Space in the overview: %v %v", c, ok)
	}
	// Help shows the bindings in effect, on the commands' own rows.
	rows := map[string]string{}
	for _, r := range km.HelpRows() {
		rows[r.Help] = r.Keys
	}
	if got := rows["Next step (a clicker's PageDown)"]; got != "Right, Down, `j`" {
		t.Errorf("next step row: %q", got)
	}
	if got := rows["Black screen on/off"]; got != "`b`, `.`, F5" {
		t.Errorf("black row: %q", got)
	}
	if got := rows["Full screen on/off"]; got != "F11" {
		t.Errorf("full screen row: %q", got)
	}
	for _, r := range km.HelpRows() {
		if strings.Contains(r.Keys, "Esc") && !strings.HasPrefix(r.Help, "Overview") {
			t.Errorf("unbound Esc still in help: %+v", r)
		}
	}
	// The default table is untouched.
	if c, ok := Lookup("Space"); !ok || c != NextStep {
		t.Errorf("default Space: %v %v", c, ok)
	}
}

// TestKeyFileErrors: every mistake names the file and its line, and the
// default keys stay.
func TestKeyFileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file, want string
	}{
		{"syntax", "[bind]\nj = next\n", "keys.toml line 2: "},
		{"unknown command", "[bind]\n\nj = \"nxt\"\n", `keys.toml line 3: unknown command "nxt" for key "j"; commands are: `},
		{"unknown key", "[bind]\nj = \"next\"\nPageDwn = \"next\"\n", `keys.toml line 3: unknown key "PageDwn"`},
		{"not a string", "[bind]\nj = 3\n", `keys.toml line 2: unknown command ""`},
		{"unknown section", "[bnd]\nj = \"next\"\n", `keys.toml line 1: unknown section "bnd"`},
		{"unbind unknown key", "[unbind]\nkeys = [\n  \"Space\",\n  \"Spcae\",\n]\n", `keys.toml line 4: unknown key "Spcae"`},
		{"unbind not a list", "[unbind]\nkeys = \"Space\"\n", "keys.toml line 2: keys must be a list"},
		{"digit not bindable", "[bind]\nx = \"digit\"\n", `keys.toml line 2: unknown command "digit"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			km, err := ParseKeyFile("keys.toml", []byte(tc.file))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to start %q", err, tc.want)
			}
			if c, ok := km.LookupIn(at(), "Space"); !ok || c != NextStep {
				t.Fatalf("defaults lost after a bad file: Space is %v %v", c, ok)
			}
		})
	}
}

func TestCommandNamesParse(t *testing.T) {
	names := CommandNames()
	for _, n := range []string{"next", "next-step", "quit", "black", "help"} {
		if _, ok := ParseCommand(n); !ok {
			t.Errorf("%q does not parse", n)
		}
	}
	for _, n := range names {
		if _, ok := ParseCommand(n); !ok {
			t.Errorf("listed name %q does not parse", n)
		}
	}
}
