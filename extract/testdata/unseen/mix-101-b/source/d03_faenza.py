# Faenza: reportlab platypus, justified paragraphs (word spacing set with Tw on every line), letterhead and
# running head drawn on every page with character spacing (Tc); roll as a two-pair table; minute over three pages.
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import FAENZA
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
W, H = A4
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=16.2, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
def page(c, doc):
    c.saveState()
    t = c.beginText(W/2 - 120, H - 42); t.setFont("Times-Bold", 14); t.setCharSpace(2.2); t.textLine("COMUNE DI FAENZA"); c.drawText(t)
    t = c.beginText(W/2 - 105, H - 56); t.setFont("Times-Roman", 8.5); t.setCharSpace(0.8); t.textLine("Provincia di Ravenna – Piazza del Popolo, 31"); c.drawText(t)
    c.setLineWidth(0.6); c.line(60, H - 64, W - 60, H - 64)
    c.setFont("Helvetica", 7.5)
    c.drawString(60, 30, "Comune di Faenza – Consiglio Comunale – deliberazione n. 19 del 26/03/2026")
    c.drawRightString(W - 60, 30, "pag. %d di 3" % doc.page)
    c.restoreState()
P = lambda s, st=body: Paragraph(s, st)
half = (len(FAENZA) + 1) // 2
L, R = FAENZA[:half], FAENZA[half:]
data = [["Consigliere", "Carica", "P/A", "Consigliere", "Carica", "P/A"]]
for i in range(half):
    a = L[i]; b = R[i] if i < len(R) else ("", "", None)
    data.append([a[0], a[1], "P" if a[2] else "A", b[0], b[1], "" if b[2] is None else ("P" if b[2] else "A")])
roll = Table(data, colWidths=[92, 110, 22, 92, 110, 22])
roll.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Times-Roman", 9.5), ("FONT", (0,0), (-1,0), "Times-Bold", 9.5),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("ALIGN", (2,0), (2,-1), "CENTER"), ("ALIGN", (5,0), (5,-1), "CENTER"),
    ("LINEAFTER", (2,0), (2,-1), 1.4, colors.black)]))
prem = ("Premesso che il bilancio di previsione finanziario 2026-2028 è stato approvato con deliberazione consiliare n. 88 del 18/12/2025, "
        "dichiarata immediatamente eseguibile, e che il rendiconto della gestione 2025 è in corso di predisposizione; che il Settore Finanziario "
        "ha accertato, sulla base del preconsuntivo, un avanzo di amministrazione presunto la cui quota vincolata può essere applicata ai sensi "
        "dell'art. 187, comma 3-quater, del D.Lgs. 267/2000; che i Settori Lavori Pubblici, Servizi alla Comunità e Cultura hanno segnalato "
        "maggiori esigenze di spesa, in particolare per la manutenzione straordinaria degli edifici scolastici colpiti dagli eventi alluvionali, "
        "per il trasporto scolastico degli alunni con disabilità e per la stagione espositiva del Museo Internazionale delle Ceramiche.")
story = [Spacer(1, 18), P("<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", ctr), P("Seduta pubblica di prima convocazione", ctr), Spacer(1, 6),
 P("<b>Deliberazione n. 19</b>"),
 P("<b>OGGETTO:</b> Bilancio di previsione 2026-2028: variazione ai sensi dell'art. 175 del D.Lgs. 267/2000 e applicazione di quota dell'avanzo di amministrazione vincolato."),
 P("L'anno duemilaventisei, addì ventisei del mese di marzo, alle ore diciotto e trenta, nella Sala del Consiglio della Residenza Municipale, "
   "a seguito di convocazione del Presidente del Consiglio Comunale recapitata ai consiglieri nei modi e termini di legge, si è riunito il Consiglio Comunale. "
   "Presiede il Presidente del Consiglio Comunale sig. Niccolò Bosi. Partecipa il Segretario Generale dott.ssa Roberta Fiorentini, incaricata della redazione del verbale."),
 P("Fatto l'appello nominale, risultano presenti e assenti i seguenti componenti del Consiglio:"), roll, Spacer(1, 6),
 P("Presenti n. 22 – Assenti n. 3. Sono altresì presenti gli Assessori Gallegati, Lega e Fabbri Antonio. Scrutatori: Tampieri, Liverani, Camanzi."),
 P("<b>IL CONSIGLIO COMUNALE</b>", ctr), P(prem), P(prem.replace("Premesso", "Considerato inoltre")[:420] + " che tali esigenze non trovano copertura negli stanziamenti vigenti;"),
 P("Vista la relazione del Dirigente del Settore Finanziario, allegata alla proposta, nella quale si dà conto del permanere degli equilibri di bilancio e del rispetto dei vincoli di finanza pubblica; "
   "visto il parere favorevole dell'Organo di revisione economico-finanziaria reso con verbale n. 7 del 17/03/2026 ai sensi dell'art. 239 del D.Lgs. 267/2000; "
   "visto l'esame della proposta da parte della 1ª Commissione consiliare «Affari Generali e Bilancio» nella seduta del 19/03/2026;"),
 P("Udita l'illustrazione dell'Assessore al Bilancio e gli interventi dei consiglieri Bassi, Minardi, Casadio, Pezzi, Morini e Sangiorgi, integralmente registrati e conservati agli atti ai sensi del Regolamento del Consiglio;"),
 P("Nel corso del dibattito il consigliere Bassi ha lamentato la mancata preventiva illustrazione della variazione in sede di Commissione, chiedendo il rinvio del punto; "
   "la consigliera Morini ha ricordato che la proposta è stata depositata nei termini regolamentari; il consigliere Pezzi ha chiesto chiarimenti sulla quota di avanzo destinata alla cultura, "
   "ai quali ha risposto l'Assessore al Bilancio precisando che essa deriva da un contributo regionale vincolato non utilizzato nel 2025. La richiesta di rinvio, posta ai voti, non è stata accolta."),
 P("Dato atto che il gruppo consiliare «Faenza Cresce» ha presentato un <b>emendamento</b> (prot. n. 21455 del 24/03/2026) con cui si propone di incrementare di euro 40.000,00 lo stanziamento "
   "del capitolo 10410/3 «Trasporto scolastico alunni con disabilità», riducendo di pari importo il capitolo 10120/8 «Spese di rappresentanza e manifestazioni», "
   "emendamento sul quale il Dirigente del Settore Finanziario e l'Organo di revisione hanno espresso parere favorevole;"),
 P("Il Presidente pone in votazione l'emendamento, che ottiene il seguente esito, accertato con l'assistenza degli scrutatori: presenti 22, votanti 15, favorevoli 15, contrari nessuno, "
   "astenuti 7 (Bassi, Minardi, Pezzi, Sangiorgi, Emiliani, Camanzi, Valli). L'emendamento è approvato."),
 P("Alle ore 20:15 escono dalla sala i consiglieri Drei e Savini; i presenti sono pertanto 20."),
 P("Il Presidente pone quindi in votazione la proposta di deliberazione come emendata, che ottiene il seguente esito: presenti 20, votanti 20, favorevoli 14, "
   "contrari 6 (Bassi, Minardi, Pezzi, Sangiorgi, Emiliani, Camanzi), astenuti nessuno;"),
 P("<b>D E L I B E R A</b>", ctr),
 P("1) di apportare al bilancio di previsione 2026-2028 le variazioni di competenza e di cassa riportate negli allegati A) e B), come modificati dall'emendamento approvato, che costituiscono parte integrante e sostanziale del presente atto;"),
 P("2) di applicare al bilancio 2026 una quota di euro 612.300,00 dell'avanzo di amministrazione vincolato presunto, destinata agli interventi indicati in premessa;"),
 P("3) di dare atto che, a seguito delle variazioni, permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000, come da prospetto allegato C);"),
 P("4) di trasmettere il presente atto al Tesoriere comunale per quanto di competenza."),
 P("Successivamente, con separata votazione che dà il medesimo esito (presenti 20, favorevoli 14, contrari 6), il Consiglio dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare gli interventi sugli edifici scolastici."),
 Spacer(1, 10), P("Letto, approvato e sottoscritto."), Spacer(1, 8),
 Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"], ["Niccolò Bosi", "dott.ssa Roberta Fiorentini"]], colWidths=[240, 240],
       style=[("FONT", (0,0), (-1,-1), "Times-Roman", 10.5), ("ALIGN", (0,0), (-1,-1), "CENTER")]),
 Spacer(1, 14),
 P("<font size=9>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa. "
   "La presente deliberazione è pubblicata all'Albo pretorio on line per quindici giorni consecutivi ai sensi dell'art. 124 del D.Lgs. 267/2000.</font>"),
]
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=60, rightMargin=60, topMargin=78, bottomMargin=50,
                        title="Deliberazione C.C. 19/2026", author="Comune di Faenza")
doc.build(story, onFirstPage=page, onLaterPages=page)
