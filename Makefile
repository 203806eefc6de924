# Lectern: `make run` opens the bundled demo deck, `make test` runs every test.
# Both install what a fresh Debian/Ubuntu machine lacks first (.ci/deps).

SHELL := /bin/bash
export PATH := /usr/local/go/bin:/usr/local/bin:$(HOME)/go/bin:$(PATH)
export LANG ?= C.UTF-8
# Go 1.21+ fetches the toolchain go.mod asks for by itself (its default).
export GOTOOLCHAIN ?= auto
export CGO_ENABLED := 1
# no_emoji leaves Fyne's 4 MB colour emoji font out of the binary: Fyne
# parsed it once per text style at start (about 12 MB resident, issue 15).
# Slides draw emoji with the system's fonts (render/fonts), and Fyne's own
# widgets fall back to them too.
export GOFLAGS ?= -tags=no_emoji

BIN := bin/lectern
# -noreset: Xvfb otherwise resets when its last client leaves (between two
# end-to-end tests) and refuses the next app for a moment.
XVFB := xvfb-run -a -s "-screen 0 1920x1080x24 -noreset"

.PHONY: all deps build run test vet bench screenshots fuzz clean
.PHONY: package package-test linux-bundle deb deb-smoke install uninstall windows windows-wine

all: build

deps:
	@./.ci/deps

# lectern-diagrams draws D2 and Graphviz diagrams in its own process (a
# timed-out drawing is killed; lectern does not link those libraries); lectern
# finds it beside itself.
build: deps
	go build -buildvcs=auto -o $(BIN) ./cmd/lectern
	go build -buildvcs=auto -o bin/lectern-diagrams ./cmd/lectern-diagrams

run: build
	./$(BIN) $(DECK)

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...

# Unit tests need no display; the end-to-end tests start the real binary in Xvfb.
test: deps vet
	$(XVFB) go test -count=1 -timeout 30m ./...
	$(MAKE) --no-print-directory package-test deb-smoke

bench: deps
	go test -run '^$$' -bench . -benchmem ./...

# Every reader's fuzz target, FUZZTIME each (go test -fuzz takes one target
# per run). -parallel 2: the machine has two cores.
FUZZTIME ?= 5m
FUZZ_TARGETS := \
	./internal/source/markdown:FuzzParse \
	./internal/source/markdown:FuzzFrontMatter \
	./internal/source/pdfpc:FuzzParseJSON \
	./internal/source/pdfpc:FuzzParseINI \
	./internal/source/themefile:FuzzParse \
	./internal/rehearse:FuzzReadHistory \
	./internal/deck:FuzzParseDuration \
	./internal/deck:FuzzBudgets \
	./render/layout:FuzzLayout \
	./render/texmath:FuzzLayout

fuzz: deps
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name in $$pkg for $(FUZZTIME)"; \
		go test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -parallel 2 $$pkg; \
	done

screenshots: build
	./.ci/screenshots

clean:
	rm -rf bin

# Packages (docs/PACKAGING.md). The Linux bundle,
# bin/lectern-VERSION-linux-ARCH.tar.xz, is built around `go tool fyne
# package`; its tree stays in bin/pkg/root for install and the .deb.
PREFIX ?= /usr/local

package: linux-bundle deb

linux-bundle: deps
	./packaging/linux/build.sh

deb: linux-bundle
	./packaging/deb/build.sh

# Builds both into a temporary folder and checks them (packaging/linux).
package-test: deps
	go test -count=1 -tags packaging ./packaging/...

# Installs the .deb into a fresh Debian root (debootstrap): a few minutes.
deb-smoke: deb
	./.ci/deb-smoke

# make install PREFIX=~/.local installs for one user; uninstall removes
# exactly what install recorded.
install: linux-bundle
	./packaging/linux/install.sh $(PREFIX) bin/pkg/root

uninstall:
	./packaging/linux/install.sh --uninstall $(PREFIX)

# lectern.exe with Debian's mingw-w64 (Fyne and go-fitz need cgo there too);
# windows-wine runs its check under Debian's wine (apt-get install wine wine64).
windows: deps
	./packaging/windows/build.sh

windows-wine: windows build
	./packaging/windows/wine-check.sh
