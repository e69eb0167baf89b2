/* Test-only shim for Wine 8.0, never shipped: Wine 8.0 has no bcryptprimitives.dll, and the
 * Rust standard library in cryptography's _rust extension imports ProcessPrng from it
 * (Windows 10+). This fills the buffer from the system's random generator (RtlGenRandom,
 * advapi32's SystemFunction036), as Windows' own ProcessPrng does from its kernel RNG.
 * Installed in the Wine prefix's system folder only (installer/windows/wine.py). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
