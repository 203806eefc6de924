package media

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// frameTimeout bounds one ffmpeg run; maxFrame bounds what it may print.
const (
	frameTimeout = 10 * time.Second
	maxFrame     = 64 << 20
)

// ErrNoFFmpeg says the first frame cannot be drawn: ffmpeg is not installed.
var ErrNoFFmpeg = errors.New("ffmpeg is not installed, so the video's first frame cannot be shown")

// demuxers ffmpeg may use on a deck's video, and the one protocol: a file
// cannot turn into a playlist or a network stream.
const (
	demuxers  = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,ogg,avi,mpeg,mpegts,mpegvideo"
	protocols = "file"
)

var frames struct {
	sync.Mutex
	m map[string]image.Image
}

// FirstFrame is the first frame of the video at path, decoded by a local
// ffmpeg, cached per process and in the user's cache folder by the file's
// name, size and time.
func FirstFrame(path string) (image.Image, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("video %s: %w", path, err)
	}
	key := frameKey(path, fi)
	frames.Lock()
	img, ok := frames.m[key]
	frames.Unlock()
	if ok {
		return img, nil
	}
	cache := cacheFile(key)
	if data, err := os.ReadFile(cache); err == nil {
		if img, err := png.Decode(bytes.NewReader(data)); err == nil {
			remember(key, img)
			return img, nil
		}
	}
	if err := Sniff(path); err != nil {
		return nil, err
	}
	ffmpeg, err := LookPath("ffmpeg")
	if err != nil {
		return nil, ErrNoFFmpeg
	}
	data, err := runFFmpeg(ffmpeg, path)
	if err != nil {
		return nil, err
	}
	img, err = png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("video %s: ffmpeg gave no picture: %w", path, err)
	}
	remember(key, img)
	if cache != "" && os.MkdirAll(filepath.Dir(cache), 0o755) == nil {
		_ = atomicfile.WriteFile(cache, data) // a cache: failing to keep it costs only time
	}
	return img, nil
}

func runFFmpeg(ffmpeg, path string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), frameTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, ffmpeg, "-nostdin", "-hide_banner", "-v", "error",
		"-protocol_whitelist", protocols, "-format_whitelist", demuxers,
		"-i", "file:"+path, "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-")
	var out, errb bytes.Buffer
	cmd.Stdout = &capped{b: &out, max: maxFrame}
	cmd.Stderr = &capped{b: &errb, max: 4096}
	if err := cmd.Run(); err != nil {
		msg := bytes.TrimSpace(errb.Bytes())
		if ctx.Err() != nil {
			return nil, fmt.Errorf("video %s: ffmpeg took longer than %s", path, frameTimeout)
		}
		return nil, fmt.Errorf("video %s: ffmpeg: %v %s", path, err, msg)
	}
	return out.Bytes(), nil
}

func remember(key string, img image.Image) {
	frames.Lock()
	defer frames.Unlock()
	if frames.m == nil || len(frames.m) > 64 {
		frames.m = map[string]image.Image{}
	}
	frames.m[key] = img
}

func frameKey(path string, fi os.FileInfo) string {
	abs, _ := filepath.Abs(path)
	h := sha256.Sum256([]byte(abs + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" + fi.ModTime().UTC().Format(time.RFC3339Nano)))
	return hex.EncodeToString(h[:16])
}

func cacheFile(key string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "lectern", "frames", key+".png")
}

// capped keeps at most max bytes and then fails the write, which stops ffmpeg.
type capped struct {
	b   *bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if c.b.Len()+len(p) > c.max {
		return 0, fmt.Errorf("output over %d bytes", c.max)
	}
	return c.b.Write(p)
}
