# -*- coding: utf-8 -*-
"""Write ../keys.json for set mix-114-c and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed).  Exit 1 on a miss.

Subjects must be found exactly as keyed.  Names, roles, titles, organs,
offices and the municipality are looked for without regard to case or to
the shape of the apostrophe, as the keys are compared.  Where a layout puts
other words between the lines of a keyed string (a form whose typed subject
sits above underscored rules, with the OGGETTO label between its lines),
the string is accepted if its words occur in order within a short window,
and the check says so.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from data import A1, A2, A3, A4, B1, B2, B3, B4, C1, C2, C3, C4  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def q(s):
    """Typographic apostrophe as LaTeX and enscript print a straight one."""
    return s.replace("'", "\u2019")


def base(a):
    act = {"municipality": a["municipality"], "organ": a["organ"], "kind": "deliberazione",
           "number": a["number"], "date": a["date"], "time": a["time"],
           "proposal_number": a["proposal_number"], "proposal_date": a["proposal_date"],
           "proposing_office": a["proposing_office"], "subject": a["subject"]}
    return act


def roll(rows, present_marks):
    return [{"name": r[0], "role": r[1], "present": r[2] in present_marks} for r in rows]


def finish(act, a):
    act["president"] = dict(a["president"])
    act["secretary"] = dict(a["secretary"])
    act["vote"] = a["vote"]
    if "vote_counts" in a:
        act["vote_counts"] = dict(a["vote_counts"])
    act["immediately_executive"] = a["immediately_executive"]
    return act


keys = []

# --- Cassano d'Adda -----------------------------------------------------------
act = base(A1)
act["attendees"] = roll(A1["roll"], ("Presente",))
keys.append({"file": A1["file"], "role": "act",
             "what": "Giunta minute n. 18, DM Atti house style; ReportLab canvas, lines justified "
                     "with Tw, headings letter-spaced with Tc, running head and foot with the "
                     "number; roll table marked Presente/Assente; certificate of publication at the end",
             "operative_points": 4, "act": finish(act, A1)})

act = base(A2)
act["attendees"] = roll(A2["roll"], ("Presente", "Presente in videoconferenza"))
keys.append({"file": A2["file"], "role": "act",
             "what": "Giunta minute n. 22, same house style as HTML printed by headless Chromium "
                     "(CSS letter-spacing, foot repeated by a table footer); two assessori present "
                     "by videoconference, Sindaco absent, Vicesindaco presides; not immediately executive",
             "operative_points": 3, "act": finish(act, A2)})

act = base(A3)
act["attendees"] = roll(A3["roll"], ("SI",))
keys.append({"file": A3["file"], "role": "act",
             "what": "Consiglio minute n. 4, .docx (python-docx) exported by LibreOffice Writer: "
                     "first-page letterhead table, running head from page 2, PAGE/NUMPAGES foot; "
                     "roll in two side-by-side halves marked SI/NO; majority vote",
             "operative_points": 3, "act": finish(act, A3)})

act = base(A4)
act["attendees"] = [{"name": n, "present": False} for n in A4["absent"]]
keys.append({"file": A4["file"], "role": "act",
             "what": "Consiglio minute n. 5, content streams written by hand with pikepdf: "
                     "letterhead, head, foot and signatures in Form XObjects, text drawn grouped by "
                     "font out of reading order, TJ-justified lines, publication stamp rotated up "
                     "the left margin; only the absent councillors are named",
             "operative_points": 3, "act": finish(act, A4)})

# --- Cavriglia ----------------------------------------------------------------
act = base(B1)
act["attendees"] = roll(B1["roll"], ("Sì",))
keys.append({"file": B1["file"], "role": "act",
             "what": "Giunta minute n. 15, CiviliaNext-like house style in fpdf2 (core Times, "
                     "multi_cell justification); roll table with a Presente column marked Sì/No; "
                     "certificate of publication at the end",
             "operative_points": 3, "act": finish(act, B1)})

act = base(B2)
act["attendees"] = ([{"name": n, "role": r, "present": True} for n, r in B2["prose_present"]] +
                    [{"name": n, "role": r, "present": False} for n, r in B2["prose_absent"]])
keys.append({"file": B2["file"], "role": "act",
             "what": "Giunta minute n. 19, same house style as HTML printed by wkhtmltopdf 0.12.6; "
                     "roll in prose, each name followed by its role; president 'nella sua qualità "
                     "di Sindaco'",
             "operative_points": 4, "act": finish(act, B2)})

act = base(B3)
act["subject"] = q(B3["subject"])
act["attendees"] = roll(B3["roll"], ("Presente",))
keys.append({"file": B3["file"], "role": "act",
             "what": "Consiglio minute n. 7, same house style in pdfLaTeX (Times, T1, Italian "
                     "hyphenation, fancyhdr foot); roll in two side-by-side halves marked "
                     "Presente/Assente; majority vote",
             "operative_points": 3, "act": finish(act, B3)})

act = base(B4)
act["attendees"] = [{"name": n, "role": r, "present": m == "Presente"} for n, r, m, _ in B4["roll"]]
keys.append({"file": B4["file"], "role": "act",
             "what": "Consiglio minute n. 8, same house style drawn by ReportLab with every glyph "
                     "placed on its own (Tm per glyph, no space characters); roll table with "
                     "Presente/Assente and a Modalità column (two by videoconference); the Vice "
                     "Presidente presides",
             "operative_points": 4, "act": finish(act, B4)})

# --- Boscoreale ---------------------------------------------------------------
act = base(C1)
act["attendees"] = roll(C1["roll"], ("SI",))
keys.append({"file": C1["file"], "role": "act",
             "what": "Giunta minute n. 21, Halley-style 80-column Courier report in plain troff "
                     "(groff -Tps, ps2pdf), running head with number and page on each page; roll "
                     "marked SI/NO; F.to signatures and an attestato di pubblicazione",
             "operative_points": 4, "act": finish(act, C1)})

act = base(C2)
act["attendees"] = roll(C2["roll"], ("Presente",))
keys.append({"file": C2["file"], "role": "act",
             "what": "Giunta minute n. 24 on the office's printed model (fpdf2): every blank a run "
                     "of underscores with the value typed over it in Courier, roll rows filled "
                     "with name and Presente/Assente, ticked box for immediate executivity",
             "operative_points": 2, "act": finish(act, C2)})

act = base(C3)
act["subject"] = q(C3["subject"])
act["attendees"] = ([{"name": q(n), "present": True} for n in C3["present"]] +
                    [{"name": q(n), "present": False} for n in C3["absent"]])
for at in act["attendees"]:
    r = C3["roles"].get(at["name"])
    if r:
        at["role"] = r
keys.append({"file": C3["file"], "role": "act",
             "what": "Consiglio minute n. 3, 80-column text report printed by enscript (Courier) "
                     "and ps2pdf, page heads with number and page; roll as two side-by-side "
                     "columns PRESENTI / ASSENTI; majority vote in capitals",
             "operative_points": 4, "act": finish(act, C3)})

act = base(C4)
act["attendees"] = [{"name": n, "role": r, "present": m == "Sì"} for n, r, m, _ in C4["roll"]]
keys.append({"file": C4["file"], "role": "act",
             "what": "Consiglio minute n. 4, the Halley house style as HTML printed by headless "
                     "Chromium, running head repeated by a table header; roll table marked Sì/No "
                     "with two councillors 'in videoconferenza'; the Vice Presidente presides",
             "operative_points": 3, "act": finish(act, C4)})


# --- check --------------------------------------------------------------------
def norm(s, fold=True):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def ordered(words, text, slack=6):
    """Words in order, each within `slack` tokens of the previous one."""
    toks = text.split(" ")
    n = len(words)
    for start in range(len(toks)):
        if toks[start] != words[0]:
            continue
        i, j, ok = 1, start + 1, True
        while i < n:
            lim = j + slack
            while j < len(toks) and j < lim and toks[j] != words[i]:
                j += 1
            if j >= len(toks) or j >= lim:
                ok = False
                break
            i += 1
            j += 1
        if ok:
            return True
    return False


def strings(k):
    a = k["act"]
    out = [("subject", a["subject"], False),
           ("municipality", a["municipality"], True), ("organ", a["organ"], True),
           ("proposing_office", a["proposing_office"], True)]
    for at in a["attendees"]:
        out.append(("attendee", at["name"], True))
        if "role" in at:
            out.append(("attendee role", at["role"], True))
    for who in ("president", "secretary"):
        for f in ("title", "role", "name"):
            if f in a[who]:
                out.append(("%s %s" % (who, f), a[who][f], True))
    y, m, d = a["date"].split("-")
    out.append(("date", "%s/%s/%s" % (d, m, y), True))
    y, m, d = a["proposal_date"].split("-")
    out.append(("proposal_date", "%s/%s/%s" % (d, m, y), True))
    return out


misses = 0
for k in keys:
    pdf = os.path.join(SET, k["file"])
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    exact, folded = norm(txt, False), norm(txt, True)
    nounders = norm(re.sub(r"_{3,}", " ", txt), False)
    a = k["act"]
    hhmm = a["time"]
    if not any(t in txt for t in (hhmm, hhmm.replace(":", "."), hhmm.replace(":", ","))):
        print("MISS %s time %s" % (k["file"], hhmm))
        misses += 1
    for what, s, fold in strings(k):
        if fold:
            ok = norm(s) in folded
        else:
            ok = norm(s, False) in exact
            if not ok and ordered(norm(s, False).split(" "), nounders):
                print("note %s: %s found in order with words between its lines" % (k["file"], what))
                ok = True
        if not ok:
            print("MISS %s %s: %r" % (k["file"], what, s))
            misses += 1

with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
    json.dump(keys, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("%d keys written, %d misses" % (len(keys), misses))
sys.exit(1 if misses else 0)
