/*
 * netguard: which addresses a transfer may connect to.
 *
 * A feed is content from a stranger: its URL, its redirects and its DNS
 * answers must not be able to make secdigest talk to the machine it runs on
 * or to the local network (router admin pages, cloud metadata at
 * 169.254.169.254, databases on localhost).  Only public unicast addresses
 * pass, unless the user allows private networks or names ranges of their own.
 */
#include "fetch/fetch.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

typedef struct cidr {
    int family;              /* AF_INET or AF_INET6 */
    unsigned char addr[16];
    int prefix;
} cidr;

struct netguard {
    int allow_private;
    cidr *allowed;
    size_t nallowed;
    size_t cap;
};

/* A range that is not public, and what to call it in a message. */
typedef struct range {
    const char *net;
    int prefix;
    const char *what;
} range;

static const range v4_ranges[] = {
    {"0.0.0.0", 8, "a 'this network' address (0.0.0.0/8)"},
    {"10.0.0.0", 8, "a private address (10.0.0.0/8)"},
    {"100.64.0.0", 10, "a shared carrier-grade NAT address (100.64.0.0/10)"},
    {"127.0.0.0", 8, "a loopback address"},
    {"169.254.0.0", 16, "a link-local address (169.254.0.0/16, where cloud metadata lives)"},
    {"172.16.0.0", 12, "a private address (172.16.0.0/12)"},
    {"192.0.0.0", 24, "an IETF protocol address (192.0.0.0/24)"},
    {"192.0.2.0", 24, "a documentation address (192.0.2.0/24)"},
    {"192.88.99.0", 24, "a 6to4 relay address (192.88.99.0/24)"},
    {"192.168.0.0", 16, "a private address (192.168.0.0/16)"},
    {"198.18.0.0", 15, "a benchmarking address (198.18.0.0/15)"},
    {"198.51.100.0", 24, "a documentation address (198.51.100.0/24)"},
    {"203.0.113.0", 24, "a documentation address (203.0.113.0/24)"},
    {"224.0.0.0", 4, "a multicast address"},
    {"240.0.0.0", 4, "a reserved address (240.0.0.0/4)"},
};

static const range v6_ranges[] = {
    {"::", 128, "the unspecified address"},
    {"::1", 128, "a loopback address"},
    {"::", 96, "an IPv4-compatible address (deprecated)"},
    {"64:ff9b:1::", 48, "a local-use NAT64 address"},
    {"100::", 64, "a discard-only address"},
    {"2001::", 23, "an IETF protocol address (2001::/23)"},
    {"2001:db8::", 32, "a documentation address"},
    {"fc00::", 7, "a unique local (private) address"},
    {"fe80::", 10, "a link-local address"},
    {"fec0::", 10, "a site-local address"},
    {"ff00::", 8, "a multicast address"},
};

static int prefix_match(const unsigned char *a, const unsigned char *net, int prefix)
{
    int full = prefix / 8, rest = prefix % 8;
    if (memcmp(a, net, (size_t)full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    unsigned char mask = (unsigned char)(0xffu << (8 - rest));
    return (a[full] & mask) == (net[full] & mask);
}

static const char *classify_v4(const unsigned char a[4])
{
    if (a[0] == 255 && a[1] == 255 && a[2] == 255 && a[3] == 255)
        return "the broadcast address";
    for (size_t i = 0; i < SD_ARRAY_LEN(v4_ranges); i++) {
        unsigned char net[4];
        if (inet_pton(AF_INET, v4_ranges[i].net, net) == 1 && prefix_match(a, net, v4_ranges[i].prefix))
            return v4_ranges[i].what;
    }
    return NULL;
}

/* IPv6 forms that carry an IPv4 address are judged by that address. */
static const unsigned char *embedded_v4(const unsigned char a[16])
{
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const unsigned char nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0)
        return a + 12;
    if (a[0] == 0x20 && a[1] == 0x02) /* 6to4: 2002:AABB:CCDD::/48 */
        return a + 2;
    return NULL;
}

static const char *classify_v6(const unsigned char a[16])
{
    const unsigned char *v4 = embedded_v4(a);
    if (v4)
        return classify_v4(v4);
    for (size_t i = 0; i < SD_ARRAY_LEN(v6_ranges); i++) {
        unsigned char net[16];
        if (inet_pton(AF_INET6, v6_ranges[i].net, net) == 1 && prefix_match(a, net, v6_ranges[i].prefix))
            return v6_ranges[i].what;
    }
    return NULL;
}

static int allowed_by_list(const netguard *g, int family, const unsigned char *a)
{
    for (size_t i = 0; i < g->nallowed; i++) {
        const cidr *c = &g->allowed[i];
        if (c->family == family && prefix_match(a, c->addr, c->prefix))
            return 1;
        /* A v4 range also covers the same addresses written as v4-mapped v6. */
        if (c->family == AF_INET && family == AF_INET6) {
            const unsigned char *v4 = embedded_v4(a);
            if (v4 && prefix_match(v4, c->addr, c->prefix))
                return 1;
        }
    }
    return 0;
}

static int parse_cidr(const char *text, cidr *out, sd_err *err)
{
    char *s = xstrdup(text);
    char *slash = strchr(s, '/');
    int prefix = -1;
    if (slash) {
        *slash = '\0';
        char *end;
        long p = strtol(slash + 1, &end, 10);
        if (end == slash + 1 || *end != '\0' || p < 0 || p > 128) {
            free(s);
            return sd_err_set(err, "'%s' is not a network (expected ADDRESS/PREFIX, e.g. 10.0.0.0/8)", text);
        }
        prefix = (int)p;
    }
    memset(out, 0, sizeof *out);
    if (inet_pton(AF_INET, s, out->addr) == 1) {
        out->family = AF_INET;
        if (prefix > 32) {
            free(s);
            return sd_err_set(err, "'%s': an IPv4 prefix is at most 32", text);
        }
        out->prefix = prefix < 0 ? 32 : prefix;
    } else if (inet_pton(AF_INET6, s, out->addr) == 1) {
        out->family = AF_INET6;
        out->prefix = prefix < 0 ? 128 : prefix;
    } else {
        free(s);
        return sd_err_set(err, "'%s' is not an IP address or network", text);
    }
    free(s);
    return 0;
}

netguard *netguard_create(int allow_private, const char *allow_networks, sd_err *err)
{
    netguard *g = xcalloc(1, sizeof *g);
    g->allow_private = allow_private;
    if (allow_networks) {
        char *list = xstrdup(allow_networks);
        char *save = NULL;
        for (char *tok = strtok_r(list, ", \t", &save); tok; tok = strtok_r(NULL, ", \t", &save)) {
            g->allowed = xgrow(g->allowed, &g->cap, g->nallowed + 1, sizeof *g->allowed);
            if (parse_cidr(tok, &g->allowed[g->nallowed], err) != 0) {
                free(list);
                netguard_free(g);
                return NULL;
            }
            g->nallowed++;
        }
        free(list);
    }
    return g;
}

void netguard_free(netguard *g)
{
    if (!g)
        return;
    free(g->allowed);
    free(g);
}

static int check_raw(const netguard *g, int family, const unsigned char *a, char **why)
{
    char text[INET6_ADDRSTRLEN];
    const char *what = family == AF_INET ? classify_v4(a) : classify_v6(a);
    if (!what || g->allow_private || allowed_by_list(g, family, a))
        return 1;
    if (why) {
        if (!inet_ntop(family, a, text, sizeof text))
            strcpy(text, "?");
        *why = xasprintf("%s is %s", text, what);
    }
    return 0;
}

int netguard_check(const netguard *g, const struct sockaddr *sa, char **why)
{
    if (why)
        *why = NULL;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        return check_raw(g, AF_INET, (const unsigned char *)&in->sin_addr, why);
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        return check_raw(g, AF_INET6, (const unsigned char *)&in6->sin6_addr, why);
    }
    if (why)
        *why = xasprintf("address family %d is not IP", (int)sa->sa_family);
    return 0;
}

int netguard_check_text(const netguard *g, const char *addr, char **why)
{
    unsigned char a[16];
    if (why)
        *why = NULL;
    if (inet_pton(AF_INET, addr, a) == 1)
        return check_raw(g, AF_INET, a, why);
    if (inet_pton(AF_INET6, addr, a) == 1)
        return check_raw(g, AF_INET6, a, why);
    return -1;
}
