#include <windows.h>
/* Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Go 1.22+ needs for
   ProcessPrng. For the wine check only: RtlGenRandom (advapi32) stands in. */
BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n)) return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
