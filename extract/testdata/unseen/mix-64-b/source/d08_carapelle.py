# Comune di Carapelle (FG): Consiglio comunale deliberation (ReportLab platypus). Justified
# paragraphs set Tw on every line; date in words; roll in two side-by-side column groups;
# running head repeated on every page.
import sys
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
out = sys.argv[1]; W, H = A4
def page(c, d):
    c.saveState(); c.setFont("Times-Bold", 14); c.drawCentredString(W/2, H-48, "COMUNE DI CARAPELLE")
    c.setFont("Times-Roman", 9); c.drawCentredString(W/2, H-60, "Provincia di Foggia")
    c.setFont("Times-Italic", 8.5); c.drawString(60, H-76, "Deliberazione del Consiglio Comunale n. 14 del 11/05/2026")
    c.drawRightString(W-60, H-76, "Pagina %d" % d.page); c.line(60, H-80, W-60, H-80)
    c.setFont("Times-Roman", 7.5); c.drawCentredString(W/2, 28, "Piazza Aldo Moro, 1 – 71041 Carapelle (FG) – protocollo.carapelle@pec.it"); c.restoreState()
doc = BaseDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=92, bottomMargin=50, title="Delibera C.C. 14/2026", author="Comune di Carapelle", creator="Sipal Atti - Stampa verbali")
doc.addPageTemplates([PageTemplate("p", [Frame(60, 50, W-120, H-142, id="f")], onPage=page)])
b = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
c = ParagraphStyle("c", parent=b, fontName="Times-Bold", alignment=TA_CENTER, spaceBefore=4)
P = lambda s, st=b: Paragraph(s, st)
S = [P("<font size=13>DELIBERAZIONE DEL CONSIGLIO COMUNALE</font>", c), P("N. 14 del 11/05/2026", c),
 P("Sessione ordinaria – Seduta pubblica di prima convocazione", ParagraphStyle("i", parent=c, fontName="Times-Italic")), Spacer(1, 4),
 Table([[P("<b>OGGETTO:</b>"), P("<b>Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025 ai sensi dell'art. 227 del D.Lgs. 267/2000.</b>")]], colWidths=[78, W-198],
       style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])), Spacer(1, 8),
 P("L'anno duemilaventisei, addì undici del mese di maggio, alle ore 18,30, nella sala consiliare della sede municipale, a seguito di avviso di convocazione prot. n. 4107 del 05/05/2026, regolarmente notificato ai Consiglieri, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione. Fatto l'appello nominale, risultano:")]
roll = [("De Vito Antonio", "Sindaco", "P"), ("Russo Michele", "Consigliere", "P"), ("Tricarico Lucia", "Consigliere", "P"), ("Ciuffreda Matteo", "Consigliere", "P"),
 ("Lombardi Rosa", "Consigliere", "A"), ("Palumbo Giuseppe", "Consigliere", "P"), ("Di Pumpo Carmela", "Consigliere", "P"),
 ("Mazzeo Francesco", "Consigliere", "P"), ("Ventura Nicola", "Consigliere", "A"), ("Curci Anna Maria", "Consigliere", "P"), ("Fiore Leonardo", "Consigliere", "P"),
 ("Capobianco Vito", "Consigliere", "P"), ("Marinelli Sara", "Consigliere", "P")]
left, right = roll[:7], roll[7:] + [("", "", "")]
data = [["", "Cognome e nome", "Carica", "P/A", "", "Cognome e nome", "Carica", "P/A"]]
for i, (l, r) in enumerate(zip(left, right)):
    data.append([str(i+1), l[0], l[1], l[2], str(i+8) if r[0] else "", r[0], r[1], r[2]])
S += [Table(data, colWidths=[16, 96, 62, 26, 16, 96, 62, 26], style=TableStyle([
   ("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5), ("GRID", (0, 0), (3, -1), 0.4, "black"), ("GRID", (4, 0), (7, -2), 0.4, "black"),
   ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (7, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"), ("BACKGROUND", (4, -1), (7, -1), "white")])),
 Spacer(1, 6),
 P("Presenti n. 11 – Assenti n. 2 (Lombardi Rosa e Ventura Nicola, assenti giustificati)."),
 P("Presiede la seduta il Presidente del Consiglio Comunale, Consigliere Mazzeo Francesco. Partecipa il Segretario Generale Dott. Raffaele Cascavilla, che provvede alla redazione del presente verbale. Il Presidente, riconosciuta la validità dell'adunanza, invita il Consiglio a trattare l'argomento in oggetto, iscritto al punto 2 dell'ordine del giorno."),
 P("IL CONSIGLIO COMUNALE", c),
 P("Premesso che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267, prevede che il rendiconto della gestione sia deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo a quello cui si riferisce, e che con nota della Prefettura di Foggia prot. n. 31877 del 02/05/2026 è stata diffidata l'approvazione entro venti giorni;"),
 P("Vista la deliberazione della Giunta Comunale n. 48 del 17/04/2026, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2025 e la relazione illustrativa di cui all'art. 151, comma 6, del D.Lgs. 267/2000;"),
 P("Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 3988 del 29/04/2026, con la quale si esprime parere favorevole all'approvazione del rendiconto;"),
 P("Dato atto che il rendiconto chiude con un risultato di amministrazione di € 1.742.306,58, di cui parte disponibile pari a € 96.214,03, e che il conto del tesoriere concorda con le scritture contabili dell'Ente;"),
 P("Uditi gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta conservato agli atti;"),
 P("Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile del Settore Economico Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;"),
 P("Con voti favorevoli n. 8, contrari n. 3 (Curci, Fiore, Capobianco), astenuti nessuno, espressi per alzata di mano dagli 11 Consiglieri presenti e votanti,"),
 P("DELIBERA", c),
 P("1) di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti dall'art. 11, comma 4, del D.Lgs. 118/2011;"),
 P("2) di accertare il risultato di amministrazione al 31/12/2025 in € 1.742.306,58, distinto nelle quote accantonate, vincolate, destinate agli investimenti e disponibili come da prospetto allegato;"),
 P("3) di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri di cui al D.M. 4 agosto 2023;"),
 P("4) di trasmettere il rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."),
 P("Successivamente, con separata votazione, con voti favorevoli n. 8 e contrari n. 3, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."), Spacer(1, 10),
 KeepTogether([P("Letto, approvato e sottoscritto."),
 Table([[P("IL PRESIDENTE DEL CONSIGLIO<br/>Francesco Mazzeo", c), P("IL SEGRETARIO GENERALE<br/>Dott. Raffaele Cascavilla", c)]], colWidths=[(W-120)/2]*2)])]
doc.build(S)
