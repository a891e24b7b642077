"""D1: determinazione, Poggibonsi. ReportLab platypus, DejaVu Sans Condensed embedded.
Imitates a 'Sicr@web'-style frontispiece: issuing Settore in the heading, a
label table with general register, sector register and proposal (each with its
own date), subject labelled OGGETTO, numbered points, accounting visa with an
expenditure table, running header from page 2."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from common import register_dejavu

register_dejavu("DejaVuSansCondensed")
F, FB, FI = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Italic"
OUT = "determinazione-poggibonsi-registers.pdf"


def first(c, d):
    c.saveState()
    c.setFont(F, 7)
    c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 9 * mm, "Comune di Poggibonsi - Piazza Cavour, 2 - 53036 Poggibonsi (SI) - "
                        "comune.poggibonsi@postacert.toscana.it")
    c.restoreState()


def later(c, d):
    c.saveState()
    c.setFont(F, 7.5)
    c.drawString(18 * mm, A4[1] - 11 * mm, "Determinazione R.G. n. 1203/2025")
    c.drawRightString(A4[0] - 18 * mm, A4[1] - 11 * mm, "Pag. %d" % d.page)
    c.restoreState()
    first(c, d)


ctr = ParagraphStyle("c", fontName=F, fontSize=9, alignment=TA_CENTER, leading=11)
big = ParagraphStyle("b", fontName=FB, fontSize=16, alignment=TA_CENTER, leading=20)
sec = ParagraphStyle("s", fontName=FB, fontSize=10.5, alignment=TA_CENTER, leading=13)
h = ParagraphStyle("h", fontName=FB, fontSize=11, alignment=TA_CENTER, leading=14, spaceBefore=5, spaceAfter=5)
body = ParagraphStyle("x", fontName=F, fontSize=9.5, alignment=TA_JUSTIFY, leading=12.5, spaceAfter=4)
pt = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)
lab = ParagraphStyle("l", fontName=FB, fontSize=9.5, leading=12)
val = ParagraphStyle("v", fontName=FB, fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY)

S = [Paragraph("COMUNE DI POGGIBONSI", big), Paragraph("Provincia di Siena", ctr), Spacer(1, 8),
     Paragraph("SETTORE LAVORI PUBBLICI, PATRIMONIO E MANUTENZIONI", sec), Spacer(1, 10),
     Paragraph("DETERMINAZIONE", h)]
reg = Table([["Registro Generale", "N. 1203", "del 15/10/2025"],
             ["Registro di Settore", "N. 287", "del 13/10/2025"],
             ["Proposta", "N. 1354", "del 10/10/2025"]],
            colWidths=[48 * mm, 32 * mm, 40 * mm])
reg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5), ("FONT", (1, 0), (2, 0), FB, 10),
                         ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.92, 0.92))]))
S += [reg, Spacer(1, 10)]
ot = Table([[Paragraph("OGGETTO:", lab),
             Paragraph("Lavori di adeguamento sismico della palestra della scuola secondaria di primo grado "
                       "\"Leonardo da Vinci\" – Affidamento diretto del servizio di collaudo statico in corso "
                       "d'opera ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 – CUP "
                       "D43H24000610004 – CIG B4C7E21A90.", val)]], colWidths=[24 * mm, 150 * mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
S += [ot, Spacer(1, 6), Paragraph("IL DIRIGENTE", h)]
for p in [
    "Visto il decreto del Sindaco n. 21 del 30/12/2024, con il quale è stato conferito al sottoscritto "
    "l'incarico di direzione del Settore Lavori Pubblici, Patrimonio e Manutenzioni;",
    "Richiamate la deliberazione del Consiglio Comunale n. 88 del 19/12/2024, di approvazione del bilancio "
    "di previsione finanziario 2025-2027, e la deliberazione della Giunta Comunale n. 3 del 09/01/2025, di "
    "approvazione del Piano Esecutivo di Gestione;",
    "Premesso che con determinazione R.G. n. 702 del 12/06/2025 sono stati aggiudicati i lavori di "
    "adeguamento sismico della palestra della scuola secondaria di primo grado \"Leonardo da Vinci\", "
    "finanziati per € 640.000,00 con fondi PNRR – Missione 4, Componente 1, Investimento 3.3;",
    "Considerato che l'art. 116 del D.Lgs. 36/2023 e le Norme Tecniche per le Costruzioni impongono il "
    "collaudo statico in corso d'opera e che all'interno dell'Ente non sono presenti figure professionali "
    "in possesso dei requisiti richiesti, come attestato dal RUP con nota interna del 02/10/2025;",
    "Dato atto che, a seguito di richiesta di preventivo tramite la piattaforma telematica START della "
    "Regione Toscana, l'Ing. Chiara Benvenuti, con studio in Colle di Val d'Elsa, ha offerto un compenso di "
    "€ 7.850,00 oltre contributo previdenziale al 4% e IVA al 22%, ritenuto congruo;",
    "Accertata la regolarità contributiva della professionista e l'assenza di cause di esclusione;",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph("DETERMINA", h))
for p in [
    "1. di affidare all'Ing. Chiara Benvenuti, C.F. BNVCHR81M52C847T, il servizio di collaudo statico in "
    "corso d'opera dei lavori in oggetto, per l'importo di € 7.850,00 oltre contributo previdenziale e IVA, "
    "per complessivi € 9.960,08;",
    "2. di impegnare la spesa di € 9.960,08 come indicato nella tabella sottostante;",
    "3. di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "4. di nominare Responsabile Unico del Progetto il Geom. Stefano Lotti, funzionario del Settore;",
    "5. di disporre la pubblicazione del presente atto nella sezione \"Amministrazione trasparente\" del "
    "sito istituzionale.",
]:
    S.append(Paragraph(p, pt))
S.append(Spacer(1, 6))
imp = Table([["Esercizio", "Capitolo", "Descrizione", "Impegno", "Importo"],
             ["2025", "2040201.77", "Adeguamento sismico palestra sc. media - PNRR", "1981/2025", "€ 9.960,08"]],
            colWidths=[18 * mm, 24 * mm, 78 * mm, 24 * mm, 28 * mm])
imp.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (-1, 0), (-1, -1), "RIGHT")]))
S += [imp, Spacer(1, 14)]
sg = Table([["IL DIRIGENTE"], ["Ing. Lorenzo Baldini"], ["(documento firmato digitalmente)"]], colWidths=[70 * mm], hAlign="RIGHT")
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 9.5), ("FONT", (0, 1), (-1, 1), F, 9.5),
                        ("FONT", (0, 2), (-1, 2), FI, 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [sg, Spacer(1, 14), KeepTogether([Paragraph("VISTO DI REGOLARITÀ CONTABILE", h),
      Paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai "
                "sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Poggibonsi, 15/10/2025. La Responsabile del "
                "Servizio Finanziario, Dott.ssa Elisa Marzocchi.", body)])]
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                        title="Determinazione 1203/2025")
doc.build(S, onFirstPage=first, onLaterPages=later)
print("wrote", OUT)
