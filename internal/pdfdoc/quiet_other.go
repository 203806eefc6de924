//go:build !linux

package pdfdoc

// quiet runs fn; only on Linux do we know how to hush MuPDF's stderr.
func quiet(fn func() error) error { return fn() }
