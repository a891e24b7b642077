#!/usr/bin/env python3
"""Caselle Torinese, Consiglio Comunale n. 3 del 29/01/2029: ReportLab platypus,
Sicraweb-like model with the seduta's data (president, secretary) in a box of
the header and the roll in two halves side by side."""
import sys
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

out = sys.argv[1]
B = ParagraphStyle("b", fontName="Helvetica", fontSize=9.8, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
BB = ParagraphStyle("bb", parent=B, fontName="Helvetica-Bold")
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6, spaceAfter=6)
S = ParagraphStyle("s", parent=B, fontSize=8.8, leading=11, spaceAfter=0)
SB = ParagraphStyle("sb", parent=S, fontName="Helvetica-Bold")


def letterhead(c, doc):
    c.saveState()
    w, h = A4
    x, y = 20 * mm, h - 14 * mm
    p = c.beginPath()
    p.moveTo(x, y); p.lineTo(x + 13 * mm, y); p.lineTo(x + 13 * mm, y - 9 * mm)
    p.curveTo(x + 13 * mm, y - 14 * mm, x + 8 * mm, y - 16 * mm, x + 6.5 * mm, y - 17 * mm)
    p.curveTo(x + 5 * mm, y - 16 * mm, x, y - 14 * mm, x, y - 9 * mm); p.close()
    c.setLineWidth(1.4); c.drawPath(p)
    c.line(x, y - 5 * mm, x + 13 * mm, y - 5 * mm)
    c.circle(x + 6.5 * mm, y - 10 * mm, 2.3 * mm)
    c.setFont("Helvetica-Bold", 15.5)
    c.drawString(x + 18 * mm, y - 7 * mm, "COMUNE DI CASELLE TORINESE")
    c.setFont("Helvetica", 9.5)
    c.drawString(x + 18 * mm, y - 12 * mm, "Città Metropolitana di Torino")
    c.setLineWidth(1.2)
    c.line(20 * mm, y - 19 * mm, w - 18 * mm, y - 19 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 11 * mm, "Deliberazione del Consiglio Comunale n. 3 del 29/01/2029")
    c.drawRightString(w - 18 * mm, 11 * mm, "Pag. %d" % doc.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=38 * mm,
                        bottomMargin=20 * mm, title="Deliberazione C.C. n. 3 del 29/01/2029",
                        author="Comune di Caselle Torinese", creator="Sicraweb - Atti Amministrativi")
st = []
st.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3", ParagraphStyle("t", parent=C, fontSize=12.5)))
box = Table([
    [Paragraph("Data seduta:", SB), Paragraph("29/01/2029", S), Paragraph("Ora:", SB), Paragraph("20:45", S)],
    [Paragraph("Sessione:", SB), Paragraph("straordinaria", S), Paragraph("Convocazione:", SB), Paragraph("prima – seduta pubblica", S)],
    [Paragraph("Presidente:", SB), Paragraph("AIMONE ing. Stefano – Vice Presidente del Consiglio", S), "", ""],
    [Paragraph("Segretario:", SB), Paragraph("PASTORE dott.ssa Giovanna – Segretario Generale supplente", S), "", ""],
], colWidths=[26 * mm, 68 * mm, 28 * mm, 50 * mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black), ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)),
                         ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                         ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
st += [box, Spacer(1, 6)]
ogg = Table([[Paragraph("OGGETTO:", BB), Paragraph("APPROVAZIONE DELL'AGGIORNAMENTO DEL PIANO COMUNALE DI PROTEZIONE CIVILE", BB)]],
            colWidths=[25 * mm, 147 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
st += [ogg, Spacer(1, 8)]
st.append(Paragraph(
    "L'anno duemilaventinove, addì ventinove del mese di gennaio, alle ore 20:45, nella sala consiliare del "
    "Palazzo Municipale, convocato con avviso prot. n. 1684 del 23/01/2029 regolarmente notificato, si è riunito "
    "il Consiglio Comunale in sessione straordinaria. Presiede il Vice Presidente, in assenza del Presidente del "
    "Consiglio Comunale. Fatto l'appello nominale risultano:", B))
left = [("1", "BOSIO Giuliano", True), ("2", "CRAVERO Elena", False), ("3", "AIMONE Stefano", True),
        ("4", "PERINO Marta", True), ("5", "ACTIS Daniele", True), ("6", "GILI Roberta", True),
        ("7", "RUBATTO Franco", True), ("8", "VOTTERO Silvia", True), ("9", "CHIARLE Matteo", False)]
right = [("10", "BERTOLOTTO Anna Maria", True), ("11", "ROGGERO Paolo", True), ("12", "FERRERO Luisa", True),
         ("13", "MUSSO Claudio", True), ("14", "ALLASIA Giorgio", True), ("15", "BONINO Valentina", False),
         ("16", "ROLLE Enrico", True), ("17", "CERUTTI Davide", True), ("", "", None)]
rows = [["", "Consiglieri", "Pres.", "Ass.", "", "Consiglieri", "Pres.", "Ass."]]
for a, b in zip(left, right):
    row = []
    for n, name, p in (a, b):
        row += [n, name, "" if p is None else ("SI" if p else ""), "" if p is None else ("" if p else "SI")]
    rows.append(row)
roll = Table(rows, colWidths=[7 * mm, 48 * mm, 12 * mm, 12 * mm, 7 * mm, 48 * mm, 12 * mm, 12 * mm])
roll.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.8),
                          ("GRID", (0, 0), (3, -1), 0.4, colors.grey), ("GRID", (4, 0), (7, -2), 0.4, colors.grey),
                          ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (6, 0), (7, -1), "CENTER"),
                          ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT"),
                          ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
st += [roll, Spacer(1, 4), Paragraph("<b>Presenti n. 14 &nbsp;&nbsp;&nbsp; Assenti n. 3</b>", B), Spacer(1, 4)]
st.append(Paragraph(
    "Il Vice Presidente, accertato il numero legale, dichiara aperta la seduta e pone in discussione l'argomento "
    "iscritto al punto n. 2 dell'ordine del giorno. Partecipa alla seduta il Segretario Generale supplente, che "
    "provvede alla redazione del verbale.", B))
st.append(Paragraph("IL CONSIGLIO COMUNALE", C))
for s in [
    "Premesso che il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) attribuisce ai Comuni, all'art. 12, "
    "la predisposizione e l'aggiornamento periodico del piano di protezione civile, da approvarsi con deliberazione "
    "consiliare;",
    "Richiamata la propria deliberazione n. 41 del 27/09/2021, con la quale è stato approvato il vigente Piano "
    "comunale di protezione civile;",
    "Considerato che si rende necessario aggiornare il Piano per tenere conto della nuova perimetrazione delle aree "
    "di attesa e di accoglienza, degli scenari di rischio connessi al torrente Stura e all'attività aeroportuale, "
    "nonché della rubrica dei referenti delle funzioni di supporto del Centro Operativo Comunale;",
    "Visto l'elaborato di aggiornamento predisposto dall'Area Tecnica - Servizio Protezione Civile, composto da "
    "relazione generale, cartografia e schede operative, esaminato favorevolmente dalla II Commissione Consiliare "
    "Permanente nella seduta del 22/01/2029;",
    "Acquisito il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, "
    "n. 267 dal Responsabile dell'Area Tecnica, e dato atto che il presente provvedimento non comporta riflessi "
    "diretti sulla situazione economico-finanziaria dell'Ente;",
    "Con voti unanimi favorevoli n. 14, espressi per alzata di mano dai n. 14 Consiglieri presenti e votanti,",
]:
    st.append(Paragraph(s, B))
st.append(Paragraph("DELIBERA", C))
for s in [
    "1) di approvare l'aggiornamento del Piano comunale di protezione civile, costituito dagli elaborati elencati in "
    "premessa, depositati agli atti dell'Area Tecnica, che sostituisce integralmente il Piano approvato con "
    "deliberazione consiliare n. 41 del 27/09/2021;",
    "2) di disporre la trasmissione del Piano aggiornato alla Regione Piemonte, alla Prefettura di Torino e alla "
    "Città Metropolitana di Torino, nonché la sua pubblicazione nella sezione Amministrazione Trasparente del sito "
    "istituzionale.",
]:
    st.append(Paragraph(s, ParagraphStyle("li", parent=B, leftIndent=14, firstLineIndent=-14)))
st.append(Spacer(1, 10))
sig = Table([["Letto, confermato e sottoscritto.", ""],
             ["IL VICE PRESIDENTE", "IL SEGRETARIO GENERALE SUPPLENTE"],
             ["f.to ing. Stefano Aimone", "f.to dott.ssa Giovanna Pastore"]], colWidths=[86 * mm, 86 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                         ("SPAN", (0, 0), (1, 0)), ("TOPPADDING", (0, 1), (-1, 1), 10)]))
st.append(KeepTogether([sig]))
st.append(Spacer(1, 14))
st.append(Paragraph(
    "<font size=8>Documento informatico firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e norme collegate; "
    "il presente verbale è pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.</font>", B))
doc.build(st, onFirstPage=letterhead, onLaterPages=letterhead)
