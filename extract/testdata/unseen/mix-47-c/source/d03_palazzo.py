# Comune di Palazzo San Gervasio - Giunta deliberation, ReportLab platypus; roll in prose, points lettered
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Tim", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TimB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TimI", F + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Tim", 0, 0, "Tim"); addMapping("Tim", 1, 0, "TimB"); addMapping("Tim", 0, 1, "TimI"); addMapping("Tim", 1, 1, "TimB")
b = ParagraphStyle("b", fontName="Tim", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=4)
c = ParagraphStyle("c", parent=b, alignment=TA_CENTER)
h = ParagraphStyle("h", parent=c, fontName="TimB", fontSize=12.5, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle("pt", parent=b, leftIndent=18, firstLineIndent=-18)
def page(cv, doc):
    cv.saveState()
    cv.setFont("TimB", 15); cv.drawCentredString(A4[0]/2, A4[1]-20*mm, "COMUNE DI PALAZZO SAN GERVASIO")
    cv.setFont("TimI", 10); cv.drawCentredString(A4[0]/2, A4[1]-25*mm, "Provincia di Potenza")
    cv.setLineWidth(0.6); cv.line(20*mm, A4[1]-28*mm, A4[0]-20*mm, A4[1]-28*mm)
    cv.setFont("Tim", 8.5)
    cv.drawString(20*mm, 12*mm, "Delibera G.C. n. 41 del 17/03/2026")
    cv.drawRightString(A4[0]-20*mm, 12*mm, "pagina %d" % doc.page)
    cv.drawCentredString(A4[0]/2, 7*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    cv.restoreState()
doc = BaseDocTemplate("palazzo.pdf", pagesize=A4, title="Deliberazione G.C. 41/2026", author="Comune di Palazzo San Gervasio", creator="ReportLab – modulo Atti")
doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm, 18*mm, A4[0]-40*mm, A4[1]-50*mm)], onPage=page)])
s = []
s.append(Paragraph("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", h))
s.append(Paragraph("<b>N. 41</b> del <b>17 marzo 2026</b>", c)); s.append(Spacer(1, 6))
t = Table([[Paragraph("<b>OGGETTO:</b>", b), Paragraph("Concessione contributo straordinario all'Associazione Pro Loco di Palazzo San Gervasio per l'organizzazione della manifestazione «Palazzo in Festa 2026». Atto di indirizzo.", b)]], colWidths=[28*mm, 142*mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s += [t, Spacer(1, 8)]
for x in ["L'anno duemilaventisei, il giorno diciassette del mese di marzo, alle ore 13:15, nella Casa Comunale, si è riunita la Giunta Comunale convocata nelle forme di legge.",
 "Sono presenti i Sigg.: <b>MASTRO Michele</b> (Sindaco), <b>LAROCCA Anna</b> (Vice Sindaco), <b>CILLIS Donato</b> (Assessore); è assente la Sig.ra <b>TANCREDI Rosa</b> (Assessore).",
 "Presiede l'adunanza il Sindaco, Avv. Michele Mastro. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale, Dott. Vito Summa.",
 "Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto."]:
    s.append(Paragraph(x, b))
s.append(Paragraph("LA GIUNTA COMUNALE", h))
for x in ["PREMESSO che l'Associazione Pro Loco di Palazzo San Gervasio, con nota acquisita al protocollo n. 1602 del 04/03/2026, ha chiesto un contributo per l'organizzazione della manifestazione «Palazzo in Festa 2026», in programma nei giorni 24, 25 e 26 luglio 2026;",
 "VISTO il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 18 del 27/06/2019;",
 "RITENUTO che l'iniziativa contribuisca alla promozione turistica e culturale del territorio e che sussistano i presupposti per la concessione di un contributo straordinario di € 3.500,00;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile, resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dal Responsabile dell'Area Amministrativa e dal Responsabile dell'Area Finanziaria;",
 "CON votazione unanime, resa nei modi di legge,"]:
    s.append(Paragraph(x, b))
s.append(Paragraph("DELIBERA", h))
for l, x in zip("abcd", ["di concedere all'Associazione Pro Loco di Palazzo San Gervasio un contributo straordinario di € 3.500,00 per l'organizzazione della manifestazione «Palazzo in Festa 2026»;",
 "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di impegno e di liquidazione, quest'ultima subordinata alla presentazione del rendiconto delle spese sostenute;",
 "di imputare la spesa alla Missione 07, Programma 01, cap. 1452 del bilancio 2026/2028, esercizio 2026;",
 "di pubblicare il presente atto nella sezione «Amministrazione Trasparente», ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013."]):
    s.append(Paragraph("%s) %s" % (l, x), pt))
s.append(Spacer(1, 4))
s.append(Paragraph("Inoltre, con separata votazione unanime, stante l'urgenza di provvedere, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", b))
s.append(Spacer(1, 10)); s.append(Paragraph("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.", b)); s.append(Spacer(1, 6))
sig = Table([[Paragraph("IL SINDACO<br/>F.to Avv. Michele Mastro", c), Paragraph("IL SEGRETARIO COMUNALE<br/>F.to Dott. Vito Summa", c)]], colWidths=[85*mm, 85*mm])
s += [sig, Spacer(1, 12)]
pub = Table([[Paragraph("<b>RELATA DI PUBBLICAZIONE</b><br/>Copia della presente deliberazione è pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal 19/03/2026 (Reg. Pubbl. n. 318).<br/>Palazzo San Gervasio, 19/03/2026 — Il Messo Comunale F.to Rocco Digiorgio", b)]], colWidths=[170*mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1f1"))]))
s.append(pub)
doc.build(s)
