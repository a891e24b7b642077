#!/usr/bin/env python3
"""Comune di San Severino Marche - determinazione Reg. gen. 987 del 15-12-2026.

Content streams written by hand and assembled with pikepdf, as a report
engine of the Halley kind prints them:
  - the letterhead is a Form XObject, reused on both pages and drawn LAST;
  - the number box and the subject are set one glyph at a time (each glyph
    its own Tm, no space characters: the spaces are only gaps);
  - the body lines are justified with Tw, the heading letter-spaced with Tc;
  - the signature block is drawn before the body it closes;
  - a publication stamp runs up the left margin, rotated 90 degrees;
  - a running foot carries the number and "Pag. x/y".
Fonts: the standard Helvetica family, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
LM, RM = 24 * MM, W - 20 * MM
FN = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FN[f], size)


class Page:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s.encode("latin-1") if isinstance(s, str) else s)

    def line(self, x, y, s, f="R", size=10, tw=0.0, tc=0.0):
        self.raw("BT /F%s %.2f Tf %.3f Tw %.3f Tc %.2f %.2f Td (" % (f, size, tw, tc, x, y))
        self.ops[-1] += esc(s) + b") Tj ET"

    def glyphs(self, x, y, s, f="R", size=10):
        """one glyph at a time; spaces become gaps only"""
        self.raw("BT /F%s %.2f Tf" % (f, size))
        cx = x
        for ch in s:
            if ch != " ":
                self.raw("1 0 0 1 %.2f %.2f Tm (" % (cx, y))
                self.ops[-1] += esc(ch) + b") Tj"
            cx += sw(ch, f, size)
        self.raw("ET")

    def center(self, y, s, f="R", size=10, tc=0.0):
        w = sw(s, f, size) + tc * len(s)
        self.line((LM + RM) / 2 - w / 2, y, s, f, size, tc=tc)

    def right(self, x, y, s, f="R", size=10):
        self.line(x - sw(s, f, size), y, s, f, size)

    def data(self):
        return b"\n".join(self.ops)


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and sw(" ".join(cur + [w]), f, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def para(pg, y, text, f="R", size=10.5, indent=0.0, hang=0.0, lead=13.6, first=None):
    """justified with Tw; the last line ragged. Returns the new y."""
    width = RM - LM - indent
    lines = wrap(text, f, size, width)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        x = LM + indent
        if first is not None and i == 0:
            x = LM + first
        tw = 0.0
        if i < len(lines) - 1 and len(ws) > 1:
            tw = (RM - x - sw(s, f, size)) / (len(ws) - 1)
        pg.line(x, y, s, f, size, tw=tw)
        y -= lead
    return y - 3


# ---------------- letterhead Form XObject ----------------
lh = Page()
lh.raw("q 0.10 0.25 0.55 rg")
lh.raw("BT /FB 17 Tf 1 0 0 1 %.2f %.2f Tm (" % ((LM + RM) / 2 - sw("COMUNE DI SAN SEVERINO MARCHE", "B", 17) / 2, H - 30 * MM))
lh.ops[-1] += b"COMUNE DI SAN SEVERINO MARCHE) Tj ET"
lh.raw("0 0 0 rg")
lh.center(H - 36 * MM, "Provincia di Macerata", "R", 10.5)
lh.center(H - 40.5 * MM, "Piazza del Popolo, 45 - 62027 San Severino Marche (MC) - P.IVA 00119540431", "R", 7.5)
lh.raw("0.8 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 43 * MM, RM, H - 43 * MM))
lh.raw("Q")

SUBJ = ("TEATRO FERONIA - STAGIONE DI PROSA 2026/2027 - AFFIDAMENTO DEI SERVIZI TECNICI DI "
        "PALCOSCENICO ALLA DITTA SCENA SERVICE S.N.C. DI TOLENTINO - IMPEGNO DI SPESA - CIG B5D19F0C27")
FOOT = "Determinazione Reg. Gen. n. 987 del 15-12-2026"
NPAGES = 2


def stamp(pg):
    # publication stamp, rotated up the left margin
    pg.raw("q 0 1 -1 0 %.2f %.2f cm" % (13 * MM, 70 * MM))
    pg.raw("0.15 0.30 0.65 RG 0.15 0.30 0.65 rg 0.9 w 0 -3 %.2f 26 re S" % (150 * MM))
    pg.line(6, 15, "ALBO PRETORIO ON LINE - COMUNE DI SAN SEVERINO MARCHE", "B", 8)
    pg.line(6, 4, "Pubblicata dal 15-12-2026 al 30-12-2026 - Reg. pubbl. n. 2148", "R", 8)
    pg.raw("Q")


def foot(pg, n):
    pg.raw("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, 16 * MM, RM, 16 * MM))
    pg.line(LM, 12 * MM, FOOT, "I", 7.5)
    pg.right(RM, 12 * MM, "Pag. %d/%d" % (n, NPAGES), "R", 7.5)


# ---------------- page 1 ----------------
p1 = Page()
stamp(p1)
foot(p1, 1)

y = H - 50 * MM
# issuing Settore and Servizio (drawn before the heading, in the order the engine fills its bands)
p1.line(LM, y, "SETTORE CULTURA, TURISMO E SPORT", "B", 11)
p1.line(LM, y - 13, "Servizio Teatro e Attivit\u00e0 Culturali", "R", 10)
y -= 32
p1.center(y, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", "B", 11.5, tc=1.6)
y -= 10
# number box, glyph by glyph
bx_top, bx_h = y, 34
p1.raw("0.7 w %.2f %.2f %.2f %.2f re S" % (LM, bx_top - bx_h, RM - LM, bx_h))
p1.raw("%.2f %.2f m %.2f %.2f l S" % ((LM + RM) / 2, bx_top, (LM + RM) / 2, bx_top - bx_h))
p1.glyphs(LM + 8, bx_top - 14, "N. 987 Reg. Generale", "B", 10)
p1.glyphs(LM + 8, bx_top - 27, "Data 15-12-2026", "R", 10)
mx = (LM + RM) / 2
p1.glyphs(mx + 8, bx_top - 14, "N. 96 Reg. Settore", "B", 10)
p1.glyphs(mx + 8, bx_top - 27, "Data 11-12-2026", "R", 10)
y = bx_top - bx_h - 18
p1.glyphs(LM, y, "Oggetto:", "B", 10)
# subject, glyph by glyph, wrapped at the box's width
sx = LM + 52
for ws in wrap(SUBJ, "B", 10, RM - sx):
    p1.glyphs(sx, y, " ".join(ws), "B", 10)
    y -= 12.5
y -= 14

p2 = Page()
stamp(p2)
foot(p2, 2)

items = [("c", "IL RESPONSABILE DEL SETTORE", 0.8)]
for t in [
    "Visto il decreto del Sindaco n. 9 del 28-06-2026, con il quale alla sottoscritta sono state "
    "attribuite le funzioni di Responsabile del Settore Cultura, Turismo e Sport fino al 31-12-2026;",
    "Richiamate la deliberazione del Consiglio Comunale n. 74 del 23-12-2025, di approvazione del "
    "bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 2 del 08-01-2026, di "
    "approvazione del Piano Esecutivo di Gestione;",
    "Vista la deliberazione della Giunta Comunale n. 168 del 29-09-2026, con la quale \u00e8 stato "
    "approvato il cartellone della stagione di prosa 2026/2027 del Teatro Feronia, articolato in nove "
    "spettacoli dal 18 dicembre 2026 al 24 aprile 2027, in collaborazione con l'AMAT - Associazione "
    "Marchigiana Attivit\u00e0 Teatrali;",
    "Considerato che il Comune non dispone di personale tecnico qualificato per le attivit\u00e0 di "
    "montaggio, smontaggio, conduzione delle luci e del suono e assistenza al palcoscenico, e che occorre "
    "pertanto affidare a un operatore esterno i relativi servizi per l'intera stagione;",
    "Visto l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, e dato atto che \u00e8 stata "
    "acquisita, mediante la piattaforma telematica di negoziazione dell'Ente, l'offerta della ditta SCENA "
    "SERVICE S.N.C. di Tolentino (MC), P.IVA 01928340437, per l'importo di euro 14.850,00 oltre IVA, "
    "ritenuta congrua in rapporto ai prezzi praticati nella stagione precedente;",
    "Accertata la regolarit\u00e0 contributiva della ditta e verificato che la stessa non si trova in "
    "alcuna delle cause di esclusione di cui agli articoli 94 e seguenti del D.Lgs. 36/2023;",
    "Attestata la regolarit\u00e0 tecnica e la correttezza dell'azione amministrativa ai sensi "
    "dell'art. 147-bis del D.Lgs. 267/2000;",
    "Ritenuto di provvedere in merito;",
]:
    items.append(("p", t, None))
items.append(("c", "DETERMINA", 2.2))
pts = [
    "di affidare, ai sensi dell'art. 50, comma 1, lettera b), del D.Lgs. 36/2023, i servizi tecnici di "
    "palcoscenico per la stagione di prosa 2026/2027 del Teatro Feronia alla ditta SCENA SERVICE S.N.C. "
    "di Tolentino (MC), per l'importo di euro 14.850,00 oltre IVA 22%, pari a complessivi euro 18.117,00;",
    "di impegnare la spesa complessiva di euro 18.117,00 al capitolo 5210/1 \"Teatro Feronia - prestazioni "
    "di servizi\", imputando euro 6.040,00 all'esercizio 2026 ed euro 12.077,00 all'esercizio 2027;",
    "di dare atto che il CIG attribuito alla procedura \u00e8 B5D19F0C27 e che il contratto sar\u00e0 stipulato "
    "mediante corrispondenza secondo l'uso commerciale;",
    "di dare atto che responsabile del procedimento \u00e8 la sottoscritta e che non sussistono situazioni "
    "di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023.",
]
for i, t in enumerate(pts, 1):
    items.append(("p", t, "%d." % i))

pg, yy = p1, y
first_page_end = None
for kind, t, extra in items:
    need = 13.6 * len(wrap(t, "R", 10.5, RM - LM - 16)) + 4
    if pg is p1 and yy - need < 24 * MM:
        first_page_end = yy
        pg, yy = p2, H - 50 * MM
    if kind == "c":
        pg.center(yy - 2, t, "B", 10.5, tc=extra)
        yy -= 22
    elif extra:
        pg.line(LM, yy, extra, "R", 10.5)
        yy = para(pg, yy, t, indent=16)
    else:
        yy = para(pg, yy, t)

# signature block and visto: computed after the body, written at the head of page 2's stream
sig = Page()
sig_y = yy - 22
sig.line(118 * MM, sig_y, "IL RESPONSABILE DEL SETTORE", "B", 10)
sig.line(118 * MM, sig_y - 13, "F.to Dott.ssa PAOLETTI LUCIA", "R", 10)
vy = sig_y - 42
sig.raw("0.6 w %.2f %.2f %.2f %.2f re S" % (LM, vy - 58, RM - LM, 66))
sig.center(vy - 6, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "B", 9.5)
sig.line(LM + 6, vy - 22, "Impegno n. 1642/2026 - euro 6.040,00 - Cap. 5210/1; Impegno n. 118/2027 - euro 12.077,00 - Cap. 5210/1", "R", 9)
sig.line(LM + 6, vy - 36, "Data 15-12-2026", "R", 9)
sig.line(118 * MM, vy - 36, "Il Responsabile del Settore Finanziario", "R", 9)
sig.line(118 * MM, vy - 48, "F.to TOMASSINI ELENA", "R", 9)
p2.ops = sig.ops + p2.ops

# ---------------- assemble ----------------
pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FN.items():
    fonts["/F" + k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                   BaseFont=Name("/" + base),
                                                   Encoding=Name.WinAnsiEncoding))
res = Dictionary(Font=fonts)
form = pikepdf.Stream(pdf, lh.data())
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=fonts)
form = pdf.make_indirect(form)
for pg in (p1, p2):
    # the letterhead is called at the end of each page's stream
    data = pg.data() + b"\nq /LH Do Q\n"
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=form)),
                                   Contents=pdf.make_stream(data)))
    pdf.pages.append(page)
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    pass
pdf.docinfo["/Title"] = "Determinazione n. 987 del 15-12-2026"
pdf.docinfo["/Creator"] = "Halley - Gestione Atti"
pdf.docinfo["/Producer"] = "pikepdf %s" % pikepdf.__version__
pdf.save(OUT, compress_streams=True)
print("page1 ends at", first_page_end, "page2 body ends", yy)
