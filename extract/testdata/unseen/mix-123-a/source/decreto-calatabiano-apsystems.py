#!/usr/bin/env python3
"""Comune di Calatabiano - decreto sindacale n. 24/2027, APSystems-like house style.

Content streams written by hand and assembled with pikepdf (standard 14 fonts,
WinAnsiEncoding):
- body lines justified with Tw (word spacing), one Tj per line;
- the heading letter-spaced with Tc;
- the letterhead is a Form XObject painted at the end of the page stream;
- the protocol stamp is a second Form XObject, rotated 90 degrees up the right
  margin, painted before the body;
- a running foot with the decree's number.
Metrics come from ReportLab's copies of the standard AFM files.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-calatabiano-apsystems.pdf"
W, H = 595.28, 841.89
MM = 72 / 25.4
LM, RM = 24 * MM, W - 20 * MM
TW = RM - LM

FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Helvetica-Oblique", "F6": "Times-Italic"}
RES = {v: k for k, v in FONTS.items()}


def esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return out.decode("latin-1")


def tj(x, y, s, font, size, tw=0.0, tc=0.0):
    ops = ["BT", "/%s %.2f Tf" % (RES[font], size)]
    ops.append("%.3f Tw" % tw)
    ops.append("%.3f Tc" % tc)
    ops.append("1 0 0 1 %.2f %.2f Tm" % (x, y))
    ops.append("(%s) Tj" % esc(s))
    ops.append("ET")
    return "\n".join(ops)


def wrap(text, font, size, width, first_width=None):
    words = text.split()
    lines, cur = [], []
    avail = first_width if first_width is not None else width
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > avail:
            lines.append(cur)
            cur = [w]
            avail = width
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 62 * MM

    def para(self, text, font="Times-Roman", size=11, lead=14, hang=0, label=None, after=5, x0=LM, width=TW,
             justify=True):
        lines = wrap(text, font, size, width - hang)
        for i, ws in enumerate(lines):
            s = " ".join(ws)
            tw = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                tw = (width - hang - stringWidth(s, font, size)) / (len(ws) - 1)
            if i == 0 and label:
                self.ops.append(tj(x0, self.y, label, font, size))
            self.ops.append(tj(x0 + hang, self.y, s, font, size, tw=tw))
            self.y -= lead
        self.y -= after

    def center(self, s, font="Times-Bold", size=12, lead=17, tc=0.0):
        w = stringWidth(s, font, size) + tc * (len(s) - 1)
        self.ops.append(tj((W - w) / 2, self.y, s, font, size, tc=tc))
        self.y -= lead


# ---------------------------------------------------------------- letterhead form
cx = W / 2
lh = []
lh.append("q 0.9 w")
# two circles (Bezier approximations) and a small tower
def circle(x, y, r):
    k = 0.5523 * r
    return ("%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
            "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S") % (
        x + r, y, x + r, y + k, x + k, y + r, x, y + r, x - k, y + r, x - r, y + k, x - r, y,
        x - r, y - k, x - k, y - r, x, y - r, x + k, y - r, x + r, y - k, x + r, y)
lh.append(circle(cx, H - 22 * MM, 7 * MM))
lh.append("0.5 w")
lh.append(circle(cx, H - 22 * MM, 5.6 * MM))
lh.append("%.2f %.2f %.2f %.2f re S" % (cx - 2.2 * MM, H - 24 * MM, 4.4 * MM, 5 * MM))
lh.append("Q")
for s, f, sz, y in [("COMUNE DI CALATABIANO", "Helvetica-Bold", 15, H - 36 * MM),
                    ("Città Metropolitana di Catania", "Helvetica-Oblique", 10, H - 41 * MM),
                    ("Piazza Vittorio Emanuele, 32 – 95011 Calatabiano (CT) – C.F. 87000630872", "Helvetica", 7.5, H - 45 * MM)]:
    lh.append(tj(cx - stringWidth(s, f, sz) / 2, y, s, f, sz))
lh.append("q 0.8 w %.2f %.2f m %.2f %.2f l S 0.3 w %.2f %.2f m %.2f %.2f l S Q" % (
    LM, H - 47.5 * MM, RM, H - 47.5 * MM, LM, H - 48.3 * MM, RM, H - 48.3 * MM))
letterhead_stream = "\n".join(lh).encode("latin-1")

# ---------------------------------------------------------------- protocol stamp form (drawn horizontally, rotated on use)
st = ["q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 0.7 w 0 0 %.2f %.2f re S" % (92 * MM, 15 * MM)]
st.append(tj(2.5 * MM, 10.5 * MM, "COMUNE DI CALATABIANO (CT)", "Helvetica-Bold", 8))
st.append(tj(2.5 * MM, 6.3 * MM, "Protocollo Generale  N. 0018734  del 15/11/2027", "Helvetica", 8))
st.append(tj(2.5 * MM, 2.2 * MM, "USCITA  -  Cat. 1  Cl. 8", "Helvetica", 8))
st.append("Q")
stamp_stream = "\n".join(st).encode("latin-1")

# ---------------------------------------------------------------- body
p = Page()
p.center("DECRETO SINDACALE", font="Times-Bold", size=14, lead=19, tc=3.5)
p.center("N. 24 del 15/11/2027", font="Times-Bold", size=12, lead=24)

p.para("Conferimento dell'incarico di Responsabile dell'Area Vigilanza – Polizia Municipale e attribuzione delle "
       "funzioni di cui all'art. 51, comma 3-bis, della Legge 142/1990, come recepito dalla L.R. 48/1991, per il "
       "periodo dal 15/11/2027 al 31/12/2027.",
       font="Times-Bold", size=11, hang=24 * MM, label="OGGETTO:", after=10)

p.center("IL SINDACO", font="Times-Bold", size=12, lead=18)
for t in [
    "PREMESSO che con deliberazione della Giunta Municipale n. 12 del 28/01/2026 è stata approvata la "
    "macrostruttura dell'Ente, articolata in cinque Aree, tra le quali l'Area Vigilanza – Polizia Municipale;",
    "CONSIDERATO che l'incarico di Responsabile dell'Area Vigilanza risulta vacante dal 01/11/2027, a seguito del "
    "collocamento a riposo del precedente titolare, e che occorre assicurare la continuità dei servizi di polizia "
    "municipale, di polizia amministrativa e di viabilità;",
    "VISTO il curriculum del dott. Rosario Grasso, funzionario di Polizia Municipale inquadrato nell'Area dei "
    "Funzionari e dell'Elevata Qualificazione, e ritenuto lo stesso in possesso dei requisiti di professionalità "
    "ed esperienza necessari;",
    "VISTI l'art. 51, comma 3-bis, della Legge 142/1990, come recepito dalla L.R. 48/1991, l'art. 13 della L.R. "
    "7/1992, gli artt. 16 e 17 del CCNL Funzioni Locali 2019-2021 e il vigente Regolamento sull'ordinamento degli "
    "uffici e dei servizi;",
]:
    p.para(t)

p.y -= 4
p.center("DECRETA", font="Times-Bold", size=12.5, lead=19, tc=2.5)
pts = [
    "di conferire al dott. Rosario Grasso l'incarico di Responsabile dell'Area Vigilanza – Polizia Municipale per il "
    "periodo dal 15/11/2027 al 31/12/2027, salvo revoca anticipata;",
    "di attribuire allo stesso le funzioni di cui all'art. 51, comma 3-bis, della Legge 142/1990, ivi compresa "
    "l'adozione delle ordinanze in materia di circolazione stradale di competenza dirigenziale;",
    "di riconoscere la retribuzione di posizione nella misura annua di € 12.000,00 per tredici mensilità, "
    "rapportata al periodo di incarico, oltre alla retribuzione di risultato nei limiti del fondo;",
    "di notificare il presente decreto all'interessato e di trasmetterlo al Segretario Generale, ai Responsabili di "
    "Area e all'Ufficio Personale;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione "
    "“Amministrazione Trasparente” del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    p.para(t, hang=8 * MM, label="%d." % i, x0=LM + 2 * MM, width=TW - 2 * MM, after=3)

p.y -= 8
p.ops.append(tj(LM, p.y, "Calatabiano, 15/11/2027", "Times-Roman", 11.5))
p.y -= 22
for s, f in [("IL SINDACO", "Times-Bold"), ("dott. Carmelo Russo", "Times-Roman")]:
    p.ops.append(tj(RM - 55 * MM + (55 * MM - stringWidth(s, f, 11.5)) / 2, p.y, s, f, 11.5))
    p.y -= 14
s = "(firmato digitalmente)"
p.ops.append(tj(RM - 55 * MM + (55 * MM - stringWidth(s, "Times-Italic", 9)) / 2, p.y, s, "Times-Italic", 9))
p.y -= 16
p.ops.append(tj(LM, p.y, "Per accettazione:", "Times-Roman", 10.5))
p.y -= 14
p.ops.append(tj(LM, p.y, "dott. Rosario Grasso ______________________", "Times-Roman", 10.5))

foot = "Comune di Calatabiano – Decreto sindacale n. 24 del 15/11/2027 – Pag. 1 di 1"
foot_ops = "q 0.3 w %.2f %.2f m %.2f %.2f l S Q\n" % (LM, 17 * MM, RM, 17 * MM) + tj(LM, 13 * MM, foot, "Helvetica", 7.5)

# stamp: rotated 90 degrees counter-clockwise, up the right margin, painted first
stamp_use = "q 0 1 -1 0 %.2f %.2f cm /Stamp Do Q" % (W - 4 * MM, H - 160 * MM)
content = "\n".join([stamp_use] + p.ops + [foot_ops, "q /Intest Do Q"]).encode("latin-1")

# ---------------------------------------------------------------- assemble
pdf = pikepdf.new()
fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                     Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
res_fonts = Dictionary(Font=fonts)
intest = pikepdf.Stream(pdf, letterhead_stream)
intest.Type = Name.XObject
intest.Subtype = Name.Form
intest.BBox = Array([0, 0, W, H])
intest.Resources = res_fonts
stamp = pikepdf.Stream(pdf, stamp_stream)
stamp.Type = Name.XObject
stamp.Subtype = Name.Form
stamp.BBox = Array([0, 0, 92 * MM, 15 * MM])
stamp.Resources = res_fonts
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fonts, XObject=Dictionary(Intest=intest, Stamp=stamp)),
                  Contents=pikepdf.Stream(pdf, content))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Decreto sindacale n. 24 del 15/11/2027"
pdf.docinfo["/Creator"] = "APSystems - Gestione Atti Amministrativi"
pdf.docinfo["/Producer"] = "APSystems PDF Writer (pikepdf %s)" % pikepdf.__version__
pdf.save(OUT)
