#!/usr/bin/env python3
"""Comune di Terranuova Bracciolini - Giunta Comunale n. 203 del 17/12/2026.

The Civilia Next house style (letter-spaced name of the Comune, number and
date in a framed block on the right, assessori esterni in a list of their
own), written as the package's report engine writes its pages: content
streams by hand, assembled with pikepdf.

What the text layer looks like:
  * the letterhead is a Form XObject drawn last on page 1, after the body;
  * the running foot of each page is a Form XObject drawn first;
  * the Comune's name in the letterhead is placed one glyph at a time
    (one Tm per glyph, no space characters);
  * headings are letter-spaced with Tc;
  * body lines are justified with Tw (and a little Tc on tight lines);
  * the roll's names are TJ arrays with kerning numbers instead of spaces;
  * a "copia conforme" stamp runs up the left margin, rotated 90 degrees,
    reused on both pages as one Form XObject.
Standard 14 fonts, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-terranuovabracciolini-civilianext.pdf"
PW, PH = 595.28, 841.89
LM, RM = 66.0, 540.0
WIDTH = RM - LM
BOTTOM = 80.0

FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Times-Italic",
         "F4": "Helvetica", "F5": "Helvetica-Bold"}
NUM, DATE = "203", "17/12/2026"
SUBJECT = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DI TERRANUOVA "
           "BRACCIOLINI PER LA GESTIONE DEL MERCATO DEI PRODUTTORI AGRICOLI NEL CENTRO STORICO - "
           "ANNI 2027-2028")


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1")


def sw(s, f, size, tc=0.0):
    return stringWidth(s, FONTS[f], size) + tc * len(s)


def fmt(v):
    return ("%.3f" % v).rstrip("0").rstrip(".")


def line(f, size, x, y, s, tw=0.0, tc=0.0):
    return "BT /%s %s Tf %s Tc %s Tw 1 0 0 1 %s %s Tm (%s) Tj ET\n" % (
        f, fmt(size), fmt(tc), fmt(tw), fmt(x), fmt(y), esc(s))


def glyphs(f, size, x, y, s, tc=0.0):
    """One positioned glyph at a time; spaces only advance the pen."""
    out = ["BT /%s %s Tf" % (f, fmt(size))]
    for ch in s:
        if ch != " ":
            out.append("1 0 0 1 %s %s Tm (%s) Tj" % (fmt(x), fmt(y), esc(ch)))
        x += sw(ch, f, size) + tc
    out.append("ET\n")
    return "\n".join(out)


def tj_words(f, size, x, y, s):
    """Words in a TJ array, the inter-word gap as a kerning number."""
    gap = -sw(" ", f, size) / size * 1000
    parts = []
    for i, w in enumerate(s.split(" ")):
        if i:
            parts.append(fmt(gap))
        parts.append("(%s)" % esc(w))
    return "BT /%s %s Tf 1 0 0 1 %s %s Tm [%s] TJ ET\n" % (f, fmt(size), fmt(x), fmt(y), " ".join(parts))


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, f, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []

    def add(self, s):
        self.ops.append(s)


class Flow:
    def __init__(self):
        self.pages = [Page()]
        self.y = PH - 200  # below letterhead and title block on page 1

    @property
    def pg(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < BOTTOM:
            self.pages.append(Page())
            self.y = PH - 70
            # a small running head on the following pages, in the body stream
            self.pg.add(line("F3", 8.5, LM, PH - 48, "Comune di Terranuova Bracciolini - Deliberazione della Giunta comunale n. %s del %s" % (NUM, DATE)))
            self.pg.add("0.4 w %s %s m %s %s l S\n" % (fmt(LM), fmt(PH - 52), fmt(RM), fmt(PH - 52)))

    def para(self, text, f="F1", size=10.5, lead=13.6, indent=0.0, first=None, after=4.0, justify=True):
        width = WIDTH - indent
        lines = wrap(text, f, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = LM + indent
            if first is not None and i == 0:
                self.pg.add(line(f, size, x - 16, self.y, first))
            nat = sw(ln, f, size)
            spaces = ln.count(" ")
            if justify and i < len(lines) - 1 and spaces:
                extra = width - nat
                tc = 0.0
                if extra / spaces > 3.2:  # tight line: spread part of it over the letters
                    tc = min(0.25, extra * 0.3 / max(1, len(ln) - 1))
                    extra -= tc * (len(ln) - 1)
                self.pg.add(line(f, size, x, self.y, ln, tw=extra / spaces, tc=tc))
            else:
                self.pg.add(line(f, size, x, self.y, ln))
        self.y -= after

    def centred(self, text, f="F2", size=11, tc=2.2, before=6, after=6):
        self.need(size + before + after)
        self.y -= before + size
        w = sw(text, f, size, tc) - tc
        self.pg.add(line(f, size, LM + (WIDTH - w) / 2, self.y, text, tc=tc))
        self.y -= after

    def gap(self, h):
        self.y -= h


flow = Flow()
p1 = flow.pg

# ---- title block (page 1, in the body stream) ----
y0 = PH - 128
p1.add(line("F2", 11, LM, y0, "Verbale di deliberazione"))
p1.add(line("F2", 11, LM, y0 - 14, "della Giunta comunale"))
p1.add(line("F1", 9.5, LM, y0 - 28, "Seduta del 17/12/2026 - convocazione ordinaria"))
bx, bw = RM - 160, 160
p1.add("0.8 w %s %s %s %s re S\n" % (fmt(bx), fmt(y0 - 34), fmt(bw), fmt(50)))
s1 = "Deliberazione n. %s" % NUM
s2 = "del %s" % DATE
p1.add(line("F2", 11.5, bx + (bw - sw(s1, "F2", 11.5)) / 2, y0 - 2, s1))
p1.add(line("F2", 11.5, bx + (bw - sw(s2, "F2", 11.5)) / 2, y0 - 22, s2))
# subject
flow.y = y0 - 50
p1.add("0.6 w %s %s m %s %s l S\n" % (fmt(LM), fmt(flow.y), fmt(RM), fmt(flow.y)))
flow.y -= 4
p1.add(line("F5", 10, LM, flow.y - 12, "OGGETTO:"))
slines = wrap(SUBJECT, "F5", 10, WIDTH - 62)
for i, s in enumerate(slines):
    p1.add(line("F5", 10, LM + 62, flow.y - 12 - i * 13, s))
flow.y -= 12 + 13 * (len(slines) - 1) + 8
p1.add("0.6 w %s %s m %s %s l S\n" % (fmt(LM), fmt(flow.y), fmt(RM), fmt(flow.y)))
flow.y -= 4
flow.para("Proposta n. 471 del 10/12/2026 - Ufficio proponente: Servizio Attività produttive e SUAP",
          f="F3", size=9, lead=12, justify=False)

flow.para("L'anno duemilaventisei, il giorno diciassette del mese di dicembre, alle ore 09:30, nella sede comunale, "
          "si è riunita la Giunta comunale, convocata nelle forme di legge. Presiede il Sindaco Mauro Nocentini. "
          "Partecipa il Segretario Generale dott.ssa Francesca Parigi, incaricata della redazione del verbale.")
flow.para("Risultano presenti e assenti i componenti della Giunta:", justify=False)

# ---- roll ----
COLS = [LM + 6, LM + 190, LM + 330, LM + 400]
def roll_row(name, role, pres, bold=False):
    flow.need(14)
    flow.y -= 13.5
    fn = "F2" if bold else "F1"
    p = flow.pg
    p.add(tj_words(fn, 10, COLS[0], flow.y, name))
    p.add(tj_words(fn, 10, COLS[1], flow.y, role))
    if pres is None:
        p.add(line("F2", 10, COLS[2], flow.y, "Presente"))
        p.add(line("F2", 10, COLS[3], flow.y, "Assente"))
    else:
        p.add(line("F1", 10, COLS[2] + 14 if pres else COLS[3] + 12, flow.y, "X"))
    p.add("0.3 w %s %s m %s %s l S\n" % (fmt(LM), fmt(flow.y - 4), fmt(LM + 460), fmt(flow.y - 4)))

flow.gap(2)
roll_row("Componente", "Carica", None, bold=True)
for n, r, pr in [("NOCENTINI Mauro", "Sindaco", True), ("CANESCHI Elisa", "Vicesindaca", True),
                 ("MENCHETTI Paolo", "Assessore", True), ("BONECHI Sara", "Assessora", False)]:
    roll_row(n, r, pr)
flow.gap(6)
flow.need(14)
flow.y -= 13
flow.pg.add(line("F3", 10, LM + 6, flow.y, "Assessori esterni"))
for n, r, pr in [("GRIFONI Lorenzo", "Assessore esterno", True), ("CAPPELLI Martina", "Assessora esterna", False)]:
    roll_row(n, r, pr)
flow.gap(4)
flow.para("Presenti n. 4 - Assenti n. 2", f="F2", size=10.5, justify=False)

flow.centred("LA GIUNTA COMUNALE")
for t in [
    "Premesso che dal 2019 l'Associazione Pro Loco di Terranuova Bracciolini organizza, d'intesa con il Comune, il "
    "mercato settimanale dei produttori agricoli in piazza della Repubblica e in via Roma, che ha contribuito alla "
    "valorizzazione delle produzioni locali e alla frequentazione del centro storico;",
    "Richiamata la propria deliberazione n. 219 del 21/12/2024, con la quale è stato approvato lo schema di "
    "convenzione per gli anni 2025-2026, in scadenza al 31/12/2026;",
    "Vista la nota dell'Associazione acquisita al protocollo n. 28761 del 25/11/2026, con la quale la stessa ha "
    "manifestato la disponibilità a proseguire la gestione del mercato per il biennio 2027-2028;",
    "Visto il decreto del Ministro delle politiche agricole alimentari e forestali 20 novembre 2007, recante "
    "attuazione dell'art. 1, comma 1065, della legge 27 dicembre 2006, n. 296, sui mercati riservati "
    "all'esercizio della vendita diretta da parte degli imprenditori agricoli;",
    "Ritenuto lo schema di convenzione allegato sotto la lettera A) conforme agli indirizzi dell'Amministrazione "
    "e meritevole di approvazione;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli, espressi in forma palese;",
]:
    flow.para(t)

flow.centred("DELIBERA")
for i, t in enumerate([
    "di approvare lo schema di convenzione con l'Associazione Pro Loco di Terranuova Bracciolini per la gestione "
    "del mercato dei produttori agricoli nel centro storico per gli anni 2027-2028, allegato sotto la lettera A) "
    "quale parte integrante e sostanziale;",
    "di dare atto che la convenzione non comporta oneri a carico del bilancio comunale, salvo l'esenzione dal "
    "canone mercatale prevista dall'art. 12 del relativo Regolamento per i mercati a carattere promozionale;",
    "di autorizzare il Responsabile del Servizio Attività produttive e SUAP alla sottoscrizione della convenzione "
    "in nome e per conto del Comune.",
], 1):
    flow.para(t, indent=18, first="%d." % i)

flow.para("Con successiva, separata e unanime votazione, la presente deliberazione è dichiarata immediatamente "
          "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, per consentire la prosecuzione del "
          "mercato dal mese di gennaio 2027.")
flow.gap(14)
flow.need(70)
flow.y -= 12
flow.pg.add(line("F1", 10.5, LM, flow.y, "Letto, approvato e sottoscritto."))
flow.y -= 24
for cx, a, b in [(LM + 110, "Il Sindaco", "Mauro Nocentini"), (LM + 360, "Il Segretario Generale", "dott.ssa Francesca Parigi")]:
    flow.pg.add(line("F2", 10.5, cx - sw(a, "F2", 10.5) / 2, flow.y, a))
    flow.pg.add(line("F1", 10.5, cx - sw(b, "F1", 10.5) / 2, flow.y - 14, b))
    flow.pg.add(line("F3", 8.5, cx - sw("(firmato digitalmente)", "F3", 8.5) / 2, flow.y - 27, "(firmato digitalmente)"))
flow.y -= 40

# ---- assemble ----------------------------------------------------------------
pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                       BaseFont=Name("/" + base),
                                                       Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)


def form(ops, bbox):
    st = Stream(pdf, ops.encode("latin-1"))
    st[Name.Type] = Name.XObject
    st[Name.Subtype] = Name.Form
    st[Name.BBox] = Array(bbox)
    st[Name.Resources] = Dictionary(Font=fonts)
    return pdf.make_indirect(st)


# letterhead: the name placed glyph by glyph, spread wide
lh = []
name = "COMUNE DI TERRANUOVA BRACCIOLINI"
size, tc = 17, 3.2
w = sw(name, "F2", size, tc) - tc
lh.append(glyphs("F2", size, (PW - w) / 2, PH - 62, name, tc=tc))
sub = "PROVINCIA DI AREZZO"
w2 = sw(sub, "F1", 9.5, 2.0) - 2.0
lh.append(line("F1", 9.5, (PW - w2) / 2, PH - 77, sub, tc=2.0))
lh.append("0.9 w %s %s m %s %s l S\n" % (fmt(LM), fmt(PH - 86), fmt(RM), fmt(PH - 86)))
lh.append("0.3 w %s %s m %s %s l S\n" % (fmt(LM), fmt(PH - 88.5), fmt(RM), fmt(PH - 88.5)))
LH = form("".join(lh), [0, 0, PW, PH])

stamp_text = "Copia conforme all'originale informatico firmato digitalmente, conservato negli archivi del Comune (D.Lgs. 82/2005, art. 23-bis)"
st_ops = ("q 0.35 0.35 0.35 rg " + line("F4", 7, 0, 0, stamp_text) + "Q\n")
ST = form(st_ops, [0, -3, sw(stamp_text, "F4", 7) + 2, 9])

npages = len(flow.pages)
for i, pg in enumerate(flow.pages, 1):
    foot = ("0.4 w %s 52 m %s 52 l S\n" % (fmt(LM), fmt(RM)) +
            line("F4", 7.5, LM, 42, "Piazza della Repubblica, 16 - 52028 Terranuova Bracciolini (AR) - www.comune.terranuova-bracciolini.ar.it") +
            line("F4", 7.5, RM - sw("Delib. G.C. n. %s del %s - Pagina %d di %d" % (NUM, DATE, i, npages), "F4", 7.5), 32,
                 "Delib. G.C. n. %s del %s - Pagina %d di %d" % (NUM, DATE, i, npages)))
    FT = form(foot, [0, 0, PW, 60])
    xo = Dictionary()
    xo[Name("/Ft%d" % i)] = FT
    xo[Name.St] = ST
    ops = ["q /Ft%d Do Q\n" % i]                      # running foot first
    ops += pg.ops                                      # then the body
    ops.append("q 0 1 -1 0 40 150 cm /St Do Q\n")      # stamp up the left margin
    if i == 1:
        xo[Name.Lh] = LH
        ops.append("q /Lh Do Q\n")                     # letterhead last
    content = Stream(pdf, "".join(ops).encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                      Resources=Dictionary(Font=fonts, XObject=xo),
                      Contents=pdf.make_indirect(content))
    pdf.pages.append(pikepdf.Page(page))

pdf.docinfo[Name.Title] = "Deliberazione G.C. n. %s del %s" % (NUM, DATE)
pdf.docinfo[Name.Creator] = "Civilia Next - Atti"
pdf.docinfo[Name.Producer] = "Civilia Next Report Engine 4.2"
pdf.save(OUT)
