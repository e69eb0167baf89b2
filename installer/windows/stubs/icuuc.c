/* Test-only stub for Wine 8.0, never shipped: Qt 6.12's Qt6Core.dll imports ICU's converter
 * functions (ucnv_*) from Windows' own icuuc.dll, which Wine lacks, so QtCore fails to load.
 * Every converter open fails here (U_UNSUPPORTED_ERROR): Qt then knows no legacy codec
 * (Shift-JIS, KOI8...) while UTF-8/16 and Latin-1, which Qt converts itself, work. The app
 * uses UTF-8 only. Installed in the Wine prefix's system folder (installer/windows/wine.py). */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
typedef void UConverter;
typedef void (*UConverterCallback)(void);
#define U_UNSUPPORTED_ERROR 16

static void unsupported(UErrorCode *error)
{
    if (error && *error <= 0)
        *error = U_UNSUPPORTED_ERROR;
}

UConverter *ucnv_open(const char *name, UErrorCode *error)
{
    (void)name;
    unsupported(error);
    return NULL;
}

void ucnv_close(UConverter *converter) { (void)converter; }
void ucnv_reset(UConverter *converter) { (void)converter; }
int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 4; }

const char *ucnv_getName(const UConverter *converter, UErrorCode *error)
{
    (void)converter;
    unsupported(error);
    return NULL;
}

void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}

void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action,
                         const void **context)
{
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action,
                           const void **context)
{
    ucnv_getToUCallBack(converter, action, context);
}

void ucnv_setToUCallBack(UConverter *converter, UConverterCallback action, const void *context,
                         UConverterCallback *old_action, const void **old_context,
                         UErrorCode *error)
{
    (void)converter; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    unsupported(error);
}

void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback action,
                           const void *context, UConverterCallback *old_action,
                           const void **old_context, UErrorCode *error)
{
    ucnv_setToUCallBack(converter, action, context, old_action, old_context, error);
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                           UErrorCode *error)
{
    (void)args; (void)source; (void)length; (void)offset;
    unsupported(error);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                             int32_t offset, UErrorCode *error)
{
    (void)args; (void)source; (void)limit; (void)offset;
    unsupported(error);
}

void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets,
                    int flush, UErrorCode *error)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    unsupported(error);
}

void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      int flush, UErrorCode *error)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    unsupported(error);
}

int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *error)
{
    (void)converter; (void)error;
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *error)
{
    (void)converter; (void)error;
    return 0;
}

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{
    (void)name; (void)standard;
    unsupported(error);
    return NULL;
}

int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t index) { (void)index; return NULL; }
