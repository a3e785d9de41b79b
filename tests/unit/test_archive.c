#include "store/store.h"
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/secdigest-archive-XXXXXX";

static store *open_db(void)
{
    char *path = xasprintf("%s/a.db", dir);
    store *st = NULL;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_open(path, &st, &e), 0);
    free(path);
    return st;
}

static int64_t add_item(store *st, int64_t feed, const char *id, const char *title, const char *summary,
                        const char *link, int64_t published)
{
    feed_doc doc;
    memset(&doc, 0, sizeof doc);
    feed_item it;
    memset(&it, 0, sizeof it);
    it.id = (char *)id;
    it.title = (char *)title;
    it.summary = (char *)summary;
    it.link = (char *)link;
    it.published = published;
    it.updated = SD_TIME_NONE;
    doc.items = &it;
    doc.nitems = 1;
    doc.updated = SD_TIME_NONE;
    store_upsert_stats stats;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_items_upsert(st, feed, &doc, published, &stats, &e), 0);
    int known = 0;
    CHECK_INT(store_link_known(st, link, &known, &e), 0);
    CHECK_INT(known, 1);
    store_item *items = NULL;
    size_t n = 0;
    CHECK_INT(store_items_between(st, published, published + 1, &items, &n, &e), 0);
    int64_t idv = n ? items[n - 1].id : 0;
    store_items_free(items, n);
    return idv;
}

TEST(search_finds_japanese_and_english_items)
{
    store *st = open_db();
    sd_err e = SD_ERR_INIT;
    int64_t feed;
    CHECK_INT(store_feed_add(st, "https://feed.example/rss", "セキュリティウォッチ", "ja", NULL, &feed, NULL, &e), 0);
    int64_t a = add_item(st, feed, "a", "物流大手にランサムウェア攻撃", "配送システムが停止した", "https://n.example/a", 1763458200);
    add_item(st, feed, "b", "VPN flaw exploited in the wild", "Nimbus Networks SecureGate", "https://n.example/b", 1763458300);
    store_hit *h = NULL;
    size_t n = 0;
    CHECK_INT(store_search(st, "ランサムウェア", 10, &h, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n) {
        CHECK_STR(h[0].title, "物流大手にランサムウェア攻撃");
        CHECK_STR(h[0].source, "セキュリティウォッチ");
        CHECK_STR(h[0].link, "https://n.example/a");
        CHECK_STR(h[0].date, "2025-11-18");
        CHECK(strstr(h[0].snippet, "[ランサムウェア]") != NULL);
    }
    store_hits_free(h, n);
    /* Case-insensitive Latin, two words (both must match). */
    CHECK_INT(store_search(st, "securegate EXPLOITED", 10, &h, &n, &e), 0);
    CHECK_INT(n, 1);
    store_hits_free(h, n);
    /* Two characters: below the trigram length, found by the fallback scan. */
    CHECK_INT(store_search(st, "配送", 10, &h, &n, &e), 0);
    CHECK_INT(n, 1);
    store_hits_free(h, n);
    /* FTS syntax in the query is just text: no error, no match. */
    CHECK_INT(store_search(st, "\"AND OR NEAR(", 10, &h, &n, &e), 0);
    CHECK_INT(n, 0);
    store_hits_free(h, n);
    CHECK_INT(store_search(st, "50%_", 10, &h, &n, &e), 0);
    CHECK_INT(n, 0);
    store_hits_free(h, n);

    /* Extracted text becomes searchable; a fallback extract does not replace the summary. */
    store_extract x;
    memset(&x, 0, sizeof x);
    x.item_id = a;
    x.text = "身代金を要求する声明が出された。倉庫管理システムも被害を受けた。";
    x.version = 1;
    x.published = SD_TIME_NONE;
    CHECK_INT(store_extract_put(st, &x, &e), 0);
    CHECK_INT(store_search(st, "倉庫管理", 10, &h, &n, &e), 0);
    CHECK_INT(n, 1);
    store_hits_free(h, n);
    CHECK_INT(store_search(st, "配送システム", 10, &h, &n, &e), 0);
    CHECK_INT(n, 0); /* the body is now the article, not the summary */
    store_hits_free(h, n);
    store_close(st);
}

TEST(digests_are_kept_replaced_and_searchable)
{
    store *st = open_db();
    sd_err e = SD_ERR_INIT;
    store_digest d = {"2026-11-17", 100, "extractive", "2026-11-17 まとめ", "一日目", "# 一日目 フィッシング詐欺", "<p>x</p>", "{}"};
    CHECK_INT(store_digest_put(st, &d, &e), 0);
    store_digest d2 = {"2026-11-18", 200, "extractive", "2026-11-18 まとめ", "二日目", "# 二日目 古い本文", "<p>y</p>", "{}"};
    CHECK_INT(store_digest_put(st, &d2, &e), 0);
    d2.markdown = "# 二日目 新しい本文 ゼロデイ";
    d2.generated_at = 300;
    CHECK_INT(store_digest_put(st, &d2, &e), 0);
    store_digest *list = NULL;
    size_t n = 0;
    CHECK_INT(store_digest_list(st, &list, &n, &e), 0);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(list[0].date, "2026-11-18");
        CHECK_INT(list[0].generated_at, 300);
        CHECK_STR(list[1].date, "2026-11-17");
        CHECK(list[0].markdown == NULL);
    }
    store_digests_free(list, n);
    store_digest g;
    int found = 0;
    CHECK_INT(store_digest_get(st, "2026-11-18", &g, &found, &e), 0);
    CHECK_INT(found, 1);
    CHECK_STR(g.markdown, "# 二日目 新しい本文 ゼロデイ");
    store_digest_clear(&g);
    store_hit *h = NULL;
    CHECK_INT(store_search(st, "ゼロデイ", 10, &h, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n) {
        CHECK_INT(h[0].is_digest, 1);
        CHECK_STR(h[0].date, "2026-11-18");
    }
    store_hits_free(h, n);
    CHECK_INT(store_search(st, "古い本文", 10, &h, &n, &e), 0);
    CHECK_INT(n, 0); /* replaced text is gone from the index */
    store_hits_free(h, n);
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(search_finds_japanese_and_english_items);
    RUN(digests_are_kept_replaced_and_searchable);
    char *cmd = xasprintf("rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    free(cmd);
    return test_report();
}
