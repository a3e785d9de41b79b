/* Markdown: the digest format of digest-format.md. */
#include "render/render.h"

#include <stdlib.h>
#include <string.h>

/*
 * Text that came from sources goes into Markdown.  Characters that would turn
 * it into markup are escaped so that a title like "<script>" or "[x](y)"
 * stays text (and `secdigest check` finds no raw HTML).  Japanese punctuation
 * needs no escaping.
 */
static void put_text(strbuf *out, const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|':
            strbuf_putc(out, '\\');
            strbuf_putc(out, *p);
            break;
        case '\n': case '\r': case '\t':
            strbuf_putc(out, ' ');
            break;
        default:
            strbuf_putc(out, *p);
        }
    }
}

/*
 * A line that starts like a block marker ("# ", "- ", "+ ", "2026. ", "1) ")
 * must stay a paragraph: escape the marker.  Only ASCII punctuation can be
 * backslash-escaped in CommonMark, so for an ordered-list marker the escape
 * goes before the '.' or ')' after the digits.
 */
static void put_line_start_safe(strbuf *out, const char *line)
{
    if (line[0] == '#' || line[0] == '-' || line[0] == '+' || line[0] == '=') {
        strbuf_putc(out, '\\');
        put_text(out, line);
        return;
    }
    size_t digits = strspn(line, "0123456789");
    if (digits > 0 && digits <= 9 && (line[digits] == '.' || line[digits] == ')')) {
        strbuf_append(out, line, digits);
        strbuf_putc(out, '\\');
        put_text(out, line + digits);
        return;
    }
    put_text(out, line);
}

/* A paragraph: text whose line breaks are kept as paragraph breaks. */
static void put_paragraphs(strbuf *out, const char *s)
{
    if (!s)
        return;
    const char *p = s;
    int first = 1;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 0) {
            char *line = xstrndup(p, n);
            if (!first)
                strbuf_puts(out, "\n\n");
            put_line_start_safe(out, line);
            free(line);
            first = 0;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
}

/* URLs go inside (...) of a link: parentheses and spaces would end it early. */
static void put_url(strbuf *out, const char *url)
{
    for (const char *p = url ? url : ""; *p; p++) {
        if (*p == ' ')
            strbuf_puts(out, "%20");
        else if (*p == '(')
            strbuf_puts(out, "%28");
        else if (*p == ')')
            strbuf_puts(out, "%29");
        else if (*p == '<')
            strbuf_puts(out, "%3C");
        else if (*p == '>')
            strbuf_puts(out, "%3E");
        else
            strbuf_putc(out, *p);
    }
}

/* A URL shown as the text of its own link: brackets escaped so that a ']'
 * in the URL cannot end the link text (check unescapes before comparing). */
static void put_url_text(strbuf *out, const char *url)
{
    strbuf tmp = STRBUF_INIT;
    put_url(&tmp, url);
    for (const char *p = strbuf_cstr(&tmp); *p; p++) {
        if (*p == '[' || *p == ']' || *p == '\\' || *p == '*' || *p == '_' || *p == '`')
            strbuf_putc(out, '\\');
        strbuf_putc(out, *p);
    }
    strbuf_free(&tmp);
}

void render_markdown(const digest *d, strbuf *out)
{
    strbuf_printf(out, "# %s サイバーセキュリティニュースまとめ\n\n", d->date_heading);

    strbuf_puts(out, "## 主要ポイント\n\n");
    if (d->nkey_points == 0) {
        strbuf_puts(out, "*   **取り上げる記事なし**：");
        put_text(out, d->empty_reason ? d->empty_reason : "この日に取り上げる記事はありませんでした。");
        strbuf_putc(out, '\n');
    }
    for (size_t i = 0; i < d->nkey_points; i++) {
        strbuf_puts(out, "*   **");
        put_text(out, d->key_points[i].headline);
        strbuf_puts(out, "**：");
        put_text(out, d->key_points[i].summary);
        strbuf_putc(out, '\n');
    }

    for (int g = 0; g < STORY_GROUP_COUNT; g++) {
        strbuf_printf(out, "\n## %s\n\n", story_group_heading((enum story_group)g));
        if (d->ngroup_stories[g] == 0) {
            put_text(out, d->group_empty[g] ? d->group_empty[g] : "該当するニュースはありませんでした。");
            strbuf_putc(out, '\n');
            continue;
        }
        for (size_t k = 0; k < d->ngroup_stories[g]; k++) {
            const digest_story *s = &d->stories[d->group_stories[g][k]];
            strbuf_puts(out, "*   ");
            put_text(out, s->entry ? s->entry : s->headline);
            strbuf_putc(out, '\n');
        }
    }

    strbuf_printf(out, "\n---\n\n# %s サイバーセキュリティニュース詳細\n\n## ニュース紹介\n\n", d->date_heading);
    if (d->nstories == 0) {
        put_text(out, d->empty_reason ? d->empty_reason : "この日に取り上げる記事はありませんでした。");
        strbuf_puts(out, "\n\n");
    }
    for (size_t i = 0; i < d->nstories; i++) {
        const digest_story *s = &d->stories[i];
        strbuf_printf(out, "### %zu. ", i + 1);
        put_text(out, s->headline);
        strbuf_puts(out, "\n\n");
        for (size_t p = 0; p < s->nparagraphs; p++) {
            put_paragraphs(out, s->paragraphs[p]);
            strbuf_puts(out, "\n\n");
        }
        for (size_t k = 0; k < s->nsources; k++) {
            strbuf_puts(out, "[出典: ");
            put_text(out, s->sources[k].name);
            strbuf_puts(out, " - ");
            put_text(out, s->sources[k].title);
            strbuf_puts(out, "](");
            put_url(out, s->sources[k].url);
            strbuf_puts(out, ")\n");
        }
        strbuf_putc(out, '\n');
    }

    strbuf_puts(out, "## 深掘り\n\n### ");
    put_text(out, d->deep_topic ? d->deep_topic : "今日の動向");
    strbuf_puts(out, "\n\n");
    if (d->deep_body) {
        put_paragraphs(out, d->deep_body);
        strbuf_puts(out, "\n\n");
    }
    for (size_t i = 0; i < d->ndeep_sections; i++) {
        strbuf_puts(out, "#### ");
        put_text(out, d->deep_sections[i].title);
        strbuf_puts(out, "\n\n");
        put_paragraphs(out, d->deep_sections[i].body);
        strbuf_puts(out, "\n\n");
    }
    strbuf_puts(out, "### 関連知識\n\n#### 用語解説\n\n");
    if (d->nglossary == 0)
        strbuf_puts(out, "この日の記事に解説の必要な用語はありませんでした。\n");
    for (size_t i = 0; i < d->nglossary; i++) {
        strbuf_puts(out, "*   **");
        put_text(out, d->glossary[i].term);
        strbuf_puts(out, "**: ");
        put_text(out, d->glossary[i].definition);
        strbuf_putc(out, '\n');
    }
    strbuf_puts(out, "\n#### 今後の展望\n\n");
    put_paragraphs(out, d->outlook ? d->outlook : "");
    strbuf_puts(out, "\n\n## 結論\n\n");
    put_paragraphs(out, d->conclusion ? d->conclusion : "");
    strbuf_puts(out, "\n\n## 主要引用\n\n");
    if (d->ncitations == 0)
        strbuf_puts(out, "引用した記事はありません。\n");
    for (size_t i = 0; i < d->ncitations; i++) {
        strbuf_puts(out, "*   ");
        put_text(out, d->citations[i].title);
        strbuf_puts(out, " - ");
        put_text(out, d->citations[i].source);
        strbuf_puts(out, ": [");
        put_url_text(out, d->citations[i].url);
        strbuf_puts(out, "](");
        put_url(out, d->citations[i].url);
        strbuf_puts(out, ")\n");
    }
}
