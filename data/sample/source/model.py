"""Data model shared by the article source files and the generator.

Every article is written once here, as data: the generator turns it into a
feed item, an HTML page in its site's template, and the expected plain text.

Body blocks (a list):
  "text"                 a paragraph
  "## text"              a sub-heading (its own paragraph in the expected text)
  "* text"               a list item; consecutive items form one list
  ("table", rows)        a table, first row is the header; in the expected
                         text the whole table is one paragraph, one line per
                         row, cells joined by " | " (src/extract's convention)
Inline markup inside paragraphs, headings, items and cells:
  [text](https://...)    a link (the expected text keeps only `text`)
  **text**               bold (the expected text keeps only `text`)
"""

ARTICLES = []


class Article:
    def __init__(self, site, story, slug, pub, title, body, author=None,
                 summary=None, cats=(), updated=None, comments=None):
        self.site = site
        self.story = story
        self.slug = slug
        self.pub = pub            # ISO 8601 with offset, as the newsroom wrote it
        self.title = title
        self.body = body
        self.author = author
        self.summary = summary    # feed description; None: derived from the lead
        self.cats = list(cats)
        self.updated = updated
        self.comments = comments  # None: the site's default; [] none; [(name, text)]


def A(site, story, slug, pub, title, body, **kw):
    a = Article(site, story, slug, pub, title, body, **kw)
    ARTICLES.append(a)
    return a
