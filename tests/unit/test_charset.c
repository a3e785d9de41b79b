/* charset: names, validation, conversion, detection and recovery. */
#include "test.h"
#include "text/charset.h"

#include <iconv.h>
#include <stdlib.h>

/* Test input in a legacy charset, made with iconv (independent of the code under test). */
static char *encode(const char *utf8, const char *to, size_t *outlen)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == (iconv_t)-1) {
        *outlen = 0;
        return NULL;
    }
    size_t inleft = strlen(utf8), cap = inleft * 4 + 16, outleft = cap;
    char *out = malloc(cap + 1), *op = out, *ip = (char *)utf8;
    size_t r = iconv(cd, &ip, &inleft, &op, &outleft);
    iconv(cd, NULL, NULL, &op, &outleft);
    iconv_close(cd);
    if (r == (size_t)-1) {
        free(out);
        *outlen = 0;
        return NULL;
    }
    *outlen = cap - outleft;
    out[*outlen] = '\0'; /* the callers use it as a string too (none of these encodings has NUL bytes) */
    return out;
}

/* Realistic Japanese news text (our own sentences). */
static const char *ja_text =
    "\xE6\x9E\xB6\xE7\xA9\xBA\xE3\x81\xAE\xE8\xAA\x8D\xE8\xA8\xBC\xE3\x82\xB5\xE3\x83\xBC\xE3\x83\x90\xE3\x81\xAB"
    "\xE8\x84\x86\xE5\xBC\xB1\xE6\x80\xA7\xE3\x81\x8C\xE8\xA6\x8B\xE3\x81\xA4\xE3\x81\x8B\xE3\x82\x8A\xE3\x81\xBE"
    "\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE6\x94\xBB\xE6\x92\x83\xE8\x80\x85\xE3\x81\xAF\xE7\xB4\xB0\xE5\xB7\xA5"
    "\xE3\x81\x95\xE3\x82\x8C\xE3\x81\x9F\xE8\xA6\x81\xE6\xB1\x82\xE3\x82\x92\xE9\x80\x81\xE3\x82\x8B\xE3\x81\xA0"
    "\xE3\x81\x91\xE3\x81\xA7\xE7\xAE\xA1\xE7\x90\x86\xE7\x94\xBB\xE9\x9D\xA2\xE3\x81\xAB\xE5\x85\xA5\xE3\x82\x8C"
    "\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE9\x96\x8B\xE7\x99\xBA\xE5\x85\x83\xE3\x81\xAF\xE4\xBF\xAE\xE6\xAD\xA3"
    "\xE7\x89\x88\xE3\x82\x92\xE5\x85\xAC\xE9\x96\x8B\xE3\x81\x97\xE3\x81\xA6\xE3\x81\x8A\xE3\x82\x8A\xE3\x80\x81"
    "\xE5\x88\xA9\xE7\x94\xA8\xE8\x80\x85\xE3\x81\xAB\xE6\x97\xA9\xE6\x80\xA5\xE3\x81\xAA\xE6\x9B\xB4\xE6\x96\xB0"
    "\xE3\x82\x92\xE5\x91\xBC\xE3\x81\xB3\xE3\x81\x8B\xE3\x81\x91\xE3\x81\xA6\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99"
    "\xE3\x80\x82 CVE-2025-0001 \xE3\x82\x82\xE5\x90\xAB\xE3\x81\xBE\xE3\x82\x8C\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82";

/* "テスト" and friends, as bytes. */
#define TESUTO "\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88"

TEST(canonical_names)
{
    CHECK_STR(charset_canonical("Shift_JIS"), "CP932");
    CHECK_STR(charset_canonical("shift-jis"), "CP932");
    CHECK_STR(charset_canonical("x-sjis"), "CP932");
    CHECK_STR(charset_canonical("SJIS"), "CP932");
    CHECK_STR(charset_canonical("Windows-31J"), "CP932");
    CHECK_STR(charset_canonical("MS_Kanji"), "CP932");
    CHECK_STR(charset_canonical("cp932"), "CP932");
    CHECK_STR(charset_canonical("EUC-JP"), "EUC-JP");
    CHECK_STR(charset_canonical("euc_jp"), "EUC-JP");
    CHECK_STR(charset_canonical("x-euc-jp"), "EUC-JP");
    CHECK_STR(charset_canonical("eucJP-ms"), "EUC-JP");
    CHECK_STR(charset_canonical("ISO-2022-JP"), "ISO-2022-JP");
    CHECK_STR(charset_canonical("csISO2022JP"), "ISO-2022-JP");
    CHECK_STR(charset_canonical("UTF-8"), "UTF-8");
    CHECK_STR(charset_canonical("utf8"), "UTF-8");
    CHECK_STR(charset_canonical("ISO-8859-1"), "WINDOWS-1252");
    CHECK_STR(charset_canonical("latin1"), "WINDOWS-1252");
    CHECK_STR(charset_canonical("US-ASCII"), "WINDOWS-1252");
    CHECK_STR(charset_canonical("windows-1252"), "WINDOWS-1252");
    CHECK_STR(charset_canonical("ISO-8859-15"), "ISO-8859-15");
    CHECK_STR(charset_canonical("iso-8859-2"), "ISO-8859-2");
    CHECK_STR(charset_canonical("UTF-16LE"), "UTF-16LE");
    CHECK_STR(charset_canonical("gb2312"), "GBK");
    CHECK_STR(charset_canonical("EUC-KR"), "CP949");
    CHECK_STR(charset_canonical("\"utf-8\""), "UTF-8");
    CHECK(charset_canonical("x-no-such-charset") == NULL);
    CHECK(charset_canonical("") == NULL);
    CHECK(charset_canonical(NULL) == NULL);
    CHECK(charset_canonical("utf-8; drop table") == NULL);
    CHECK(charset_canonical("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == NULL);
}

/* A plain reference validator for comparison. */
static int ref_utf8(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC0 && c < 0xE0) {
            k = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c < 0xF0) {
            k = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c < 0xF8) {
            k = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + k >= n)
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k + 1;
    }
    return 1;
}

TEST(utf8_validation)
{
    CHECK(charset_is_utf8("", 0));
    CHECK(charset_is_utf8("ascii", 5));
    CHECK(charset_is_utf8(TESUTO, 9));
    CHECK(charset_is_utf8("\xF0\x9F\x94\x92", 4));
    CHECK(!charset_is_utf8("\xC0\x80", 2));         /* overlong */
    CHECK(!charset_is_utf8("\xE0\x80\x80", 3));     /* overlong */
    CHECK(!charset_is_utf8("\xED\xA0\x80", 3));     /* surrogate */
    CHECK(!charset_is_utf8("\xF4\x90\x80\x80", 4)); /* above U+10FFFF */
    CHECK(!charset_is_utf8("\xE3\x81", 2));         /* cut short */
    CHECK(!charset_is_utf8("\x81", 1));             /* lone continuation */
    CHECK(!charset_is_utf8("\xFF", 1));
    /* Long buffers (the validator splits them): compare with a plain validator
     * on mixed text with damage at many positions, including the split points. */
    size_t n = 4099;
    unsigned char *buf = malloc(n);
    for (size_t i = 0; i < n;) {
        const char *piece = (i / 3) % 4 == 0 ? "a" : TESUTO;
        size_t k = strlen(piece);
        for (size_t j = 0; j < k && i < n; j++)
            buf[i++] = (unsigned char)piece[j];
    }
    int agree = 1;
    for (size_t pos = 0; pos < n; pos += 7) {
        unsigned char saved = buf[pos];
        for (int variant = 0; variant < 3; variant++) {
            buf[pos] = variant == 0 ? 0x80 : variant == 1 ? 0xE3 : 'x';
            for (size_t len = n - 3; len <= n; len++)
                if (charset_is_utf8((const char *)buf, len) != ref_utf8(buf, len))
                    agree = 0;
        }
        buf[pos] = saved;
    }
    CHECK(agree);
    free(buf);
}

TEST(convert_legacy)
{
    char *out;
    size_t n;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(charset_convert("\x83\x65\x83\x58\x83\x67", 6, "Shift_JIS", &out, &n, &e), 0);
    CHECK_STR(out, TESUTO);
    CHECK_INT(n, 9);
    free(out);
    /* CP932 extensions: NEC row 13 and IBM kanji. */
    CHECK_INT(charset_convert("\x87\x40\x87\x8A\xFB\xFC", 6, "Shift_JIS", &out, &n, &e), 0);
    CHECK_STR(out, "\xE2\x91\xA0\xE3\x88\xB1\xE9\xAB\x99"); /* ①㈱髙 */
    free(out);
    CHECK_INT(charset_convert("\xA5\xC6\xA5\xB9\xA5\xC8\xAD\xA1", 8, "EUC-JP", &out, &n, &e), 0);
    CHECK_STR(out, TESUTO "\xE2\x91\xA0");
    free(out);
    /* ISO-2022-JP, with the Microsoft row 13 and half-width katakana that
     * glibc's own ISO-2022-JP refuses. */
    const char *jis = "a\x1B$B%F%9%H-!\x1B(I1\x1B(Bz";
    CHECK_INT(charset_convert(jis, strlen(jis), "ISO-2022-JP", &out, &n, &e), 0);
    CHECK_STR(out, "a" TESUTO "\xE2\x91\xA0\xEF\xBD\xB1z");
    free(out);
    /* Windows-1252 for ISO-8859-1: smart quotes, euro; undefined bytes kept as C1. */
    CHECK_INT(charset_convert("\x93q\x94 \x80 \xE9\x81", 8, "ISO-8859-1", &out, &n, &e), 0);
    CHECK_STR(out, "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC \xC3\xA9\xC2\x81");
    free(out);
    /* Invalid sequences become U+FFFD, and conversion goes on. */
    CHECK_INT(charset_convert("a\xFD" "b\x83", 4, "CP932", &out, &n, &e), 0);
    CHECK_STR(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    free(out);
    CHECK_INT(charset_convert("ok\xFF", 3, "UTF-8", &out, &n, &e), 0);
    CHECK_STR(out, "ok\xEF\xBF\xBD");
    free(out);
    CHECK_INT(charset_convert("x", 1, "x-no-such-charset", &out, &n, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "x-no-such-charset") != NULL);
    CHECK(out == NULL);
    sd_err_clear(&e);
}

static void decode_check(const char *data, size_t len, enum charset_doc_kind kind, const char *transport,
                         const char *want_utf8, const char *want_cs, int want_recovered, int line)
{
    charset_result r;
    sd_err e = SD_ERR_INIT;
    int rc = charset_decode(data, len, kind, transport, &r, &e);
    if (rc != 0 || !r.utf8 || strcmp(r.utf8, want_utf8) != 0 || strcmp(r.charset, want_cs) != 0 ||
        r.recovered != want_recovered) {
        test_failures++;
        fprintf(stderr, "test_charset.c:%d: decode: rc=%d charset=%s recovered=%d utf8=\"%s\"\n", line, rc,
                rc == 0 ? r.charset : "-", rc == 0 ? r.recovered : -1, rc == 0 ? r.utf8 : "-");
    }
    test_checks++;
    if (rc == 0)
        charset_result_free(&r);
    sd_err_clear(&e);
}
#define DECODE(d, l, k, t, u, c, rec) decode_check(d, l, k, t, u, c, rec, __LINE__)

TEST(decode_boms_and_declarations)
{
    DECODE("\xEF\xBB\xBF<a/>", 7, CHARSET_DOC_XML, NULL, "<a/>", "UTF-8", 0);
    DECODE("\xFF\xFE<\0a\0/\0>\0", 10, CHARSET_DOC_XML, NULL, "<a/>", "UTF-16LE", 0);
    DECODE("\xFE\xFF\0<\0a\0/\0>", 10, CHARSET_DOC_XML, NULL, "<a/>", "UTF-16BE", 0);
    /* UTF-16 without BOM, recognised by how "<?" looks. */
    DECODE("<\0?\0x\0m\0l\0?\0>\0", 14, CHARSET_DOC_XML, NULL, "<?xml?>", "UTF-16LE", 0);
    /* A BOM wins over a declaration that says otherwise. */
    const char *bom_sj = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>";
    DECODE(bom_sj, strlen(bom_sj), CHARSET_DOC_XML, NULL,
           "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>", "UTF-8", 1);
    DECODE("", 0, CHARSET_DOC_XML, NULL, "", "UTF-8", 0);

    const char *sj = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>\x83\x65\x83\x58\x83\x67</t>";
    DECODE(sj, strlen(sj), CHARSET_DOC_XML, NULL, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>" TESUTO "</t>",
           "CP932", 0);
    /* The transport's charset is taken when the document says nothing. */
    const char *bare = "<t>\x83\x65\x83\x58\x83\x67</t>";
    DECODE(bare, strlen(bare), CHARSET_DOC_XML, "Shift_JIS", "<t>" TESUTO "</t>", "CP932", 0);
    /* ASCII-only document declared Shift_JIS: nothing to recover. */
    const char *asc = "<?xml version='1.0' encoding='sjis'?><t>x</t>";
    DECODE(asc, strlen(asc), CHARSET_DOC_XML, NULL, asc, "CP932", 0);
    /* HTML <meta>. */
    const char *h1 = "<html><head><meta charset=\"euc-jp\"></head><p>\xA5\xC6\xA5\xB9\xA5\xC8</p>";
    DECODE(h1, strlen(h1), CHARSET_DOC_HTML, NULL,
           "<html><head><meta charset=\"euc-jp\"></head><p>" TESUTO "</p>", "EUC-JP", 0);
    const char *h2 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                     "\x83\x65\x83\x58\x83\x67";
    DECODE(h2, strlen(h2), CHARSET_DOC_HTML, NULL,
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">" TESUTO, "CP932", 0);
}

TEST(decode_recovers_wrong_declarations)
{
    size_t n;
    char *sj = encode(ja_text, "CP932", &n);
    char *eu = encode(ja_text, "EUC-JP", &n);
    CHECK(sj && eu);
    strbuf doc = STRBUF_INIT;

    /* Declared UTF-8, bytes are Shift_JIS. */
    strbuf_puts(&doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>");
    strbuf_puts(&doc, sj);
    strbuf_puts(&doc, "</t>");
    strbuf want = STRBUF_INIT;
    strbuf_printf(&want, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, want.data, "CP932", 1);

    /* Declared Shift_JIS, bytes are EUC-JP (valid as CP932 too, but nonsense). */
    strbuf_reset(&doc);
    strbuf_reset(&want);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>%s</t>", eu);
    strbuf_printf(&want, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, want.data, "EUC-JP", 1);

    /* Declared EUC-JP, bytes are Shift_JIS. */
    strbuf_reset(&doc);
    strbuf_reset(&want);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><t>%s</t>", sj);
    strbuf_printf(&want, "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, want.data, "CP932", 1);

    /* Declared ISO-8859-1 (a server default), bytes are UTF-8. */
    strbuf_reset(&doc);
    strbuf_printf(&doc, "<t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, "ISO-8859-1", doc.data, "UTF-8", 1);

    /* Declared Shift_JIS, bytes are UTF-8 (UTF-8 Japanese is often valid CP932 too). */
    strbuf_reset(&doc);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, doc.data, "UTF-8", 1);

    /* The transport says UTF-8, the document and the bytes say Shift_JIS. */
    strbuf_reset(&doc);
    strbuf_reset(&want);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>%s</t>", sj);
    strbuf_printf(&want, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, "utf-8", want.data, "CP932", 1);

    /* An unknown name: detected from the bytes, flagged. */
    strbuf_reset(&doc);
    strbuf_reset(&want);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"x-bogus\"?><t>%s</t>", eu);
    strbuf_printf(&want, "<?xml version=\"1.0\" encoding=\"x-bogus\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, want.data, "EUC-JP", 1);

    /* A charset of another script declared for UTF-8 bytes (a leftover declaration). */
    strbuf_reset(&doc);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, doc.data, "UTF-8", 1);
    strbuf_reset(&doc);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"gb2312\"?><t>%s</t>", ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL, doc.data, "UTF-8", 1);
    /* ...while real KOI8-R text declared as such stays KOI8-R. */
    size_t kn;
    char *koi = encode("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80", "KOI8-R", &kn);
    strbuf_reset(&doc);
    strbuf_printf(&doc, "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>%s</t>", koi);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, NULL,
           "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
           "\xD0\xBC\xD0\xB8\xD1\x80</t>",
           "KOI8-R", 0);
    free(koi);

    /* A declared UTF-8 document with one stray byte stays UTF-8 (with U+FFFD). */
    strbuf_reset(&doc);
    strbuf_reset(&want);
    strbuf_printf(&doc, "<t>%s\xE9%s</t>", ja_text, ja_text);
    strbuf_printf(&want, "<t>%s\xEF\xBF\xBD%s</t>", ja_text, ja_text);
    DECODE(doc.data, doc.len, CHARSET_DOC_XML, "UTF-8", want.data, "UTF-8", 0);

    strbuf_free(&doc);
    strbuf_free(&want);
    free(sj);
    free(eu);
}

TEST(guess_from_bytes)
{
    size_t n;
    CHECK_STR(charset_guess(ja_text, strlen(ja_text)), "UTF-8");
    char *b = encode(ja_text, "CP932", &n);
    CHECK_STR(charset_guess(b, n), "CP932");
    free(b);
    b = encode(ja_text, "EUC-JP", &n);
    CHECK_STR(charset_guess(b, n), "EUC-JP");
    free(b);
    b = encode(ja_text, "ISO-2022-JP", &n);
    CHECK_STR(charset_guess(b, n), "ISO-2022-JP");
    free(b);
    /* Short headlines too. */
    const char *short_ja = "\xE8\x84\x86\xE5\xBC\xB1\xE6\x80\xA7\xE6\x83\x85\xE5\xA0\xB1\xE3\x81\xAE"
                           "\xE5\x85\xAC\xE9\x96\x8B"; /* 脆弱性情報の公開 */
    b = encode(short_ja, "CP932", &n);
    CHECK_STR(charset_guess(b, n), "CP932");
    free(b);
    b = encode(short_ja, "EUC-JP", &n);
    CHECK_STR(charset_guess(b, n), "EUC-JP");
    free(b);
    /* Half-width katakana in Shift_JIS. */
    b = encode("\xEF\xBD\xBE\xEF\xBD\xB7\xEF\xBD\xAD\xEF\xBE\x98\xEF\xBE\x83\xEF\xBD\xA8 \xE3\x81\xAE"
               "\xE6\xB3\xA8\xE6\x84\x8F\xE5\x96\x9A\xE8\xB5\xB7",
               "CP932", &n); /* ｾｷｭﾘﾃｨ の注意喚起 */
    CHECK_STR(charset_guess(b, n), "CP932");
    free(b);
    const char *en = "\xE2\x80\x9CPatch Tuesday\xE2\x80\x9D roundup \xE2\x80\x93 it\xE2\x80\x99s here; "
                     "r\xC3\xA9sum\xC3\xA9 of fixes for the na\xC3\xAFve parser, priced at \xE2\x82\xAC" "0.";
    b = encode(en, "WINDOWS-1252", &n);
    CHECK_STR(charset_guess(b, n), "WINDOWS-1252");
    free(b);
    CHECK_STR(charset_guess("", 0), "UTF-8");
    CHECK_STR(charset_guess("plain ascii", 11), "UTF-8");
}

int main(void)
{
    RUN(canonical_names);
    RUN(utf8_validation);
    RUN(convert_legacy);
    RUN(decode_boms_and_declarations);
    RUN(decode_recovers_wrong_declarations);
    RUN(guess_from_bytes);
    return test_report();
}
