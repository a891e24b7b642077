"""Giunta, Comune di Jesi: Halley-style print (ReportLab platypus, base-14 Helvetica, not embedded),
number and session date in a two-cell header, attendance table split over two column groups
(P/A single column), not immediately executive (art. 134 c. 3), points numbered 1) 2) 3)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import out

F, FB = "Helvetica", "Helvetica-Bold"
b = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
c = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName=FB, fontSize=11, spaceBefore=5, spaceAfter=5)
pt = ParagraphStyle("p", parent=b, leftIndent=8*mm, firstLineIndent=-8*mm)

def header(cv, doc):
    cv.saveState()
    cv.setFont(FB, 15); cv.drawCentredString(A4[0]/2, A4[1]-18*mm, "COMUNE DI JESI")
    cv.setFont(F, 9); cv.drawCentredString(A4[0]/2, A4[1]-23*mm, "(Provincia di Ancona)")
    cv.setLineWidth(0.6); cv.line(18*mm, A4[1]-26*mm, A4[0]-18*mm, A4[1]-26*mm)
    cv.setFont(F, 7.5)
    cv.drawString(18*mm, 10*mm, "Delibera G.C. n. 298 del 22.10.2025")
    cv.drawRightString(A4[0]-18*mm, 10*mm, "pag. %d" % doc.page)
    cv.restoreState()

s = []
s.append(Paragraph("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", c))
hd = Table([["Atto n. 298", "Seduta del 22.10.2025"]], colWidths=[87*mm, 87*mm])
hd.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FB), ("FONTSIZE", (0, 0), (-1, -1), 11),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.black),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
s.append(hd); s.append(Spacer(1, 4*mm))
s.append(Paragraph("<b>Oggetto:</b> Concessione del patrocinio e di un contributo economico all'associazione "
                   "\"Jesi Musica Aperta\" per la rassegna concertistica autunnale 2025.", b))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("L'anno 2025, il giorno ventidue del mese di ottobre alle ore 13,30 nella Residenza Municipale, "
                   "si è riunita la Giunta Comunale, regolarmente convocata, con l'intervento dei Signori:", b))
L = [("CARLONI MASSIMO", "Sindaco", "P"), ("PIERANTONI ELISA", "Vice Sindaco", "P"),
     ("GIACANI FABIO", "Assessore", "P"), ("ROMAGNOLI TERESA", "Assessore", "A")]
R = [("MANCINELLI DAVIDE", "Assessore", "P"), ("SBARBATI LUCIA", "Assessore", "P"),
     ("TITTARELLI ENRICO", "Assessore", "A"), ("CAMPANELLI SERENA", "Assessore", "P")]
rows = [["Componente", "Carica", "P/A", "", "Componente", "Carica", "P/A"]]
for l, r in zip(L, R):
    rows.append(list(l) + [""] + list(r))
t = Table(rows, colWidths=[40*mm, 24*mm, 10*mm, 6*mm, 40*mm, 24*mm, 10*mm])
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
                       ("FONTNAME", (0, 0), (-1, 0), FB),
                       ("GRID", (0, 0), (2, -1), 0.4, colors.black), ("GRID", (4, 0), (6, -1), 0.4, colors.black),
                       ("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (6, 0), (6, -1), "CENTER")]))
s.append(t)
s.append(Paragraph("Presenti n. 6 &nbsp;&nbsp;&nbsp; Assenti n. 2", ParagraphStyle("r", parent=b, spaceBefore=4)))
s.append(Paragraph("Assume la presidenza il Sindaco Massimo Carloni. Partecipa alla seduta il Vice Segretario "
                   "Generale Dott. Stefano Bacelli, incaricato della redazione del verbale.", b))
s.append(Paragraph("Il Presidente, riconosciuta la validità della seduta, invita la Giunta ad esaminare la "
                   "proposta di deliberazione indicata in oggetto.", b))
s.append(Paragraph("LA GIUNTA COMUNALE", c))
for p in [
    "Vista la richiesta presentata dall'associazione \"Jesi Musica Aperta\", con sede in via Gramsci n. 14, "
    "acquisita al protocollo generale n. 48213 del 01.10.2025, con la quale si chiede la concessione del patrocinio "
    "comunale e di un contributo economico per la realizzazione della rassegna concertistica autunnale, articolata "
    "in otto appuntamenti presso il Teatro Studio e la chiesa di San Floriano;",
    "Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione "
    "del Consiglio Comunale n. 77 del 29.06.2018, ed in particolare l'art. 6 che disciplina i contributi per "
    "iniziative di rilevanza cittadina;",
    "Considerato che l'iniziativa riveste particolare interesse per la promozione della cultura musicale e per la "
    "valorizzazione dei luoghi storici della città, come attestato nella relazione istruttoria dell'Ufficio Cultura;",
    "Dato atto che sul capitolo 5210/30 \"Contributi ad associazioni culturali\" del bilancio 2025 sussiste la "
    "necessaria disponibilità;",
    "Visti i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000 dal Dirigente "
    "dell'Area Servizi al Cittadino in ordine alla regolarità tecnica e dal Dirigente dell'Area Risorse "
    "Finanziarie in ordine alla regolarità contabile;",
    "All'unanimità dei voti espressi in forma palese,"]:
    s.append(Paragraph(p, b))
s.append(Paragraph("DELIBERA", c))
for i, p in enumerate([
    "di concedere il patrocinio del Comune di Jesi alla rassegna concertistica autunnale 2025 organizzata "
    "dall'associazione \"Jesi Musica Aperta\", con facoltà di utilizzo dello stemma comunale sul materiale "
    "promozionale;",
    "di concedere all'associazione medesima un contributo economico di € 3.500,00, da liquidarsi a "
    "presentazione del rendiconto delle spese sostenute;",
    "di demandare al Dirigente dell'Area Servizi al Cittadino l'adozione del relativo impegno di spesa e di "
    "ogni ulteriore adempimento."], 1):
    s.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), pt))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla pubblicazione "
                   "all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.", b))
s.append(Spacer(1, 6*mm))
s.append(Paragraph("Letto, confermato e sottoscritto.", b))
sg = Table([["IL SINDACO", "IL VICE SEGRETARIO GENERALE"], ["F.to Massimo Carloni", "F.to Dott. Stefano Bacelli"]],
           colWidths=[87*mm, 87*mm])
sg.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
s.append(sg)
s.append(Spacer(1, 6*mm))
s.append(Paragraph("Copia conforme all'originale per uso amministrativo. Jesi, 24.10.2025 – L'Istruttore "
                   "Amministrativo Marisa Gregori", ParagraphStyle("sm", parent=b, fontSize=8, leading=10)))
doc = SimpleDocTemplate(out("giunta-jesi-split.pdf"), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm,
                        topMargin=32*mm, bottomMargin=18*mm)
doc.build(s, onFirstPage=header, onLaterPages=header)
