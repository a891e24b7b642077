#!/usr/bin/env python3
"""Comune di Leini - house style "civilianext": centred letterhead, ruled grid
SETTORE / SERVIZIO / UFFICIO, register box, justified body (ReportLab sets Tw
on every justified line), running foot with the register number."""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "determinazione-leini-civilianext.pdf")

REG = "412"
DATA = "14/07/2027"
FOOT = "Determinazione R.G. n. %s del %s" % (REG, DATA)

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
lead = ParagraphStyle("l", parent=base, firstLineIndent=0)
cent = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Times-Bold", spaceBefore=6, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
num = ParagraphStyle("n", parent=base, leftIndent=16, firstLineIndent=-16)
sig = ParagraphStyle("s", parent=base, alignment=TA_CENTER, spaceAfter=0, leading=13)

class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22*mm, rightMargin=20*mm,
                         topMargin=18*mm, bottomMargin=24*mm, **kw)
        f = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("p", [f], onPage=self.deco)])
    def deco(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setStrokeColor(colors.grey)
        c.line(22*mm, 16*mm, A4[0]-20*mm, 16*mm)
        c.drawString(22*mm, 12*mm, FOOT)
        c.drawRightString(A4[0]-20*mm, 12*mm, "Pag. %d di 2" % d.page)
        c.drawCentredString(A4[0]/2, 8*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
        c.restoreState()

def crest(c, x, y):
    p = c.beginPath()
    p.moveTo(x, y+16*mm); p.lineTo(x+12*mm, y+16*mm); p.lineTo(x+12*mm, y+6*mm)
    p.curveTo(x+12*mm, y+2*mm, x+8*mm, y, x+6*mm, y-1*mm)
    p.curveTo(x+4*mm, y, x, y+2*mm, x, y+6*mm); p.close()
    c.setFillColor(colors.HexColor("#1f4e9a")); c.setStrokeColor(colors.black)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#f2c200"))
    c.circle(x+6*mm, y+9*mm, 2.6*mm, fill=1, stroke=0)

story = []
head = Table([[Paragraph('<font name="Times-Bold" size="17">COMUNE DI LEINÌ</font>', ParagraphStyle("h", alignment=TA_CENTER, leading=20))],
              [Paragraph('<font name="Times-Italic" size="11">Città Metropolitana di Torino</font>', ParagraphStyle("h2", alignment=TA_CENTER, leading=13))],
              [Paragraph('<font name="Helvetica" size="7.5">Piazza Vittorio Emanuele II, 1 – 10040 Leinì (TO) – C.F. 83001530017 – PEC: protocollo@pec.comune.leini.to.it</font>', ParagraphStyle("h3", alignment=TA_CENTER, leading=10))]],
             colWidths=[150*mm])
head.setStyle(TableStyle([("LINEBELOW", (0, 2), (0, 2), 0.8, colors.black), ("BOTTOMPADDING", (0, 2), (0, 2), 6)]))
story += [head, Spacer(1, 7)]

grid = Table([
    [Paragraph("SETTORE", cellb), Paragraph("LAVORI PUBBLICI E PATRIMONIO", cell)],
    [Paragraph("SERVIZIO", cellb), Paragraph("MANUTENZIONI, VERDE E ARREDO URBANO", cell)],
    [Paragraph("UFFICIO", cellb), Paragraph("VERDE PUBBLICO", cell)],
], colWidths=[30*mm, 138*mm])
grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6")),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [grid, Spacer(1, 8)]

reg = Table([[Paragraph("<b>DETERMINAZIONE</b>", ParagraphStyle("d", fontName="Helvetica", fontSize=12, alignment=TA_CENTER)), "", ""],
             [Paragraph("Registro Generale<br/><b>N. %s del %s</b>" % (REG, DATA), cell),
              Paragraph("Numero del Settore<br/><b>N. 87 del 12/07/2027</b>", cell),
              Paragraph("Proposta<br/><b>N. 455 del 09/07/2027</b>", cell)]],
            colWidths=[56*mm, 56*mm, 56*mm])
reg.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                         ("INNERGRID", (0, 1), (-1, -1), 0.4, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black)]))
story += [reg, Spacer(1, 10)]

subj = ("SERVIZIO DI SFALCIO DELLE AREE VERDI COMUNALI E DELLE BANCHINE STRADALI – STAGIONE ESTIVA 2027. "
        "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 ALLA DITTA "
        "VERDE CANAVESE S.R.L. E IMPEGNO DI SPESA. CIG B9C41F27A3.")
ot = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph("<b>%s</b>" % subj, ParagraphStyle("o", parent=cell, alignment=TA_JUSTIFY))]],
           colWidths=[25*mm, 143*mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [ot, Spacer(1, 8)]

story.append(Paragraph("IL RESPONSABILE DEL SETTORE", cent))
P = lambda t: story.append(Paragraph(t, base))
P("<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 71 del 18/12/2026, dichiarata immediatamente "
  "eseguibile, è stato approvato il Documento Unico di Programmazione 2027/2029 e con deliberazione del Consiglio "
  "Comunale n. 72 in pari data è stato approvato il bilancio di previsione finanziario 2027/2029;")
P("<b>Vista</b> la deliberazione della Giunta Comunale n. 9 del 20/01/2027 con la quale è stato approvato il Piano "
  "Esecutivo di Gestione 2027/2029 e sono state assegnate ai Responsabili di Settore le risorse finanziarie per "
  "il conseguimento degli obiettivi;")
P("<b>Visto</b> il decreto sindacale n. 4 del 03/01/2027 di conferimento dell'incarico di Elevata Qualificazione "
  "del Settore Lavori Pubblici e Patrimonio al sottoscritto;")
P("<b>Considerato</b> che con l'avvio della stagione estiva si rende necessario provvedere con urgenza allo sfalcio "
  "dell'erba nelle aree verdi comunali, nei giardini delle scuole e lungo le banchine delle strade comunali "
  "esterne al centro abitato (strada Volpiano, strada Caselle, strada San Maurizio e frazione Tedeschi), per "
  "ragioni di decoro, di prevenzione degli incendi e di sicurezza della circolazione;")
P("<b>Dato atto</b> che il personale operaio del Servizio Manutenzioni, Verde e Arredo Urbano non è sufficiente "
  "a garantire gli interventi nei tempi richiesti e che l'Ufficio Verde Pubblico ha predisposto il computo degli "
  "interventi per una superficie complessiva di circa 184.000 mq e per quattro passaggi;")
P("<b>Richiamato</b> l'art. 50, comma 1, lett. b) del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
  "diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori economici;")
P("<b>Vista</b> l'offerta presentata tramite la piattaforma di approvvigionamento digitale dalla ditta VERDE "
  "CANAVESE S.R.L., con sede in Volpiano (TO), via Brandizzo n. 58, P.IVA 11234560014, acquisita al protocollo "
  "n. 14871 del 07/07/2027, per l'importo di € 38.400,00 oltre IVA 22% e così per complessivi € 46.848,00, "
  "ritenuta congrua dal Responsabile del procedimento, geom. Marco Brunetto;")
P("<b>Accertata</b> la regolarità contributiva della ditta (DURC prot. INAIL_48817302, scadenza 02/11/2027) e "
  "dato atto che il Codice Identificativo di Gara attribuito dall'ANAC è B9C41F27A3;")
P("<b>Visti</b> il D.Lgs. 18 agosto 2000, n. 267 e in particolare gli articoli 107, 183 e 192; il vigente "
  "Regolamento comunale di contabilità; lo Statuto comunale;")
story.append(Paragraph("DETERMINA", cent))
pts = [
    "di affidare, per le motivazioni espresse in premessa, alla ditta VERDE CANAVESE S.R.L. di Volpiano (TO), "
    "P.IVA 11234560014, il servizio di sfalcio delle aree verdi comunali e delle banchine stradali per la stagione "
    "estiva 2027, per l'importo di € 38.400,00 oltre IVA 22%;",
    "di impegnare la spesa complessiva di € 46.848,00 alla Missione 9, Programma 2, Titolo 1, capitolo 2145/10 "
    "“Manutenzione verde pubblico – prestazioni di servizi” del bilancio 2027/2029, esercizio 2027;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di nominare Responsabile Unico del Progetto il geom. Marco Brunetto dell'Ufficio Verde Pubblico;",
    "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione "
    "“Amministrazione Trasparente” del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), num))
story.append(Spacer(1, 14))
story.append(KeepTogether([Table([["", Paragraph("IL RESPONSABILE DEL SETTORE<br/>LAVORI PUBBLICI E PATRIMONIO<br/>Arch. Paolo Giordanino<br/><font size=8>(firmato digitalmente)</font>", sig)]],
                                 colWidths=[80*mm, 88*mm])]))
story.append(Spacer(1, 16))
story.append(Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", cent))
story.append(Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
                       "attestante la copertura finanziaria della spesa.", base))
vt = Table([["Impegno", "Esercizio", "Capitolo", "Importo"],
            ["1187/2027", "2027", "2145/10", "€ 46.848,00"]], colWidths=[42*mm]*4)
vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("FONT", (0, 1), (-1, -1), "Helvetica", 9)]))
story += [vt, Spacer(1, 8)]
story.append(Paragraph("Leinì, 14/07/2027", base))
story.append(Table([["", Paragraph("IL RESPONSABILE DEL SETTORE<br/>SERVIZI FINANZIARI<br/>Dott.ssa Laura Chiadò<br/><font size=8>(firmato digitalmente)</font>", sig)]],
                   colWidths=[80*mm, 88*mm]))

doc = Doc(out, title="Determinazione R.G. 412/2027", author="Comune di Leini", creator="Civilia Next - Atti")
doc.build(story)
