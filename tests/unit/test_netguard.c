/* The address policy that keeps a hostile feed from making secdigest probe the local network. */
#include "fetch/fetch.h"
#include "test.h"

#include <stdlib.h>

static int allowed(const netguard *g, const char *addr)
{
    char *why = NULL;
    int r = netguard_check_text(g, addr, &why);
    if (r == 0) {
        /* A refusal always says why, naming the address. */
        CHECK(why != NULL && strstr(why, addr) != NULL);
    }
    free(why);
    return r;
}

TEST(non_public_ranges_are_refused)
{
    sd_err e = SD_ERR_INIT;
    netguard *g = netguard_create(0, NULL, &e);
    CHECK(g != NULL);
    const char *refused[] = {
        "127.0.0.1", "127.255.1.2", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
        "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
        "192.0.2.1", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
        "::ffff:127.0.0.1",     /* IPv4-mapped loopback */
        "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", /* NAT64 of 169.254.169.254 */
        "2002:7f00:1::1",       /* 6to4 of 127.0.0.1 */
    };
    for (size_t i = 0; i < SD_ARRAY_LEN(refused); i++) {
        int r = allowed(g, refused[i]);
        if (r != 0)
            fprintf(stderr, "  %s was not refused\n", refused[i]);
        CHECK_INT(r, 0);
    }
    const char *public_[] = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111",
                             "::ffff:8.8.8.8", "100.128.0.1"};
    for (size_t i = 0; i < SD_ARRAY_LEN(public_); i++) {
        int r = allowed(g, public_[i]);
        if (r != 1)
            fprintf(stderr, "  %s was refused\n", public_[i]);
        CHECK_INT(r, 1);
    }
    CHECK_INT(netguard_check_text(g, "not an address", NULL), -1);
    netguard_free(g);
}

TEST(allow_private_and_allowed_networks)
{
    sd_err e = SD_ERR_INIT;
    netguard *all = netguard_create(1, NULL, &e);
    CHECK_INT(allowed(all, "127.0.0.1"), 1);
    CHECK_INT(allowed(all, "169.254.169.254"), 1);
    netguard_free(all);

    netguard *some = netguard_create(0, "10.1.0.0/16, fd00::/8 192.168.5.5", &e);
    CHECK(some != NULL);
    CHECK_INT(allowed(some, "10.1.2.3"), 1);
    CHECK_INT(allowed(some, "10.2.0.1"), 0);
    CHECK_INT(allowed(some, "fd00::5"), 1);
    CHECK_INT(allowed(some, "192.168.5.5"), 1);
    CHECK_INT(allowed(some, "192.168.5.6"), 0);
    CHECK_INT(allowed(some, "127.0.0.1"), 0);
    netguard_free(some);

    CHECK(netguard_create(0, "10.0.0.0/33", &e) == NULL);
    CHECK(e.msg != NULL);
    sd_err_clear(&e);
    CHECK(netguard_create(0, "not-a-network", &e) == NULL);
    sd_err_clear(&e);
}

int main(void)
{
    RUN(non_public_ranges_are_refused);
    RUN(allow_private_and_allowed_networks);
    return test_report();
}
