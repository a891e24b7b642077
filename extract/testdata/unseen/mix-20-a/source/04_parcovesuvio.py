"""Convocation of the Comunità del Parco - Ente Parco Nazionale del Vesuvio.
Saga-like letter on letterhead; ReportLab platypus with the standard Times fonts (not embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

out = sys.argv[1] if len(sys.argv) > 1 else "convocazione-parcovesuvio-saga.pdf"
W, H = A4
GREEN = colors.HexColor("#2f5d34")

def letterhead(c, doc):
    c.saveState()
    # emblem: a stylised volcano
    c.setFillColor(GREEN)
    p = c.beginPath(); p.moveTo(20*mm, H-33*mm); p.lineTo(29*mm, H-17*mm); p.lineTo(32*mm, H-19*mm)
    p.lineTo(35*mm, H-17*mm); p.lineTo(44*mm, H-33*mm); p.close(); c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.white); c.circle(32*mm, H-15*mm, 1.6*mm, fill=1, stroke=0)
    c.setFillColor(GREEN)
    c.setFont("Times-Bold", 16); c.drawString(50*mm, H-22*mm, "ENTE PARCO NAZIONALE DEL VESUVIO")
    c.setFont("Times-Italic", 9.5); c.setFillColor(colors.black)
    c.drawString(50*mm, H-27.5*mm, "Via Palazzo del Principe – c/o Castello Mediceo – 80044 Ottaviano (NA)")
    c.drawString(50*mm, H-32*mm, "Tel. 081 8653911 – PEC: protocollo@pec.epnv.it – C.F. 94045290638")
    c.setStrokeColor(GREEN); c.setLineWidth(1.2); c.line(20*mm, H-36*mm, W-20*mm, H-36*mm)
    c.setLineWidth(0.4); c.line(20*mm, H-37.2*mm, W-20*mm, H-37.2*mm)
    # foot
    c.setFont("Times-Roman", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(W/2, 12*mm, "Ente Parco Nazionale del Vesuvio – Ufficio Affari Generali e Organi Istituzionali – www.parconazionaledelvesuvio.it")
    c.restoreState()

st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
sl = ParagraphStyle("l", parent=st, alignment=TA_LEFT, spaceAfter=0, leading=14)
sr = ParagraphStyle("r", parent=sl, fontSize=11)
sc = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
so = ParagraphStyle("o", parent=st, leftIndent=22*mm, firstLineIndent=-22*mm, fontName="Times-Bold")
si = ParagraphStyle("i", parent=st, leftIndent=10*mm, firstLineIndent=-6*mm, spaceAfter=3)
ss = ParagraphStyle("s", parent=st, fontSize=8, leading=10, alignment=TA_LEFT)

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=44*mm, bottomMargin=20*mm,
                      title="Convocazione Comunità del Parco 2 aprile 2026", author="Ente Parco Nazionale del Vesuvio",
                      creator="SAGA - Protocollo e Atti")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(20*mm, 20*mm, W-40*mm, H-64*mm, id="f")], onPage=letterhead)])

addr = Paragraph("Ai Sindaci dei Comuni del Parco<br/>Nazionale del Vesuvio<br/><br/>"
                 "Al Sindaco della Città Metropolitana di Napoli<br/>"
                 "Al Presidente della Regione Campania<br/>"
                 "e, p.c.&nbsp;&nbsp;Al Presidente dell'Ente Parco<br/>"
                 "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Al Direttore dell'Ente Parco<br/>"
                 "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Al Collegio dei Revisori dei Conti<br/><br/>"
                 "<u>LORO SEDI</u> – trasmessa a mezzo PEC", sr)
left = Paragraph("Prot. n. 1874<br/>del 19/03/2026<br/><br/>Classif. 1.3.2", sl)
t = Table([[left, addr]], colWidths=[70*mm, W-40*mm-70*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

story = [t, Spacer(1, 6*mm),
  Paragraph("OGGETTO:&nbsp;&nbsp;&nbsp;Convocazione della Comunità del Parco – seduta ordinaria del 2 aprile 2026.", so),
  Spacer(1, 3*mm),
  Paragraph("Ai sensi dell'art. 10 della Legge 6 dicembre 1991, n. 394, e dell'art. 6 del Regolamento di funzionamento della Comunità del Parco, "
            "la S.V. è convocata in seduta ordinaria per il giorno <b>giovedì 2 aprile 2026 alle ore 10:30</b>, presso la Sala Conferenze del Castello Mediceo "
            "di Ottaviano, in prima convocazione e, occorrendo, per il giorno <b>venerdì 3 aprile 2026 alle ore 11:00</b>, nella stessa sede, in seconda "
            "convocazione, per la trattazione del seguente", st),
  Paragraph("<b>ORDINE DEL GIORNO</b>", sc),
  Paragraph("1.&nbsp;&nbsp;Comunicazioni del Presidente;", si),
  Paragraph("2.&nbsp;&nbsp;Parere obbligatorio sul rendiconto generale dell'Ente Parco per l'esercizio 2025, ai sensi dell'art. 10, comma 2, della Legge n. 394/1991;", si),
  Paragraph("3.&nbsp;&nbsp;Parere sull'aggiornamento del Piano pluriennale economico e sociale per la promozione delle attività compatibili – annualità 2026-2028;", si),
  Paragraph("4.&nbsp;&nbsp;Programma degli interventi di prevenzione degli incendi boschivi nei territori comunali del Parco – stagione 2026: intese con i Comuni;", si),
  Paragraph("5.&nbsp;&nbsp;Varie ed eventuali.", si),
  Spacer(1, 3*mm),
  Paragraph("La documentazione relativa ai punti all'ordine del giorno è consultabile presso l'Ufficio Affari Generali e Organi Istituzionali "
            "e sarà trasmessa a mezzo PEC almeno cinque giorni prima della seduta. È ammessa la partecipazione di un delegato munito di atto "
            "di delega scritta. In caso di impedimento si prega di darne tempestiva comunicazione all'indirizzo affarigenerali@epnv.it.", st),
  Paragraph("Distinti saluti.", st),
  Spacer(1, 5*mm),
]
sig = Paragraph("IL PRESIDENTE DELLA COMUNITÀ DEL PARCO<br/>Dott. Raffaele Cimmino", ParagraphStyle("sg", parent=sc, leading=16))
t2 = Table([["", sig]], colWidths=[(W-40*mm)-100*mm, 100*mm])
story += [t2, Spacer(1, 8*mm),
  Paragraph("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. n. 39/1993.", ss),
  Paragraph("Responsabile del procedimento: dott.ssa Anna Sorrentino – tel. 081 8653927", ss)]
doc.build(story)
