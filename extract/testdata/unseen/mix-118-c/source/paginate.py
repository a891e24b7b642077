#!/usr/bin/env python3
"""Lay an 80-column report out in pages as the Halley print spooler does:
a running head from page 2 on, a running foot with the act's number and
"Pag. n/m" at the foot of every page, pages padded to a fixed length and
separated by form feeds. Breaks at a blank line when one is near.

usage: paginate.py IN OUT LINES "HEAD" "FOOT" [noff]
("noff": pages are exactly LINES long and follow each other without form
feeds, for a2ps, which breaks the page itself.)
"""
import sys

src, dst, n, head, foot = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = open(src, encoding="latin-1").read().rstrip("\n").split("\n")
W = 80
pages, cur, first = [], [], True
i = 0
while i < len(lines):
    room = n - 2 - (0 if first else 3)          # 2 foot lines, 3 head lines
    chunk = lines[i:i + room]
    if i + room < len(lines):
        # back up to a blank line within the last 10 lines
        for k in range(len(chunk) - 1, max(len(chunk) - 11, 0), -1):
            if chunk[k].strip() == "":
                chunk = chunk[:k + 1]
                break
    pages.append((first, chunk))
    i += len(chunk)
    first = False
tot = len(pages)
out = []
for p, (isfirst, chunk) in enumerate(pages, 1):
    body = []
    if not isfirst:
        body += [head, "-" * W, ""]
    body += chunk
    while len(body) < n - 2:
        body.append("")
    tag = "Pag. %d/%d" % (p, tot)
    body += ["-" * W, foot + " " * (W - len(foot) - len(tag)) + tag]
    out.append("\n".join(body))
sep = "\n" if len(sys.argv) > 6 and sys.argv[6] == "noff" else "\f"
open(dst, "w", encoding="latin-1").write(sep.join(out) + "\n")
