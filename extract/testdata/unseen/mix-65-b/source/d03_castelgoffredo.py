# Comune di Castel Goffredo: Consiglio comunale deliberation; the roll is a platypus Table that splits
# over pages 1 and 2 (header row repeated); running head and foot on every page (reportlab)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
N = ParagraphStyle("n", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
Cc = ParagraphStyle("c", parent=N, alignment=TA_CENTER, fontName="Times-Bold", spaceBefore=4)
H = ParagraphStyle("h", parent=N, alignment=TA_CENTER, fontName="Times-Bold", fontSize=15, leading=19)
def page(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20*mm, 287*mm, "Comune di Castel Goffredo (MN) – Deliberazione del Consiglio comunale")
    c.drawRightString(190*mm, 287*mm, "Pag. %d" % doc.page)
    c.line(20*mm, 285.5*mm, 190*mm, 285.5*mm)
    c.setFont("Times-Roman", 8)
    c.drawCentredString(105*mm, 10*mm, "Piazza Mazzini 1 – 46042 Castel Goffredo (MN) – www.comune.castelgoffredo.mn.it")
    c.restoreState()
S = []
S += [Paragraph("COMUNE DI CASTEL GOFFREDO", H), Paragraph("Provincia di Mantova", ParagraphStyle("p", parent=N, alignment=TA_CENTER)), Spacer(1, 6)]
S += [Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", Cc),
      Paragraph("N. 9 del 27/03/2026", Cc), Spacer(1, 4),
      Paragraph("Adunanza ordinaria di prima convocazione – seduta pubblica", ParagraphStyle("i", parent=N, alignment=TA_CENTER, fontName="Times-Italic")), Spacer(1, 6)]
t = Table([[Paragraph("<b>OGGETTO:</b> APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO INTEGRATO DI GESTIONE DEI RIFIUTI E DELLE TARIFFE TARI PER L'ANNO 2026.", N)]], colWidths=[170*mm])
t.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("TOPPADDING", (0,0), (-1,-1), 6)]))
S += [t, Spacer(1, 8)]
S.append(Paragraph("L'anno duemilaventisei, addì ventisette del mese di marzo alle ore 20:45, nella sala consiliare del Palazzo municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati convocati a seduta i componenti del Consiglio comunale. Il Consiglio è stato convocato dalla Presidente del Consiglio comunale con avviso prot. n. 5120 del 20/03/2026, notificato a ciascun consigliere nei termini di regolamento e pubblicato all'Albo pretorio on line.", N))
S.append(Paragraph("Il Presidente, prima di procedere all'appello, ricorda che la seduta è trasmessa in diretta sul canale istituzionale dell'Ente e che le registrazioni audio-video costituiscono parte integrante del verbale ai sensi dell'articolo 58 del Regolamento del Consiglio comunale. Ricorda altresì che i consiglieri collegati in videoconferenza sono considerati presenti ove siano assicurate l'identificazione e la partecipazione alla discussione e al voto.", N))
S.append(Paragraph("Prima dell'appello il Presidente comunica che, con nota acquisita al protocollo n. 5388 del 26/03/2026, il consigliere Lodigiani ha giustificato la propria assenza per motivi di lavoro, e che analoghe comunicazioni sono pervenute dai consiglieri Bresciani e Rossini. Comunica inoltre che all'ordine del giorno della seduta sono iscritti sei punti e che l'argomento in oggetto è trattato per primo su richiesta della Giunta comunale, stante la scadenza del 30 aprile 2026 fissata dalla legge per l'approvazione delle tariffe.", N))
S.append(Paragraph("All'appello nominale risultano:", N))
roll = [("Bignotti Davide", "Sindaco", "P"), ("Bertoni Paola", "Presidente del Consiglio", "P"), ("Zanetti Marco", "Consigliere", "P"),
 ("Ferrari Alessandra", "Consigliere", "P"), ("Lodigiani Stefano", "Consigliere", "A"), ("Azzini Monica", "Consigliere", "P"),
 ("Morandi Luca", "Consigliere", "P"), ("Tosi Federica", "Consigliere", "P"), ("Gandolfi Andrea", "Consigliere", "P"),
 ("Bresciani Elena", "Consigliere", "A"), ("Pezzini Roberto", "Consigliere", "P"), ("Malavasi Giulia", "Consigliere", "P"),
 ("Cavalli Enrico", "Consigliere", "P"), ("Rossini Laura", "Consigliere", "A"), ("Mantovani Paolo", "Consigliere", "P"),
 ("Soldi Chiara", "Consigliere", "P"), ("Guarneri Matteo", "Consigliere", "P")]
data = [["N.", "Cognome e nome", "Carica", "Presente", "Assente"]]
for i, (n, r, p) in enumerate(roll, 1):
    data.append([str(i), n, r, "X" if p == "P" else "", "X" if p == "A" else ""])
rt = Table(data, colWidths=[12*mm, 58*mm, 52*mm, 24*mm, 24*mm], repeatRows=1)
rt.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.black), ("FONT", (0,0), (-1,0), "Times-Bold", 10.5),
  ("FONT", (0,1), (-1,-1), "Times-Roman", 10.5), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e3e3e3")),
  ("ALIGN", (3,0), (-1,-1), "CENTER"), ("TOPPADDING", (0,0), (-1,-1), 3.5), ("BOTTOMPADDING", (0,0), (-1,-1), 3.5), ("ALIGN", (0,0), (0,-1), "CENTER")]))
S += [rt, Spacer(1, 6)]
S.append(Paragraph("Presenti n. 14 – Assenti n. 3 (Lodigiani, Bresciani e Rossini, assenti giustificati).", N))
S.append(Paragraph("Partecipa alla seduta il Segretario generale dott. Giuseppe Ferrari, il quale provvede alla redazione del presente verbale.", N))
S.append(Paragraph("Essendo legale il numero degli intervenuti, la sig.ra Paola Bertoni, nella sua qualità di Presidente del Consiglio comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'argomento indicato in oggetto.", N))
S.append(Paragraph("IL CONSIGLIO COMUNALE", Cc))
for t in ["<b>Premesso</b> che l'articolo 1, comma 683, della legge 27 dicembre 2013, n. 147, dispone che il Consiglio comunale approvi le tariffe della TARI in conformità al piano economico finanziario del servizio di gestione dei rifiuti urbani;",
 "<b>Vista</b> la deliberazione ARERA n. 389/2025/R/rif, recante il metodo tariffario rifiuti per il terzo periodo regolatorio;",
 "<b>Visto</b> il piano economico finanziario 2026 validato dall'Ente territorialmente competente, che espone costi complessivi per euro 1.684.220,00;",
 "<b>Udita</b> la relazione dell'Assessore al bilancio e gli interventi dei consiglieri Zanetti, Cavalli e Guarneri, come da registrazione agli atti;",
 "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile e il parere del Revisore dei conti;",
 "Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, astenuti n. 1 (Soldi), voti favorevoli n. 10, voti contrari n. 3 (Cavalli, Mantovani, Guarneri),"]:
    S.append(Paragraph(t, N))
S.append(Paragraph("DELIBERA", Cc))
S.append(Paragraph("1) di approvare il piano economico finanziario del servizio integrato di gestione dei rifiuti per l'anno 2026, allegato alla presente quale parte integrante e sostanziale (Allegato A);", N))
S.append(Paragraph("2) di approvare per l'anno 2026 le tariffe TARI per le utenze domestiche e non domestiche come indicate nell'Allegato B, stabilendo il pagamento in tre rate scadenti il 31 maggio, il 30 settembre e il 2 dicembre 2026.", N))
S.append(Paragraph("Successivamente, con separata votazione dall'esito identico, il Consiglio comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'articolo 134, comma 4, del D.Lgs. n. 267/2000.", N))
S.append(Spacer(1, 14))
sig = Table([["LA PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"], ["Paola Bertoni", "dott. Giuseppe Ferrari"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Times-Bold", 10), ("FONT", (0,1), (-1,1), "Times-Roman", 10.5), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(sig)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=18*mm,
    title="Deliberazione C.C. n. 9/2026", author="Comune di Castel Goffredo")
doc.build(S, onFirstPage=page, onLaterPages=page)
