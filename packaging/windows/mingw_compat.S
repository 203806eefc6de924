/* go-fitz's Windows MuPDF libraries were built with a newer mingw-w64 whose
   setjmp expands to __intrinsic_setjmpex(buf, frame). Debian's mingw-w64 has
   no such symbol, but msvcrt's _setjmpex takes the same arguments: a tail
   jump (not a call, which would return from the frame setjmp must save). */
	.text
	.globl	__intrinsic_setjmpex
	.def	__intrinsic_setjmpex; .scl 2; .type 32; .endef
__intrinsic_setjmpex:
	jmp	*__imp__setjmpex(%rip)
