#!/usr/bin/env python3
"""Santa Sofia (FC), "ADS"-like house style, determinazione of an Area.
Content streams written by hand and assembled with pikepdf: the letterhead
band and the Area band are Form XObjects reused on both pages and drawn
after the body (out of reading order); the body is justified with Tw; a
digital-signature note runs up the left margin (rotated 90 degrees); the
running foot carries the number."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-santasofia-ads.pdf"
W, H = 595.28, 841.89
LM, RM = 51.0, 595.28 - 51.0
TW = RM - LM


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, font, size):
    return stringWidth(s, {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}[font], size)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Stream:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, font="F1", size=10, tw=0.0, tc=0.0):
        self.ops.append(b"BT /%s %.1f Tf %.3f Tw %.3f Tc %.2f %.2f Td (" % (font.encode(), size, tw, tc, x, y)
                        + esc(s) + b") Tj ET")

    def centre(self, y, s, font="F2", size=11, tc=0.0):
        w = sw(s, font, size) + tc * (len(s) - 1)
        self.text(LM + (TW - w) / 2, y, s, font, size, tc=tc)

    def para(self, y, text, font="F1", size=10, lead=13.6, indent=0.0, hang=None, bold_lead=None):
        """Justified paragraph; returns new y. hang = label printed in the indent."""
        width = TW - indent
        lines = wrap(text, font, size, width)
        if hang:
            self.text(LM, y, hang, font, size)
        for i, ln in enumerate(lines):
            tw = 0.0
            if i < len(lines) - 1 and ln.count(" "):
                tw = (width - sw(ln, font, size)) / ln.count(" ")
            if i == 0 and bold_lead and ln.startswith(bold_lead):
                self.text(LM + indent, y, bold_lead, "F2", size)
                rest = ln[len(bold_lead):]
                x2 = LM + indent + sw(bold_lead, "F2", size)
                # the rest is justified on its own
                n = rest.count(" ")
                tw2 = 0.0
                if i < len(lines) - 1 and n:
                    tw2 = (width - sw(bold_lead, "F2", size) - sw(rest, font, size)) / n
                self.text(x2, y, rest, font, size, tw=tw2)
            else:
                self.text(LM + indent, y, ln, font, size, tw=tw)
            y -= lead
        return y - 4

    def raw(self, b):
        self.ops.append(b)

    def bytes(self):
        return b"\n".join(self.ops)


FOOT = "Determinazione n. 287 del 19/06/2028 - Pagina %d di 2"

# ---- page 1 -----------------------------------------------------------
p1 = Stream()
p1.raw(b"0.6 w %.2f 48 m %.2f 48 l S" % (LM, RM))
p1.text(LM + (TW - sw(FOOT % 1, "F1", 8)) / 2, 36, FOOT % 1, "F1", 8)

y = 668
p1.centre(y, "DETERMINAZIONE", "F2", 13, tc=1.2); y -= 18
p1.centre(y, "Registro Generale N. 287 del 19/06/2028", "F2", 11); y -= 14
p1.centre(y, "N. 61 del 16/06/2028 del Registro di Area", "F1", 9.5); y -= 22
# subject box
subj = ("AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E RECAPITO DEGLI AVVISI DI PAGAMENTO "
        "TARI 2028 - DETERMINA A CONTRARRE E IMPEGNO DI SPESA - CIG B1C7E4A920")
sl = wrap(subj, "F2", 10, TW - 80)
bh = 14 * len(sl) + 12
p1.raw(b"0.8 w %.2f %.2f %.2f %.2f re S" % (LM, y - bh + 12, TW, bh))
p1.text(LM + 6, y, "OGGETTO:", "F2", 10)
yy = y
for ln in sl:
    p1.text(LM + 74, yy, ln, "F2", 10)
    yy -= 14
y = y - bh - 6

p1.centre(y, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "F2", 10.5); y -= 18
paras = [
    ("Premesso", "Premesso che con deliberazione del Consiglio Comunale n. 55 del 19/12/2027 sono state approvate "
     "le tariffe della tassa sui rifiuti (TARI) per l'anno 2028, con riscossione in tre rate scadenti il 31 luglio, "
     "il 30 settembre e il 2 dicembre 2028;"),
    ("Rilevata", "Rilevata la necessità di provvedere alla stampa, all'imbustamento e al recapito di circa 3.150 avvisi "
     "di pagamento, corredati dei modelli PagoPA precompilati, in tempo utile per la scadenza della prima rata;"),
    ("Visti", "Visti l'art. 50 del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di "
     "importo inferiore a 140.000 euro, e l'art. 192 del D.Lgs. n. 267/2000;"),
    ("Dato atto", "Dato atto che, interpellato tramite la piattaforma telematica Intercent-ER, l'operatore economico "
     "Romagna Print Service S.r.l., con sede in Forlì, ha offerto il prezzo di € 0,98 per avviso, oltre IVA, "
     "ritenuto congruo rispetto ai prezzi praticati negli anni precedenti;"),
    ("Visto", "Visto il decreto del Commissario Straordinario n. 4 del 02/05/2028 di conferma della responsabilità "
     "dell'Area Economico-Finanziaria e del Servizio Tributi;"),
]
for bl, t in paras:
    y = p1.para(y, t, bold_lead=bl)
y -= 2
p1.centre(y, "DETERMINA", "F2", 11); y -= 18
pts = [
    "di affidare alla ditta Romagna Print Service S.r.l., P.IVA 04528170401, il servizio di stampa, imbustamento "
    "e recapito degli avvisi di pagamento TARI 2028 per l'importo di € 3.087,00 oltre IVA 22%, per complessivi "
    "€ 3.766,14;",
    "di impegnare la spesa di € 3.766,14 alla missione 01, programma 04, capitolo 1043/10 \"Spese per la "
    "riscossione dei tributi\" del bilancio di previsione 2028/2030, esercizio 2028;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale e che il "
    "Responsabile Unico del Progetto è la sottoscritta Responsabile dell'Area;",
    "di pubblicare il presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\".",
]
for i, t in enumerate(pts, 1):
    y = p1.para(y, t, indent=16, hang="%d." % i)
page1_body_end = y

# letterhead band + area band drawn last (out of reading order)
p1.raw(b"q 1 0 0 1 0 0 cm /Band Do Q")
p1.raw(b"q 1 0 0 1 0 0 cm /Area Do Q")
p1.raw(b"q 1 0 0 1 0 0 cm /Side Do Q")

# ---- page 2 -----------------------------------------------------------
p2 = Stream()
p2.raw(b"0.6 w %.2f 48 m %.2f 48 l S" % (LM, RM))
p2.text(LM + (TW - sw(FOOT % 2, "F1", 8)) / 2, 36, FOOT % 2, "F1", 8)
y = 668
p2.text(LM, y, "Santa Sofia, 16/06/2028", "F1", 10); y -= 26
xs = LM + TW / 2
for s, f in [("IL RESPONSABILE DELL'AREA", "F2"), ("ECONOMICO-FINANZIARIA", "F2"),
             ("rag. Marta Zanetti", "F1"), ("(firmato digitalmente)", "F3")]:
    p2.text(xs + (TW / 2 - sw(s, f, 10)) / 2, y, s, f, 10); y -= 13.5
y -= 24
p2.centre(y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "F2", 10); y -= 16
y = p2.para(y, "Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile "
            "attestante la copertura finanziaria della spesa. Impegno n. 612/2028 di € 3.766,14 sul capitolo 1043/10. "
            "La presente determinazione è esecutiva dal 19/06/2028, data di registrazione al Registro Generale.")
y = p2.para(y, "Santa Sofia, 19/06/2028 - Il Responsabile del Servizio Finanziario rag. Marta Zanetti (firmato digitalmente)")
y -= 14
p2.centre(y, "PUBBLICAZIONE", "F2", 10); y -= 16
y = p2.para(y, "Copia della presente determinazione è pubblicata all'Albo Pretorio on line del Comune di Santa Sofia "
            "dal 20/06/2028 per 15 giorni consecutivi (registro di pubblicazione n. 611/2028).")
p2.raw(b"q 1 0 0 1 0 0 cm /Band Do Q")
p2.raw(b"q 1 0 0 1 0 0 cm /Area Do Q")
p2.raw(b"q 1 0 0 1 0 0 cm /Side Do Q")

# ---- Form XObjects ----------------------------------------------------
band = Stream()
band.raw(b"0.831 g %.2f %.2f %.2f %.2f re f 0 g" % (LM, H - 107.7, TW, 62.4))
band.text(LM + 17, H - 73.7, "COMUNE DI SANTA SOFIA", "F2", 16)
band.text(LM + 17, H - 90.7, "Provincia di Forlì-Cesena", "F1", 9)
band.text(RM - 17 - sw("COPIA", "F2", 9), H - 73.7, "COPIA", "F2", 9)

area = Stream()
area.raw(b"0.35 g %.2f %.2f %.2f %.2f re f 1 g" % (LM, H - 128, TW, 18))
area.text(LM + 17, H - 122.5, "AREA ECONOMICO-FINANZIARIA", "F2", 10)
s_off = "Servizio Tributi"
area.text(RM - 17 - sw(s_off, "F1", 10), H - 122.5, s_off, "F1", 10)
area.raw(b"0 g")

side = Stream()
side_txt = ("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., "
            "sostituisce il documento cartaceo e la firma autografa")
side.raw(b"BT /F1 7 Tf 0 1 -1 0 30 120 Tm (" + esc(side_txt) + b") Tj ET")

pdf = pikepdf.new()
pdf.docinfo["/Producer"] = "ADS Atti Amministrativi - PDF writer"
pdf.docinfo["/Title"] = "Determinazione 287/2028"


def font(base):
    return pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name(base),
                                        Encoding=Name.WinAnsiEncoding))


fonts = Dictionary(F1=font("/Helvetica"), F2=font("/Helvetica-Bold"), F3=font("/Helvetica-Oblique"))


def form(st):
    s = pikepdf.Stream(pdf, st.bytes())
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array([0, 0, W, H])
    s.Resources = Dictionary(Font=fonts)
    return pdf.make_indirect(s)


xo = Dictionary(Band=form(band), Area=form(area), Side=form(side))
for st in (p1, p2):
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                      Resources=Dictionary(Font=fonts, XObject=xo),
                      Contents=pdf.make_stream(st.bytes()))
    pdf.pages.append(pikepdf.Page(page))
pdf.save(OUT, compress_streams=True)
