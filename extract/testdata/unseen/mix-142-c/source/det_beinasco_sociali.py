#!/usr/bin/env python3
"""Beinasco (Sicraweb-like): determinazione of the Settore Servizi alla Persona, ReportLab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

out = sys.argv[1]
base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
bold = ParagraphStyle("bo", parent=base, fontName="Helvetica-Bold")
item = ParagraphStyle("i", parent=base, leftIndent=16, firstLineIndent=-16)

def head(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(20*mm, 285*mm, "Comune di Beinasco - Settore Servizi alla Persona")
    c.drawRightString(190*mm, 285*mm, "Det. Reg. Gen. n. 17 del 11/01/2029 - Reg. Sett. n. 2")
    c.setLineWidth(0.4); c.line(20*mm, 283.5*mm, 190*mm, 283.5*mm)
    c.drawCentredString(105*mm, 12*mm, "Pagina %d" % d.page)
    c.restoreState()

def first(c, d):
    head(c, d)

story = []
story.append(Paragraph('<font size="16"><b>COMUNE DI BEINASCO</b></font>', cen))
story.append(Paragraph("Città Metropolitana di Torino", cen))
story.append(Paragraph('<font size="8.5">Piazza Vittorio Alfieri n. 7 - 10092 Beinasco (TO) - www.comune.beinasco.to.it</font>', cen))
story.append(Spacer(1, 6))
t = Table([["DETERMINAZIONE DEL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA"]], colWidths=[170*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica-Bold", 11), ("ALIGN", (0,0), (-1,-1), "CENTER"),
                       ("LINEABOVE", (0,0), (-1,0), 1, colors.black), ("LINEBELOW", (0,0), (-1,0), 1, colors.black),
                       ("TOPPADDING", (0,0), (-1,-1), 5), ("BOTTOMPADDING", (0,0), (-1,-1), 5)]))
story.append(t); story.append(Spacer(1, 6))
n = Table([["Reg. Generale n.", "17", "data", "11/01/2029"],
           ["Reg. Settore n.", "2", "data", "10/01/2029"],
           ["Proposta n.", "26", "data", "09/01/2029"]], colWidths=[35*mm, 25*mm, 15*mm, 30*mm], hAlign="LEFT")
n.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 9.5), ("FONT", (1,0), (1,-1), "Helvetica-Bold", 9.5),
                       ("FONT", (3,0), (3,-1), "Helvetica-Bold", 9.5), ("GRID", (0,0), (-1,-1), 0.4, colors.grey)]))
story.append(n); story.append(Spacer(1, 10))
o = Table([[Paragraph("<b>OGGETTO:</b>", base),
            Paragraph("<b>CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - FONDO COMUNALE MOROSITÀ INCOLPEVOLE - IMPEGNO DI SPESA E LIQUIDAZIONE PRIMO ELENCO BENEFICIARI ANNO 2029</b>", base)]],
          colWidths=[24*mm, 146*mm])
o.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("BOX", (0,0), (-1,-1), 0.6, colors.black)]))
story.append(o); story.append(Spacer(1, 10))
story.append(Paragraph("<b>IL RESPONSABILE DEL SETTORE</b>", cen))
for s in [
 "Premesso che con deliberazione della Giunta Comunale n. 142 del 05/12/2028 sono stati approvati i criteri per l'erogazione di contributi economici straordinari a nuclei familiari residenti in condizione di morosità incolpevole nel pagamento del canone di locazione;",
 "Visto l'avviso pubblico approvato con propria determinazione Reg. Gen. n. 1021 del 12/12/2028, rimasto aperto fino al 31/12/2028, e dato atto che entro il termine sono pervenute n. 11 domande;",
 "Vista la relazione istruttoria del Servizio Politiche Sociali e Abitative, dalla quale risulta che n. 7 domande sono ammissibili e finanziabili per un importo complessivo di € 14.350,00, mentre per le restanti n. 4 domande è necessaria l'integrazione documentale richiesta ai richiedenti;",
 "Ritenuto di procedere all'impegno della spesa e alla liquidazione del primo elenco dei beneficiari, i cui nominativi sono riportati in un allegato non soggetto a pubblicazione ai sensi dell'art. 26, comma 4, del D.Lgs. 33/2013;",
 "Visti il D.Lgs. 267/2000, il vigente Regolamento di contabilità e il decreto sindacale n. 29 del 28/12/2028 di conferimento dell'incarico;"]:
    story.append(Paragraph(s, base))
story.append(Spacer(1, 4))
story.append(Paragraph("<b>D E T E R M I N A</b>", cen))
for i, s in enumerate([
 "di approvare il primo elenco dei beneficiari del contributo per morosità incolpevole anno 2029, composto da n. 7 nuclei familiari, come da allegato A conservato agli atti del Servizio Politiche Sociali e Abitative;",
 "di impegnare la somma complessiva di € 14.350,00 al capitolo 12060/1 \"Contributi per il sostegno all'abitazione\" del bilancio 2029-2031, esercizio 2029;",
 "di liquidare a ciascun beneficiario l'importo indicato nell'allegato A, mediante pagamento diretto al locatore, secondo quanto previsto dai criteri approvati;",
 "di rinviare a successivo provvedimento la definizione delle n. 4 domande in attesa di integrazione;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente, sottosezione Sovvenzioni, contributi, sussidi, vantaggi economici."], 1):
    story.append(Paragraph("%d. %s" % (i, s), item))
story.append(Spacer(1, 18))
sig = Table([["", "SETTORE SERVIZI ALLA PERSONA"], ["", "Servizio Politiche Sociali e Abitative"], ["", "IL RESPONSABILE"],
             ["", "Dott. Stefano Ferrero"], ["", "(firmato digitalmente)"]], colWidths=[90*mm, 80*mm])
sig.setStyle(TableStyle([("ALIGN", (1,0), (1,-1), "CENTER"), ("FONT", (1,0), (1,0), "Helvetica-Bold", 9.5),
                         ("FONT", (1,1), (1,1), "Helvetica", 9.5), ("FONT", (1,2), (1,2), "Helvetica-Bold", 9.5),
                         ("FONT", (1,3), (1,3), "Helvetica-Oblique", 10), ("FONT", (1,4), (1,4), "Helvetica", 7.5)]))
story.append(KeepTogether(sig))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=20*mm,
                        title="Determinazione n. 17/2029", author="Comune di Beinasco")
doc.build(story, onFirstPage=first, onLaterPages=head)
