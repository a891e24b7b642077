# Determinazione of the Comune di Chiavari (GE) - ReportLab platypus, core Helvetica.
# Settore heading, general register and sector register numbers with different dates,
# numbered operative points, accounting visa dated the day after.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

OUT = "det-chiavari-coperture-scuola.pdf"
F, FB = "Helvetica", "Helvetica-Bold"
body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=3.5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
num = ParagraphStyle("n", parent=body, leftIndent=14, firstLineIndent=-14)
dash = ParagraphStyle("d", parent=body, leftIndent=22, firstLineIndent=-8, spaceAfter=1.5)


def deco(canv, doc):
    W, H = A4
    canv.saveState()
    canv.setFont(F, 7.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(20 * mm, 11 * mm, "Determinazione R.G. n. 1457 del 12/11/2025 - Settore 4")
    canv.drawRightString(W - 20 * mm, 11 * mm, "pag. %d" % doc.page)
    canv.restoreState()


s = []
head = Table([
    [Paragraph("<font size=15><b>COMUNE DI CHIAVARI</b></font>", cen)],
    [Paragraph("Città Metropolitana di Genova", cen)],
    [Spacer(1, 2 * mm)],
    [Paragraph("<b>SETTORE 4 – LAVORI PUBBLICI, MANUTENZIONI E PATRIMONIO</b>", cen)],
], colWidths=[170 * mm])
head.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
s.append(head)
s.append(Spacer(1, 5 * mm))
s.append(Paragraph("<font size=12><b>DETERMINAZIONE</b></font>", cen))
s.append(Spacer(1, 3 * mm))
reg = Table([["N. 1457 di Registro Generale", "del 12/11/2025"],
             ["N. 212 di Registro del Settore", "del 10/11/2025"]], colWidths=[70 * mm, 40 * mm], hAlign="CENTER")
reg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 10), ("FONT", (0, 1), (-1, 1), F, 9.5),
                         ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.grey)]))
s.append(reg)
s.append(Spacer(1, 5 * mm))
s.append(Paragraph(
    "<b>OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLE COPERTURE DELLA SCUOLA PRIMARIA DI VIA "
    "GASTALDI. AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 E IMPEGNO DI "
    "SPESA. CUP H63D25001180004 – CIG B8A1C47F2D.</b>", body))
s.append(Spacer(1, 4 * mm))
s.append(Paragraph("<b>IL DIRIGENTE</b>", cen))
s.append(Spacer(1, 2 * mm))
for p in [
    "Visto il decreto sindacale n. 18 del 30/06/2025, con il quale è stato conferito al sottoscritto l’incarico "
    "di direzione del Settore 4 – Lavori Pubblici, Manutenzioni e Patrimonio;",
    "Richiamate:",
]:
    s.append(Paragraph(p, body))
for p in [
    "la deliberazione del Consiglio Comunale n. 71 del 19/12/2024, di approvazione del Bilancio di previsione "
    "2025/2027;",
    "la deliberazione della Giunta Comunale n. 6 del 16/01/2025, di approvazione del Piano Esecutivo di "
    "Gestione 2025/2027;",
]:
    s.append(Paragraph("-&nbsp;&nbsp;" + p, dash))
s.append(Spacer(1, 1.5 * mm))
for p in [
    "Premesso che, a seguito delle infiltrazioni verificatesi durante gli eventi meteorici dell’ottobre 2025, "
    "il personale tecnico del Settore ha rilevato il deterioramento della guaina impermeabilizzante e di parte "
    "dei canali di gronda della copertura della Scuola primaria di via Gastaldi, con conseguente necessità di "
    "un intervento urgente a tutela della sicurezza degli alunni;",
    "Visto il computo metrico estimativo redatto dall’Ufficio Manutenzioni, che quantifica l’importo dei "
    "lavori in euro 38.640,00, di cui euro 1.520,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA "
    "al 22%;",
    "Visto l’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto "
    "dei lavori di importo inferiore a euro 150.000,00, anche senza consultazione di più operatori economici;",
    "Dato atto che è stato richiesto, tramite la piattaforma di approvvigionamento digitale, un preventivo "
    "all’operatore economico Edilcoperture Tigullio S.r.l., con sede in Lavagna, in possesso di documentate "
    "esperienze pregresse, il quale ha offerto un ribasso del 6,50% sull’importo a base di affidamento;",
    "Verificato il possesso dei requisiti di ordine generale mediante il Fascicolo virtuale dell’operatore "
    "economico e accertata la regolarità contributiva (DURC prot. INAIL_50877311);",
    "Dato atto che il Responsabile Unico del Progetto è il geom. Fabio Raffo, funzionario del Settore, e che "
    "non sussistono situazioni di conflitto di interessi ai sensi dell’art. 16 del D.Lgs. 36/2023;",
]:
    s.append(Paragraph(p, body))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>D E T E R M I N A</b>", cen))
s.append(Spacer(1, 2 * mm))
for i, p in enumerate([
    "di affidare, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023, i lavori di manutenzione "
    "straordinaria delle coperture della Scuola primaria di via Gastaldi all’operatore economico Edilcoperture "
    "Tigullio S.r.l., P. IVA 02371440994, per l’importo di euro 36.226,20, comprensivo degli oneri della "
    "sicurezza, oltre IVA al 22% per euro 7.969,76, e così per complessivi euro 44.195,96;",
    "di impegnare la spesa complessiva di euro 44.195,96 al capitolo 2045/30 “Manutenzione straordinaria "
    "edifici scolastici” del bilancio 2025/2027, annualità 2025, Missione 4, Programma 2, finanziato con avanzo "
    "di amministrazione destinato agli investimenti;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi "
    "dell’art. 18, comma 1, del D.Lgs. 36/2023;",
    "di stabilire che i lavori dovranno essere ultimati entro 30 giorni naturali e consecutivi dalla data del "
    "verbale di consegna;",
    "di dare atto che il presente provvedimento diviene esecutivo con l’apposizione del visto di regolarità "
    "contabile attestante la copertura finanziaria, ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000;",
    "di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione "
    "Trasparente – Bandi di gara e contratti”.",
], 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), num))
s.append(Spacer(1, 5 * mm))
s.append(KeepTogether([
    Paragraph("Chiavari, 12/11/2025", body),
    Paragraph("IL DIRIGENTE<br/>Ing. Marco Bacigalupo<br/><font size=7.5>(documento firmato digitalmente)</font>",
              ParagraphStyle("sig", parent=cen, leftIndent=90 * mm)),
]))
s.append(Spacer(1, 6 * mm))
visto = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", cen)],
               [Paragraph("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
                          "contabile attestante la copertura finanziaria della spesa. Impegno n. 2025/3318.", body)],
               [Paragraph("Chiavari, 13/11/2025 &nbsp;&nbsp;&nbsp; IL DIRIGENTE DEL SETTORE 2 – SERVIZI FINANZIARI "
                          "&nbsp; Dott.ssa Paola Garibaldi", body)]],
              colWidths=[170 * mm])
visto.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
s.append(KeepTogether(visto))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                        bottomMargin=18 * mm, title="Determinazione R.G. 1457/2025", author="Comune di Chiavari")
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
