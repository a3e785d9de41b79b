#include "render/json_fields.h"
#include "core/timeutil.h"

void json_put_str(cJSON *obj, const char *key, const char *value)
{
    if (value)
        cJSON_AddStringToObject(obj, key, value);
    else
        cJSON_AddNullToObject(obj, key);
}

void json_put_time(cJSON *obj, const char *key, int64_t t)
{
    if (t == SD_TIME_NONE) {
        cJSON_AddNullToObject(obj, key);
        return;
    }
    char buf[32];
    time_format_rfc3339(t, buf);
    cJSON_AddStringToObject(obj, key, buf);
}
