//go:build !linux

package pdfdoc

// trimCHeap is a no-op where the C library has no malloc_trim.
func trimCHeap() {}
