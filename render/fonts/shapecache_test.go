package fonts

import "testing"

// The shape cache stays within its bounds whatever text goes through it
// (a deck is untrusted: thousands of distinct long code lines).
func TestShapeCacheIsBounded(t *testing.T) {
	line := make([]byte, maxShapedText)
	for i := 0; i < 1500; i++ { // ~20 KB each: several times the byte bound
		for k := range line {
			line[k] = byte('a' + (i>>(k%20))%26)
		}
		if _, err := Shape(Mono, 10, string(line[:400+i%(maxShapedText-400)]), false); err != nil {
			t.Fatal(err)
		}
		if i%97 == 0 {
			shapeCache.mu.RLock()
			n, b := len(shapeCache.m), shapeCache.bytes
			shapeCache.mu.RUnlock()
			if n > maxShaped || b > maxShapedBytes+maxShapedText*64 {
				t.Fatalf("after %d texts the cache holds %d entries, %d bytes", i, n, b)
			}
		}
	}
}
