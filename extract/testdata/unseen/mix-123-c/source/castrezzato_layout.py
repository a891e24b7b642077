# -*- coding: utf-8 -*-
"""House style of the Comune di Castrezzato ("Civilia Next" minute).

Lays an act out into drawing operations, page by page, so that two back ends
(ReportLab with Tw/Tc justification, a hand-written content stream with one
glyph at a time) print the same page.

Operations:
  ('t', x, y, font, size, text, ws, cs)   one line; ws = word spacing, cs = char spacing
  ('l', x1, y1, x2, y2, lw)               rule
  ('r', x, y, w, h, gray)                 filled rectangle
  ('crest', x, y)                         the Comune's crest (48 x 56)
Each page is a dict: {'head': [...letterhead ops...], 'body': [...], 'foot': [...]}.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

from content import CASTREZZATO, PREMESSA_CASTREZZATO_APERTURA

W, H = 595.28, 841.89
LM, RM = 56.0, 539.0
TW = RM - LM
BOTTOM = 72.0
FS, LEAD = 10.0, 13.2


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return [" ".join(l) for l in lines]


class Pager:
    def __init__(self, act, letter_spacing=1.4):
        self.act = act
        self.ls = letter_spacing
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = {"head": [], "body": [], "foot": []}
        self.pages.append(self.page)
        self.y = 790.0 if len(self.pages) > 1 else None

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def text(self, x, y, font, size, s, ws=0.0, cs=0.0):
        self.page["body"].append(("t", x, y, font, size, s, ws, cs))

    def para(self, s, font="Helvetica", size=FS, indent=0.0, first=None, justify=True,
             space_after=4.0):
        width = TW - indent
        lines = wrap(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(LEAD)
            self.y -= LEAD
            x = LM + indent
            ws = 0.0
            if first and i == 0:
                self.text(LM + indent - 16, self.y, font, size, first)
            if justify and i < len(lines) - 1 and ln.count(" "):
                nat = stringWidth(ln, font, size)
                ws = (width - nat) / ln.count(" ")
                cs = 0.0
                if ws > 2.5:
                    # a loose line: the engine spreads half of the slack over the letters
                    slack = width - nat
                    cs = slack / 2 / (len(ln) - 1)
                    ws = (slack / 2 - cs * ln.count(" ")) / ln.count(" ")
                    ws = max(ws, 0.0)
                    cs = (slack - ws * ln.count(" ")) / (len(ln) - 1)
                self.text(x, self.y, font, size, ln, ws, cs)
                continue
            self.text(x, self.y, font, size, ln, ws, 0.0)
        self.y -= space_after

    def center(self, s, font, size, cs=0.0, space=6.0):
        self.need(size + space)
        self.y -= size + space
        w = stringWidth(s, font, size) + cs * (len(s) - 1)
        self.text((LM + RM) / 2 - w / 2, self.y, font, size, s, 0.0, cs)
        self.y -= space / 2


def letterhead(pg, act):
    c = CASTREZZATO
    ops = pg.page["head"]
    ops.append(("crest", LM, 748.0))
    ops.append(("t", LM + 62, 788.0, "Helvetica-Bold", 16.0, c["name"], 0.0, 0.0))
    ops.append(("t", LM + 62, 774.0, "Helvetica", 10.0, c["prov"], 0.0, 0.0))
    ops.append(("t", LM + 62, 762.0, "Helvetica", 7.5, c["addr"], 0.0, 0.0))
    ops.append(("t", LM + 62, 752.0, "Helvetica", 7.5, c["tel"], 0.0, 0.0))
    w = stringWidth(c["ente"], "Helvetica", 7.5)
    ops.append(("t", RM - w, 788.0, "Helvetica", 7.5, c["ente"], 0.0, 0.0))
    ops.append(("l", LM, 742.0, RM, 742.0, 0.8))


def layout(act, letter_spacing=1.4):
    c = CASTREZZATO
    pg = Pager(act, letter_spacing)
    letterhead(pg, act)
    body = pg.page["body"]
    # title band
    body.append(("r", LM, 718.0, TW, 17.0, 0.86))
    title = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
    cs = letter_spacing
    tw = stringWidth(title, "Helvetica-Bold", 11) + cs * (len(title) - 1)
    pg.text((LM + RM) / 2 - tw / 2, 722.5, "Helvetica-Bold", 11.0, title, 0.0, cs)
    # number / date / proposal
    pg.text(LM, 700.0, "Helvetica-Bold", 11.0, "N. %d" % act["num"])
    pg.text(LM + 90, 700.0, "Helvetica-Bold", 11.0, "del %s" % act["date"])
    s1 = "Proposta n. %s del %s" % (act["prop"], act["prop_date"])
    s2 = "Area proponente: %s" % act["prop_office"]
    pg.text(RM - stringWidth(s1, "Helvetica", 8.5), 702.0, "Helvetica", 8.5, s1)
    pg.text(RM - stringWidth(s2, "Helvetica", 8.5), 691.5, "Helvetica", 8.5, s2)
    body.append(("l", LM, 684.0, RM, 684.0, 0.4))
    # subject
    pg.y = 684.0
    lines = wrap(act["subject"], "Helvetica-Bold", 10.0, TW - 62)
    pg.text(LM, pg.y - 13.0, "Helvetica-Bold", 10.0, "OGGETTO:")
    for ln in lines:
        pg.y -= 13.0
        pg.text(LM + 62, pg.y, "Helvetica-Bold", 10.0, ln)
    pg.y -= 7.0
    body.append(("l", LM, pg.y, RM, pg.y, 0.4))
    pg.y -= 6.0
    pg.para(PREMESSA_CASTREZZATO_APERTURA.format(giorno=act["giorno"], ora=act["ora"]))
    # roll table
    cols = [LM, LM + 26, LM + 210, LM + 330, LM + 410]
    heads = ["N.", "Cognome e nome", "Carica", "Presente", "Assente"]
    pg.y -= 4.0
    body.append(("r", LM, pg.y - 15.0, TW, 15.0, 0.9))
    for x, h in zip(cols, heads):
        pg.text(x + 4, pg.y - 11.0, "Helvetica-Bold", 9.0, h)
    body.append(("l", LM, pg.y, RM, pg.y, 0.5))
    pg.y -= 15.0
    body.append(("l", LM, pg.y, RM, pg.y, 0.5))
    npres = 0
    for i, ((name, role), pres) in enumerate(zip(c["giunta"], act["present"])):
        pg.text(cols[0] + 4, pg.y - 11.0, "Helvetica", 9.0, "%d" % (i + 1))
        pg.text(cols[1] + 4, pg.y - 11.0, "Helvetica", 9.0, name)
        pg.text(cols[2] + 4, pg.y - 11.0, "Helvetica", 9.0, role)
        mark_x = cols[3] + 30 if pres else cols[4] + 28
        pg.text(mark_x, pg.y - 11.0, "Helvetica", 9.0, "X")
        npres += pres
        pg.y -= 15.0
        body.append(("l", LM, pg.y, RM, pg.y, 0.3))
    pg.y -= 4.0
    pg.para("Presenti n. %d - Assenti n. %d" % (npres, 5 - npres), font="Helvetica-Oblique",
            size=9.0, justify=False)
    t, role, name = c["secretary"]
    pg.para("Partecipa alla seduta il %s %s %s, che provvede alla redazione del presente "
            "verbale." % (role, t, name))
    pg.para(act["presidency"])
    pg.center("LA GIUNTA COMUNALE", "Helvetica-Bold", 10.5, cs=0.0)
    for p in act["premesse"]:
        pg.para(p)
    pg.para(act["vote_intro"])
    if act.get("vote_table"):
        vt = act["vote_table"]
        colw = TW / len(vt)
        pg.need(34)
        body = pg.page["body"]
        top = pg.y
        body.append(("r", LM, top - 14.0, TW, 14.0, 0.9))
        for j, (lab, val) in enumerate(vt):
            x = LM + j * colw
            pg.text(x + 4, top - 10.5, "Helvetica-Bold", 8.5, lab)
            pg.text(x + 4, top - 25.0, "Helvetica", 9.0, val)
            body.append(("l", x, top, x, top - 29.0, 0.4))
        body.append(("l", RM, top, RM, top - 29.0, 0.4))
        for yy in (top, top - 14.0, top - 29.0):
            body.append(("l", LM, yy, RM, yy, 0.4))
        pg.y = top - 35.0
    pg.center(act["verb"], "Helvetica-Bold", 11.0, cs=letter_spacing * 2)
    for i, p in enumerate(act["points"]):
        pg.para(p, indent=18.0, first="%d." % (i + 1))
    if act.get("ie"):
        pg.para(act["ie"])
    if act.get("exec_note"):
        pg.para(act["exec_note"], font="Helvetica-Oblique")
    # signatures
    pg.need(80)
    body = pg.page["body"]
    pg.y -= 8.0
    pg.text(LM, pg.y, "Helvetica-Oblique", 9.5, "Letto, confermato e sottoscritto.")
    pg.y -= 22.0
    pres_name = {131: "Alessandro Bonera", 134: "Paola Zanardelli", 138: "Alessandro Bonera",
                 141: "Giacomo Turla"}[act["num"]]
    for cx, a, b in ((LM + 110, "IL PRESIDENTE", pres_name),
                     (LM + 360, "IL SEGRETARIO COMUNALE", "%s %s" % (t, name))):
        for k, (s, f) in enumerate(((a, "Helvetica-Bold"), (b, "Helvetica"),
                                    ("(firmato digitalmente)", "Helvetica-Oblique"))):
            sz = 9.5 if k < 2 else 7.5
            pg.text(cx - stringWidth(s, f, sz) / 2, pg.y - 13.0 * k, f, sz, s)
    pg.y -= 50.0
    pub_date, pub_n = act["pub"]
    pg.need(60)
    body = pg.page["body"]
    body.append(("l", LM, pg.y, RM, pg.y, 0.4))
    pg.y -= 2.0
    pg.para("REFERTO DI PUBBLICAZIONE", font="Helvetica-Bold", size=9.0, justify=False,
            space_after=0)
    pg.para("Si certifica che copia del presente verbale viene pubblicata all'Albo Pretorio "
            "on line di questo Comune il giorno %s, per quindici giorni consecutivi "
            "(registro delle pubblicazioni n. %s)." % (pub_date, pub_n), size=9.0)
    # running foot
    n = len(pg.pages)
    for k, p in enumerate(pg.pages):
        s = "Deliberazione G.C. n. %d del %s - Pag. %d di %d" % (act["num"], act["date"],
                                                                k + 1, n)
        p["foot"].append(("l", LM, 50.0, RM, 50.0, 0.3))
        p["foot"].append(("t", RM - stringWidth(s, "Helvetica", 7.5), 40.0, "Helvetica", 7.5,
                          s, 0.0, 0.0))
        p["foot"].append(("t", LM, 40.0, "Helvetica", 7.5, "Comune di Castrezzato", 0.0, 0.0))
    return pg.pages
