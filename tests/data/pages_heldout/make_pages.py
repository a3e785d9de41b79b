#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate the held-out extraction pages: NAME.html, NAME.txt and manifest.json.

Run:  /usr/bin/python3 make_pages.py      (writes files next to this script, then runs check.py)

Every page is built from a list of article blocks (see hp_lib.py); the HTML and the
expected body text are both derived from those blocks.
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hp_lib import expected_text, zulu  # noqa: E402
import hp_ja1  # noqa: E402
import hp_ja2  # noqa: E402
import hp_ja3  # noqa: E402
import hp_en1  # noqa: E402
import hp_en2  # noqa: E402

CODECS = {'UTF-8': 'utf-8', 'Shift_JIS': 'cp932', 'EUC-JP': 'euc_jp', 'windows-1252': 'cp1252'}

PAGES = [
    hp_ja1.ja_national_newspaper, hp_ja1.ja_itpress_split, hp_ja1.ja_atit_tutorial_p2, hp_ja1.ja_security_news_short,
    hp_ja2.ja_cert_advisory_sjis, hp_ja2.ja_ipa_consult_sjis_nodecl, hp_ja2.ja_gov_notice_sjis_header,
    hp_ja2.ja_press_release, hp_ja2.ja_hatena_blog, hp_ja3.ja_qiita_like, hp_ja3.ja_portal_news,
    hp_ja3.ja_regional_eucjp, hp_ja3.ja_vendor_blog_eucjp, hp_ja3.ja_tv_news, hp_ja3.ja_liveblog,
    hp_ja3.ja_media_split_ads, hp_ja3.ja_business_keypoints, hp_ja3.ja_note_column,
    hp_en1.en_bleeping_like, hp_en1.en_record_like, hp_en1.en_krebs_wordpress, hp_en1.en_psirt_advisory,
    hp_en1.en_cisa_alert, hp_en1.en_substack_newsletter, hp_en1.en_medium_like, hp_en1.en_nextjs_jsonld,
    hp_en1.en_amp_page,
    hp_en2.en_prwire_release, hp_en2.en_vendor_community_blog, hp_en2.en_github_advisory, hp_en2.en_split_by_ads,
    hp_en2.en_short_long_sidebar, hp_en2.en_key_takeaways, hp_en2.en_liveblog, hp_en2.en_win1252_oldsite,
    hp_en2.en_trade_mag_paginated, hp_en2.en_local_news_readmore,
]


def encode_page(p):
    codec = CODECS[p['encoding']]
    h = p['html']
    data = h.encode(codec)  # strict: every character must exist in the declared encoding
    if p['encoding'] in ('Shift_JIS', 'EUC-JP'):
        # stay inside the JIS X 0208 repertoire shared by every Shift_JIS/EUC-JP decoder
        assert h.encode('cp932') == h.encode('shift_jis'), p['name']
        h.encode('euc_jp')
    return data


def main():
    manifest = []
    for fn in PAGES:
        p = fn()
        name = p['name']
        data = encode_page(p)
        with open(os.path.join(HERE, name + '.html'), 'wb') as f:
            f.write(data)
        with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
            f.write(expected_text(p['blocks']).encode('utf-8'))
        manifest.append({
            'name': name, 'file': name + '.html', 'expected': name + '.txt', 'url': p['url'],
            'content_type': p['content_type'], 'encoding': p['encoding'], 'title': p['title'],
            'published': zulu(p['published']) if p['published'] else None, 'author': p['author'],
            'language': p['language'], 'canonical_url': p['canonical_url'], 'layout': p['layout']})
    names = [m['name'] for m in manifest]
    assert len(names) == len(set(names))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump({'pages': manifest}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote %d pages' % len(manifest))
    import check
    return check.main()


if __name__ == '__main__':
    sys.exit(main())
