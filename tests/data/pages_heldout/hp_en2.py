# -*- coding: utf-8 -*-
"""English pages, part 2."""
from hp_parts import *  # noqa


def en_prwire_release():
    name = 'en_prwire_release'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.prwire.example'
    url = 'https://%s/news-releases/veltrix-systems-introduces-sentinel-mesh-302381957.html' % host
    title = 'Veltrix Systems Introduces Sentinel Mesh, an AI-Assisted Platform for Detecting Insider Data Risks'
    pub = tz(2026, 3, 3, 8, 0, -5)
    blocks = [
        ('p', 'SAN JOSE, Calif., March 3, 2026 /PRWire/ -- Veltrix Systems, a provider of data security software for mid-market enterprises, today announced the general availability of Sentinel Mesh, a platform that helps security teams detect risky data movement by employees and contractors before it results in a breach.'),
        ('p', 'Sentinel Mesh combines endpoint, email and cloud storage telemetry into a single timeline for each user and applies behavioral models to flag unusual activity, such as a departing employee copying large volumes of customer records or a contractor sharing design files with a personal account.'),
        ('p', '"Most insider incidents are not malicious masterminds. They are people taking shortcuts, or leaving for a competitor and taking a little too much with them," said Priya Raman, chief executive officer of Veltrix Systems. "Sentinel Mesh gives security teams the context to tell the difference quickly, without drowning them in alerts."'),
        ('p', '**Key capabilities include:**'),
        ('ul', ['**Unified user timelines** that correlate file, email and SaaS activity across devices.',
                '**Departure risk monitoring** that integrates with HR systems to apply closer scrutiny during notice periods.',
                '**Privacy controls** that pseudonymize user identities until an investigation is formally opened.',
                '**Guided investigations** that summarize relevant activity and suggest next steps for analysts.']),
        ('p', 'During a six-month early access program, customers reported a 60 percent reduction in the time needed to triage data loss alerts, according to the company.'),
        ('p', '"We replaced three separate tools with Sentinel Mesh and our analysts finally have one place to look," said Marcus Bell, director of security operations at Glasswing Retail, an early access customer.'),
        ('p', '**Pricing and Availability**'),
        ('p', 'Sentinel Mesh is available today in North America and Europe, with pricing based on the number of monitored users. A 30-day trial is available at [veltrix.example/sentinel-mesh](https://veltrix.example/sentinel-mesh). Veltrix will demonstrate the platform at booth 1412 during next month\'s security industry conference in San Francisco.'),
        ('raw', '<p><b>About Veltrix Systems</b><br>Veltrix Systems builds data security software that helps mid-market organizations understand where their sensitive data lives and how it moves. Founded in 2016 and headquartered in San Jose, California, the company serves more than 1,400 customers in 30 countries. For more information, visit <a href="https://veltrix.example">veltrix.example</a>.</p>'),
        ('raw', '<p><b>Media Contact:</b><br>Dana Kim<br>Veltrix Systems<br>press@veltrix.example<br>+1 408-555-0142</p>'),
        ('raw', '<p>SOURCE Veltrix Systems</p>'),
    ]
    body = render(blocks, 'en', p_cls='prnews_p')
    heads = en_headlines(rng, 20, 0.3)
    also = ['Veltrix Systems Named a Leader in Data Security Platforms Report', 'Veltrix Systems Appoints New Chief Revenue Officer',
            'Veltrix Systems Expands Partnership With Regional Cloud Providers', 'Veltrix Systems Reports Record Annual Recurring Revenue']
    page = '''
<body class="release-page">
%s
<header class="header-wrapper"><div class="header"><a href="/" class="logo"><img src="/content/dam/prwire/logo.svg" alt="PR Wire" width="160" height="40"></a>
<nav class="main-nav"><a href="/news-releases/">News</a><a href="/products/">Products</a><a href="/contact-us/">Contact</a></nav>
<a class="btn-send" href="/account/">Send a Release</a></div>%s</header>
<main class="release-main">
<section class="release-header container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<h1>%s</h1>
<div class="release-subheader"><p>New platform correlates endpoint, email and cloud activity to help security teams separate honest mistakes from real data theft</p></div>
<div class="release-meta"><p class="mb-no">News provided by</p><a href="/news/veltrix-systems/" class="company-link">Veltrix Systems</a><p class="mb-no">Mar 03, 2026, 08:00 ET</p></div>
<div class="social-share"><p>Share this article</p>%s</div>
</div></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
%s
</div></div></section>
<section class="release-footer container"><div class="social-share"><p>Share this article</p>%s</div>
<div class="also-from"><h2>Also from this source</h2><ul>%s</ul></div>
<div class="explore"><h2>Explore</h2><ul>%s</ul><p>More news releases in similar topics</p></div></section>
<section class="send-release"><h2>Looking to send a press release?</h2><p>Our distribution network reaches thousands of newsrooms, websites and journalists. Get started with a free account.</p><a href="/account/">Get Started</a></section>
</main>
%s
</body>''' % (
        cookie_banner(N, 'en'), mega_menu(rng, N, 'en'), esc(title), share_buttons(rng, N, 'en', url), body, share_buttons(rng, N, 'en', url),
        ''.join('<li><a href="/news-releases/%s.html"><h3>%s</h3><p>%s</p></a></li>' % (rand_id(rng, 9, '0123456789'), esc(a), en_date(utc(2025, rng.randint(1, 12), rng.randint(1, 28)))) for a in also),
        ''.join('<li><a href="/news-releases/%s">%s</a></li>' % (s, esc(t)) for t, _, s in heads[:10]),
        site_footer(rng, N, 'en', 'PR Wire Association LLC', cols=6))
    desc = 'Veltrix Systems today announced the general availability of Sentinel Mesh.'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s</title>' % esc(title), '<meta name="description" content="%s">' % attr(desc),
        '<meta name="author" content="Veltrix Systems">', '<link rel="canonical" href="%s">' % url, common_head_links(rng, host, 6),
        og_meta(title, desc, url, 'https://mma.prwire.example/prn/veltrix_logo.jpg', 'PR Wire', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 800, ['prnews_p', 'release-body', 'release-header', 'col-lg-10', 'container', 'row', 'social-share']),
        gtm_snippet('GTM-PRW001'), consent_script(),
        state_blob('dataLayerRelease', {'releaseId': 302381957, 'company': 'Veltrix Systems', 'industries': ['Computer & Electronics', 'Computer Software', 'Data Analytics'], 'subjects': ['New Products & Services'], 'geo': ['California'],
                                        'related': [{'t': t, 'd': d} for t, d, _ in heads]}),
        news_ld(title, url, pub, author='Veltrix Systems', author_type='Organization', publisher='PR Wire', logo='https://%s/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Veltrix Systems', language='en', canonical_url=url, blocks=blocks, html=doc('en-US', head, page),
                layout='Press-release wire: dateline opens the first paragraph (kept as body), bold-only paragraphs as section labels, bulleted list; "About <company>", media contact and SOURCE line in the same container (not body).')


def en_vendor_community_blog():
    name = 'en_vendor_community_blog'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'community.lumora.example'
    url = 'https://%s/t5/threat-research-blog/how-we-hunt-for-oauth-consent-phishing/ba-p/48812' % host
    title = 'How we hunt for OAuth consent phishing in cloud email tenants'
    pub = tz(2026, 1, 30, 10, 17, -8)
    blocks = [
        ('p', 'Hi everyone, Maria from the Lumora threat research team here. A lot of you asked in last month\'s AMA how we look for malicious OAuth applications in customer environments, so I wanted to share the approach we use and a couple of queries you can adapt.'),
        ('h', 'Why consent phishing is hard to spot'),
        ('p', 'In a consent phishing attack, the victim never types a password into a fake page. Instead, they are asked to grant a third-party application permission to read their mail or files. Because the consent screen is served by the real identity provider, it looks completely legitimate.'),
        ('p', 'Once consent is granted, the attacker\'s application receives a token that keeps working even if the user changes their password, and multifactor authentication does not help.'),
        ('h', 'What we look for'),
        ('ol', ['Applications that were granted mail or file permissions by only one or two users.',
                'Applications registered in tenants that have never been seen before in our telemetry.',
                'Application names that imitate well-known brands, such as "Document Viewer" or "Secure Mail Update".',
                'Consent events that happen shortly after the user clicked a link in an external email.']),
        ('p', 'Here is a simplified version of the audit log query we start with. Adjust the table and field names to match your logging platform:'),
        ('pre', 'AuditLogs\n| where OperationName == "Consent to application"\n| where Result == "success"\n| summarize Users = dcount(InitiatedBy) by AppDisplayName, AppId\n| where Users <= 2'),
        ('p', 'Anything that comes back from this query is not necessarily malicious, but it gives you a short list to review by hand.'),
        ('h', 'Reducing the risk'),
        ('p', 'The most effective control is to stop users from granting consent to unverified applications at all, and to route requests through an admin approval workflow. It causes some friction at first, but in our experience the number of requests drops quickly once people know the process exists.'),
        ('p', 'If you have questions or your own hunting tips, drop them in the replies below. I will try to answer everything this week.'),
    ]
    body = render(blocks, 'en', ind='')
    replies = ''.join('''<div class="lia-linear-display-message-view"><div class="lia-message-view-wrapper lia-js-data-messageUid-%d"><div class="lia-message-subject"><h2>Re: %s</h2></div>
<div class="lia-message-author"><a class="lia-user-name-link" href="/t5/user/viewprofilepage/user-id/%d"><span>%s</span></a><span class="lia-user-rank">%s</span></div>
<div class="lia-message-dates"><span class="DateTime">%s</span></div>
<div class="lia-message-body"><div class="lia-message-body-content"><p>%s</p></div></div>
<div class="lia-message-footer"><span class="KudosButton">%d Kudos</span><a href="#">Reply</a></div></div></div>''' % (
        48812 + i, esc(title), rng.randint(1000, 99999), esc(rng.choice(EN_NAMES)), rng.choice(['Contributor', 'Frequent Visitor', 'Super User', 'Employee']),
        'Feb %d, 2026 %d:%02d PM' % (rng.randint(1, 12), rng.randint(1, 11), rng.randint(0, 59)), esc(comment_text(rng, 'en', rng.randint(1, 3))), rng.randint(0, 25)) for i in range(16))
    boards = ['Announcements', 'Threat Research Blog', 'Product Updates', 'Ideas', 'Getting Started', 'Integrations', 'Endpoint Protection', 'Email Security', 'Cloud Security', 'API & Automation', 'Events', 'Community Feedback']
    page = '''
<body class="lia-blog lia-user-status-anonymous BlogArticlePage lia-body">
<div id="lia-body" class="lia-page"><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width">
<div class="lia-content">
<div class="lia-quilt lia-quilt-blog-article-page lia-quilt-layout-two-column-main-side">
<div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24">
<div class="custom-community-header"><a href="/" class="logo">Lumora Community</a><nav>%s</nav><a href="/t5/user/userloginpage">Sign In</a></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb"><ul class="lia-list-standard-inline"><li><a href="/">Lumora Community</a></li><li>&gt;</li><li><a href="/t5/blogs/ct-p/blogs">Blogs</a></li><li>&gt;</li><li><a href="/t5/threat-research-blog/bg-p/threat-research-blog">Threat Research Blog</a></li><li>&gt;</li><li>How we hunt for OAuth consent phishing</li></ul></div>
</div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left">
<div class="lia-message-view-blog-topic-message">
<div class="lia-message-subject-banner"><h1 class="lia-message-subject">%s</h1></div>
<div class="lia-message-author-with-avatar"><img class="lia-user-avatar-message" src="https://%s/t5/image/serverpage/avatar/maria_k.png" alt="maria_k"><a class="lia-user-name-link" href="/t5/user/viewprofilepage/user-id/4411"><span class="login-bold">maria_k</span></a><span class="lia-user-rank">Lumora Employee</span><span class="DateTime"><span class="local-date">01-30-2026</span> <span class="local-time">10:17 AM</span></span></div>
<div class="lia-message-body lia-component-message-view-widget-body"><div class="lia-message-body-content">
%s
</div></div>
<div class="LabelsForArticle lia-component-labels"><span>Labels:</span><ul class="lia-list-standard-inline"><li><a href="#">Threat Hunting</a></li><li><a href="#">Email Security</a></li><li><a href="#">Identity</a></li></ul></div>
<div class="lia-message-footer"><span class="KudosButton lia-button-image-kudos-wrapper">42 Kudos</span><a href="#">Share</a><a href="#">Subscribe</a><a href="#">Report Inappropriate Content</a></div>
</div>
<div class="lia-component-blog-article-replies"><h2 class="lia-replies-header">16 Comments</h2>%s</div>
<div class="lia-blog-article-pager"><a href="#">&laquo; Previous article: Inside the Orbweaver botnet</a> <a href="#">Next article: Detecting token theft in browser sessions &raquo;</a></div>
</div>
<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right">
<div class="lia-panel lia-panel-standard"><div class="lia-decoration-border"><h2>About the Author</h2><p>Maria Kovacs is a principal threat researcher at Lumora, focusing on identity attacks and cloud email abuse. Before Lumora, she worked on a national CERT's malware analysis team.</p></div></div>
<div class="lia-panel lia-panel-standard"><h2>Boards</h2><ul>%s</ul></div>
<div class="lia-panel lia-panel-standard"><h2>Latest Articles</h2><ul>%s</ul></div>
<div class="lia-panel lia-panel-standard"><h2>Top Kudoed Authors</h2><ul>%s</ul></div>
</div></div>
</div></div></div></div></div>
%s
</div>
<script type="text/javascript">LITHIUM.Loader.runJsAttached();%s</script>
</body>''' % (
        ''.join('<a href="/t5/%s">%s</a>' % (rand_id(rng, 6), b) for b in ['Forums', 'Blogs', 'Knowledge Base', 'Events', 'Ideas', 'Help']),
        esc(title), host, body, replies,
        ''.join('<li><a href="#">%s</a><span>%d posts</span></li>' % (b, rng.randint(10, 4000)) for b in boards),
        ''.join('<li><a href="#">%s</a></li>' % esc(t) for t, _, _ in en_headlines(rng, 8, 0.0)),
        ''.join('<li>%s <span>%d</span></li>' % (esc(n), rng.randint(10, 300)) for n in rng.sample(EN_NAMES, 8)),
        site_footer(rng, N, 'en', 'Lumora Software, Inc.', cols=4),
        ''.join('LITHIUM.AjaxSupport({"ajaxOptionsParam":{"event":"LITHIUM:%s"},"tokenId":"ajax","elementSelector":"#%s","action":"%s","feedbackSelector":false,"url":"https://%s/t5/blogs/v2/blogarticlepage.%s:%s","ajaxErrorEventName":"LITHIUM:ajaxError","token":"%s"});\n' % (
            rand_id(rng, 8, 'abcdefghijklmnopqrstuvwxyz'), rand_id(rng, 10), rand_id(rng, 8, 'abcdefghijklmnopqrstuvwxyz'), host, rand_id(rng, 6, 'abcdefghij'), rand_id(rng, 10, 'abcdefghijklmnop'), rand_id(rng, 40)) for _ in range(120)))
    head = '\n'.join([
        '<meta charset="UTF-8">', '<title>%s - Lumora Community</title>' % esc(title), common_head_links(rng, host, 4),
        '<meta name="description" content="%s">' % attr(blocks[0][1][:150]),
        og_meta(title, blocks[0][1][:150], url, 'https://%s/html/assets/og.png' % host, 'Lumora Community', pub=pub, lang='en'),
        '<style>%s</style>' % css_blob(rng, ['lia-message-body-content', 'lia-message-subject', 'lia-panel', 'lia-quilt-row', 'lia-quilt-column', 'lia-user-name-link', 'KudosButton', 'lia-message-footer', 'BreadCrumb', 'lia-list-standard-inline', 'custom-community-header', 'lia-replies-header'], 900),
        '<script>LITHIUM = {Loader: {runJsAttached: function(){}}, AjaxSupport: function(){}};</script>',
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='maria_k', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Vendor community blog (Khoros-like forum software): post body in lia-message-body-content, numbered list and <pre> query; labels, kudos bar, 16 "Re:" replies with the same body markup, boards/latest/authors side panels.')


def en_github_advisory():
    name = 'en_github_advisory'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'codehub.example'
    url = 'https://%s/advisories/GHSA-4q7v-9x2m-r8jc' % host
    title = 'zipwalk vulnerable to path traversal via crafted archive entries'
    pub = utc(2026, 2, 18, 21, 44)
    blocks = [
        ('h', 'Impact', 3),
        ('p', 'Versions of `zipwalk` before 2.4.1 do not validate the paths of entries in an archive before writing them to disk. A crafted ZIP file containing entries such as `../../etc/cron.d/job` can cause files to be written outside the destination directory passed to `extract()`.'),
        ('p', 'Applications that extract archives uploaded by untrusted users are affected. Depending on the permissions of the process, an attacker may be able to overwrite application code or configuration files and achieve remote code execution.'),
        ('p', 'The following call is vulnerable when `upload.zip` comes from an untrusted source:'),
        ('pre', 'const zipwalk = require("zipwalk");\nawait zipwalk.extract("upload.zip", { dest: "/srv/app/uploads" });'),
        ('h', 'Patches', 3),
        ('p', 'The problem has been patched in version 2.4.1. Entry paths are now normalized and any entry that would resolve outside of `dest` causes `extract()` to throw a `ZipwalkPathError`.'),
        ('h', 'Workarounds', 3),
        ('p', 'If you cannot upgrade, iterate over the entries with `zipwalk.list()` first and reject any archive containing entries with absolute paths or `..` segments before calling `extract()`.'),
        ('h', 'References', 3),
        ('ul', ['[Fix commit](https://codehub.example/zipwalk/zipwalk/commit/9b1e0f4)', '[Release notes for 2.4.1](https://codehub.example/zipwalk/zipwalk/releases/tag/v2.4.1)', 'Reported by Ayumi Sato (Orison Labs)']),
    ]
    body = render(blocks, 'en', h3_tag='h3', h_ids=False)
    page = '''
<body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://%s/" aria-label="Homepage">%s</a>%s
<div class="d-lg-flex flex-items-center px-3 px-lg-0 mb-3 mb-lg-0 text-center text-lg-left"><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header></div>
<div class="application-main" data-commit-hovercards-enabled>
<main id="js-pjax-container">
<div class="container-lg p-responsive py-4">
<nav class="mb-4" aria-label="Breadcrumb"><a href="/advisories">Advisory Database</a> / <a href="/advisories?query=type%%3Areviewed">Reviewed</a> / GHSA-4q7v-9x2m-r8jc</nav>
<div class="Subhead"><h2 class="Subhead-heading">%s</h2></div>
<div class="gh-header-meta"><span class="Label Label--orange">High severity</span> <span class="State State--open">CodeHub Reviewed</span> Published <relative-time datetime="2026-02-18T21:44:00Z">Feb 18, 2026</relative-time> to the CodeHub Advisory Database &middot; Updated <relative-time datetime="2026-02-20T09:12:00Z">Feb 20, 2026</relative-time></div>
<div class="gutter-md-spacious d-md-flex">
<div class="col-md-9">
<div class="Box Box--responsive mb-3"><div class="Box-body d-flex flex-wrap">
<div class="float-left col-12 col-md-6 pr-md-2"><h2 class="text-small color-fg-muted mb-1">Package</h2><div><span class="f4 color-fg-default text-bold">zipwalk</span> (<span class="text-small color-fg-muted">npm</span>)</div></div>
<div class="float-left col-6 col-md-3 py-2 py-md-0 pr-2"><h2 class="text-small color-fg-muted mb-1">Affected versions</h2><div class="f4 color-fg-default">&lt; 2.4.1</div></div>
<div class="float-left col-6 col-md-3 py-2 py-md-0"><h2 class="text-small color-fg-muted mb-1">Patched versions</h2><div class="f4 color-fg-default">2.4.1</div></div>
</div></div>
<div class="Box Box--responsive"><div class="Box-header"><h2 class="Box-title">Description</h2></div>
<div class="Box-body"><div class="markdown-body comment-body p-0">
%s
</div></div></div>
<div class="Box Box--responsive mt-3"><div class="Box-header"><h2 class="Box-title">References</h2></div><div class="Box-body"><ul class="list-style-none"><li><a href="https://codehub.example/zipwalk/zipwalk/security/advisories/GHSA-4q7v-9x2m-r8jc">https://codehub.example/zipwalk/zipwalk/security/advisories/GHSA-4q7v-9x2m-r8jc</a></li><li><a href="https://nvd.example/vuln/detail/CVE-2026-24511">https://nvd.example/vuln/detail/CVE-2026-24511</a></li><li><a href="https://codehub.example/zipwalk/zipwalk/commit/9b1e0f4">https://codehub.example/zipwalk/zipwalk/commit/9b1e0f4</a></li><li><a href="https://codehub.example/advisories/GHSA-4q7v-9x2m-r8jc">https://codehub.example/advisories/GHSA-4q7v-9x2m-r8jc</a></li></ul></div></div>
<div class="mt-3 color-fg-muted text-small">Published by the <a href="/zipwalk">zipwalk</a> maintainers &middot; Published to the CodeHub Advisory Database Feb 18, 2026 &middot; Reviewed Feb 19, 2026 &middot; Last updated Feb 20, 2026</div>
</div>
<div class="col-md-3 pl-md-4">
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Severity</h3><div class="d-flex flex-items-baseline pb-1"><span class="Label Label--orange">High</span><span class="text-bold ml-2">8.1</span><span class="color-fg-muted"> / 10</span></div>
<div class="pt-2"><h4 class="text-small">CVSS v3 base metrics</h4><div class="d-flex flex-justify-between"><span>Attack vector</span><span>Network</span></div><div class="d-flex flex-justify-between"><span>Attack complexity</span><span>High</span></div><div class="d-flex flex-justify-between"><span>Privileges required</span><span>None</span></div><div class="d-flex flex-justify-between"><span>User interaction</span><span>None</span></div><div class="d-flex flex-justify-between"><span>Scope</span><span>Unchanged</span></div><div class="d-flex flex-justify-between"><span>Confidentiality</span><span>High</span></div><div class="d-flex flex-justify-between"><span>Integrity</span><span>High</span></div><div class="d-flex flex-justify-between"><span>Availability</span><span>High</span></div><div class="text-small color-fg-muted">CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H</div></div></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">EPSS score</h3><p>0.412%% (61st percentile)</p></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Weaknesses</h3><a class="Label Label--secondary" href="/advisories?query=cwe%%3A22">CWE-22</a><p>Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal'): The product uses external input to construct a pathname that is intended to identify a file or directory that is located underneath a restricted parent directory, but the product does not properly neutralize special elements within the pathname that can cause the pathname to resolve to a location that is outside of the restricted directory.</p></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">CVE ID</h3><div class="color-fg-muted">CVE-2026-24511</div></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">GHSA ID</h3><div class="color-fg-muted">GHSA-4q7v-9x2m-r8jc</div></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Source code</h3><a href="https://codehub.example/zipwalk/zipwalk">zipwalk/zipwalk</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Credits</h3><ul><li><a href="/ayumi-sato">ayumi-sato</a> Reporter</li><li><a href="/zw-maint">zw-maint</a> Remediation developer</li></ul></div>
<p class="text-small color-fg-muted">Loading Dependabot alerts...</p><p class="text-small">See something to contribute? <a href="#">Suggest improvements for this advisory on CodeHub.</a></p>
</div>
</div>
</div>
</main>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><ul class="list-style-none d-flex flex-wrap">%s</ul><p>&copy; 2026 CodeHub, Inc.</p></footer>
<script type="application/json" id="client-env">%s</script>
</body>''' % (
        host, svg_icon(rng, 'mark', 'octicon', 32), mega_menu(rng, N, 'en'), esc(title), body, footer_links(rng, 'en'),
        js({'locale': 'en', 'featureFlags': [rand_id(rng, 12, 'abcdefghijklmnopqrstuvwxyz_') for _ in range(250)]}))
    desc = 'Versions of zipwalk before 2.4.1 do not validate the paths of entries in an archive before writing them to disk.'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>zipwalk vulnerable to path traversal via crafted archive entries &middot; CVE-2026-24511 &middot; CodeHub Advisory Database &middot; CodeHub</title>',
        '<meta name="description" content="%s">' % attr(desc), common_head_links(rng, host, 8),
        og_meta(title, desc, url, 'https://%s/og/ghsa.png' % host, 'CodeHub', typ='object', lang='en'),
        '<style>%s</style>' % css_blob(rng, ['Box', 'Box-body', 'Box-header', 'markdown-body', 'Label', 'Label--orange', 'Subhead', 'discussion-sidebar-item', 'discussion-sidebar-heading', 'color-fg-muted', 'text-small', 'd-flex', 'HeaderMktg', 'container-lg', 'col-md-9', 'col-md-3', 'footer'], 1100),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page, html_attrs=' data-color-mode="auto"'),
                layout='Code-hosting security advisory: package/affected/patched box and severity/CVSS/CWE sidebar (metadata, not body); body is the markdown description (h3 Impact/Patches/Workarounds/References, inline code, <pre>); separate references URL box and "Description" label not body.')


def en_split_by_ads():
    name = 'en_split_by_ads'
    rng = random.Random(name)
    N = Namer('bem', name, '')
    host = 'www.northshore-tribune.example'
    url = 'https://%s/business/technology/copperhill-telecom-breach-support-platform-2026-02-27/' % host
    title = 'Copperhill Telecom confirms hackers accessed customer support platform'
    pub = tz(2026, 2, 27, 16, 48, -5)
    heads = en_headlines(rng, 40, 0.5)

    def split(i):
        return ('raw', '</div>\n<div class="ad-container ad-container--inline" data-ad-position="in-article-%d"><p class="ad-container__label">Advertisement</p>%s<p class="ad-container__continue">Story continues below advertisement</p></div>\n<div class="article-body__content">' % (
            i, ad_slot(rng, N, 'en', 'ad-inline-%d' % i, (300, 250), label=False)))
    blocks = [
        ('p', 'Copperhill Telecom said Friday that hackers gained access to a third-party platform the company uses to manage customer support tickets, potentially exposing the names, phone numbers and account details of some subscribers.'),
        ('p', 'In a notice posted to its website, the regional internet and phone provider said it learned of the intrusion on Feb. 19 and immediately disabled the compromised accounts. It said passwords, payment card numbers and Social Security numbers were not stored on the platform.'),
        ('p', 'The company did not say how many customers were affected. Copperhill serves roughly 640,000 households and businesses across four states.'),
        split(1),
        ('p', 'According to the notice, the attackers logged in using credentials belonging to an employee of an outside contractor that handles overflow support calls. The account did not have multifactor authentication enabled, the company said.'),
        ('p', '"We take the security of our customers\' information extremely seriously and are working with leading cybersecurity experts to investigate," Copperhill spokesperson Lauren Whitaker said in an emailed statement. She declined to name the contractor.'),
        ('p', 'Support tickets often contain more information than companies expect, said Anil Desai, an independent security consultant who has worked with several telecom providers. Customers routinely paste account numbers, addresses and even security question answers into chat windows, he said.'),
        split(2),
        ('p', 'That information can be valuable to criminals who specialize in taking over phone numbers, a technique known as SIM swapping, which is used to intercept text-message verification codes for bank and email accounts.'),
        ('p', 'Copperhill said it will notify affected customers by mail and offer them two years of free identity monitoring. It also recommended that all customers add a port-out PIN to their accounts, which the company began offering last year.'),
        ('p', 'The breach is the second disclosed by a regional telecom company this year. In January, a cable provider in a neighboring state reported that its billing system had been accessed by an unauthorized party.'),
    ]
    body = render(blocks, 'en', p_cls='article-body__paragraph')
    page = '''
<body class="article-template">
%s
%s
<header class="site-header">%s<div class="site-header__brand"><a href="/">The Northshore Tribune</a></div>%s<a href="/subscribe/" class="site-header__subscribe">Subscribe for $1</a></header>
%s
<main class="l-main">
<article class="article">
<header class="article__header">
%s
<h1 class="article__headline">%s</h1>
<div class="article__byline"><span class="article__author">By <a href="/author/sam-okoye/">Sam Okoye</a></span><span class="article__source">Staff writer</span><time class="article__published" datetime="%s">Published February 27, 2026 4:48 p.m. ET</time></div>
%s
</header>
%s
<div class="article-body">
<div class="article-body__content">
%s
</div>
</div>
<div class="article__footer">%s<p class="article__correction">Report an error</p></div>
%s
</article>
<aside class="l-sidebar">%s%s%s</aside>
</main>
%s
%s
</body>''' % (
        svg_sprite(rng), cookie_banner(N, 'en'), svg_icon(rng, 'menu'), mega_menu(rng, N, 'en'),
        ad_slot(rng, N, 'en', 'ad-leaderboard', (728, 90)),
        breadcrumbs(N, [('Home', '/'), ('Business', '/business/'), ('Technology', '/business/technology/')]),
        esc(title), iso(pub), share_buttons(rng, N, 'en', url),
        figure(rng, N, 'A Copperhill Telecom service van in a file photo.', 'Service van', 'Tribune file photo'),
        body, tag_list(N, 'en', ['Data breach', 'Telecommunications', 'Cybersecurity']),
        related_list(rng, N, 'en', heads[:6], 'More in Technology', teasers=True),
        ad_slot(rng, N, 'en', 'ad-sidebar-top', (300, 600)), ranking(rng, N, 'en', heads[6:16], 'Most Read', views=False), newsletter_box(N, 'en', 1),
        related_list(rng, N, 'en', heads[16:28], 'Latest News', teasers=True, images=True),
        site_footer(rng, N, 'en', 'Northshore Tribune Media Group', cols=6))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | The Northshore Tribune</title>' % esc(title), common_head_links(rng, host, 6),
        og_meta(title, blocks[0][1][:150], url, 'https://%s/resizer/van.jpg' % host, 'The Northshore Tribune', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 900, ['ad-container', 'ad-container__label', 'article-body__content', 'article-body__paragraph']),
        gtm_snippet('GTM-NSTR01'), consent_script(), ad_loader(rng, ['ad-leaderboard', 'ad-inline-1', 'ad-inline-2', 'ad-sidebar-top']),
        state_blob('Fusion', make_state(rng, 'en', en_headlines(rng, 40, 0.5), host, {'globalContent': {'_id': rand_id(rng, 26), 'type': 'story', 'headlines': {'basic': title}}})),
        news_ld(title, url, pub, author='Sam Okoye', publisher='The Northshore Tribune', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Sam Okoye', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Metro newspaper: body paragraphs split across three sibling article-body__content containers by inline ad blocks with "Advertisement"/"Story continues below advertisement" labels; lead figure, tags, related lists.')


def en_short_long_sidebar():
    name = 'en_short_long_sidebar'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.coastaldaily.example'
    url = 'https://%s/news/2026/03/06/tidewater-utilities-billing-portal-offline' % host
    title = 'Tidewater Utilities takes billing portal offline after "suspicious activity"'
    pub = tz(2026, 3, 6, 9, 12, -5)
    blocks = [
        ('p', 'Tidewater Utilities has taken its online billing portal offline after detecting what it called "suspicious activity" late Thursday night.'),
        ('p', 'The company said power and water service are not affected and that customers will not be charged late fees while the portal is down. It expects to restore access by Monday.'),
    ]
    body = render(blocks, 'en')
    column = [
        'Every few months, a reader writes to ask why we cover so many stories about computer break-ins at local companies and town halls. It is a fair question. Most of these incidents do not make national news, and many of them end quietly, with a letter in the mail and an offer of credit monitoring that few people ever use.',
        'But these stories matter precisely because they are local. The utility that sends your bill, the school district that holds your children\'s records and the clinic down the street all keep information about you, and most of them have far fewer resources to protect it than a large bank or a technology company. When something goes wrong, you deserve to hear about it from someone who will ask the follow-up questions.',
        'So we will keep asking: how did the attackers get in, what did they take, and what is being done to make sure it does not happen again? And we will keep telling you what, if anything, you need to do. If you have received a breach notice and are not sure what it means, write to us. We read every letter, and we answer as many as we can.',
    ]
    about = 'Coastal Daily is an independent, reader-supported newsroom covering the towns, businesses and institutions along the southern coast. We have published continuously since 1961, first in print and now online, and our reporters live in the communities they cover. Our journalism is free to read because thousands of readers choose to support it with a monthly contribution. If you value local reporting, please consider becoming a member today.'
    heads = en_headlines(rng, 20, 0.6)
    page = '''
<body>
<div class="page">
<div class="topbar"><span>Friday, March 6, 2026</span><a href="/weather/">52&deg;F Partly cloudy</a><a href="/e-edition/">e-Edition</a><a href="/donate/">Donate</a></div>
<header class="masthead"><a href="/" class="masthead-logo">Coastal Daily</a>%s</header>
<div class="columns">
<main class="col-main">
<article class="story">
<p class="story-kicker"><a href="/news/">News</a> / <a href="/news/business/">Business</a></p>
<h1 class="story-title">%s</h1>
<p class="story-byline">By Coastal Daily staff &middot; <time datetime="%s">March 6, 2026, 9:12 a.m.</time></p>
<div class="story-text">
%s
</div>
<p class="story-update">This story will be updated.</p>
%s
</article>
%s
</main>
<aside class="col-side">
<section class="side-column"><h2 class="side-column-title">From the Editor: Why we cover every breach</h2><p class="side-column-author">By Margaret Ellison, Editor</p>%s<a href="/opinion/why-we-cover-every-breach/">Read the full column</a></section>
%s
<section class="side-about"><h2>About Coastal Daily</h2><p>%s</p><a class="btn" href="/donate/">Become a member</a></section>
%s
</aside>
</div>
%s
</div>
</body>''' % (
        mega_menu(rng, N, 'en'), esc(title), iso(pub), body, share_buttons(rng, N, 'en', url),
        related_list(rng, N, 'en', heads[:6], 'More local news', teasers=True),
        ''.join('<p>%s</p>' % esc(c) for c in column), ad_slot(rng, N, 'en', 'ad-side', (300, 250)), esc(about),
        ranking(rng, N, 'en', heads[6:14], 'Most popular'), site_footer(rng, N, 'en', 'Coastal Daily Media', cols=4))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s - Coastal Daily</title>' % esc(title), common_head_links(rng, host, 3),
        og_meta(title, blocks[0][1], url, 'https://%s/img/og-default.png' % host, 'Coastal Daily', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 900, ['story', 'story-text', 'side-column', 'side-about', 'col-main', 'col-side', 'masthead', 'topbar']),
        gtm_snippet('GTM-CSTL01'), ad_loader(rng, ['ad-side']),
        state_blob('__CD__', make_state(rng, 'en', en_headlines(rng, 30, 0.6), host)),
        news_ld(title, url, pub, publisher='Coastal Daily', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Local news site where the article is only 2 short paragraphs (~300 chars) while the sidebar carries an editor\'s column excerpt and an about box with much longer paragraphs.')


def en_key_takeaways():
    name = 'en_key_takeaways'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'www.fintechwatch.example'
    url = 'https://%s/security/ai-voice-cloning-scams-finance-teams' % host
    title = 'AI voice cloning scams target finance teams with fake executive calls'
    pub = utc(2026, 2, 2, 12, 0)
    blocks = [
        ('raw', '<div class="%s" role="note">' % N('takeaways')),
        ('h', 'Key takeaways'),
        ('ul', ['Fraudsters are using cloned voices of executives to pressure finance staff into urgent wire transfers.',
                'The calls often follow a compromised email thread, making the request appear routine.',
                'Call-back verification to a known number remains the most effective defense.']),
        ('raw', '</div>'),
        ('p', 'The call came in at 4:50 p.m. on a Friday. On the line was what sounded exactly like the chief financial officer of Redfern Manufacturing, asking a senior accountant to push through a $480,000 payment to a new supplier before the weekend.'),
        ('p', 'The accountant had seen an email about the supplier earlier that week, and the voice on the phone used the CFO\'s usual turns of phrase. She started preparing the transfer. Only a last-minute check with her manager, who knew the CFO was on a flight, stopped the payment.'),
        ('p', 'Incidents like this one, described to FintechWatch by a person familiar with the investigation, are becoming more common as voice cloning tools improve. A few minutes of audio from a conference talk or an earnings call can be enough to produce a convincing imitation.'),
        ('h', 'Email first, then the phone'),
        ('p', 'Investigators say the attackers typically begin by compromising an email account at the target company or one of its suppliers. They monitor conversations for weeks, learning how payments are approved and who is involved, before inserting themselves into a legitimate thread.'),
        ('p', 'The phone call is the final step, designed to overcome any hesitation. "The voice is the closer," said Ines Marquardt, who leads a fraud investigations unit at a large European bank. "By the time the call happens, the victim has already seen several emails that make the request look normal."'),
        ('h', 'What finance teams can do'),
        ('p', 'Security experts recommend that organizations require a call-back to a phone number already on file before changing payment details or approving unusual transfers, no matter who appears to be asking. Some companies have introduced code words that executives must use when requesting urgent payments.'),
        ('p', 'Banks are also getting involved. Several now hold first-time payments to new accounts for additional review, and some allow business customers to set a daily limit that can only be raised in person.'),
        ('p', 'The Redfern accountant, who asked not to be named, said the experience changed how she thinks about phone calls. "I used to trust a voice I recognized," she said. "Now I hang up and call back, every time."'),
    ]
    body = render(blocks, 'en', p_cls=N('article', 'paragraph'), h_cls=N('article', 'subhead'), ul_cls=N('takeaways', 'list'))
    heads = en_headlines(rng, 30, 0.2)
    picks = ''.join('<li class="%s"><a href="/security/%s"><img src="https://%s/img/%s.jpg" alt="" width="240" height="135"><h3>%s</h3><p>%s</p></a></li>' % (
        N('picks', 'item'), s, host, rand_id(rng, 8), esc(t), esc(tz_)) for t, tz_, s in heads[:6])
    page = '''
<body>
<div id="app" class="%s">
<header class="%s"><a class="%s" href="/">FintechWatch</a>%s<a class="%s" href="/pro/">FintechWatch Pro</a></header>
%s
<main class="%s">
<article class="%s">
<header class="%s"><p class="%s">Security</p><h1 class="%s">%s</h1>
<p class="%s">Criminals combine compromised email threads with convincing synthetic voices to push through urgent payments.</p>
<div class="%s"><span>By Hannah Leclerc</span><time datetime="%s">Feb. 2, 2026</time><span>6 min read</span></div>%s</header>
%s
<div class="%s">
%s
</div>
<section class="%s"><h2 class="%s">Editor's picks</h2><ul class="%s">%s</ul></section>
%s
</article>
<aside class="%s">%s%s%s</aside>
</main>
%s
</div>
</body>''' % (
        N('app'), N('header'), N('header', 'logo'), mega_menu(rng, N, 'en'), N('header', 'pro'),
        ad_slot(rng, N, 'en', 'ad-top', (970, 250)), N('main'), N('article'), N('article', 'header'), N('article', 'eyebrow'), N('article', 'title'), esc(title),
        N('article', 'dek'), N('article', 'byline'), iso(pub), share_buttons(rng, N, 'en', url),
        figure(rng, N, 'Voice cloning tools need only a few minutes of recorded audio. (Illustration: FintechWatch)', 'Illustration of a sound wave and a phone'),
        N('article', 'body'), body, N('picks'), N('picks', 'heading'), N('picks', 'list'), picks,
        author_box(N, 'en', 'Hannah Leclerc', 'Hannah Leclerc reports on fraud, payments security and financial crime for FintechWatch.'),
        N('rail'), ad_slot(rng, N, 'en', 'ad-rail', (300, 600)), ranking(rng, N, 'en', heads[6:16], 'Trending now'), newsletter_box(N, 'en', 0),
        site_footer(rng, N, 'en', 'FintechWatch Media', cols=5))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | FintechWatch</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, 'Criminals combine compromised email threads with convincing synthetic voices.', url, 'https://%s/og/voice.jpg' % host, 'FintechWatch', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 900), gtm_snippet('GTM-FTW001'), ad_loader(rng, ['ad-top', 'ad-rail']),
        state_blob('__INITIAL_STATE__', make_state(rng, 'en', en_headlines(rng, 30, 0.2), host)),
        news_ld(title, url, pub, author='Hannah Leclerc', publisher='FintechWatch', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Hannah Leclerc', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Fintech news (hashed classes): "Key takeaways" heading+list box at the top of the body container (body), "Editor\'s picks" card list with summaries right after the body (not body), author box.')


def en_liveblog():
    name = 'en_liveblog'
    rng = random.Random(name)
    N = Namer('bem', name, 'lb-')
    host = 'www.wirecast-news.example'
    url = 'https://%s/live/2026/mar/12/cobaltwave-payment-outage-live' % host
    title = 'Cobaltwave outage live: merchants unable to take card payments as processor investigates'
    pub = utc(2026, 3, 12, 13, 5)
    updates = [
        ((19, 40), 'Cobaltwave says service fully restored', [
            'Cobaltwave says all payment services are operating normally and that transactions queued during the outage have now been processed.',
            'The company said the disruption was caused by a failed database update and "was not the result of a cyberattack." It promised a full incident report within two weeks.']),
        ((17, 15), 'Regulator asks for explanation', [
            'The financial conduct regulator says it is "in contact with Cobaltwave" and expects the company to explain what went wrong and how customers will be compensated.']),
        ((15, 2), 'Small businesses count the cost', [
            'Owners of small shops and cafes have been telling us how the outage has affected them. A bakery owner in Leeds said she had turned away dozens of customers who had no cash.',
            '"Friday lunchtime is our busiest hour of the week," she said. "We have lost most of today\'s takings."']),
        ((14, 20), 'Partial recovery under way', [
            'Cobaltwave says about 40% of merchants can now take payments again and that it is "working to restore service for the remainder as quickly as possible."',
            'Some retailers report that contactless payments are working but chip-and-PIN transactions are still failing.']),
        ((13, 5), 'What we know so far', [
            'Card payments at thousands of shops, restaurants and online stores have been failing since about 11:30 GMT.',
            'Cobaltwave, which processes payments for around 200,000 merchants, has acknowledged the problem and says it is investigating.']),
    ]
    blocks = [('p', 'Welcome to our live coverage of the Cobaltwave payments outage. We will bring you the latest updates as they happen.')]
    blocks.append(('raw', '<div class="%s" id="liveblog-body">' % N('stream')))
    for (h, m), h_, paras in updates:
        blocks.append(('raw', '<article class="%s" id="block-%02d%02d" data-block-id="%02d%02d"><header class="%s"><time class="%s" datetime="2026-03-12T%02d:%02d:00Z">%d.%02d GMT</time><a class="%s" href="#block-%02d%02d">Copy link</a></header><div class="%s">' % (
            N('block'), h, m, h, m, N('block', 'header'), N('block', 'time'), h, m, h, m, N('block', 'permalink'), h, m, N('block', 'body'))))
        blocks.append(('h', h_))
        for p in paras:
            blocks.append(('p', p))
        blocks.append(('raw', '</div><footer class="%s">%s</footer></article>' % (N('block', 'footer'), share_buttons(rng, N, 'en', url + '#block-%02d%02d' % (h, m)))))
    blocks.append(('raw', '</div>'))
    body = render(blocks, 'en', h_tag='h2', h_cls=N('block', 'title'), p_cls=N('block', 'text'))
    key_events = '<div class="%s"><h2>Key events</h2><ul>%s</ul><button>Show key events only</button></div>' % (N('key-events'), ''.join(
        '<li><a href="#block-%02d%02d"><time>%d.%02d GMT</time> %s</a></li>' % (h, m, h, m, esc(h_)) for (h, m), h_, _ in updates))
    heads = en_headlines(rng, 20, 0.5)
    page = '''
<body class="%s">
<header class="%s"><a class="%s" href="/">Wirecast</a>%s</header>
<main class="%s">
<div class="%s"><span class="%s">Live</span><span class="%s">Updated 19.40 GMT</span></div>
<h1 class="%s">%s</h1>
<p class="%s">Retailers report widespread failures as the processor says it has identified the cause</p>
<div class="%s"><span>Alex Brennan and Yasmin Shah</span><span>Thu 12 Mar 2026</span></div>
%s
%s
<div class="%s">
%s
</div>
<nav class="%s"><a href="?page=with:block-1205">Older posts</a><span>1 of 1</span></nav>
%s
</main>
%s
</body>''' % (
        N('page'), N('header'), N('header', 'logo'), mega_menu(rng, N, 'en'), N('main'), N('status'), N('status', 'pill'), N('status', 'updated'),
        N('headline'), esc(title), N('standfirst'), N('byline'), share_buttons(rng, N, 'en', url), key_events, N('body'), body, N('pagination'),
        related_list(rng, N, 'en', heads[:8], 'More on this story', teasers=True), site_footer(rng, N, 'en', 'Wirecast News Ltd', cols=5))
    ld = {'@context': 'https://schema.org', '@type': 'LiveBlogPosting', 'headline': title, 'url': url, 'coverageStartTime': iso(pub), 'coverageEndTime': '2026-03-12T20:00:00Z',
          'liveBlogUpdate': [{'@type': 'BlogPosting', 'headline': h_, 'datePublished': '2026-03-12T%02d:%02d:00Z' % t, 'articleBody': ' '.join(ps)} for t, h_, ps in updates]}
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | Wirecast</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, 'Retailers report widespread failures as the processor says it has identified the cause', url, 'https://%s/og/live.jpg' % host, 'Wirecast', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 900), gtm_snippet('GTM-WCST01'),
        state_blob('guardianish', make_state(rng, 'en', en_headlines(rng, 40, 0.5), host, {'live': {'polling': True, 'interval': 15, 'mostRecentBlockId': 'block-1940'}})),
        jsonld(ld),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Alex Brennan', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Live blog (BEM): intro line, "Key events" summary list above the stream (not body), 5 timestamped update blocks newest first with h2 + paragraphs (timestamps, permalinks, per-block share not body), LiveBlogPosting JSON-LD.')


def en_win1252_oldsite():
    name = 'en_win1252_oldsite'
    rng = random.Random(name)
    host = 'www.hollowpoint-labs.example'
    url = 'http://%s/advisories/netwatch3-firmware.html' % host
    title = 'NetWatch 3 IP camera firmware: unauthenticated RTSP and a hard-coded telnet password'
    pub = None
    blocks = [
        ('h', 'Summary'),
        ('p', 'The NetWatch 3 is an inexpensive indoor IP camera sold under at least four brand names. Firmware versions up to and including 3.1.18 contain two serious problems: the RTSP video stream can be viewed without a password, and a telnet service listens on port 2323 with a root password that is the same on every device.'),
        ('p', 'I reported both issues to the manufacturer in November. As of this writing there is no fixed firmware, so I\'m publishing the details along with the workarounds I know of. If you own one of these cameras, please read the “What you can do” section below.'),
        ('h', 'Unauthenticated RTSP'),
        ('p', 'The camera\'s web interface asks for a password, and most owners reasonably assume that the video is protected by it. It isn\'t. The RTSP server on port 554 accepts requests without any credentials:'),
        ('pre', '$ ffplay rtsp://192.168.1.64:554/live/ch00_0\nInput #0, rtsp, from \'rtsp://192.168.1.64:554/live/ch00_0\':\nDuration: N/A, start: 0.000000, bitrate: N/A\nStream #0:0: Video: h264 (Main), yuv420p, 1920x1080, 15 fps'),
        ('p', 'Many owners expose port 554 to the internet through UPnP, which the camera enables by default. A quick look at a public scanning service found roughly 11,000 cameras answering on that port with the NetWatch banner.'),
        ('h', 'Hard-coded telnet password'),
        ('p', 'The firmware starts a telnet daemon on port 2323. Logging in as root with the password “nw3-admin” — identical on every unit I tested — gives a full shell. The password is stored in the firmware image in plain text, so it won\'t stay secret now that the image is easy to download from the vendor\'s own support page.'),
        ('h', 'What you can do'),
        ('ul', ['Turn off UPnP on your router, or at least on the camera’s settings page.', 'Block inbound ports 554 and 2323 at your router.',
                'Put the camera on a separate guest network if your router supports it.', 'If you don’t need remote viewing, consider whether the camera needs internet access at all.']),
        ('h', 'Timeline'),
        ('lines', ['2025-11-03 – Reported to the manufacturer’s support address.', '2025-11-20 – Second e-mail; automated reply only.',
                   '2026-01-08 – Contacted the national CERT, which also got no answer.', '2026-02-16 – Published.']),
        ('p', 'Thanks to the folks at the café meetup who lent me three of their cameras for testing.'),
    ]
    body = render(blocks, 'en', style='br', wrap=78, br_head='font')
    nav = ['Home', 'Advisories', 'Tools', 'Papers', 'Talks', 'Links', 'About', 'PGP key']
    older = [('2025-09-12', 'HomeGuard 200 router: CSRF in the parental controls page'), ('2025-06-30', 'Three bugs in a smart plug’s cloud API'),
             ('2025-03-02', 'Default credentials in BrightBox NAS recovery mode'), ('2024-11-18', 'Notes on a cheap fingerprint door lock'),
             ('2024-08-07', 'Baby monitor firmware: debug UART left enabled'), ('2024-04-21', 'Reversing a thermostat’s update protocol'),
             ('2023-12-10', 'Hotel TV set-top box: what the guest network can see'), ('2023-07-15', 'A look inside a “military-grade” USB stick'),
             ('2023-02-03', 'Printer web interfaces that never log you out'), ('2022-10-29', 'Weak PRNG in a garage door opener')]
    page = '''<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#551A8B">
<table width="100%%" border="0" cellspacing="0" cellpadding="6">
<tr><td colspan="2" bgcolor="#222222"><font face="Verdana, Arial, Helvetica" size="5" color="#FFFFFF"><b>Hollowpoint Labs</b></font><br>
<font face="Verdana, Arial, Helvetica" size="1" color="#CCCCCC">hardware, firmware &amp; other things that shouldn’t be on the internet</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#EEEEEE"><font face="Verdana, Arial, Helvetica" size="2">
%s
<br><br>
<b>Older advisories</b><br>
%s
<br><br>
<a href="/rss.xml"><img src="/img/rss.gif" width="36" height="14" border="0" alt="RSS"></a><br>
<img src="/cgi-bin/counter.cgi?page=netwatch3" width="88" height="31" alt="visitors"><br>
</font></td>
<td valign="top"><font face="Verdana, Arial, Helvetica" size="2">
<font size="4"><b>%s</b></font><br>
<i>Posted February 16, 2026 by Nils Ekström</i><br>
<hr noshade size="1">
%s
<hr noshade size="1">
<font size="1">Comments? Mail me at nils (at) hollowpoint-labs (dot) example. PGP key on the <a href="/pgp.html">PGP page</a>.<br>
All content © 2004–2026 Nils Ekström. Please link, don’t copy.</font>
</font></td>
</tr>
</table>
</body>''' % (
        '<br>\n'.join('<a href="/%s.html">%s</a>' % (n.lower().replace(' ', ''), n) for n in nav),
        '<br>\n'.join('<font size="1">%s</font><br><a href="/advisories/%s.html">%s</a>' % (d, rand_id(rng, 8, 'abcdefghijklmnopqrstuvwxyz'), esc(t)) for d, t in older * 6),
        esc(title), body)
    css = css_blob(rng, ['nav', 'small', 'adv', 'code', 'box', 'hdr', 'ftr', 'old', 'pgp'], 700, media=False)
    head = '\n'.join([
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        '<title>Hollowpoint Labs :: %s</title>' % esc(title),
        '<meta name="keywords" content="NetWatch, IP camera, RTSP, telnet, hard-coded password, advisory">',
        '<meta name="description" content="Two serious problems in NetWatch 3 camera firmware — unauthenticated video and a universal root password.">',
        '<style type="text/css">\n<!--\n%s\n-->\n</style>' % css,
        '<script language="JavaScript" type="text/javascript">\n<!--\nfunction popup(u){window.open(u,"pop","width=640,height=480,scrollbars=yes");}\n%s\n// -->\n</script>' % '\n'.join(
            'var img%d = new Image(); img%d.src = "/img/btn%d_over.gif";' % (i, i, i) for i in range(60)),
    ])
    html_ = doc('en', head, page, doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    return dict(name=name, url=url, content_type=None, encoding='windows-1252', title=title, published=pub,
                author='Nils Ekström', language='en', canonical_url=None, blocks=blocks, html=html_,
                layout='Old hand-written researcher site in windows-1252 (meta http-equiv): table layout, <font> everywhere, text paragraphs separated by <br><br> and hard-wrapped, <font size=+1><b> headings, <pre> session, a timeline of single-<br> lines, curly quotes and dashes.')


def en_trade_mag_paginated():
    name = 'en_trade_mag_paginated'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.enterprise-defense.example'
    url = 'https://%s/vulnerability-management/building-a-vuln-program-when-you-cant-patch-everything' % host
    title = "Building a vulnerability management program when you can't patch everything"
    pub = tz(2026, 2, 24, 7, 0, -5)
    blocks = [
        ('p', 'Every security team eventually reaches the same uncomfortable conclusion: there are more vulnerabilities than there are hours to fix them. A mid-sized enterprise can easily have tens of thousands of open findings across servers, laptops, network devices and cloud workloads, with hundreds more added every week.'),
        ('p', 'Trying to patch everything is not a strategy. It is a recipe for burnout, missed deadlines, and a scanner report that nobody reads anymore. The organizations that manage vulnerabilities well have accepted that most findings will not be fixed quickly, and have built programs that focus effort where it matters most.'),
        ('p', 'This three-part guide walks through how to build that kind of program. In this first part, we look at the foundation: knowing what you have and who owns it.'),
        ('h', 'Start with the asset inventory'),
        ('p', 'It is impossible to prioritize vulnerabilities on systems you do not know exist. Yet in most organizations, the asset inventory is incomplete, out of date, or split across several tools that disagree with each other.'),
        ('p', 'A practical first step is to compare the lists from every source you already have: the vulnerability scanner, the endpoint agent, the cloud provider\'s console, the network access control system and the configuration management database. The differences between those lists are where the risk hides.'),
        ('h', 'Assign owners, not just assets'),
        ('p', 'A vulnerability without an owner will not be fixed. For each system, record not only what it is, but which team is responsible for patching it and who can approve downtime. This sounds obvious, but it is often the single biggest improvement a program can make.'),
        ('p', 'Several security leaders we spoke with said that simply sending each team a weekly list of their own open findings, instead of one giant report for the whole company, doubled their remediation rate within a quarter.'),
        ('h', 'Define what "critical" means for you'),
        ('p', 'Severity scores from scanners are a starting point, not an answer. A critical-rated flaw on an isolated test server may matter far less than a medium-rated flaw on an internet-facing system that handles customer data. Before you can prioritize, you need to classify your assets by exposure and business importance.'),
    ]
    body = render(blocks, 'en', p_cls='article-p', h_cls='article-h2', wrap=100)
    heads = en_headlines(rng, 30, 0.0)
    pager = '<nav class="article-pagination" aria-label="Article pages"><span class="page-count">Page 1 of 3</span><ul><li class="active"><span>1</span></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul><a class="next-page" href="?page=2">Next: Prioritizing with exploit intelligence &rsaquo;</a></nav>'
    page = '''
<body class="node-type-article">
%s
<div class="site-wrapper">
<header class="site-header"><div class="header-top"><a class="logo" href="/">Enterprise Defense</a><a href="/subscribe" class="btn">Subscribe</a><a href="/login">Log in</a></div>%s</header>
%s
<div class="content-wrapper">
<main class="main-content">
%s
<article class="article-full">
<div class="article-header"><span class="article-topic"><a href="/vulnerability-management">Vulnerability Management</a></span><h1 class="article-title">%s</h1>
<p class="article-summary">A three-part guide to prioritizing remediation when the backlog will never reach zero.</p>
<div class="article-author"><img src="/img/authors/dwatts.jpg" alt="" width="48"><span class="author-name">By <a href="/author/daniel-watts">Daniel Watts</a>, Contributing Writer</span><span class="article-date">February 24, 2026</span><span class="read-time">8 Min Read</span></div>%s</div>
<figure class="article-hero"><img src="/img/articles/vm-backlog.jpg" alt="Stacks of paper representing a backlog" width="1200" height="675"><figcaption>Source: Tatiana Mora via Stock Images</figcaption></figure>
<div class="article-content">
%s
</div>
%s
<div class="article-keywords"><span>Keep up with the latest cybersecurity threats, newly discovered vulnerabilities, data breach information, and emerging trends. Delivered daily or weekly right to your email inbox.</span><a href="/newsletters">Subscribe</a></div>
%s
</article>
%s
</main>
<aside class="sidebar">%s<div class="sidebar-block"><h2>Upcoming Webinars</h2><ul>%s</ul></div>%s<div class="sidebar-block"><h2>Sponsored Content</h2>%s</div></aside>
</div>
%s
</div>
</body>''' % (
        svg_sprite(rng), mega_menu(rng, N, 'en'), ad_slot(rng, N, 'en', 'ad-top-leaderboard', (970, 90)),
        breadcrumbs(N, [('Home', '/'), ('Vulnerability Management', '/vulnerability-management'), ('Article', None)]),
        esc(title), share_buttons(rng, N, 'en', url), body, pager, author_box(N, 'en', 'Daniel Watts', 'Daniel Watts is a former security architect who writes about risk management and security operations.'),
        related_list(rng, N, 'en', heads[:6], 'You May Also Like', teasers=True),
        ad_slot(rng, N, 'en', 'ad-sidebar-mpu', (300, 250)),
        ''.join('<li><a href="/webinars/%s"><span>%s</span><time>%s</time></a></li>' % (rand_id(rng, 6), esc(w), d) for w, d in [
            ('Cloud Security Posture Management in Practice', 'Mar 4, 2026'), ('Building an Effective Threat Hunting Team', 'Mar 11, 2026'),
            ('What the New Disclosure Rules Mean for CISOs', 'Mar 18, 2026'), ('Securing Identity in Hybrid Environments', 'Mar 25, 2026')]),
        ranking(rng, N, 'en', heads[6:14], 'Most Popular'), pr_teasers(rng, N, 'en', 4), site_footer(rng, N, 'en', 'Enterprise Defense Media', cols=6))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, 'A three-part guide to prioritizing remediation when the backlog will never reach zero.', url, 'https://%s/img/articles/vm-backlog.jpg' % host, 'Enterprise Defense', pub=pub, lang='en'),
        '<link rel="next" href="%s?page=2">' % url,
        '<style>%s</style>' % page_css(rng, N, 900, ['article-content', 'article-p', 'article-h2', 'article-pagination', 'page-count', 'next-page', 'sidebar-block', 'article-full', 'article-header']),
        gtm_snippet('GTM-ENTD01'), ad_loader(rng, ['ad-top-leaderboard', 'ad-sidebar-mpu']),
        state_blob('__INITIAL_DATA__', make_state(rng, 'en', en_headlines(rng, 30, 0.0), host, {'article': {'pages': 3, 'page': 1}})),
        news_ld(title, url, pub, author='Daniel Watts', publisher='Enterprise Defense', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Daniel Watts', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='B2B security trade magazine, page 1 of 3 (body = this page only): hero figure, hard-wrapped paragraphs with h2, "Page 1 of 3" pager with next-page title, newsletter strip, webinar and sponsored sidebar.')


def en_local_news_readmore():
    name = 'en_local_news_readmore'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.wktx13.example'
    url = 'https://%s/news/local/ironlake-school-district-cyberattack-student-records/83-1f0c3e8a' % host
    title = 'Ironlake School District says cyberattack exposed student records'
    pub = tz(2026, 1, 22, 18, 31, -6)

    def readmore(t):
        return ('raw', '<p class="article__related-inline"><strong>READ MORE:</strong> <a href="/news/local/%s">%s</a></p>' % (rand_id(rng, 12), esc(t)))

    def adv(i):
        return ('raw', '<div class="article__ad" id="ad-article-%d"><span class="article__ad-label">Advertisement</span>%s</div>' % (i, ad_slot(rng, N, 'en', 'ad-art-%d' % i, (300, 250), label=False)))
    blocks = [
        ('raw', '<figure class="article__lead-image"><img src="https://media.%s/assets/WKTX/images/ironlake.jpg" alt="Ironlake High School" width="1140" height="641"><figcaption>FILE - Ironlake High School on the first day of classes in August 2025. (WKTX photo)</figcaption></figure>' % host),
        ('p', 'IRONLAKE, Texas — The Ironlake School District says a cyberattack earlier this month exposed personal information belonging to current and former students, including names, birth dates and, in some cases, medical notes kept by school nurses.'),
        ('p', 'District officials told parents in a letter Thursday that an unauthorized person accessed the district\'s student information system between Jan. 3 and Jan. 6, during the winter break.'),
        readmore('Ironlake ISD board approves new security cameras for all campuses'),
        ('p', 'The district said it does not yet know how many students are affected, but that records going back to 2012 were stored in the system. Ironlake has about 9,800 students across 14 campuses.'),
        adv(1),
        ('p', '"We understand how concerning this is for our families, and we are sorry," Superintendent Carla Jiménez said in a video message posted to the district\'s social media pages. "We are doing everything we can to find out exactly what happened and to make sure it does not happen again."'),
        ('p', 'The district said it has hired a cybersecurity firm to investigate and has reported the incident to law enforcement. Classes were not interrupted.'),
        readmore('How to freeze your child\'s credit, and why experts say you should'),
        ('p', 'Parents who spoke with WKTX 13 said they were frustrated that it took more than two weeks for the district to notify them.'),
        ('p', '"If my kid\'s medical information is out there, I want to know the same day, not weeks later," said Monica Reyes, whose two children attend Ironlake schools.'),
        adv(2),
        ('p', 'The district said it will offer free credit monitoring to affected families and has set up a call center for questions at 555-0199, open weekdays from 8 a.m. to 6 p.m.'),
        ('raw', '<p class="article__app-promo"><em>Download the WKTX 13 News app for breaking news alerts and live video.</em></p>'),
        ('raw', '<p class="article__copyright">Copyright 2026 WKTX. All rights reserved.</p>'),
    ]
    body = render(blocks, 'en', p_cls=None)
    heads = en_headlines(rng, 40, 0.7)
    page = '''
<body class="page--article">
%s
<header class="header"><div class="header__top"><a href="/" class="header__logo">WKTX 13</a><a class="header__live" href="/watch">Watch Live</a><a class="header__weather" href="/weather">64&deg;</a></div>%s</header>
<div class="alert-banner"><a href="/weather/alerts">Weather Alert: Freeze warning in effect tonight for Ironlake County</a></div>
%s
<main class="main">
<article class="article">
<div class="article__header"><p class="article__section"><a href="/news/local">Local News</a></p><h1 class="article__headline">%s</h1>
<p class="article__summary">Officials say the intrusion happened over winter break, and some records included notes from school nurses.</p>
<div class="article__byline"><span>Author: Kendra Mills</span><span>Published: 6:31 PM CST January 22, 2026</span><span>Updated: 7:05 PM CST January 22, 2026</span></div>%s</div>
<div class="article__body">
%s
</div>
%s
</article>
<div class="taboola-feed"><h2>Trending Stories</h2>%s</div>
<aside class="sidebar">%s%s</aside>
</main>
%s
</body>''' % (
        svg_sprite(rng), mega_menu(rng, N, 'en'), ad_slot(rng, N, 'en', 'ad-top', (728, 90)), esc(title), share_buttons(rng, N, 'en', url), body,
        related_list(rng, N, 'en', heads[:8], 'Related Articles', teasers=False),
        pr_teasers(rng, N, 'en', 6), ranking(rng, N, 'en', heads[8:18], 'Most Viewed'), related_list(rng, N, 'en', heads[18:30], 'Latest Stories', teasers=True, images=False),
        site_footer(rng, N, 'en', 'WKTX-TV, LLC', cols=5))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | wktx13.example</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, 'Officials say the intrusion happened over winter break.', url, 'https://media.%s/assets/WKTX/images/ironlake.jpg' % host, 'WKTX 13', pub=pub, lang='en'),
        '<style>%s</style>' % page_css(rng, N, 900, ['article__body', 'article__related-inline', 'article__ad', 'article__ad-label', 'article__copyright', 'article__app-promo', 'taboola-feed']),
        gtm_snippet('GTM-WKTX13'), consent_script(), ad_loader(rng, ['ad-top', 'ad-art-1', 'ad-art-2']),
        state_blob('__TEGNA_STATE__', make_state(rng, 'en', en_headlines(rng, 40, 0.7), host)),
        news_ld(title, url, pub, author='Kendra Mills', publisher='WKTX 13', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Kendra Mills', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Local TV station site: inline "READ MORE:" link paragraphs, "Advertisement" ad blocks, lead photo caption, app promo and copyright line all inside the body container (none of them body); dateline kept in first paragraph.')
