#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

const char *qz_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: - Decoding

struct qz_decoder {
  UConverter *from;
  UChar u16[16384];
  UChar lead;  // a lead surrogate waiting for its trail
};

qz_decoder *qz_decoder_open(const char *charset, int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  qz_decoder *d = calloc(1, sizeof(qz_decoder));
  if (!d) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
  d->from = ucnv_open(charset, &st);
  if (U_SUCCESS(st))
    ucnv_setToUCallBack(d->from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
  if (U_FAILURE(st)) {
    qz_decoder_close(d);
    *status = st;
    return NULL;
  }
  *status = st;
  return d;
}

// UTF-16 → UTF-8 for the units ICU produced; a trailing lead surrogate is kept for later.
static int32_t put_utf8(qz_decoder *d, const UChar *u, int32_t n, char *dst) {
  unsigned char *o = (unsigned char *)dst;
  for (int32_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    if (d->lead) {
      if (c >= 0xDC00 && c <= 0xDFFF) {
        c = 0x10000 + (((uint32_t)d->lead - 0xD800) << 10) + (c - 0xDC00);
        d->lead = 0;
      } else {
        d->lead = 0;  // unpaired: emit U+FFFD for the lone lead, then this unit
        *o++ = 0xEF; *o++ = 0xBF; *o++ = 0xBD;
      }
    } else if (c >= 0xD800 && c <= 0xDBFF) {
      d->lead = (UChar)c;
      continue;
    }
    if (c < 0x80) {
      *o++ = (unsigned char)c;
    } else if (c < 0x800) {
      *o++ = (unsigned char)(0xC0 | (c >> 6));
      *o++ = (unsigned char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = (unsigned char)(0xE0 | (c >> 12));
      *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
      *o++ = (unsigned char)(0x80 | (c & 0x3F));
    } else {
      *o++ = (unsigned char)(0xF0 | (c >> 18));
      *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
      *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
      *o++ = (unsigned char)(0x80 | (c & 0x3F));
    }
  }
  return (int32_t)((char *)o - dst);
}

int32_t qz_decoder_convert(qz_decoder *d, const char *src, int32_t src_len, int32_t *consumed,
                           char *dst, int32_t dst_cap, int32_t flush, int32_t *bad_len,
                           int32_t *status) {
  const char *source = src;
  const char *limit = src + src_len;
  int32_t written = 0;
  *bad_len = 0;
  *status = U_ZERO_ERROR;
  for (;;) {
    // Each UTF-16 unit becomes at most 3 UTF-8 bytes (a pair: 4 for 2 units).
    int32_t room = (dst_cap - written) / 3 - 1;
    if (room > 16384) room = 16384;
    if (room <= 0) { *status = U_BUFFER_OVERFLOW_ERROR; break; }
    UErrorCode st = U_ZERO_ERROR;
    UChar *target = d->u16;
    ucnv_toUnicode(d->from, &target, d->u16 + room, &source, limit, NULL, (UBool)(flush != 0),
                   &st);
    written += put_utf8(d, d->u16, (int32_t)(target - d->u16), dst + written);
    if (st == U_BUFFER_OVERFLOW_ERROR) continue;
    if (st == U_ILLEGAL_CHAR_FOUND || st == U_INVALID_CHAR_FOUND ||
        st == U_TRUNCATED_CHAR_FOUND) {
      char bad[32];
      int8_t n = sizeof(bad);
      UErrorCode st2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(d->from, bad, &n, &st2);
      *bad_len = U_SUCCESS(st2) && n > 0 ? n : 1;
      ucnv_resetToUnicode(d->from);
      *status = st;
      break;
    }
    if (U_FAILURE(st)) { *status = st; break; }
    if (flush && d->lead) {
      d->lead = 0;
      unsigned char *o = (unsigned char *)dst + written;
      o[0] = 0xEF; o[1] = 0xBF; o[2] = 0xBD;
      written += 3;
    }
    break;
  }
  *consumed = (int32_t)(source - src);
  return written;
}

void qz_decoder_close(qz_decoder *d) {
  if (!d) return;
  if (d->from) ucnv_close(d->from);
  free(d);
}

int32_t qz_detect_charset(const char *src, int32_t src_len, char *name, int32_t name_cap) {
  UErrorCode st = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&st);
  if (U_FAILURE(st)) return -1;
  ucsdet_setText(det, src, src_len, &st);
  const UCharsetMatch *m = ucsdet_detect(det, &st);
  int32_t conf = -1;
  if (U_SUCCESS(st) && m) {
    const char *n = ucsdet_getName(m, &st);
    conf = ucsdet_getConfidence(m, &st);
    if (U_SUCCESS(st) && n && name_cap > 0) {
      strncpy(name, n, (size_t)name_cap - 1);
      name[name_cap - 1] = 0;
    } else {
      conf = -1;
    }
  }
  ucsdet_close(det);
  return conf;
}

// MARK: - Transliteration

qz_translit *qz_translit_open(const uint16_t *id, int32_t id_len, int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU((const UChar *)id, id_len, UTRANS_FORWARD, NULL, 0, NULL, &st);
  *status = st;
  return (qz_translit *)t;
}

int32_t qz_translit_apply(qz_translit *t, uint16_t *buf, int32_t len, int32_t cap,
                          int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t text_len = len;
  int32_t limit = len;
  utrans_transUChars((UTransliterator *)t, (UChar *)buf, &text_len, cap, 0, &limit, &st);
  *status = st;
  return text_len;
}

void qz_translit_close(qz_translit *t) {
  if (t) utrans_close((UTransliterator *)t);
}

int32_t qz_normalize_nfkc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap,
                          int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCInstance(&st);
  int32_t out = 0;
  if (U_SUCCESS(st)) out = unorm2_normalize(n, (const UChar *)src, len, (UChar *)dst, cap, &st);
  *status = st;
  return out;
}

// MARK: - Chinese calendar

static UCalendar *open_chinese(UErrorCode *st) {
  UCalendar *c = ucal_open(u"Asia/Shanghai", -1, "zh@calendar=chinese", UCAL_DEFAULT, st);
  if (U_SUCCESS(*st)) ucal_setAttribute(c, UCAL_LENIENT, 0);
  return c;
}

static UCalendar *open_gregorian(UErrorCode *st) {
  UCalendar *g = ucal_open(u"Asia/Shanghai", -1, "en@calendar=gregorian", UCAL_GREGORIAN, st);
  if (U_SUCCESS(*st)) {
    ucal_setAttribute(g, UCAL_LENIENT, 0);
    ucal_setGregorianChange(g, -1e300, st);  // proleptic; irrelevant for modern dates
  }
  return g;
}

void qz_lunar_to_gregorian(int32_t lunar_year, int32_t month, int32_t is_leap, int32_t day,
                           int32_t *year, int32_t *gmonth, int32_t *gday, int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  *year = *gmonth = *gday = 0;
  UCalendar *c = open_chinese(&st);
  UCalendar *g = U_SUCCESS(st) ? open_gregorian(&st) : NULL;
  if (U_SUCCESS(st)) {
    ucal_clear(c);
    ucal_set(c, UCAL_EXTENDED_YEAR, lunar_year + 2637);
    ucal_set(c, UCAL_MONTH, month - 1);
    ucal_set(c, UCAL_IS_LEAP_MONTH, is_leap ? 1 : 0);
    ucal_set(c, UCAL_DATE, day);
    UDate t = ucal_getMillis(c, &st);
    // Non-lenient ICU accepts a leap flag for a month that has no leap; check by reading back.
    if (U_SUCCESS(st) && (ucal_get(c, UCAL_IS_LEAP_MONTH, &st) != (is_leap ? 1 : 0) ||
                          ucal_get(c, UCAL_MONTH, &st) != month - 1 ||
                          ucal_get(c, UCAL_DATE, &st) != day)) {
      st = U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (U_SUCCESS(st)) {
      ucal_setMillis(g, t, &st);
      *year = ucal_get(g, UCAL_YEAR, &st);
      *gmonth = ucal_get(g, UCAL_MONTH, &st) + 1;
      *gday = ucal_get(g, UCAL_DATE, &st);
    }
  }
  if (c) ucal_close(c);
  if (g) ucal_close(g);
  *status = st;
}

void qz_gregorian_to_lunar(int32_t year, int32_t month, int32_t day, int32_t *lunar_year,
                           int32_t *lmonth, int32_t *is_leap, int32_t *lday, int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  *lunar_year = *lmonth = *is_leap = *lday = 0;
  UCalendar *g = open_gregorian(&st);
  UCalendar *c = U_SUCCESS(st) ? open_chinese(&st) : NULL;
  if (U_SUCCESS(st)) {
    ucal_clear(g);
    ucal_setDateTime(g, year, month - 1, day, 12, 0, 0, &st);
    UDate t = ucal_getMillis(g, &st);
    if (U_SUCCESS(st)) {
      ucal_setMillis(c, t, &st);
      *lunar_year = ucal_get(c, UCAL_EXTENDED_YEAR, &st) - 2637;
      *lmonth = ucal_get(c, UCAL_MONTH, &st) + 1;
      *is_leap = ucal_get(c, UCAL_IS_LEAP_MONTH, &st);
      *lday = ucal_get(c, UCAL_DATE, &st);
    }
  }
  if (c) ucal_close(c);
  if (g) ucal_close(g);
  *status = st;
}

int32_t qz_lunar_month_length(int32_t lunar_year, int32_t month, int32_t is_leap,
                              int32_t *status) {
  int32_t y, m, d, st;
  qz_lunar_to_gregorian(lunar_year, month, is_leap, 1, &y, &m, &d, &st);
  if (st > 0) { *status = st; return 0; }
  qz_lunar_to_gregorian(lunar_year, month, is_leap, 30, &y, &m, &d, &st);
  *status = 0;
  return st > 0 ? 29 : 30;
}

// MARK: - Spellout

int64_t qz_spellout_parse_zh(const uint16_t *text, int32_t len, int32_t *parsed_len,
                             int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  UNumberFormat *nf = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &st);
  int64_t value = 0;
  int32_t pos = 0;
  if (U_SUCCESS(st)) {
    unum_setTextAttribute(nf, UNUM_DEFAULT_RULESET, u"%spellout-cardinal-financial", -1, &st);
    st = U_ZERO_ERROR;  // fall back to the default rule set when that name is unknown
    value = unum_parseInt64(nf, (const UChar *)text, len, &pos, &st);
  }
  if (nf) unum_close(nf);
  *parsed_len = pos;
  *status = st;
  return value;
}
