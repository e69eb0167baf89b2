/* Test-only stub for Wine 8.0, never shipped: Qt 6.12 calls colour-management functions that
 * Wine's mscms.dll lacks (WcsCreateIccProfile) when a real window is shown, and aborts. These
 * answer "not supported", so Qt falls back to sRGB. Installed in the Wine prefix's system
 * folder and chosen with WINEDLLOVERRIDES=mscms=n,b (installer/windows/wine.py); never next to
 * the Python, or PyInstaller would ship it inside the app. */
#include <windows.h>

#define UNSUPPORTED do { SetLastError(ERROR_NOT_SUPPORTED); } while (0)

HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options)
{
    (void)profile; (void)options;
    UNSUPPORTED;
    return NULL;
}

HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    UNSUPPORTED;
    return NULL;
}

HANDLE WINAPI OpenColorProfileA(void *profile, DWORD access, DWORD share, DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    UNSUPPORTED;
    return NULL;
}

BOOL WINAPI CloseColorProfile(HANDLE profile)
{
    (void)profile;
    return TRUE;
}

BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size)
{
    (void)profile; (void)buffer; (void)size;
    UNSUPPORTED;
    return FALSE;
}

BOOL WINAPI GetColorDirectoryW(const WCHAR *machine, WCHAR *buffer, DWORD *size)
{
    (void)machine; (void)buffer; (void)size;
    UNSUPPORTED;
    return FALSE;
}

BOOL WINAPI GetStandardColorSpaceProfileW(const WCHAR *machine, DWORD id, WCHAR *profile,
                                          DWORD *size)
{
    (void)machine; (void)id; (void)profile; (void)size;
    UNSUPPORTED;
    return FALSE;
}

BOOL WINAPI WcsGetDefaultColorProfile(int scope, const WCHAR *device, int type, int subtype,
                                      DWORD id, DWORD size, WCHAR *profile)
{
    (void)scope; (void)device; (void)type; (void)subtype; (void)id; (void)size; (void)profile;
    UNSUPPORTED;
    return FALSE;
}

BOOL WINAPI WcsGetDefaultColorProfileSize(int scope, const WCHAR *device, int type,
                                          int subtype, DWORD id, DWORD *size)
{
    (void)scope; (void)device; (void)type; (void)subtype; (void)id; (void)size;
    UNSUPPORTED;
    return FALSE;
}

BOOL WINAPI WcsGetUsePerUserProfiles(const WCHAR *device, DWORD device_class, BOOL *per_user)
{
    (void)device; (void)device_class;
    if (per_user)
        *per_user = FALSE;
    return TRUE;
}
