/*
 * A minimal unit-test harness: CHECK records a failure and goes on, so one
 * run shows every broken expectation; main() returns non-zero if any failed.
 *
 *   TEST(name) { CHECK(x == 1); CHECK_STR(s, "a"); }
 *   int main(void) { RUN(name); return test_report(); }
 */
#ifndef SECDIGEST_TEST_H
#define SECDIGEST_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int test_failures, test_checks, test_count;
static const char *test_current;

#define TEST(name) static void test_##name(void)
#define RUN(name)                                                                                  \
    do {                                                                                           \
        test_current = #name;                                                                      \
        test_count++;                                                                              \
        int before_ = test_failures;                                                               \
        test_##name();                                                                             \
        printf("%s %s\n", test_failures == before_ ? "ok  " : "FAIL", #name);                      \
    } while (0)

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        test_checks++;                                                                             \
        if (!(cond)) {                                                                             \
            test_failures++;                                                                       \
            fprintf(stderr, "%s:%d: [%s] CHECK(%s) failed\n", __FILE__, __LINE__, test_current,    \
                    #cond);                                                                        \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        test_checks++;                                                                             \
        const char *g_ = (got), *w_ = (want);                                                      \
        if (!((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0))) {                  \
            test_failures++;                                                                       \
            fprintf(stderr, "%s:%d: [%s] %s\n   got: %s%s%s\n  want: %s%s%s\n", __FILE__,          \
                    __LINE__, test_current, #got, g_ ? "\"" : "", g_ ? g_ : "NULL",                \
                    g_ ? "\"" : "", w_ ? "\"" : "", w_ ? w_ : "NULL", w_ ? "\"" : "");             \
        }                                                                                          \
    } while (0)

#define CHECK_INT(got, want)                                                                       \
    do {                                                                                           \
        test_checks++;                                                                             \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        if (g_ != w_) {                                                                            \
            test_failures++;                                                                       \
            fprintf(stderr, "%s:%d: [%s] %s: got %lld, want %lld\n", __FILE__, __LINE__,          \
                    test_current, #got, g_, w_);                                                   \
        }                                                                                          \
    } while (0)

static inline int test_report(void)
{
    printf("%d tests, %d checks, %d failed checks\n", test_count, test_checks, test_failures);
    return test_failures ? 1 : 0;
}

#endif
