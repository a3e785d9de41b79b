#!/usr/bin/python3
"""python3-readability as a command-line tool, the counterpart of
`secdigest extract --json FILE...`: for each file, the body as text, one JSON
object per line ({"file", "text"}).  A file may be given as PATH or as
PATH::CHARSET to hand readability the text decoded with the charset an HTTP
server would have sent (as an HTTP client would); otherwise it gets the raw
bytes and finds the charset itself."""
import json
import sys

from readability import Document

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from bench import html_to_text  # noqa: E402


def main(argv):
    out = sys.stdout
    for arg in argv:
        path, _, charset = arg.partition("::")
        with open(path, "rb") as f:
            html = f.read()
        if charset:
            try:
                html = html.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        try:
            text = html_to_text(Document(html).summary(html_partial=True))
            out.write(json.dumps({"file": path, "text": text}, ensure_ascii=False) + "\n")
        except Exception as ex:
            out.write(json.dumps({"file": path, "error": str(ex)}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
