# Giunta Comunale di Ovada (AL) - ReportLab platypus, DejaVu Serif embedded.
# Imitates a "verbale" with a NUMERO / DATA grid and an X-marked attendance table.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from common_rl import register_dejavu

F, FB, FI, FBI = register_dejavu("DejaVuSerif")
OUT = "gc-ovada-refezione.pdf"

body = ParagraphStyle("body", fontName=F, fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
title = ParagraphStyle("t", fontName=FB, fontSize=13, leading=16, alignment=TA_CENTER)
small = ParagraphStyle("s", fontName=F, fontSize=8, leading=10, alignment=TA_CENTER)
point = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)


def header_footer(canv, doc):
    canv.saveState()
    canv.setFont(FB, 15)
    canv.drawCentredString(A4[0] / 2, A4[1] - 22 * mm, "CITTÀ DI OVADA")
    canv.setFont(FI, 9.5)
    canv.drawCentredString(A4[0] / 2, A4[1] - 27 * mm, "Provincia di Alessandria")
    canv.setFont(FB, 9)
    canv.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "ORIGINALE")
    canv.setLineWidth(0.6)
    canv.line(20 * mm, A4[1] - 30 * mm, A4[0] - 20 * mm, A4[1] - 30 * mm)
    canv.setFont(F, 7.5)
    canv.drawCentredString(A4[0] / 2, 12 * mm,
                           "Via Torino 69 - 15076 Ovada (AL) - C.F. 00412460064 - PEC: protocollo@pec.comune.ovada.al.it")
    canv.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d" % doc.page)
    canv.restoreState()


story = []
story.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", title))
story.append(Spacer(1, 5 * mm))

grid = Table([["NUMERO", "DATA"], ["87", "14/10/2025"]], colWidths=[40 * mm, 40 * mm], hAlign="CENTER")
grid.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), FB, 8.5),
    ("FONT", (0, 1), (-1, 1), FB, 12),
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
]))
story.append(grid)
story.append(Spacer(1, 5 * mm))

subj = Table([[Paragraph("<b>OGGETTO:</b>", body),
               Paragraph("<b>Servizio di refezione scolastica. Determinazione delle tariffe a carico delle "
                         "famiglie per l’anno scolastico 2025/2026 e approvazione delle fasce ISEE di "
                         "agevolazione.</b>", body)]],
             colWidths=[28 * mm, 142 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
story.append(subj)
story.append(Spacer(1, 4 * mm))

story.append(Paragraph(
    "L’anno duemilaventicinque, addì quattordici del mese di ottobre alle ore 18.30, nella solita sala delle "
    "adunanze, previo esaurimento delle formalità prescritte dalla legge e dallo Statuto, vennero per oggi "
    "convocati i componenti della Giunta Comunale. All’appello risultano:", body))

rows = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["LANZA GIORGIO", "Sindaco", "X", ""],
        ["FERRARI MARTA", "Vice Sindaco", "X", ""],
        ["PESCE ALBERTO", "Assessore", "X", ""],
        ["BOTTERO ELENA", "Assessore", "", "X"],
        ["REPETTO DAVIDE", "Assessore", "X", ""],
        ["", "Totale", "4", "1"]]
att = Table(rows, colWidths=[65 * mm, 45 * mm, 25 * mm, 25 * mm], hAlign="CENTER")
att.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), FB, 9),
    ("FONT", (0, 1), (-1, -1), F, 9.5),
    ("FONT", (0, -1), (-1, -1), FB, 9),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
]))
story.append(att)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "Partecipa all’adunanza il Segretario Comunale Dott.ssa Chiara Olivieri, la quale provvede alla redazione "
    "del presente verbale.", body))
story.append(Paragraph(
    "Essendo legale il numero degli intervenuti, il Sig. Giorgio Lanza, nella sua qualità di Sindaco, assume la "
    "presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", center))
story.append(Spacer(1, 2 * mm))

prem = [
    "Premesso che il Comune di Ovada assicura il servizio di refezione scolastica a favore degli alunni della "
    "scuola dell’infanzia e della scuola primaria statali presenti sul territorio comunale, mediante affidamento "
    "a ditta esterna della preparazione e della somministrazione dei pasti;",
    "Richiamata la propria deliberazione n. 112 del 16/09/2024, con la quale sono state approvate le tariffe del "
    "servizio per l’anno scolastico 2024/2025;",
    "Considerato che, a seguito della revisione prezzi riconosciuta al gestore del servizio sulla base "
    "dell’indice ISTAT FOI, il costo unitario del pasto a carico dell’Ente è passato da euro 5,62 a euro 5,81 "
    "oltre IVA;",
    "Ritenuto di contenere l’aumento a carico delle famiglie, mantenendo invariate le fasce di agevolazione "
    "basate sull’indicatore ISEE e aggiornando la sola tariffa massima, come riportato nel prospetto allegato "
    "sub A) alla presente deliberazione;",
    "Visto l’art. 172, comma 1, lett. c), del D.Lgs. 18 agosto 2000, n. 267, che annovera tra gli allegati al "
    "bilancio di previsione le deliberazioni con le quali sono determinati le tariffe e i tassi di copertura dei "
    "servizi a domanda individuale;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell’art. 49 del D.Lgs. "
    "267/2000, rispettivamente dal Responsabile del Servizio Istruzione e dal Responsabile del Servizio "
    "Finanziario;",
    "Con voti unanimi e favorevoli espressi nelle forme di legge;",
]
for p in prem:
    story.append(Paragraph(p, body))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("<b>D E L I B E R A</b>", center))
story.append(Spacer(1, 2 * mm))
pts = [
    "di determinare, per l’anno scolastico 2025/2026, le tariffe del servizio di refezione scolastica a carico "
    "delle famiglie secondo le fasce ISEE indicate nel prospetto allegato sub A), che costituisce parte "
    "integrante e sostanziale del presente provvedimento;",
    "di stabilire in euro 5,20 la tariffa massima per singolo pasto, applicata agli utenti che non presentino "
    "attestazione ISEE in corso di validità o con indicatore superiore a euro 25.000,00;",
    "di confermare la riduzione del 20 per cento sulla tariffa dovuta a partire dal secondo figlio iscritto al "
    "servizio e l’esenzione per i nuclei in carico ai servizi sociali su segnalazione del Consorzio Servizi "
    "Sociali;",
    "di dare atto che il tasso di copertura del servizio previsto per l’esercizio 2026 si attesta al 71,4 per "
    "cento del costo complessivo;",
    "di trasmettere copia della presente deliberazione al Servizio Istruzione e al Servizio Finanziario per gli "
    "adempimenti di rispettiva competenza.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime, la Giunta Comunale, stante l’urgenza di rendere note le "
    "tariffe prima dell’avvio del servizio, dichiara la presente deliberazione immediatamente eseguibile ai sensi "
    "dell’art. 134, comma 4, del D.Lgs. 267/2000.", body))
story.append(Spacer(1, 6 * mm))

sig = Table([[Paragraph("Letto, confermato e sottoscritto.", body), ""],
             [Paragraph("IL PRESIDENTE", center), Paragraph("IL SEGRETARIO COMUNALE", center)],
             [Paragraph("F.to Giorgio Lanza", center), Paragraph("F.to Dott.ssa Chiara Olivieri", center)]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("SPAN", (0, 0), (1, 0))]))
story.append(KeepTogether(sig))
story.append(Spacer(1, 8 * mm))

cert = [Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", center),
        Paragraph("Copia della presente deliberazione viene pubblicata all’Albo Pretorio on line di questo Comune "
                  "il giorno 17/10/2025 per quindici giorni consecutivi (n. 1932 del Registro delle "
                  "pubblicazioni) ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125 "
                  "del D.Lgs. 267/2000.", body),
        Paragraph("Ovada, 17/10/2025", body),
        Paragraph("IL SEGRETARIO COMUNALE<br/>F.to Dott.ssa Chiara Olivieri", ParagraphStyle("r", parent=body, alignment=TA_CENTER, leftIndent=85 * mm))]
box = Table([[c] for c in cert], colWidths=[170 * mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
story.append(KeepTogether(box))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=36 * mm,
                        bottomMargin=20 * mm, title="Deliberazione G.C. 87/2025", author="Comune di Ovada")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
print("wrote", OUT)
