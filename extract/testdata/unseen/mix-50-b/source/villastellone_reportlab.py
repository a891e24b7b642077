# Giunta deliberation of Villastellone, imitating a ReportLab (platypus) print
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B")
addMapping("LSerif", 0, 1, "LSerif-I"); addMapping("LSerif", 1, 1, "LSerif-B")

out = sys.argv[1]
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.5, alignment=4, spaceAfter=5)
bold = ParagraphStyle("bb", parent=body, fontName="LSerif-B")
ctr = ParagraphStyle("c", parent=body, alignment=1)
ctrb = ParagraphStyle("cb", parent=ctr, fontName="LSerif-B", fontSize=13, leading=16)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)

def head_foot(c, doc):
    c.saveState()
    c.setFont("LSans-B", 15)
    c.drawCentredString(A4[0]/2, A4[1]-22*mm, "COMUNE DI VILLASTELLONE")
    c.setFont("LSans", 9.5)
    c.drawCentredString(A4[0]/2, A4[1]-27*mm, "Città Metropolitana di Torino")
    c.drawCentredString(A4[0]/2, A4[1]-31.5*mm, "Piazza Libertà, 7 – 10029 Villastellone (TO) – C.F. 84500790010")
    c.setLineWidth(0.8); c.line(20*mm, A4[1]-34*mm, A4[0]-20*mm, A4[1]-34*mm)
    c.setFont("LSans", 8)
    c.drawString(20*mm, 14*mm, "Deliberazione G.C. n. 38 del 14/04/2026")
    c.drawRightString(A4[0]-20*mm, 14*mm, "Pag. %d di 2" % doc.page)
    c.drawCentredString(A4[0]/2, 9*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm,
                      topMargin=40*mm, bottomMargin=22*mm,
                      title="Deliberazione G.C. n. 38/2026", author="Comune di Villastellone")
doc.addPageTemplates([PageTemplate(frames=[Frame(22*mm, 22*mm, A4[0]-44*mm, A4[1]-62*mm, id="f")], onPage=head_foot)])

S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", ctrb))
S.append(Paragraph("N. 38", ctrb))
S.append(Spacer(1, 4*mm))
t = Table([[Paragraph("<b>OGGETTO:</b>", body),
            Paragraph("<b>APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE “PRO LOCO VILLASTELLONE” PER LA GESTIONE DEL SALONE POLIVALENTE DI VIA COTTOLENGO – ANNI 2026/2027.</b>", body)]],
          colWidths=[28*mm, None])
t.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"),
                       ("TOPPADDING", (0,0), (-1,-1), 5), ("BOTTOMPADDING", (0,0), (-1,-1), 3)]))
S.append(t); S.append(Spacer(1, 5*mm))
S.append(Paragraph("L’anno <b>duemilaventisei</b> addì <b>quattordici</b> del mese di <b>aprile</b> alle ore <b>18:30</b> nella solita sala delle adunanze, convocata dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", body))
rows = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["FERRERO DAVIDE", "Sindaco", "X", ""],
        ["GAIDANO ELISA", "Vice Sindaco", "X", ""],
        ["BOSIO MARCO", "Assessore", "", "X"],
        ["TAMIETTI CHIARA", "Assessore", "X", ""],
        ["OSELLA RICCARDO", "Assessore", "X", ""],
        ["", "Totale", "4", "1"]]
rt = Table(rows, colWidths=[62*mm, 42*mm, 24*mm, 24*mm])
rt.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "LSerif", 10.5), ("FONT", (0,0), (-1,0), "LSerif-B", 10.5),
    ("FONT", (0,-1), (-1,-1), "LSerif-B", 10.5),
    ("GRID", (0,0), (-1,-2), 0.5, colors.black), ("BOX", (1,-1), (-1,-1), 0.5, colors.black),
    ("INNERGRID", (1,-1), (-1,-1), 0.5, colors.black),
    ("ALIGN", (2,0), (-1,-1), "CENTER"), ("BACKGROUND", (0,0), (-1,0), colors.Color(0.88,0.88,0.88))]))
S.append(rt); S.append(Spacer(1, 4*mm))
S.append(Paragraph("Assiste all’adunanza il Segretario Comunale <b>Dott.ssa Paola Marchisio</b> la quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il Sig. <b>Davide Ferrero</b> nella sua qualità di <b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body))
S.append(Spacer(1, 3*mm))
S.append(Paragraph("LA GIUNTA COMUNALE", ctrb))
for p in [
 "Premesso che il Comune di Villastellone è proprietario del salone polivalente sito in Via Cottolengo n. 14, utilizzato per attività culturali, ricreative e di aggregazione della comunità locale;",
 "Richiamata la deliberazione del Consiglio Comunale n. 9 del 27/02/2026, esecutiva, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028, che prevede la valorizzazione delle strutture comunali mediante forme di collaborazione con le associazioni del territorio;",
 "Vista la nota prot. n. 2143 del 24/03/2026 con la quale l’Associazione “Pro Loco Villastellone” ha manifestato la propria disponibilità a curare l’apertura, la custodia e la pulizia ordinaria del salone per il biennio 2026/2027;",
 "Visto lo schema di convenzione predisposto dall’Ufficio Segreteria, allegato al presente atto quale parte integrante e sostanziale, che prevede un rimborso forfettario annuo delle spese pari a € 3.800,00;",
 "Visto il D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), ed in particolare l’art. 56;",
 "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili dei Servizi interessati;",
 "Con voti unanimi favorevoli espressi in forma palese;"]:
    S.append(Paragraph(p, body))
S.append(Paragraph("D E L I B E R A", ctrb))
pts = ["di approvare, per le motivazioni espresse in premessa, lo schema di convenzione con l’Associazione “Pro Loco Villastellone” per la gestione del salone polivalente di Via Cottolengo per gli anni 2026/2027, allegato alla presente quale parte integrante e sostanziale;",
 "di dare atto che la spesa complessiva di € 7.600,00 trova copertura al capitolo 10520/3 del bilancio di previsione 2026/2028, annualità 2026 e 2027, per € 3.800,00 ciascuna;",
 "di demandare al Responsabile del Servizio Amministrativo l’adozione degli atti gestionali conseguenti, ivi compresa la sottoscrizione della convenzione;",
 "di comunicare la presente deliberazione ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000."]
for i, p in enumerate(pts, 1):
    S.append(Table([[Paragraph("%d." % i, body), Paragraph(p, body)]], colWidths=[8*mm, None],
                   style=[("VALIGN", (0,0), (-1,-1), "TOP"), ("LEFTPADDING", (0,0), (-1,-1), 0)]))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 6*mm))
S.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["Davide Ferrero", "Dott.ssa Paola Marchisio"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[80*mm, 80*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,0), "LSerif-B", 11), ("FONT", (0,1), (-1,-1), "LSerif", 11),
                         ("FONT", (0,2), (-1,2), "LSerif-I", 9), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 8*mm))
pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all’Albo Pretorio on line per 15 giorni consecutivi dal 16/04/2026 al 01/05/2026 (reg. pubbl. n. 402).<br/>Villastellone, 16/04/2026 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE – Dott.ssa Paola Marchisio", small)]], colWidths=[160*mm])
pub.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, colors.black), ("TOPPADDING", (0,0), (-1,-1), 5)]))
S.append(KeepTogether([pub]))
doc.build(S)
