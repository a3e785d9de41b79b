/* The names of groups and categories, as the digest prints them and as data files spell them. */
#include "analyze/analyze.h"

#include <string.h>

static const char *const group_headings[STORY_GROUP_COUNT] = {
    "国内セキュリティ動向",
    "海外重大事例",
    "その他インシデント",
};

static const char *const category_ids[STORY_CAT_COUNT] = {
    "ransomware", "data_breach", "vulnerability", "active_exploitation",
    "threat_actor", "fraud_phishing", "policy", "product",
};

const char *story_group_heading(enum story_group g)
{
    return (unsigned)g < STORY_GROUP_COUNT ? group_headings[g] : group_headings[STORY_GROUP_OTHER];
}

const char *story_category_id(enum story_category c)
{
    return (unsigned)c < STORY_CAT_COUNT ? category_ids[c] : "vulnerability";
}

int story_category_from_id(const char *id, enum story_category *out)
{
    for (int i = 0; i < STORY_CAT_COUNT; i++) {
        if (id && strcmp(id, category_ids[i]) == 0) {
            *out = (enum story_category)i;
            return 0;
        }
    }
    return -1;
}
