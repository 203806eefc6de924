package media

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Sniff checks that path is a video container, read from its first bytes,
// before any player or ffmpeg sees it: a text playlist renamed clip.mp4
// would otherwise make a player fetch its addresses from the network, and
// Lectern promises never to open a connection.
func Sniff(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open video %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 16)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return fmt.Errorf("read video %s: %w", path, err)
	}
	head = head[:n]
	if isContainer(head) {
		return nil
	}
	return fmt.Errorf("%s is not a video file Lectern knows (MP4, MOV, WebM, Matroska, Ogg, AVI or MPEG)", path)
}

func isContainer(h []byte) bool {
	switch {
	case len(h) >= 8 && (string(h[4:8]) == "ftyp" || string(h[4:8]) == "moov" || string(h[4:8]) == "mdat" ||
		string(h[4:8]) == "free" || string(h[4:8]) == "wide" || string(h[4:8]) == "skip"):
		return true // ISO base media: MP4, M4V, MOV
	case bytes.HasPrefix(h, []byte{0x1a, 0x45, 0xdf, 0xa3}):
		return true // EBML: WebM, Matroska
	case bytes.HasPrefix(h, []byte("OggS")):
		return true
	case len(h) >= 12 && bytes.HasPrefix(h, []byte("RIFF")) && string(h[8:12]) == "AVI ":
		return true
	case bytes.HasPrefix(h, []byte{0, 0, 1, 0xba}), bytes.HasPrefix(h, []byte{0, 0, 1, 0xb3}):
		return true // MPEG program stream, MPEG video
	case len(h) >= 1 && h[0] == 0x47:
		return true // MPEG transport stream sync byte
	}
	return false
}
