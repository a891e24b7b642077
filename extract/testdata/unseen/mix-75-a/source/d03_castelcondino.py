# Castel Condino (TN): reportlab platypus; justified paragraphs set Tw, letterhead letter-spaced with Tc
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
out = sys.argv[1]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
def head(c, d):
    c.saveState()
    t = c.beginText(); t.setTextOrigin(A4[0]/2 - 80*mm/1.25, A4[1]-22*mm); t.setFont("Times-Bold", 16); t.setCharSpace(2.5)
    t.textLine("COMUNE DI CASTEL CONDINO"); c.drawText(t)
    t = c.beginText(); t.setTextOrigin(A4[0]/2 - 36*mm, A4[1]-28*mm); t.setFont("Times-Italic", 10); t.setCharSpace(0.8)
    t.textLine("Provincia autonoma di Trento"); c.drawText(t)
    c.line(20*mm, A4[1]-31*mm, A4[0]-20*mm, A4[1]-31*mm)
    c.setFont("Times-Roman", 8); c.drawCentredString(A4[0]/2, 12*mm, "Deliberazione del Consiglio comunale n. 4 di data 30 gennaio 2026 – pag. %d" % d.page)
    c.restoreState()
S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE N. 4<br/>DEL CONSIGLIO COMUNALE", C))
S.append(Paragraph("<b>OGGETTO:</b> Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.", J))
S.append(Paragraph("L'anno duemilaventisei addì trenta del mese di gennaio alle ore 20:00 nella sala consiliare, a seguito di regolari avvisi recapitati a termini di legge, si è convocato il Consiglio comunale in seduta pubblica. Consiglieri assegnati n. 13, in carica n. 13. Risultano:", J))
rows = [["Cognome e nome", "Carica", "Presenza"],
 ["FRIZZI Mattia", "Presidente del Consiglio", "presente"],
 ["BAZZOLI Giorgio", "Sindaco", "presente"],
 ["SALVADORI Erica", "Consigliere", "presente"],
 ["LUCCHINI Pietro", "Consigliere", "collegato da remoto"],
 ["ARMANI Nadia", "Consigliere", "presente"],
 ["TAMANINI Diego", "Consigliere", "assente giustificato"],
 ["POLLA Francesca", "Consigliere", "presente"],
 ["BONENTI Luca", "Consigliere", "presente"],
 ["MELZANI Sonia", "Consigliere", "collegato da remoto"],
 ["RIGOTTI Emanuele", "Consigliere", "presente"],
 ["GIRARDINI Alba", "Consigliere", "assente"],
 ["ZANETTI Omar", "Consigliere", "presente"],
 ["DALPONTE Irene", "Consigliere", "presente"]]
t = Table(rows, colWidths=[60*mm, 50*mm, 45*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Times-Roman", 10), ("FONT", (0,0), (-1,0), "Times-Bold", 10),
  ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e6e6e6"))]))
S += [t, Spacer(1, 5)]
S.append(Paragraph("Assiste e verbalizza il Segretario comunale dott. Renzo Bertolini. Riconosciuto legale il numero degli intervenuti, il sig. Mattia Frizzi, nella sua qualità di Presidente del Consiglio, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.", J))
S.append(Paragraph("IL CONSIGLIO COMUNALE", C))
S.append(Paragraph("Visto il decreto legislativo 23 giugno 2011, n. 118 e la legge provinciale 9 dicembre 2015, n. 18; esaminati lo schema di bilancio e il DUP approvati dalla Giunta comunale con deliberazione n. 2 del 12 gennaio 2026; acquisito il parere favorevole del Revisore dei conti; acquisiti i pareri di regolarità tecnica e contabile ai sensi dell'art. 185 del Codice degli enti locali della Regione Trentino-Alto Adige (L.R. 3 maggio 2018, n. 2); con votazione espressa per alzata di mano e, per i consiglieri collegati da remoto, per dichiarazione vocale, che dà il seguente esito:", J))
v = Table([["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"], ["11", "11", "9", "2", "0"]], colWidths=[25*mm]*5)
v.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Times-Roman", 10), ("GRID", (0,0), (-1,-1), 0.4, colors.black), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S += [v, Spacer(1, 5), Paragraph("d e l i b e r a", C)]
for n, s in enumerate(["di approvare il Documento Unico di Programmazione (DUP) 2026-2028 nel testo allegato;",
  "di approvare il bilancio di previsione finanziario 2026-2028 e i relativi allegati;",
  "di trasmettere i dati del bilancio alla Banca dati delle amministrazioni pubbliche (BDAP);",
  "di dare atto che, ai sensi dell'art. 183, comma 5, della L.R. 2/2018, avverso la presente deliberazione sono ammessi opposizione alla Giunta comunale e ricorso al T.R.G.A. di Trento."], 1):
    S.append(Paragraph("%d. %s" % (n, s), J))
S.append(Paragraph("La presente deliberazione, stante l'urgenza, con voti favorevoli 9, contrari 2, astenuti 0, è dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2.", J))
sig = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO COMUNALE"], ["Mattia Frizzi", "dott. Renzo Bertolini"]], colWidths=[80*mm, 80*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Times-Roman", 10), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S += [Spacer(1, 12), sig]
SimpleDocTemplate(out, pagesize=A4, topMargin=36*mm, bottomMargin=20*mm, leftMargin=22*mm, rightMargin=22*mm,
  title="Deliberazione CC 4/2026").build(S, onFirstPage=head, onLaterPages=head)
