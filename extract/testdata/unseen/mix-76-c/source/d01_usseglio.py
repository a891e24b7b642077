# Comune di Usseglio (TO): ordinanza of the Polizia Locale laid out as a table with merged cells (reportlab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
out = sys.argv[1]
N = ParagraphStyle("n", fontName="Helvetica", fontSize=9.5, leading=12)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
C = ParagraphStyle("c", parent=B, alignment=1, fontSize=12, leading=15)
P = lambda t, s=N: Paragraph(t, s)
rows = [
 [P("COMUNE DI USSEGLIO<br/><font size=8>Città Metropolitana di Torino</font>", C), "", ""],
 [P("SERVIZIO DI POLIZIA LOCALE", B), P("ORDINANZA", B), P("N. 7/2026 P.L.", B)],
 [P("OGGETTO", B), P("Istituzione del divieto di transito e di sosta sulla strada comunale della Pianasse per lo svolgimento della manifestazione &quot;Corsa in montagna Usseglio – Malciaussia&quot;.", N), ""],
 [P("PREMESSO", B), P("che l'Associazione sportiva dilettantistica Alpi Graie ha chiesto, con nota assunta al prot. n. 611, di poter utilizzare la strada comunale della Pianasse per lo svolgimento della gara podistica in programma; ritenuto necessario garantire la sicurezza dei partecipanti e del pubblico;", N), ""],
 [P("VISTI", B), P("gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione; l'art. 107 del D.Lgs. 267/2000;", N), ""],
 [P("ORDINA", C), "", ""],
 [P("1.", B), P("il divieto di transito a tutti i veicoli sulla strada comunale della Pianasse, dal km 0+000 al km 3+400, dalle ore 8.00 alle ore 13.00 di domenica 12 aprile 2026;", N), ""],
 [P("2.", B), P("il divieto di sosta con rimozione forzata nel piazzale di partenza in frazione Pianetto nella stessa giornata, dalle ore 6.00 alle ore 14.00;", N), ""],
 [P("3.", B), P("che sono esclusi dai divieti i mezzi di soccorso, delle Forze dell'ordine e dell'organizzazione muniti di contrassegno;", N), ""],
 [P("4.", B), P("che l'organizzatore provveda alla posa della segnaletica almeno 48 ore prima dell'inizio dei divieti.", N), ""],
 [P("AVVERTE", B), P("che contro il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione all'Albo pretorio on line.", N), ""],
 [P("Usseglio, addì dodici del mese di marzo duemilaventisei", N), "", P("IL RESPONSABILE DEL SERVIZIO<br/>DI POLIZIA LOCALE<br/>Comm. Davide Girodo", B)],
]
t = Table(rows, colWidths=[95, 300, 110])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"),
 ("SPAN", (0,0), (2,0)), ("SPAN", (0,5), (2,5)), ("BACKGROUND", (0,5), (2,5), colors.HexColor("#dddddd")),
 ("BACKGROUND", (0,1), (2,1), colors.HexColor("#eeeeee"))] + [("SPAN", (1,r), (2,r)) for r in (2,3,4,6,7,8,9,10)] + [("SPAN", (0,11), (1,11))]))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40, title="Ordinanza PL 7/2026", author="Polizia Locale Usseglio")
doc.build([t])
