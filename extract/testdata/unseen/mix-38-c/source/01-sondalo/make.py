# Comune di Sondalo - deliberazione di Giunta n. 41/2026, layout imitating a DevExpress XtraReports print
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold"); addMapping("Arial", 0, 1, "Arial-Italic"); addMapping("Arial", 1, 1, "Arial-Bold")

out = sys.argv[1]
W, H = A4
body = ParagraphStyle("b", fontName="Arial", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle("bb", parent=body, fontName="Arial-Bold")
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Arial-Bold", fontSize=11, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5)
point = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)

NUM, DATA = "41", "14/04/2026"
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 2

def header(c, doc):
    c.saveState()
    # crest placeholder (shield outline) and its caption
    x0, y0 = 20*mm, H - 38*mm
    p = c.beginPath(); p.moveTo(x0, y0+20*mm); p.lineTo(x0+16*mm, y0+20*mm); p.lineTo(x0+16*mm, y0+8*mm)
    p.curveTo(x0+16*mm, y0+2*mm, x0+8*mm, y0, x0+8*mm, y0); p.curveTo(x0+8*mm, y0, x0, y0+2*mm, x0, y0+8*mm); p.close()
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1.2); c.drawPath(p)
    c.setFont("Arial", 5.5); c.drawCentredString(x0+8*mm, y0-3*mm, "stemma comunale")
    c.setFillColor(colors.HexColor("#1f4e79")); c.setFont("Arial-Bold", 16)
    c.drawString(42*mm, H-24*mm, "COMUNE DI SONDALO")
    c.setFillColor(colors.black); c.setFont("Arial", 9.5)
    c.drawString(42*mm, H-29.5*mm, "Provincia di Sondrio")
    c.setFont("Arial", 7.5)
    c.drawString(42*mm, H-34*mm, "Via Dante Alighieri, 10 - 23035 Sondalo (SO) - C.F. 83000870145 - P.IVA 00125760140")
    # COPIA box
    c.setLineWidth(0.8); c.rect(W-52*mm, H-33*mm, 32*mm, 11*mm)
    c.setFont("Arial-Bold", 12); c.drawCentredString(W-36*mm, H-29*mm, "COPIA")
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1.5); c.line(20*mm, H-42*mm, W-20*mm, H-42*mm)
    # footer band
    c.setStrokeColor(colors.grey); c.setLineWidth(0.4); c.line(20*mm, 18*mm, W-20*mm, 18*mm)
    c.setFont("Arial", 7.5); c.setFillColor(colors.black)
    c.drawString(20*mm, 14*mm, "Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.drawRightString(W-20*mm, 14*mm, "Pagina %d di %d" % (doc.page, TOTAL))
    c.setFont("Arial-Italic", 6.5)
    c.drawString(20*mm, 10.5*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.")
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=46*mm, bottomMargin=24*mm,
                      title="Deliberazione di Giunta Comunale n. 41 del 14/04/2026", author="Comune di Sondalo",
                      subject="Delibera GC 41/2026", creator="XtraReports (imitazione) - ReportLab")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(20*mm, 24*mm, W-40*mm, H-70*mm, id="f", leftPadding=0, rightPadding=0)], onPage=header)])

S = []
band = Table([[Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", ParagraphStyle("x", parent=body, fontSize=11, textColor=colors.white)),
               Paragraph("<b>N. %s</b><br/>del %s" % (NUM, DATA), ParagraphStyle("y", parent=body, alignment=TA_CENTER, textColor=colors.white))]],
             colWidths=[130*mm, 40*mm])
band.setStyle(TableStyle([("BACKGROUND", (0,0), (-1,-1), colors.HexColor("#1f4e79")), ("VALIGN", (0,0), (-1,-1), "MIDDLE"),
                          ("LINEBEFORE", (1,0), (1,0), 1, colors.white), ("TOPPADDING", (0,0), (-1,-1), 5), ("BOTTOMPADDING", (0,0), (-1,-1), 5)]))
S += [band, Spacer(1, 5)]
subj = Table([[Paragraph("<b>OGGETTO:</b>", body),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER LA FRAZIONE DI FRONTALE – CUP F77H26000120004.</b>", body)]],
             colWidths=[25*mm, 145*mm])
subj.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"), ("BACKGROUND", (0,0), (0,0), colors.HexColor("#e8eef5"))]))
S += [subj, Spacer(1, 8)]
S.append(Paragraph("L’anno <b>duemilaventisei</b> addì <b>quattordici</b> del mese di <b>aprile</b> alle ore <b>18:00</b> nella sala delle adunanze della sede municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.", body))
S.append(Paragraph("All’appello risultano:", body))
roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "CANCLINI DAVIDE", "Sindaco", "X", ""],
        ["2", "PRUNERI SILVIA", "Vicesindaco", "X", ""],
        ["3", "LONGA FABIO", "Assessore", "X", ""],
        ["4", "COMPAGNONI ELENA", "Assessore", "", "X"],
        ["5", "MOTTA GIUSEPPE", "Assessore esterno", "X", ""],
        ["", "", "Totale", "4", "1"]]
t = Table(roll, colWidths=[10*mm, 62*mm, 48*mm, 25*mm, 25*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Arial", 9.5), ("FONT", (0,0), (-1,0), "Arial-Bold", 9.5), ("FONT", (0,-1), (-1,-1), "Arial-Bold", 9.5),
                       ("GRID", (0,0), (-1,-2), 0.4, colors.grey), ("BOX", (2,-1), (-1,-1), 0.4, colors.grey), ("INNERGRID", (2,-1), (-1,-1), 0.4, colors.grey),
                       ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e8eef5")), ("ALIGN", (3,0), (-1,-1), "CENTER"), ("ALIGN", (0,0), (0,-1), "CENTER")]))
S += [t, Spacer(1, 8)]
S.append(Paragraph("Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Roberta Rinaldi</b>, il quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Davide Canclini</b> nella sua qualità di <b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body))
S.append(Paragraph("LA GIUNTA COMUNALE", center))
for txt in [
    "<b>PREMESSO</b> che la strada comunale che collega il capoluogo alla frazione di Frontale presenta, nel tratto compreso tra la progressiva km 1+200 e la progressiva km 2+050, fenomeni di dissesto della scarpata di valle e un deterioramento diffuso delle barriere di sicurezza, come documentato nella relazione dell’Ufficio Tecnico comunale prot. n. 3184 del 02/03/2026;",
    "<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 6 del 27/02/2026, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028 e il programma triennale delle opere pubbliche, nel quale l’intervento è inserito per l’annualità 2026;",
    "<b>VISTO</b> il progetto di fattibilità tecnico-economica redatto dall’Ing. Paolo Della Vedova, incaricato con determinazione del Responsabile dell’Area Tecnica n. 212 del 18/11/2025, acquisito al protocollo comunale n. 4471 del 31/03/2026, dell’importo complessivo di € 385.000,00, di cui € 291.500,00 per lavori a base d’asta comprensivi di € 8.700,00 per oneri della sicurezza non soggetti a ribasso ed € 93.500,00 per somme a disposizione dell’Amministrazione;",
    "<b>DATO ATTO</b> che l’opera è finanziata per € 300.000,00 con contributo della Regione Lombardia di cui al decreto n. 2025/1187 e per € 85.000,00 con fondi propri di bilancio al capitolo 20810/3;",
    "<b>VISTO</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’allegato I.7;",
    "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili delle Aree competenti;",
    "Con voti unanimi e favorevoli espressi nelle forme di legge,"]:
    S.append(Paragraph(txt, body))
S.append(Paragraph("DELIBERA", center))
for i, txt in enumerate([
    "di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;",
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale per la frazione di Frontale, composto dagli elaborati elencati nella relazione generale, per l’importo complessivo di € 385.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura come indicato in premessa;",
    "di nominare Responsabile Unico del Progetto il Geom. Marco Bonetti, Responsabile dell’Area Tecnica;",
    "di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti per l’affidamento della progettazione esecutiva e dei lavori."], 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, txt), point))
S.append(Spacer(1, 4))
S.append(Paragraph("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b>, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di rispettare il cronoprogramma del finanziamento regionale.", body))
S.append(Spacer(1, 10))
S.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Dott. Davide Canclini", "Dott.ssa Roberta Rinaldi"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Arial-Bold", 10), ("FONT", (0,1), (-1,1), "Arial", 10), ("FONT", (0,2), (-1,2), "Arial-Italic", 8), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>PARERI ai sensi dell’art. 49 del D.Lgs. 267/2000</b>", small)],
             [Paragraph("Regolarità tecnica: FAVOREVOLE – Il Responsabile dell’Area Tecnica, Geom. Marco Bonetti, 09/04/2026", small)],
             [Paragraph("Regolarità contabile: FAVOREVOLE – Il Responsabile dell’Area Finanziaria, Rag. Chiara Valbuzzi, 10/04/2026", small)]], colWidths=[170*mm])
pub.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.black), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e8eef5"))]))
S.append(KeepTogether([pub]))
S.append(Spacer(1, 8))
rel = Table([[Paragraph("<b>RELATA DI PUBBLICAZIONE</b>", small)],
             [Paragraph("Si attesta che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune per 15 giorni consecutivi dal 16/04/2026 al 01/05/2026 (Reg. Pubbl. n. 498) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.", small)],
             [Paragraph("Sondalo, 16/04/2026 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE – Dott.ssa Roberta Rinaldi", small)]], colWidths=[170*mm])
rel.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.black), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e8eef5"))]))
S.append(KeepTogether([rel]))
doc.build(S)
