/*
 * fuzz_llm_answer: the verification of an LLM answer on arbitrary bytes.  An
 * endpoint can answer anything; verification must accept or reject with a
 * reason, never crash, and an accepted text must obey the rules it was
 * given (cited sources in range, no URL).
 */
#include "compose/llm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static llm_evidence *ev;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (256u << 10))
        return 0;
    if (!ev) {
        ev = llm_evidence_create();
        llm_evidence_add(ev, "物流大手のミナトロジスティクスは11月18日、ランサムウェア「ShadowLynx」に"
                             "感染し約4,300人分の情報が流出した可能性があると発表した。CVE-2026-41234 "
                             "(CVSS 9.8) is exploited in SecureGate VPN.");
        llm_evidence_add_term(ev, "ランサムウェア");
    }
    char *answer = malloc(size + 1);
    if (!answer)
        return 0;
    memcpy(answer, data, size);
    answer[size] = '\0';
    llm_rules rules;
    llm_rules_init(&rules, 2, 200);
    char *text = NULL, *why = NULL;
    int *used = NULL;
    size_t nused = 0;
    if (llm_verify_answer(answer, &rules, ev, &text, &used, &nused, &why) == 0) {
        if (!text || nused == 0)
            abort();
        for (size_t i = 0; i < nused; i++)
            if (used[i] < 1 || used[i] > 2)
                abort();
        char *url = llm_find_url(text);
        if (url)
            abort();
    } else if (!why) {
        abort();
    }
    free(text);
    free(why);
    free(used);
    free(answer);
    return 0;
}
