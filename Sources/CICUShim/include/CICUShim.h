// A small, ICU-free C interface to the parts of ICU that qingzhang uses.
//
// Only plain C types appear here, so Swift modules that also import Foundation (which bundles
// its own ICU) can import this header. ICU's versioned entry points (`ucnv_open_72`) are
// macros Swift cannot call; icu_shim.c calls them and the preprocessor renames them.
//
// Status codes follow ICU: > 0 is a failure, <= 0 is success (warnings are negative).
#ifndef QZ_ICU_SHIM_H
#define QZ_ICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for a status code ("U_ILLEGAL_CHAR_FOUND").
const char *qz_icu_error_name(int32_t status);

// MARK: - Strict decoding to UTF-8

typedef struct qz_decoder qz_decoder;

/// Opens a strict decoder from `charset` ("GB18030", "UTF-16LE", …) to UTF-8.
/// Invalid or unmappable input stops the conversion instead of being replaced.
qz_decoder *qz_decoder_open(const char *charset, int32_t *status);

/// Converts `src[0..<src_len]` to UTF-8 in `dst[0..<dst_cap]`.
///
/// Returns the number of bytes written; `*consumed` is how much of `src` was used. A partial
/// multi-byte sequence at the end of `src` is kept inside the decoder for the next call unless
/// `flush` is non-zero. On invalid input, `*status` is `U_ILLEGAL_CHAR_FOUND`-like (> 0),
/// `*bad_len` is the length of the offending sequence and the bytes up to and including it
/// are consumed; the caller reports them and calls again. When `dst` fills up, `*status` is
/// U_BUFFER_OVERFLOW_ERROR (15) and the caller calls again with more room.
int32_t qz_decoder_convert(qz_decoder *decoder, const char *src, int32_t src_len,
                           int32_t *consumed, char *dst, int32_t dst_cap, int32_t flush,
                           int32_t *bad_len, int32_t *status);

void qz_decoder_close(qz_decoder *decoder);

/// Best guess at the charset of `src` (ucsdet). Writes a NUL-terminated name into `name`
/// and returns the confidence (0–100), or -1 when nothing matched. A hint only.
int32_t qz_detect_charset(const char *src, int32_t src_len, char *name, int32_t name_cap);

// MARK: - Transliteration and normalisation (UTF-16 buffers)

typedef struct qz_translit qz_translit;

/// Opens a transliterator by ICU id ("Traditional-Simplified", "Han-Latin", …).
qz_translit *qz_translit_open(const uint16_t *id, int32_t id_len, int32_t *status);

/// Transliterates `buf[0..<len]` in place; returns the new length (may exceed `cap`, in which
/// case `*status` is U_BUFFER_OVERFLOW_ERROR and the caller retries with a larger buffer).
int32_t qz_translit_apply(qz_translit *translit, uint16_t *buf, int32_t len, int32_t cap,
                          int32_t *status);

void qz_translit_close(qz_translit *translit);

/// NFKC-normalises `src` into `dst`; returns the length needed.
int32_t qz_normalize_nfkc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap,
                          int32_t *status);

// MARK: - Chinese (lunar) calendar, non-lenient

/// Converts a lunar date to Gregorian. `lunar_year` is the Gregorian year in which that lunar
/// year's 正月初一 falls; `month` 1–12; `is_leap` for a 闰月; `day` 1–30.
/// An impossible date (腊月三十 in a 29-day month, a leap month that year lacks) fails with
/// `*status` > 0 instead of rolling over.
void qz_lunar_to_gregorian(int32_t lunar_year, int32_t month, int32_t is_leap, int32_t day,
                           int32_t *year, int32_t *gmonth, int32_t *gday, int32_t *status);

/// Converts a Gregorian date to lunar (`*lunar_year` as above).
void qz_gregorian_to_lunar(int32_t year, int32_t month, int32_t day, int32_t *lunar_year,
                           int32_t *lmonth, int32_t *is_leap, int32_t *lday, int32_t *status);

/// Number of days in a lunar month (29 or 30), or 0 with `*status` > 0 when it does not exist.
int32_t qz_lunar_month_length(int32_t lunar_year, int32_t month, int32_t is_leap,
                              int32_t *status);

// MARK: - Spellout (second opinion on well-formed 大写)

/// Parses `text` with ICU's zh spellout rules. Returns the value (integer part) and sets
/// `*parsed_len` to how many UTF-16 units were read; a full parse has `*parsed_len == len`.
int64_t qz_spellout_parse_zh(const uint16_t *text, int32_t len, int32_t *parsed_len,
                             int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
