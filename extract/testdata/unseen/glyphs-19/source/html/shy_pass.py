"""One-off helper kept as a record: put soft hyphens (&shy;) in the long words
of the body paragraphs, print with Chromium, find which words broke at a line
end, and keep &shy; only in those words (so that soft hyphens sit at line ends).
Usage: python3 shy_pass.py file.html  (rewrites the file)"""
import re, subprocess, sys
sys.path.insert(0, "..")
from textlay import syllables

path = sys.argv[1]
src = open(path, encoding="utf-8").read()

def shyify(html, keep=None):
    def para(m):
        body = m.group(2)
        def word(w):
            t = w.group(0)
            if len(t) < 9 or (keep is not None and t not in keep):
                return t
            return "&shy;".join(syllables(t))
        parts = re.split(r"(<[^>]+>)", body)
        parts = [p if p.startswith("<") else re.sub(r"[A-Za-zàèéìòù]+", word, p) for p in parts]
        return m.group(1) + "".join(parts) + m.group(3)
    return re.sub(r"(<(?:p|li)>)(.*?)(</(?:p|li)>)", para, html, flags=re.S)

def broken(html):
    open("/tmp/shy.html", "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=/tmp/shy.pdf", "/tmp/shy.html"], capture_output=True)
    out = subprocess.run(["pdftotext", "-layout", "/tmp/shy.pdf", "-"], capture_output=True, text=True).stdout
    lines = out.splitlines()
    words = set()
    for i, l in enumerate(lines[:-1]):
        m = re.search(r"([A-Za-zàèéìòù\xad]+)\xad?-$", l.rstrip())
        if m and "\xad" in l.rstrip()[-30:]:
            head = m.group(1).replace("\xad", "")
            nxt = re.match(r"\s*([A-Za-zàèéìòù\xad]+)", lines[i + 1])
            if nxt:
                words.add(head + nxt.group(1).replace("\xad", ""))
    return words

w = broken(shyify(src))
print("soft hyphens kept in:", sorted(w))
open(path, "w", encoding="utf-8").write(shyify(src, keep=w))
