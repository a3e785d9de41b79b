#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Self-check of the held-out pages (standard library only).

For every manifest entry: decode the .html in its declared encoding, strip tags
crudely, and verify that each expected paragraph's tokens (ASCII words / single
kana-kanji characters) occur contiguously in the page, paragraphs in order.
Also checks the .txt format and prints a size table.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODECS = {'UTF-8': 'utf-8', 'Shift_JIS': 'cp932', 'EUC-JP': 'euc_jp', 'windows-1252': 'cp1252'}
TOK = re.compile(r'[A-Za-z0-9]+|[^\W\d_A-Za-z]')


def page_tokens(text):
    text = re.sub(r'<!--.*?-->', ' ', text, flags=re.S)
    text = re.sub(r'<[^>]*>', ' ', text)
    text = html.unescape(text)
    text = re.sub(r'\\[nrt"/\\]', ' ', text)  # JSON string escapes inside scripts
    return TOK.findall(text)


def find_seq(hay, needle, start):
    if not needle:
        return start
    first = needle[0]
    n = len(needle)
    i = start
    while True:
        try:
            i = hay.index(first, i)
        except ValueError:
            return -1
        if hay[i:i + n] == needle:
            return i + n
        i += 1


def main():
    man = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))['pages']
    bad = 0
    rows = []
    in_range = 0
    for m in man:
        raw = open(os.path.join(HERE, m['file']), 'rb').read()
        exp = open(os.path.join(HERE, m['expected']), 'rb').read().decode('utf-8')
        text = raw.decode(CODECS[m['encoding']])
        problems = []
        if exp.endswith('\n') or exp != exp.strip():
            problems.append('txt has leading/trailing white space')
        if '\n\n\n' in exp:
            problems.append('txt has 3 newlines in a row')
        for ln in exp.split('\n'):
            if ln != ln.strip(' \t\u3000'):
                problems.append('untrimmed line: %r' % ln[:40])
        if m['encoding'] == 'UTF-8' and b'charset' not in raw[:3000].lower() and not m['content_type']:
            problems.append('UTF-8 page without any declaration')
        toks = page_tokens(text)
        pos = 0
        for para in exp.split('\n\n'):
            nt = TOK.findall(para)
            np_ = find_seq(toks, nt, pos)
            if np_ < 0:
                problems.append('paragraph not found in order: %r' % para[:60])
                np_ = pos
            pos = np_
        if problems:
            bad += 1
            print('FAIL', m['name'])
            for p in problems[:8]:
                print('   ', p)
        kb = len(raw) / 1024
        if 30 <= kb <= 200:
            in_range += 1
        rows.append((m['name'], m['language'], m['encoding'], len(raw), len(exp), len(exp.split('\n\n'))))
    print('%-34s %-4s %-12s %8s %7s %5s' % ('name', 'lang', 'encoding', 'bytes', 'chars', 'paras'))
    for r in rows:
        print('%-34s %-4s %-12s %8d %7d %5d' % r)
    langs = {}
    encs = {}
    for r in rows:
        langs[r[1]] = langs.get(r[1], 0) + 1
        encs[r[2]] = encs.get(r[2], 0) + 1
    print('pages: %d  languages: %s  encodings: %s' % (len(rows), langs, encs))
    print('pages within 30-200 KB: %d/%d' % (in_range, len(rows)))
    print('failures: %d' % bad)
    return 1 if bad or in_range < 0.8 * len(rows) else 0


if __name__ == '__main__':
    sys.exit(main())
