# Comune di Chieri - Giunta - imitating a Datagraph-like print (ReportLab platypus, core Helvetica)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT

OUT = "../giunta-chieri-datagraph.pdf"
body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
cbold = ParagraphStyle("cb", parent=center, fontName="Helvetica-Bold", fontSize=11)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
num = ParagraphStyle("n", parent=body, leftIndent=7*mm, firstLineIndent=-7*mm)

def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 7)
    c.drawString(20*mm, 12*mm, "Deliberazione di Giunta Comunale n. 58 del 12/03/2025")
    c.drawRightString(190*mm, 12*mm, "Pag. %d" % d.page)
    c.line(20*mm, 15*mm, 190*mm, 15*mm)
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=15*mm, bottomMargin=22*mm,
                        title="Deliberazione GC 58/2025", author="Comune di Chieri")
s = []
head = Table([[Paragraph("<b>COMUNE DI CHIERI</b>", ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=19)),
               Paragraph("Codice Ente 001082<br/>Cod. ISTAT 001082", ParagraphStyle("r", fontName="Helvetica", fontSize=7.5, leading=9, alignment=2))],
              [Paragraph("CITTÀ METROPOLITANA DI TORINO", ParagraphStyle("h2", fontName="Helvetica", fontSize=9, leading=11)), ""]],
             colWidths=[120*mm, 50*mm])
head.setStyle(TableStyle([("LINEBELOW", (0,1), (-1,1), 1.2, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"),
                          ("BOTTOMPADDING", (0,1), (-1,1), 6)]))
s += [head, Spacer(1, 6*mm)]
s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", cbold))
s.append(Spacer(1, 3*mm))
box = Table([["ORIGINALE", "DELIBERAZIONE N. 58", "DATA 12/03/2025"]], colWidths=[45*mm, 70*mm, 55*mm])
box.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("FONT", (0,0), (-1,-1), "Helvetica-Bold", 10),
                         ("ALIGN", (0,0), (-1,-1), "CENTER"), ("TOPPADDING", (0,0), (-1,-1), 4), ("BOTTOMPADDING", (0,0), (-1,-1), 5)]))
s += [box, Spacer(1, 4*mm)]
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
              Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEI GIARDINI PUBBLICI DI VIA VITTORIO EMANUELE II. CUP J57H25000120004.</b>", body)]],
            colWidths=[24*mm, 146*mm])
ogg.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("LEFTPADDING", (0,0), (-1,-1), 0)]))
s += [ogg, Spacer(1, 3*mm)]
s.append(Paragraph("L'anno duemilaventicinque addì dodici del mese di marzo alle ore 17:30 nella solita sala delle adunanze, "
                   "previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti "
                   "della Giunta Comunale.", body))
s.append(Paragraph("All'appello risultano:", body))
roll = [("SCAGLIOLA ALESSANDRO", "Sindaco", "X", ""),
        ("MORANO LUCIA", "Vice Sindaco", "X", ""),
        ("GAIDANO PIERO", "Assessore", "X", ""),
        ("CAVAGLIÀ ELENA", "Assessore", "", "X"),
        ("BERTOLUSSO DAVIDE", "Assessore", "X", ""),
        ("QUAGLIA MARTA", "Assessore", "X", "")]
data = [["Cognome e Nome", "Carica", "Presente", "Assente"]] + [list(r) for r in roll] + [["", "Totale", "5", "1"]]
t = Table(data, colWidths=[70*mm, 45*mm, 25*mm, 25*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Helvetica-Bold", 9), ("FONT", (0,1), (-1,-1), "Helvetica", 9),
                       ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 9),
                       ("ALIGN", (2,0), (-1,-1), "CENTER"), ("LINEBELOW", (0,0), (-1,0), 0.8, colors.black),
                       ("LINEABOVE", (0,-1), (-1,-1), 0.5, colors.black), ("TOPPADDING", (0,0), (-1,-1), 1.5), ("BOTTOMPADDING", (0,0), (-1,-1), 1.5)]))
s += [t, Spacer(1, 3*mm)]
s.append(Paragraph("Assiste alla seduta il Segretario Generale Dott.ssa Paola Viberti, la quale provvede alla redazione del presente verbale.", body))
s.append(Paragraph("Essendo legale il numero degli intervenuti, il Sig. Alessandro Scagliola, nella sua qualità di Sindaco, assume la "
                   "presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
s.append(Spacer(1, 2*mm))
s.append(Paragraph("LA GIUNTA COMUNALE", cbold))
prem = [
 "<b>PREMESSO CHE</b> con deliberazione del Consiglio Comunale n. 112 del 19/12/2024 è stato approvato il Documento Unico di Programmazione 2025/2027, che comprende il Programma triennale dei lavori pubblici, nel quale è inserito l'intervento di riqualificazione dei giardini pubblici di via Vittorio Emanuele II per un importo complessivo di € 380.000,00;",
 "<b>CHE</b> con determinazione del Settore Lavori Pubblici n. 1544 del 22/11/2024 è stato affidato all'Arch. Giulia Ferrero lo studio della progettazione di fattibilità tecnico-economica dell'intervento;",
 "<b>VISTO</b> il progetto di fattibilità tecnico-economica trasmesso in data 24/02/2025, prot. n. 6623, composto dagli elaborati elencati nel quadro allegato, e il relativo quadro economico così articolato: lavori a base d'asta € 285.000,00, oneri per la sicurezza € 9.500,00, somme a disposizione dell'Amministrazione € 85.500,00;",
 "<b>VISTO</b> il verbale di verifica preventiva della progettazione redatto dal RUP, Ing. Marco Berruto, in data 03/03/2025;",
 "<b>CONSIDERATO</b> che l'intervento è finanziato per € 300.000,00 con contributo regionale di cui al bando \"Spazi verdi urbani 2024\" e per € 80.000,00 con avanzo di amministrazione;",
 "<b>VISTI</b> il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36 e lo Statuto comunale;",
 "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
]
for p in prem: s.append(Paragraph(p, body))
s.append(Paragraph("Con voti unanimi favorevoli espressi nelle forme di legge,", body))
s.append(Paragraph("DELIBERA", cbold))
pts = [
 "di approvare il progetto di fattibilità tecnico-economica per la riqualificazione dei giardini pubblici di via Vittorio Emanuele II, redatto dall'Arch. Giulia Ferrero, per un importo complessivo di € 380.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura al capitolo 2910/5 \"Riqualificazione aree verdi\" del Bilancio di previsione 2025/2027, annualità 2025;",
 "di demandare al Responsabile del Settore Lavori Pubblici l'adozione degli atti conseguenti, compreso l'affidamento della progettazione esecutiva;",
 "di dare atto che il Responsabile Unico del Progetto è l'Ing. Marco Berruto.",
]
for i, p in enumerate(pts, 1): s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), num))
s.append(Spacer(1, 2*mm))
s.append(Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile "
                   "ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di rispettare il cronoprogramma del finanziamento regionale.", body))
s.append(Spacer(1, 5*mm))
s.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"], ["Alessandro Scagliola", "Dott.ssa Paola Viberti"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 10),
                         ("FONT", (0,1), (-1,-1), "Helvetica", 10), ("FONT", (0,2), (-1,2), "Helvetica-Oblique", 8)]))
s.append(KeepTogether([sig]))
s.append(Spacer(1, 8*mm))
s.append(Paragraph("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", cbold))
par = Table([[Paragraph("<b>Regolarità tecnica:</b> FAVOREVOLE", body), Paragraph("Il Responsabile del Settore Lavori Pubblici<br/>Ing. Marco Berruto - 05/03/2025", small)],
             [Paragraph("<b>Regolarità contabile:</b> FAVOREVOLE", body), Paragraph("Il Responsabile del Settore Finanziario<br/>Dott. Franco Oberto - 06/03/2025", small)]],
            colWidths=[80*mm, 90*mm])
par.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.3, colors.grey), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
s.append(par)
s.append(Spacer(1, 6*mm))
s.append(Paragraph("CERTIFICATO DI PUBBLICAZIONE", cbold))
s.append(Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni "
                   "consecutivi dal 14/03/2025 al 29/03/2025 (n. reg. pubbl. 612), ai sensi dell'art. 124 del D.Lgs. 267/2000, "
                   "e contestualmente comunicata ai capigruppo consiliari.", body))
s.append(Paragraph("Chieri, 14/03/2025 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;IL SEGRETARIO GENERALE - Dott.ssa Paola Viberti", body))
s.append(Spacer(1, 4*mm))
s.append(Paragraph("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", small))
doc.build(s, onFirstPage=footer, onLaterPages=footer)
