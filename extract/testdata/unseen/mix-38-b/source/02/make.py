# Comune di Sasso Marconi - Consiglio deliberation, imitating a Doc/er-era atti print (ReportLab)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", F + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DVC", normal="DVC", bold="DVCB", italic="DVC", boldItalic="DVCB")

body = ParagraphStyle("b", fontName="DVC", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
pt = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)
ctr = ParagraphStyle("c", parent=body, fontName="DVCB", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6, fontSize=10.5)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
lab = ParagraphStyle("l", parent=body, fontName="DVCB", fontSize=8, leading=10, alignment=0, spaceAfter=0)
val = ParagraphStyle("v", parent=body, fontName="DVC", fontSize=9, leading=11, alignment=0, spaceAfter=0)
subj = ParagraphStyle("o", parent=body, fontName="DVCB", fontSize=10.5, leading=14, alignment=0)

ACT = "Deliberazione di Consiglio Comunale n. 21 del 27/04/2026"

def onpage(c, doc):
    c.saveState()
    c.setFont("DVB", 12); c.drawString(20*mm, 283*mm, "COMUNE DI SASSO MARCONI")
    c.setFont("DV", 7.5); c.drawString(20*mm, 279*mm, "Città metropolitana di Bologna – Piazza dei Martiri della Liberazione 6 – 40037 Sasso Marconi (BO)")
    c.setStrokeColor(colors.HexColor("#7a0019")); c.setLineWidth(1.2); c.line(20*mm, 276*mm, 190*mm, 276*mm)
    c.setFont("DV", 7); c.setFillColor(colors.grey)
    c.drawString(20*mm, 12*mm, ACT)
    c.drawRightString(190*mm, 12*mm, "Pag. %d" % doc.page)
    c.drawString(20*mm, 8.5*mm, "Documento prodotto in originale informatico e firmato digitalmente ai sensi dell'art. 20 del D.Lgs. 82/2005 (CAD)")
    c.restoreState()

doc = BaseDocTemplate("delibera-sassomarconi-docer.pdf", pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                      topMargin=26*mm, bottomMargin=20*mm, title=ACT, author="Comune di Sasso Marconi", creator="Doc/er - Atti")
doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm, 18*mm, 170*mm, 254*mm, id="f")], onPage=onpage)])
S = []
reg = Table([[Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE", ParagraphStyle("h", parent=lab, fontSize=11, leading=13)), Paragraph("Atto n.", lab), Paragraph("21", val), Paragraph("Data", lab), Paragraph("27/04/2026", val)],
             [Paragraph("Seduta pubblica di prima convocazione – sessione ordinaria", val), Paragraph("Proposta n.", lab), Paragraph("27", val), Paragraph("del", lab), Paragraph("15/04/2026", val)],
             [Paragraph("Struttura proponente: AREA SERVIZI FINANZIARI", val), Paragraph("Class.", lab), Paragraph("02.03", val), Paragraph("Fasc.", lab), Paragraph("2026/4", val)]],
            colWidths=[90*mm, 25*mm, 17*mm, 12*mm, 26*mm])
reg.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("INNERGRID", (1,0), (-1,-1), 0.3, colors.grey),
                         ("LINEAFTER", (0,0), (0,-1), 0.8, colors.black), ("BACKGROUND", (1,0), (1,-1), colors.HexColor("#eeeeee")),
                         ("BACKGROUND", (3,0), (3,-1), colors.HexColor("#eeeeee")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
S += [reg, Spacer(1, 8)]
S.append(Paragraph("OGGETTO", lab))
S.append(Paragraph("VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028 (ART. 175, COMMA 2, D.LGS. 267/2000) E APPLICAZIONE DI QUOTA VINCOLATA DEL RISULTATO DI AMMINISTRAZIONE 2025", subj))
S.append(Spacer(1, 4))
S.append(Paragraph("L'anno 2026 il giorno ventisette del mese di aprile alle ore 20:30 nella Sala consiliare \"Renato Ghedini\" si è riunito il Consiglio Comunale, convocato nei modi di legge con avviso prot. n. 9912 del 20/04/2026. Al momento della trattazione del presente oggetto risultano:", body))
members = [("MARTELLI LUCA", "Sindaco", True), ("FORNASARI ELENA", "Presidente", True), ("BARBIERI DAVIDE", "Consigliere", True),
           ("CASADIO MONICA", "Consigliere", True), ("DEGLI ESPOSTI FILIPPO", "Consigliere", True), ("GAMBERINI SARA", "Consigliere", True),
           ("LODI ALESSANDRO", "Consigliere", True), ("MAZZONI CHIARA", "Consigliere", False), ("NANNI ROBERTO", "Consigliere", True),
           ("PEDRINI GIULIA", "Consigliere", True), ("RIGHI STEFANO", "Consigliere", True), ("SERRA VALENTINA", "Consigliere", True),
           ("TAROZZI MARCO", "Consigliere", True), ("VENTURI ANNA", "Consigliere", True), ("ZANARDI PAOLO", "Consigliere", True),
           ("BONORA IVAN", "Consigliere", True), ("COSTA FEDERICA", "Consigliere", True)]
half = 9
rows = [["N.", "Componente", "Carica", "P/A", "N.", "Componente", "Carica", "P/A"]]
for i in range(half):
    a = members[i]; r = [str(i + 1), a[0], a[1], "P" if a[2] else "A"]
    if i + half < len(members):
        b = members[i + half]; r += [str(i + half + 1), b[0], b[1], "P" if b[2] else "A"]
    else:
        r += ["", "", "", ""]
    rows.append(r)
t = Table(rows, colWidths=[7*mm, 40*mm, 24*mm, 14*mm, 7*mm, 40*mm, 24*mm, 14*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DVC", 8.5), ("FONT", (0,0), (-1,0), "DVCB", 8.5),
                       ("LINEBELOW", (0,0), (-1,0), 0.6, colors.black), ("LINEAFTER", (3,0), (3,-1), 0.6, colors.black),
                       ("ALIGN", (3,0), (3,-1), "CENTER"), ("ALIGN", (7,0), (7,-1), "CENTER"),
                       ("BOTTOMPADDING", (0,0), (-1,-1), 1.5), ("TOPPADDING", (0,0), (-1,-1), 1.5)]))
S += [t, Spacer(1, 4)]
S.append(Paragraph("Presenti n. 16 &nbsp;&nbsp; Assenti n. 1", ParagraphStyle("x", parent=body, fontName="DVCB")))
S.append(Paragraph("Sono altresì presenti, senza diritto di voto, gli Assessori esterni: Cavazza Marta, Landi Pietro.", body))
S.append(Paragraph("Presiede la seduta la Presidente del Consiglio Elena Fornasari. Partecipa il Segretario Generale Dott. Andrea Puccetti, incaricato della redazione del verbale. Scrutatori: Lodi Alessandro, Righi Stefano, Costa Federica.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", ctr))
for s in ["Richiamate:",
          "– la deliberazione consiliare n. 78 del 19/12/2025, esecutiva, con la quale è stato approvato il Bilancio di previsione finanziario 2026-2028;",
          "– la deliberazione consiliare n. 14 del 30/03/2026, con la quale è stato approvato il Rendiconto della gestione 2025, che evidenzia un risultato di amministrazione di € 4.318.552,17, di cui parte vincolata pari a € 1.026.400,00;",
          "Dato atto che il Servizio Lavori Pubblici ha segnalato la necessità di finanziare interventi urgenti di ripristino della viabilità in località Fontana e Pontecchio danneggiata dagli eventi meteorologici di marzo 2026, e che il Servizio Sociale ha richiesto l'adeguamento degli stanziamenti per il contributo affitti;",
          "Visto il prospetto delle variazioni predisposto dall'Area Servizi Finanziari, allegato sub A) al presente atto quale parte integrante e sostanziale, dal quale risultano variazioni in entrata e in spesa per complessivi € 612.900,00 per l'esercizio 2026, con il mantenimento degli equilibri di bilancio;",
          "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 9 del 21/04/2026 (allegato B);",
          "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dalla Responsabile dell'Area Servizi Finanziari ai sensi degli artt. 49 e 147-bis del D.Lgs. 267/2000;",
          "Udita l'illustrazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, come da registrazione integrale conservata agli atti;",
          "Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente:",
          ]:
    S.append(Paragraph(s, body))
S.append(Paragraph("Presenti n. 16 – votanti n. 15 – favorevoli n. 11 – contrari n. 4 (Barbieri, Casadio, Pedrini, Zanardi) – astenuti n. 1 (Bonora)", ParagraphStyle("v2", parent=body, leftIndent=20, fontName="DVCB")))
S.append(Paragraph("DELIBERA", ctr))
for s in ["1) di approvare, ai sensi dell'art. 175, comma 2, del D.Lgs. 267/2000, le variazioni al Bilancio di previsione finanziario 2026-2028 riportate nell'allegato A), che forma parte integrante e sostanziale del presente atto;",
          "2) di applicare al bilancio 2026 la quota vincolata del risultato di amministrazione 2025 per l'importo di € 385.000,00, destinata agli interventi di ripristino della viabilità comunale;",
          "3) di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000 e che la variazione sarà trasmessa al Tesoriere comunale ai sensi dell'art. 216 del medesimo decreto."]:
    S.append(Paragraph(s, pt))
S.append(Paragraph("Successivamente, con separata votazione (presenti 16, votanti 15, favorevoli 11, contrari 4, astenuti 1), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, per consentire l'avvio dei lavori urgenti.", body))
S.append(Spacer(1, 10))
sig = Table([["La Presidente del Consiglio", "Il Segretario Generale"], ["Elena Fornasari", "Dott. Andrea Puccetti"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DVC", 9), ("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,2), (-1,2), "DVC", 7)]))
S.append(KeepTogether([sig]))
doc.build(S)
