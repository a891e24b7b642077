#!/usr/bin/env python3
"""Chieti, Giunta Comunale n. 14 del 23/01/2029: content streams written by hand
and saved with pikepdf (standard Times fonts, WinAnsiEncoding, Tw justification,
crest as a Flate RGB image). The roll is a table without header row whose role
column wraps. ReportLab is used only to measure string widths.
Usage: gc14_chieti_pikepdf.py OUT.pdf CRESTDIR"""
import os
import sys
import zlib

import pikepdf
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from chieti_data import GIUNTA

out, crestdir = sys.argv[1], sys.argv[2]
PW, PH = 595.28, 841.89
LM, RM, TOP, BOT = 57.0, 538.0, 800.0, 70.0
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}
FOOT = "Delibera G.C. n. 14 del 23/01/2029"


def enc(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252")


class Writer:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def text(self, x, y, s, f="R", size=11, tw=0.0):
        name = FONTS[f][0]
        self.ops.append(b"BT /" + name.encode() + b" %.1f Tf %.3f Tw %.2f %.2f Td (" % (size, tw, x, y) +
                        enc(s) + b") Tj ET")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    @staticmethod
    def width(s, f="R", size=11):
        return stringWidth(s, FONTS[f][1], size)

    def wrap(self, words, f, size, width, first_indent=0.0):
        lines, cur, avail = [], [], width - first_indent
        for w in words:
            trial = " ".join(cur + [w])
            if cur and self.width(trial, f, size) > avail:
                lines.append(cur)
                cur, avail = [w], width
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, f="R", size=11, lead=13.6, align="J", indent=0.0, hang=0.0, after=4.0, x0=LM, x1=RM,
             label=None):
        width = x1 - x0 - indent
        lines = self.wrap(s.split(), f, size, width)
        for k, ws in enumerate(lines):
            self.need(lead)
            self.y -= lead
            txt = " ".join(ws)
            x = x0 + indent
            tw = 0.0
            if label and k == 0:
                self.text(x0, self.y, label, f, size)
            if align == "C":
                x = x0 + (x1 - x0 - self.width(txt, f, size)) / 2
            elif align == "J" and k < len(lines) - 1 and len(ws) > 1:
                tw = (width - self.width(txt, f, size)) / (len(ws) - 1)
            self.text(x, self.y, txt, f, size, tw)
        self.y -= after


W = Writer()
# letterhead
W.ops.append(b"q 40 0 0 48 277.6 %.2f cm /Im1 Do Q" % (TOP - 48))
W.y = TOP - 52
W.para("COMUNE DI CHIETI", "B", 17, 19, "C", after=0)
W.para("Provincia di Chieti", "I", 10, 12, "C", after=10)
W.para("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 12, 14, "C", after=5)
bx = (PW - 260) / 2
W.rect(bx, W.y - 18, 130, 18)
W.rect(bx + 130, W.y - 18, 130, 18)
W.text(bx + 6, W.y - 13, "Numero", "R", 11)
W.text(bx + 6 + W.width("Numero ", "R", 11), W.y - 13, "14", "B", 11)
W.text(bx + 136, W.y - 13, "Del", "R", 11)
W.text(bx + 136 + W.width("Del ", "R", 11), W.y - 13, "23-01-2029", "B", 11)
W.y -= 30
top = W.y
W.y -= 2
W.text(LM + 3, W.y - 13.6, "Oggetto:", "B", 11)
W.para("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELLA VILLA "
       "COMUNALE - 1° LOTTO FUNZIONALE - CUP F77H28001230004", "B", 11, 13.6, "J", x0=LM + 60, x1=RM - 3,
       after=5)
W.line(LM, top, RM, top, 0.6)
W.line(LM, W.y, RM, W.y, 0.6)
W.y -= 8

W.para("L'anno duemilaventinove il giorno ventitré del mese di gennaio alle ore 12:30, nella Sala Giunta di Palazzo "
       "d'Achille, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:")
# roll: table without header row, role column wraps
W.y -= 2
X0, X1, X2, X3 = LM + 15, LM + 160, LM + 392, RM - 15
ABSENT = {"DE LUCA FEDERICA", "DI BLASIO MARCO"}
W.line(X0, W.y, X3, W.y, 0.4)
for name, role in GIUNTA:
    rl = W.wrap(role.split(), "R", 10.5, X2 - X1 - 10)
    h = 4 + 12.5 * len(rl)
    W.need(h)
    yb = W.y
    W.text(X0 + 3, yb - 12.5, name, "R", 10.5)
    for k, ws in enumerate(rl):
        W.text(X1, yb - 12.5 * (k + 1), " ".join(ws), "R", 10.5)
    W.text(X2 + 20, yb - 12.5, "Assente" if name in ABSENT else "Presente", "R", 10.5)
    W.y = yb - h
    W.line(X0, W.y, X3, W.y, 0.4)
W.y -= 6
W.para("Presenti n. 7 - Assenti n. 2", "B", 11, 13.6, "L", indent=15, after=6)
W.para("Presiede il Prof. Diego Marinucci, nella sua qualità di Sindaco.")
W.para("Partecipa il Vice Segretario Generale Dott. Alessio De Vincentiis, incaricato della redazione del verbale.")
W.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita i "
       "convenuti a deliberare sull'oggetto sopra indicato.")
W.para("LA GIUNTA COMUNALE", "B", 11, 13.6, "C", after=6)
for s in [
    "Vista la proposta di deliberazione n. 22 del 18/01/2029 - Settore proponente: Settore Lavori Pubblici;",
    "Premesso che l'intervento di riqualificazione della Villa Comunale è inserito nel Programma triennale dei "
    "lavori pubblici 2029-2031, approvato unitamente al Documento Unico di Programmazione con deliberazione del "
    "Consiglio Comunale n. 96 del 20/12/2028;",
    "Visto il progetto di fattibilità tecnico-economica redatto dal raggruppamento temporaneo di professionisti "
    "incaricato con determinazione dirigenziale n. 1832 del 14/07/2028, dell'importo complessivo di euro "
    "1.450.000,00, di cui euro 1.080.000,00 per lavori a base d'asta ed euro 370.000,00 per somme a disposizione "
    "dell'Amministrazione;",
    "Visto il verbale di verifica del progetto sottoscritto in data 15/01/2029 ai sensi dell'art. 42 del D.Lgs. "
    "31 marzo 2023, n. 36, e dato atto che sul progetto è stato acquisito il parere favorevole della "
    "Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Chieti e Pescara;",
    "Visti l'art. 41 e l'allegato I.7 del D.Lgs. 36/2023;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "267/2000;",
    "Con voti unanimi favorevoli, resi nelle forme di legge;",
]:
    W.para(s)
W.para("DELIBERA", "B", 11, 13.6, "C", after=6)
for k, s in enumerate([
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della Villa Comunale "
    "- 1° lotto funzionale, dell'importo complessivo di euro 1.450.000,00, secondo il quadro economico riportato "
    "in narrativa;",
    "di dare atto che la spesa trova copertura per euro 1.000.000,00 con il contributo regionale a valere sulle "
    "risorse FSC 2021-2027 e per euro 450.000,00 con mutuo da contrarre con la Cassa Depositi e Prestiti S.p.A.;",
    "di dare atto che il Responsabile Unico del Progetto è l'Ing. Marco Di Pasquale, funzionario tecnico del "
    "Settore Lavori Pubblici;",
    "di demandare al Dirigente del Settore Lavori Pubblici gli adempimenti conseguenti, ivi compreso l'avvio "
    "della progettazione esecutiva.",
], 1):
    W.para(s, indent=20, label="%d." % k)
W.para("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto "
       "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
W.y -= 6
W.need(90)
W.para("Il presente verbale viene letto, approvato e sottoscritto.", after=10)
y = W.y
for x, a, b in ((LM + 40, "IL SINDACO", "F.to Prof. Diego Marinucci"),
                (LM + 280, "IL VICE SEGRETARIO GENERALE", "F.to Dott. Alessio De Vincentiis")):
    W.text(x, y - 12, a, "R", 11)
    W.text(x, y - 26, b, "R", 11)
W.y = y - 40
W.para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "B", 9, 11, "L", after=1)
W.para("Parere di regolarità tecnica: Favorevole. Chieti, 19-01-2029. Il Dirigente del Settore Lavori Pubblici, "
       "F.to Ing. Vincenzo Di Lullo", "R", 9, 11, after=1)
W.para("Parere di regolarità contabile: Favorevole. Chieti, 20-01-2029. Il Dirigente del Settore Risorse "
       "Finanziarie, F.to Dott.ssa Anna Rita Cianci", "R", 9, 11)

# build the PDF
pdf = pikepdf.new()
fonts = pikepdf.Dictionary()
for key, (name, base) in FONTS.items():
    fonts["/" + name] = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                       BaseFont=pikepdf.Name("/" + base),
                                                       Encoding=pikepdf.Name.WinAnsiEncoding))
im = Image.open(os.path.join(crestdir, "crest_chieti.png")).convert("RGB")
img = pikepdf.Stream(pdf, zlib.compress(im.tobytes()))
img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
img.Width, img.Height = im.size
img.ColorSpace, img.BitsPerComponent, img.Filter = pikepdf.Name.DeviceRGB, 8, pikepdf.Name.FlateDecode
img = pdf.make_indirect(img)
n = len(W.pages)
for k, ops in enumerate(W.pages, 1):
    foot = "%s - Pag. %d di %d" % (FOOT, k, n)
    fw = stringWidth(foot, "Times-Roman", 8)
    ops = ops + [b"BT /F1 8 Tf 0 Tw %.2f 40 Td (" % ((PW - fw) / 2) + enc(foot) + b") Tj ET"]
    content = pikepdf.Stream(pdf, zlib.compress(b"\n".join(ops)))
    content.Filter = pikepdf.Name.FlateDecode
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, PW, PH],
                              Resources=pikepdf.Dictionary(Font=fonts, XObject=pikepdf.Dictionary(Im1=img)),
                              Contents=pdf.make_indirect(content))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Delibera G.C. n. 14 del 23/01/2029"
pdf.docinfo["/Producer"] = "Halley Informatica - Gestione Atti (stampa PDF)"
pdf.docinfo["/CreationDate"] = "D:20290124101522+01'00'"
pdf.save(out)
