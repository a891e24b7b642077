# Galluccio (CE): ReportLab platypus, justified paragraphs (Tw per line), letter-spaced headings (Tc),
# roll as numbered rows with group column and X marks.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
B = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
H = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4)
L = ParagraphStyle("l", parent=H, fontSize=11, charSpace=2.2)
C = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
s = []
s.append(Paragraph("COMUNE DI GALLUCCIO", ParagraphStyle("m", parent=H, fontSize=16, leading=19, charSpace=3)))
s.append(Paragraph("Provincia di Caserta", H))
s.append(Spacer(1, 6))
s.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", L))
s.append(Paragraph("N. 5 / 2026 &nbsp;&nbsp;&nbsp; Sessione ordinaria – seduta pubblica di prima convocazione", H))
s.append(Paragraph("<b>OGGETTO:</b> Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028.", B))
s.append(Paragraph("L'anno duemilaventisei, addì dodici del mese di marzo, alle ore diciassette e minuti trenta, nella sala delle adunanze consiliari del Palazzo municipale, a seguito di invito diramato dal Presidente del Consiglio in data 5 marzo 2026, prot. n. 1377, si è riunito il Consiglio comunale. Fatto l'appello nominale risultano:", B))
rows = [["N.", "Cognome e Nome", "Carica", "Gruppo consiliare", "Pres.", "Ass."],
 ["1", "Zarone Antonio", "Sindaco", "Galluccio nel Cuore", "X", ""],
 ["2", "Lombardi Stefania", "Presidente del Consiglio", "Galluccio nel Cuore", "X", ""],
 ["3", "Verrengia Michele", "Consigliere", "Galluccio nel Cuore", "X", ""],
 ["4", "Cerrone Maria Grazia", "Consigliere", "Galluccio nel Cuore", "X", ""],
 ["5", "Di Siena Luca", "Consigliere", "Galluccio nel Cuore", "", "X"],
 ["6", "Pelliccia Raffaele", "Consigliere", "Galluccio nel Cuore", "X", ""],
 ["7", "Fusco Elvira", "Consigliere", "Galluccio nel Cuore", "X", ""],
 ["8", "Macera Giovanni", "Consigliere", "Galluccio nel Cuore", "X", ""],
 ["9", "Tamburrino Ciro", "Consigliere", "Insieme per Galluccio", "X", ""],
 ["10", "Rossi Angela", "Consigliere", "Insieme per Galluccio", "X", ""],
 ["11", "Palumbo Nicola", "Consigliere", "Insieme per Galluccio", "", "X"]]
t = Table(rows, colWidths=[10*mm, 45*mm, 42*mm, 45*mm, 14*mm, 14*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
  ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (4, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
s.append(t)
s.append(Paragraph("Presenti n. 9 &nbsp; Assenti n. 2", C))
s.append(Spacer(1, 5))
s.append(Paragraph("Assume la presidenza la sig.ra Stefania Lombardi, Presidente del Consiglio comunale, la quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta. Partecipa il Segretario comunale dott. Enrico Iannotta, che cura la redazione del presente verbale.", B))
s.append(Paragraph("IL CONSIGLIO COMUNALE", L))
s.append(Paragraph("PREMESSO che l'art. 151 del D.Lgs. 18 agosto 2000, n. 267 dispone che gli enti locali deliberano il bilancio di previsione finanziario riferito ad almeno un triennio; VISTA la deliberazione della Giunta comunale n. 18 del 20 febbraio 2026 con la quale sono stati approvati lo schema di DUP 2026/2028 e lo schema del bilancio di previsione 2026/2028; VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, acquisito al protocollo in data 27 febbraio 2026; UDITI gli interventi dei consiglieri Tamburrino e Rossi, riportati nel resoconto allegato;", B))
s.append(Paragraph("CON VOTI favorevoli n. 7, contrari n. 2 (Tamburrino, Rossi), astenuti nessuno, espressi in forma palese dai n. 9 consiglieri presenti e votanti;", B))
s.append(Paragraph("DELIBERA", L))
for i, p in enumerate(["di approvare il Documento Unico di Programmazione (DUP) 2026/2028;",
 "di approvare il bilancio di previsione finanziario 2026/2028 nelle risultanze riportate nell'allegato prospetto, che pareggia in € 4.318.226,54 per l'esercizio 2026;",
 "di dare atto che il bilancio rispetta gli equilibri di cui all'art. 162, comma 6, del D.Lgs. 267/2000;",
 "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni."], 1):
    s.append(Paragraph(f"{i}. {p}", B))
s.append(Paragraph("Successivamente, con voti favorevoli n. 7, contrari n. 2 (Tamburrino, Rossi), il Consiglio dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", B))
s.append(Spacer(1, 10))
sg = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO COMUNALE"], ["Stefania Lombardi", "dott. Enrico Iannotta"]], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
s.append(sg)
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=15*mm, bottomMargin=15*mm,
  title="Delibera CC 5/2026", author="Comune di Galluccio")
doc.build(s)
