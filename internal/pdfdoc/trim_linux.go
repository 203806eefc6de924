package pdfdoc

/*
#include <malloc.h>

// Pixmaps of whole pages (8 MB at 1920 px) are freed after each render.
// glibc raises its mmap threshold to the largest chunk freed, so without a
// fixed threshold every later pixmap lands in the heap and its pages stay
// resident after free; fixed at 1 MB they are mapped and unmapped.
static void lectern_malloc_setup(void) { mallopt(M_MMAP_THRESHOLD, 1 << 20); }
*/
import "C"

func init() { C.lectern_malloc_setup() }

// trimCHeap hands the C heap's free pages back to the system: a closed
// document's MuPDF store (decoded fonts and images, up to storeBytes) is
// freed into malloc's arenas, which glibc otherwise keeps resident.
func trimCHeap() { C.malloc_trim(0) }
