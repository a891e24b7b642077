#!/usr/bin/env python3
"""Comune di Noli (SV) - decreto del Sindaco in the 'Civilia' house style.

ReportLab canvas, set line by line as the decree module does it: each line one
text object, justified by its own word spacing (Tw); letterhead and headings
spread with character spacing (Tc); number box at the right; running foot.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
LM, RM = 62, 533
MAXW = RM - LM

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Decreto del Sindaco n. 7 del 15/07/2026")
c.setAuthor("Comune di Noli")
c.setCreator("Civilia Next - Decreti")


def spaced(text, font, size, y, tc, color=(0, 0, 0), x=None):
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(tc)
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t.setTextOrigin((W - w) / 2 if x is None else x, y)
    c.setFillColorRGB(*color)
    t.textOut(text)
    c.drawText(t)
    c.setFillColorRGB(0, 0, 0)


def wrap(text, font, size, maxw):
    lines, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > maxw:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self):
        self.y = None
        self.page = 1

    def newpage(self):
        foot(self.page)
        c.showPage()
        self.page += 1
        self.y = H - 70

    def para(self, text, font="Times-Roman", size=11.5, lead=14.5, indent=0, label=None, after=5, align="J"):
        maxw = MAXW - indent
        lines = wrap(text, font, size, maxw)
        for i, ln in enumerate(lines):
            if self.y < 80:
                self.newpage()
            s = " ".join(ln)
            nat = stringWidth(s, font, size)
            last = i == len(lines) - 1
            t = c.beginText()
            t.setFont(font, size)
            if label and i == 0:
                t.setTextOrigin(LM, self.y)
                t.textOut(label)
            if align == "C":
                t.setTextOrigin(LM + (MAXW - nat) / 2, self.y)
                t.setWordSpace(0)
            else:
                t.setTextOrigin(LM + indent, self.y)
                gaps = s.count(" ")
                t.setWordSpace(0 if (last or gaps == 0) else (maxw - nat) / gaps)
            t.textOut(s)
            c.drawText(t)
            self.y -= lead
        self.y -= after


def foot(n):
    c.setLineWidth(0.4)
    c.line(LM, 48, RM, 48)
    c.setFont("Helvetica", 7.5)
    c.drawString(LM, 38, "Comune di Noli – Decreto del Sindaco n. 7 del 15/07/2026")
    c.drawRightString(RM, 38, "pag. %d/2" % n)


# letterhead
spaced("COMUNE DI NOLI", "Helvetica-Bold", 17, H - 52, 3.2, (0.478, 0.122, 0.122))
spaced("Provincia di Savona", "Helvetica", 10, H - 65, 0)
spaced("Piazza Milite Ignoto, 6 – 17026 Noli (SV) – C.F. 00339060093", "Helvetica", 7.5, H - 75, 0)
c.setStrokeColorRGB(0.478, 0.122, 0.122)
c.setLineWidth(0.8)
c.line(LM, H - 82, RM, H - 82)
c.setStrokeColorRGB(0, 0, 0)

c.setFont("Helvetica-Bold", 11)
c.drawString(LM, H - 110, "IL SINDACO")
c.setFont("Helvetica-Oblique", 9.5)
c.drawString(LM, H - 124, "Segreteria generale – Ufficio Personale")
c.setLineWidth(0.6)
c.rect(RM - 190, H - 142, 190, 46)
c.setFont("Helvetica-Bold", 9.5)
c.drawString(RM - 184, H - 110, "Decreto del Sindaco n. 7")
c.setFont("Helvetica", 9)
c.drawString(RM - 184, H - 123, "del 15/07/2026")
c.setFont("Helvetica-Oblique", 8)
c.drawString(RM - 184, H - 136, "Prot. n. 6741 del 15/07/2026")

spaced("D E C R E T O", "Helvetica-Bold", 13, H - 172, 0)

f = Flow()
f.y = H - 198
SUBJ = ("Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata "
        "Qualificazione per il periodo dal 16/07/2026 al 31/12/2026.")
lw = stringWidth("OGGETTO: ", "Helvetica-Bold", 10)
f.para(SUBJ, "Helvetica-Bold", 10, 13, indent=lw + 6, label="OGGETTO:", after=8)
c.setLineWidth(0.4)
c.line(LM, f.y + 4, RM, f.y + 4)
f.y -= 12
f.para("IL SINDACO", "Times-Bold", 12, 16, align="C", after=4)
for s in [
    "Premesso che con decreto n. 1 dell'08/01/2026 l'incarico di Responsabile dell'Area Tecnica era "
    "stato conferito all'arch. Stefano Pastorino, cessato dal servizio per trasferimento ad altro ente "
    "con decorrenza dal 16/07/2026;",
    "Visti gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al "
    "Sindaco la nomina dei responsabili degli uffici e dei servizi;",
    "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi e la disciplina degli "
    "incarichi di Elevata Qualificazione, approvata con deliberazione della Giunta Comunale n. 35 del "
    "30/03/2023 ai sensi degli artt. 16 e seguenti del CCNL Funzioni Locali 16/11/2022;",
    "Considerato che l'ing. Valeria Bottino, funzionario tecnico assunto a tempo pieno e indeterminato "
    "con decorrenza dal 01/07/2026, possiede i requisiti culturali e professionali e l'esperienza "
    "necessari per ricoprire l'incarico, come risulta dal curriculum agli atti;",
    "Acquisita la dichiarazione di insussistenza di cause di inconferibilità e di incompatibilità resa "
    "dall'interessata ai sensi dell'art. 20 del D.Lgs. 8 aprile 2013, n. 39;",
]:
    f.para(s)
f.para("D E C R E T A", "Times-Bold", 12, 16, align="C", after=4)
punti = [
    "di nominare l'ing. Valeria Bottino Responsabile dell'Area Tecnica del Comune di Noli, "
    "comprensiva dei servizi Lavori Pubblici, Urbanistica ed Edilizia Privata, Manutenzioni e "
    "Protezione Civile, con decorrenza dal 16/07/2026 e fino al 31/12/2026;",
    "di conferire alla stessa l'incarico di Elevata Qualificazione, con attribuzione delle funzioni "
    "di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000;",
    "di attribuire la retribuzione di posizione annua lorda di euro 12.500,00 per tredici mensilità, "
    "in proporzione al periodo di incarico, e la retribuzione di risultato nella misura prevista dal "
    "sistema di misurazione e valutazione della performance;",
    "di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile dell'Area "
    "Amministrativa, dott.ssa Silvia Accame;",
    "di disporre la notifica del presente decreto all'interessata e la sua pubblicazione all'Albo "
    "Pretorio on line e nella sezione Amministrazione Trasparente.",
]
for i, p in enumerate(punti, 1):
    f.para(p, indent=18, label="%d." % i, after=4)
f.y -= 14
if f.y < 140:
    f.newpage()
for txt, font, size in [("IL SINDACO", "Times-Bold", 11.5),
                        ("avv. Alessandro Rembado", "Times-Roman", 11.5),
                        ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "Times-Italic", 8.5)]:
    c.setFont(font, size)
    c.drawCentredString(RM - 110, f.y, txt)
    f.y -= 14
f.y -= 20
c.setFont("Times-Italic", 10)
c.drawString(LM, f.y, "Per accettazione: ing. Valeria Bottino – Noli, 15/07/2026")
foot(f.page)
c.showPage()
c.save()
