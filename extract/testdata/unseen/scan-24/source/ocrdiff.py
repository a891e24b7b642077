"""For each keyed string that the OCR text layer does not hold verbatim, show what the
OCR read in its place (best fuzzy window), for NOTES.md."""
import difflib, json, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
def norm(s): return re.sub(r"\s+", " ", s).strip()
def best(txt, v):
    n = len(v); bestr, bests = 0, ""
    words = [m.start() for m in re.finditer(r"\S+", txt)]
    for st in words:
        for L in (n - 6, n - 3, n, n + 3, n + 6):
            cand = txt[st:st + max(1, L)]
            r = difflib.SequenceMatcher(None, v, cand, autojunk=False).ratio()
            if r > bestr: bestr, bests = r, cand
    return bestr, bests
for k in json.load(open(os.path.join(OUT, "keys.json"))):
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(OUT, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    vals = [(f, a[f]) for f in ("organ", "office", "subject", "proposing_office") if f in a]
    vals += [("name", x["name"]) for x in a.get("attendees", [])]
    if "time" in a: vals.append(("time", a["time"]))
    for f in ("number", "sector_number"):
        if f in a: vals.append((f, str(a[f])))
    for f, v in vals:
        if v.lower() in txt.lower(): continue
        r, s = best(txt, v)
        print(k["file"], "|", f, "|", "%.2f" % r)
        print("   key:", v); print("   ocr:", s)
