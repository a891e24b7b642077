#!/usr/bin/env python3
"""Albissola Marina, determinazione del Settore Finanziario e Tributi (n. settore 2 del 09/01/2029,
registro generale n. 6 del 10/01/2029): ReportLab canvas, Sicraweb-like grid of numbers,
justified paragraphs placed by hand, running foot with page x of y."""
import os
import sys

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", LIB + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSans", 0, 0, "LSans")
addMapping("LSans", 1, 0, "LSans-B")
addMapping("LSans", 0, 1, "LSans-I")

W, H = A4
LM, RM = 20 * mm, 18 * mm
TW = W - LM - RM
BODY = ParagraphStyle("b", fontName="LSans", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
POINT = ParagraphStyle("p", parent=BODY, leftIndent=7 * mm, bulletIndent=0, bulletFontName="LSans", bulletFontSize=10)

SUBJECT = ("ADESIONE ALLA CONVENZIONE CONSIP \"APPARECCHIATURE MULTIFUNZIONE IN NOLEGGIO\" PER IL NOLEGGIO DI "
           "N. 4 FOTOCOPIATRICI PER GLI UFFICI COMUNALI - BIENNIO 2029-2030 - IMPEGNO DI SPESA - CIG B5A1C37F20")

PREMESSE = [
    "Richiamati:",
    "- la deliberazione del Consiglio Comunale n. 41 del 20/12/2028, con la quale è stato approvato il bilancio "
    "di previsione finanziario 2029-2031;",
    "- la deliberazione della Giunta Comunale n. 1 del 08/01/2029, di assegnazione provvisoria delle risorse ai "
    "Responsabili di Settore nelle more dell'approvazione del Piano Esecutivo di Gestione 2029-2031;",
    "- il decreto del Sindaco n. 14 del 28/12/2028, con il quale alla sottoscritta è stato conferito l'incarico "
    "di Elevata Qualificazione del Settore Finanziario e Tributi per l'anno 2029;",
    "Premesso che il 31/01/2029 scadono i contratti di noleggio delle fotocopiatrici multifunzione in uso presso "
    "gli uffici del Palazzo Comunale, della Biblioteca civica e del Comando di Polizia Locale e che occorre "
    "garantirne la continuità;",
    "Visto l'art. 1, comma 449, della Legge 27 dicembre 2006, n. 296, in base al quale le amministrazioni "
    "pubbliche possono ricorrere alle convenzioni stipulate da Consip S.p.A. ovvero ne utilizzano i parametri "
    "di prezzo-qualità come limiti massimi per la stipulazione dei contratti;",
    "Verificato che è attiva la convenzione Consip \"Apparecchiature multifunzione in noleggio\", lotto 2, "
    "aggiudicata alla società Kyocera Document Solutions Italia S.p.A., che prevede il noleggio per 24 mesi "
    "comprensivo di assistenza tecnica, manutenzione e materiali di consumo, escluso la carta;",
    "Ritenuto di aderire alla convenzione per n. 4 apparecchiature di fascia media per un canone trimestrale "
    "di € 168,40 ciascuna, oltre IVA, per un importo complessivo nel biennio di € 5.388,80 oltre IVA 22%, "
    "pari a € 6.574,34 IVA compresa;",
    "Dato atto che è stato acquisito il Codice Identificativo di Gara derivato CIG B5A1C37F20 e che la "
    "ditta risulta in regola con gli obblighi contributivi come da DURC on line in corso di validità;",
    "Visti gli artt. 107, 151, comma 4, e 183 del D.Lgs. 18 agosto 2000, n. 267;",
]
PUNTI = [
    "di aderire, per le motivazioni espresse in premessa, alla convenzione Consip \"Apparecchiature "
    "multifunzione in noleggio\", lotto 2, per il noleggio di n. 4 fotocopiatrici multifunzione per la durata "
    "di 24 mesi, dal 01/02/2029 al 31/01/2031;",
    "di impegnare la spesa complessiva di € 6.574,34 IVA compresa, a favore di Kyocera Document Solutions "
    "Italia S.p.A., imputandola al capitolo 1043/2 \"Noleggio attrezzature uffici\" come segue: € 3.013,24 "
    "sull'esercizio 2029, € 3.287,17 sull'esercizio 2030 ed € 273,93 sull'esercizio 2031;",
    "di dare atto che il contratto si intende stipulato mediante emissione dell'ordinativo di fornitura sul "
    "portale www.acquistinretepa.it;",
    "di dare atto che il Responsabile Unico del Progetto è la sottoscritta Responsabile del Settore e che non "
    "sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione "
    "Trasparente - Bandi di gara e contratti.",
]


class Doc:
    def __init__(self, path, total):
        self.total = total
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Determinazione n. 6 del 10/01/2029")
        self.c.setAuthor("Settore Finanziario e Tributi")
        self.page = 1
        self.y = 0

    def letterhead(self, first):
        c = self.c
        c.drawImage(os.path.join(HERE, "stemma_albissola.png"), LM, H - 32 * mm, 13 * mm, 16.25 * mm, mask="auto")
        c.setFont("LSans-B", 14.5)
        c.drawString(LM + 17 * mm, H - 22 * mm, "COMUNE DI ALBISSOLA MARINA")
        c.setFont("LSans", 9.5)
        c.drawString(LM + 17 * mm, H - 27 * mm, "Provincia di Savona")
        c.setLineWidth(1.2)
        c.setStrokeColorRGB(0.12, 0.27, 0.55)
        c.line(LM, H - 35 * mm, W - RM, H - 35 * mm)
        c.setStrokeColorRGB(0, 0, 0)
        self.y = H - 42 * mm

    def foot(self):
        total = self.total
        c = self.c
        c.setFont("LSans", 7.5)
        c.drawString(LM, 12 * mm, "Determinazione Reg. Gen. n. 6 del 10/01/2029")
        c.drawRightString(W - RM, 12 * mm, "Pagina %d di %d" % (self.page, total))

    def grid(self):
        c = self.c
        y = self.y
        c.setFont("LSans-B", 11.5)
        c.drawCentredString(W / 2, y, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
        y -= 6 * mm
        rows = [("Settore", "SETTORE FINANZIARIO E TRIBUTI"),
                ("Servizio", "Servizio Economato e Provveditorato")]
        c.setLineWidth(0.6)
        rh = 6.5 * mm
        for lab, val in rows:
            c.setFillGray(0.9)
            c.rect(LM, y - rh, 30 * mm, rh, stroke=1, fill=1)
            c.setFillGray(0)
            c.rect(LM + 30 * mm, y - rh, TW - 30 * mm, rh, stroke=1, fill=0)
            c.setFont("LSans-B", 9)
            c.drawString(LM + 2 * mm, y - rh + 2.2 * mm, lab)
            c.setFont("LSans-B" if lab == "Settore" else "LSans", 9.5)
            c.drawString(LM + 32 * mm, y - rh + 2.2 * mm, val)
            y -= rh
        y -= 3 * mm
        cw = TW / 4
        heads = ("N. Registro Generale", "Data Registro Generale", "N. Settore", "Data Settore")
        vals = ("6", "10/01/2029", "2", "09/01/2029")
        for i in range(4):
            c.setFillGray(0.9)
            c.rect(LM + i * cw, y - 5.5 * mm, cw, 5.5 * mm, stroke=1, fill=1)
            c.setFillGray(0)
            c.rect(LM + i * cw, y - 12.5 * mm, cw, 7 * mm, stroke=1, fill=0)
            c.setFont("LSans", 7.5)
            c.drawCentredString(LM + i * cw + cw / 2, y - 4 * mm, heads[i])
            c.setFont("LSans-B", 11)
            c.drawCentredString(LM + i * cw + cw / 2, y - 10.3 * mm, vals[i])
        y -= 18 * mm
        p = Paragraph("<b>OGGETTO:</b> <b>%s</b>" % SUBJECT.replace('"', "&quot;"),
                      ParagraphStyle("o", parent=BODY, fontSize=10, leading=13, leftIndent=0))
        w, h = p.wrap(TW - 4 * mm, 200)
        c.rect(LM, y - h - 3 * mm, TW, h + 4 * mm, stroke=1, fill=0)
        p.drawOn(c, LM + 2 * mm, y - h - 1 * mm)
        self.y = y - h - 9 * mm

    def newpage(self):
        self.foot()
        self.c.showPage()
        self.page += 1
        self.letterhead(False)

    def flow(self, para, space=0):
        w, h = para.wrap(TW, H)
        if self.y - h < 22 * mm:
            self.newpage()
        para.drawOn(self.c, LM, self.y - h)
        self.y -= h + para.style.spaceAfter + space

    def centred(self, text, size=10.5, gap=5 * mm):
        if self.y < 40 * mm:
            self.newpage()
        self.c.setFont("LSans-B", size)
        self.c.drawCentredString(W / 2, self.y - 3 * mm, text)
        self.y -= gap + 3 * mm


def build(path, total):
    d = Doc(path, total)
    d.letterhead(True)
    d.grid()
    d.centred("IL RESPONSABILE DEL SETTORE")
    for s in PREMESSE:
        st = BODY if not s.startswith("- ") else ParagraphStyle("l", parent=BODY, leftIndent=4 * mm)
        d.flow(Paragraph(s.replace('"', "&quot;"), st))
    d.y -= 2 * mm
    d.centred("DETERMINA", gap=4 * mm)
    for i, s in enumerate(PUNTI, 1):
        d.flow(Paragraph(s.replace('"', "&quot;"), POINT, bulletText="%d." % i))
    d.y -= 8 * mm
    if d.y < 60 * mm:
        d.newpage()
    c = d.c
    c.setFont("LSans", 10)
    c.drawString(LM, d.y, "Albissola Marina, 10/01/2029")
    c.drawCentredString(W - RM - 40 * mm, d.y, "IL RESPONSABILE DEL SETTORE")
    c.drawCentredString(W - RM - 40 * mm, d.y - 5 * mm, "FINANZIARIO E TRIBUTI")
    c.drawCentredString(W - RM - 40 * mm, d.y - 11 * mm, "Rag. Daniela Scotto")
    c.setFont("LSans-I", 8)
    c.drawCentredString(W - RM - 40 * mm, d.y - 15 * mm, "(documento firmato digitalmente)")
    d.y -= 26 * mm
    c.setLineWidth(0.5)
    c.line(LM, d.y + 4 * mm, W - RM, d.y + 4 * mm)
    c.setFont("LSans-B", 9)
    c.drawString(LM, d.y - 1 * mm, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    d.y -= 4 * mm
    d.flow(Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
                     "contabile attestante la copertura finanziaria della spesa. Impegni n. 112/2029, 23/2030 e "
                     "5/2031. Albissola Marina, 10/01/2029. Il Responsabile del Settore Finanziario e Tributi - "
                     "Rag. Daniela Scotto.", ParagraphStyle("v", parent=BODY, fontSize=8.5, leading=11)))
    d.foot()
    c.save()
    return d.page


if __name__ == "__main__":
    out = sys.argv[1]
    n = build(out, 0)
    build(out, n)
