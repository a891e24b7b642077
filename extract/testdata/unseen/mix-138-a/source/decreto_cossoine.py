#!/usr/bin/env python3
"""Decreto sindacale n. 1 del 09.01.2029 of Cossoine, Datagraph-like, written as a hand-made content
stream with pikepdf: standard 14 fonts (WinAnsiEncoding), lines justified with Tw, the crest and rules
as path operators, the number/date grid drawn with re. Line breaking uses ReportLab's AFM metrics only
to measure.
usage: decreto_cossoine.py OUT.pdf"""
import sys

import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
L, R = 22 * MM, W - 20 * MM
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Times-Italic"}
BY = {v: k for k, v in FONTS.items()}
ops = []


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text(x, y, s, font="Times-Roman", size=11, tw=0.0):
    ops.append(b"BT /%s %.2f Tf %.3f Tw %.2f %.2f Td (" % (BY[font].encode(), size, tw, x, y) + esc(s) + b") Tj ET")


def wrap(s, font, size, width):
    lines, cur = [], []
    for w in s.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Cursor:
    y = H - 40 * MM


cur = Cursor()


def para(s, font="Times-Roman", size=11.5, lead=14.5, x=L, width=None, align="J", after=4, hang=None):
    width = width or (R - x)
    x0 = x
    if hang:
        text(x, cur.y - lead, hang, font, size)
        x0, width = x + 7 * MM, width - 7 * MM
    lines = wrap(s, font, size, width)
    for i, ln in enumerate(lines):
        cur.y -= lead
        t = " ".join(ln)
        sw = stringWidth(t, font, size)
        if align == "J" and i < len(lines) - 1 and len(ln) > 1:
            text(x0, cur.y, t, font, size, (width - sw) / (len(ln) - 1))
        elif align == "C":
            text(x0 + (width - sw) / 2, cur.y, t, font, size)
        else:
            text(x0, cur.y, t, font, size)
    cur.y -= after


# crest: shield outline and a tower, as paths
def crest(x, y, s):
    ops.append(b"q 1.1 w 0 G")
    ops.append(b"%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h S" % (
        x, y, x + 16 * s, y, x + 16 * s, y - 11 * s,
        x + 16 * s, y - 17 * s, x + 11 * s, y - 20 * s, x + 8 * s, y - 21 * s,
        x + 5 * s, y - 20 * s, x, y - 17 * s, x, y - 11 * s))
    ops.append(b"%.2f %.2f %.2f %.2f re S" % (x + 5.3 * s, y - 16.5 * s, 5.4 * s, 10 * s))
    ops.append(b"%.2f %.2f m %.2f %.2f l %.2f %.2f l h S" % (x + 4.6 * s, y - 6.5 * s, x + 8 * s, y - 3 * s, x + 11.4 * s, y - 6.5 * s))
    ops.append(b"%.2f %.2f m %.2f %.2f l S Q" % (x + 8 * s, y - 16.5 * s, x + 8 * s, y - 12.5 * s))


crest(L, H - 10 * MM, 0.75 * MM)
text(L + 16 * MM, H - 16.5 * MM, "COMUNE DI COSSOINE", "Helvetica-Bold", 15)
text(L + 16 * MM, H - 21 * MM, "PROVINCIA DI SASSARI", "Helvetica", 9)
text(L + 16 * MM, H - 24.8 * MM, "Via Vittorio Emanuele n. 10 - 07010 Cossoine (SS)", "Helvetica", 7)
ops.append(b"0.7 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S" % (
    L, H - 29 * MM, R, H - 29 * MM, L, H - 29.8 * MM, R, H - 29.8 * MM))

# title and grid
cur.y = H - 36 * MM
para("DECRETO SINDACALE", "Helvetica-Bold", 14, 16, align="C", after=6)
gy = cur.y
ops.append(b"0.6 w")
cells = [(0, 22, "Numero", "Helvetica", 9), (22, 40, "1", "Helvetica-Bold", 11), (62, 22, "Data", "Helvetica", 9),
         (84, 40, "09.01.2029", "Helvetica-Bold", 11), (124, 20, "Prot. n.", "Helvetica", 9), (144, 24, "84", "Helvetica-Bold", 11)]
for x, w, s, f, sz in cells:
    ops.append(b"%.2f %.2f %.2f %.2f re S" % (L + x * MM, gy - 7 * MM, w * MM, 7 * MM))
    if f == "Helvetica-Bold":
        text(L + x * MM + (w * MM - stringWidth(s, f, sz)) / 2, gy - 4.9 * MM, s, f, sz)
    else:
        text(L + x * MM + 1.5 * MM, gy - 4.7 * MM, s, f, sz)
cur.y = gy - 7 * MM
SUBJ = ("INDIVIDUAZIONE DEL SOGGETTO TITOLARE DEL POTERE SOSTITUTIVO IN CASO DI INERZIA AI SENSI DELL'ART. 2, "
        "COMMA 9-BIS, DELLA LEGGE 7 AGOSTO 1990, N. 241")
top = cur.y
text(L + 1.5 * MM, cur.y - 13.5, "Oggetto:", "Helvetica", 9.5)
cur.y -= 1.5
para(SUBJ, "Helvetica-Bold", 10.5, 13, x=L + 17 * MM, width=R - L - 19 * MM, align="L", after=4)
ops.append(b"%.2f %.2f %.2f %.2f re S" % (L, cur.y, R - L, top - cur.y))
cur.y -= 8 * MM

para("IL SINDACO", "Times-Bold", 12, 15, align="C", after=6)
for s in [
    "PREMESSO che l'art. 2, comma 9-bis, della Legge 7 agosto 1990, n. 241, come modificato dal D.L. 9 febbraio 2012, "
    "n. 5, convertito dalla Legge 4 aprile 2012, n. 35, prevede che l'organo di governo individui, nell'ambito delle "
    "figure apicali dell'amministrazione, il soggetto cui attribuire il potere sostitutivo in caso di inerzia e che, "
    "in mancanza, tale potere si considera attribuito al dirigente generale o, in sua assenza, al funzionario di più "
    "elevato livello presente nell'amministrazione;",
    "CONSIDERATO che nell'organizzazione del Comune di Cossoine, privo di personale con qualifica dirigenziale, la "
    "figura apicale idonea a garantire il necessario grado di terzietà rispetto ai Responsabili dei Servizi è il "
    "Segretario Comunale, titolare della sede di segreteria convenzionata;",
    "RITENUTO di provvedere in merito, al fine di assicurare ai cittadini la possibilità di attivare il potere "
    "sostitutivo in caso di mancata conclusione dei procedimenti nei termini previsti;",
    "VISTI l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento "
    "sull'ordinamento degli uffici e dei servizi;",
]:
    para(s, after=4)
cur.y -= 3
para("D E C R E T A", "Times-Bold", 12, 15, align="C", after=6)
for i, s in enumerate([
    "di individuare nel Segretario Comunale, Dott. Gianfranco Sanna, il soggetto titolare del potere sostitutivo in caso "
    "di inerzia dei Responsabili dei procedimenti, ai sensi dell'art. 2, comma 9-bis, della Legge n. 241/1990;",
    "di stabilire che il titolare del potere sostitutivo comunichi all'organo di governo, entro il 30 gennaio di ogni "
    "anno, i procedimenti nei quali non è stato rispettato il termine di conclusione, ai sensi del comma 9-quater del "
    "medesimo articolo;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione Amministrazione "
    "Trasparente del sito istituzionale, nonché la sua notifica all'interessato.",
], 1):
    para(s, hang="%d." % i, after=4)

cur.y -= 10 * MM
text(L, cur.y, "Cossoine, 09.01.2029", "Times-Roman", 11.5)
cx = L + 125 * MM
for s, f, sz in (("IL SINDACO", "Times-Bold", 11.5), ("Giovanni Maria Mura", "Times-Roman", 11.5),
                 ("(firmato digitalmente)", "Times-Italic", 9)):
    text(cx - stringWidth(s, f, sz) / 2, cur.y, s, f, sz)
    cur.y -= 14
cur.y -= 10 * MM
text(L, cur.y, "Per accettazione:", "Times-Italic", 10.5)
cur.y -= 13
text(L, cur.y, "Il Segretario Comunale - Dott. Gianfranco Sanna", "Times-Roman", 10.5)

# foot
ops.append(b"0.4 w %.2f %.2f m %.2f %.2f l S" % (L, 16 * MM, R, 16 * MM))
s = "Decreto Sindacale n. 1 del 09.01.2029 - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"
text((W - stringWidth(s, "Helvetica", 7.5)) / 2, 12.5 * MM, s, "Helvetica", 7.5)
assert cur.y > 20 * MM, cur.y

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v), Encoding=Name.WinAnsiEncoding)
                    for k, v in FONTS.items()})
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fonts, ProcSet=Array([Name.PDF, Name.Text])),
                               Contents=pdf.make_stream(b"\n".join(ops))))
pdf.pages.append(page)
pdf.docinfo["/Title"] = "Decreto Sindacale n. 1 del 09.01.2029"
pdf.docinfo["/Producer"] = "Datagraph Atti - stampa decreti"
pdf.docinfo["/Creator"] = "Comune di Cossoine"
pdf.save(out)
