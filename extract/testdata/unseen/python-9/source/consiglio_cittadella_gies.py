# Comune di Cittadella - Consiglio - imitating a Gies-like print (ReportLab platypus, embedded DejaVu Sans)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
cb = ParagraphStyle("cb", parent=body, fontName="DVB", alignment=TA_CENTER, fontSize=10.5, spaceBefore=4, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5)
num = ParagraphStyle("n", parent=body, leftIndent=8*mm, firstLineIndent=-8*mm)

def deco(c, d):
    c.saveState()
    c.setFont("DVB", 13); c.drawString(40*mm, 282*mm, "COMUNE DI CITTADELLA")
    c.setFont("DV", 8.5); c.drawString(40*mm, 277.5*mm, "Provincia di Padova")
    c.setFont("DV", 7); c.drawString(40*mm, 273.5*mm, "Via Indipendenza, 41 - 35013 Cittadella (PD) - C.F. 81000370288")
    c.setStrokeColor(colors.HexColor("#7a1f1f")); c.setLineWidth(2); c.rect(20*mm, 272*mm, 14*mm, 14*mm)
    c.setFont("DV", 5); c.drawCentredString(27*mm, 278*mm, "STEMMA")
    c.setLineWidth(0.7); c.line(20*mm, 269*mm, 190*mm, 269*mm)
    c.setFont("DV", 7); c.setFillColor(colors.black)
    c.drawString(20*mm, 10*mm, "Delibera di Consiglio Comunale n. 18 del 28/04/2025")
    c.drawRightString(190*mm, 10*mm, "pag. %d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate("../consiglio-cittadella-gies.pdf", pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=32*mm, bottomMargin=18*mm, title="Delibera CC 18/2025")
s = []
s.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", cb))
hdr = Table([["N. 18", "Seduta del 28/04/2025", "ore 20:30"],
             ["Sessione ordinaria", "Seduta pubblica", "Prima convocazione"]], colWidths=[56*mm, 58*mm, 56*mm])
hdr.setStyle(TableStyle([("FONT", (0,0), (-1,0), "DVB", 10), ("FONT", (0,1), (-1,1), "DV", 8),
                         ("ALIGN", (0,0), (-1,-1), "CENTER"), ("BOX", (0,0), (-1,-1), 0.6, colors.black),
                         ("LINEBELOW", (0,0), (-1,0), 0.3, colors.grey)]))
s += [hdr, Spacer(1, 4*mm)]
s.append(Table([[Paragraph("<b>Oggetto:</b>", body), Paragraph("<b>APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2024 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000.</b>", ParagraphStyle("o", parent=body, alignment=0))]],
               colWidths=[20*mm, 150*mm], style=[("VALIGN", (0,0), (-1,-1), "TOP"), ("LEFTPADDING", (0,0), (0,0), 0),
                                                   ("BACKGROUND", (0,0), (-1,-1), colors.HexColor("#eeeeee"))]))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("Nella Sala Consiliare di Palazzo Pretorio, convocato con avvisi scritti recapitati a norma di legge, si è riunito "
                   "il Consiglio Comunale. Eseguito l'appello nominale, risultano:", body))
left = [("PASQUALOTTO LUCA", "Sindaco", "P"), ("BORTOLAZZO ROBERTO", "Presidente", "P"), ("SARTORE ELISA", "", "P"),
        ("MENEGHETTI PAOLO", "", "P"), ("ZAMPIERI GIORGIA", "", "P"), ("FAVERO MATTEO", "", "P"),
        ("BALDISSERA CHIARA", "", "P"), ("GASPARINI ENRICO", "", "P"), ("MARCON SILVIA", "", "A")]
right = [("DALLA COSTA MICHELE", "", "P"), ("RIGON FEDERICA", "", "P"), ("BERTIN ALBERTO", "", "P"),
         ("CECCATO LAURA", "", "P"), ("FRASSON DIEGO", "", "P"), ("TONIOLO MARTINA", "", "P"),
         ("LAGO STEFANO", "", "P"), ("CAZZARO IVANO", "", "P")]
rows = [["Componente", "", "P/A", "Componente", "", "P/A"]]
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ("", "", "")
    b = right[i] if i < len(right) else ("", "", "")
    rows.append([a[0], a[1], a[2], b[0], b[1], b[2]])
t = Table(rows, colWidths=[50*mm, 22*mm, 12*mm, 50*mm, 22*mm, 12*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DV", 8.5), ("FONT", (0,0), (-1,0), "DVB", 8.5),
                       ("FONT", (1,1), (1,-1), "DVI", 7.5), ("ALIGN", (2,0), (2,-1), "CENTER"), ("ALIGN", (5,0), (5,-1), "CENTER"),
                       ("LINEBELOW", (0,0), (-1,0), 0.6, colors.black), ("LINEAFTER", (2,0), (2,-1), 0.6, colors.black),
                       ("BOX", (0,0), (-1,-1), 0.6, colors.black), ("TOPPADDING", (0,0), (-1,-1), 1), ("BOTTOMPADDING", (0,0), (-1,-1), 1.5)]))
s += [t, Spacer(1, 2*mm)]
s.append(Paragraph("Presenti n. 16 &nbsp;&nbsp;&nbsp; Assenti n. 1", ParagraphStyle("x", parent=body, fontName="DVB")))
s.append(Paragraph("Partecipa alla seduta il Segretario Generale Dott. Andrea Furlan. Il Sig. Roberto Bortolazzo, nella sua qualità di "
                   "Presidente del Consiglio Comunale, constatato il numero legale degli intervenuti, dichiara aperta la seduta. "
                   "Sono nominati scrutatori i consiglieri Favero, Rigon e Lago.", body))
s.append(Paragraph("IL CONSIGLIO COMUNALE", cb))
for p in [
 "PREMESSO che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale, e che esso è deliberato entro il 30 aprile dell'anno successivo;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 52 del 27/03/2025, con la quale è stato approvato lo schema di rendiconto della gestione 2024 e la relazione sulla gestione di cui all'art. 231 del D.Lgs. 267/2000;",
 "VISTA la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 9874 del 08/04/2025, con parere favorevole;",
 "DATO ATTO che il rendiconto 2024 chiude con un risultato di amministrazione di € 4.318.227,45, di cui parte accantonata € 2.104.560,00, parte vincolata € 987.340,12, parte destinata agli investimenti € 310.000,00 e parte disponibile € 916.327,33;",
 "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, riportati nella registrazione integrale della seduta conservata agli atti;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Dirigente dell'Area Economico-Finanziaria, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "CON voti favorevoli n. 11, contrari n. 4 (Bertin, Ceccato, Frasson, Toniolo), astenuti n. 1 (Lago), espressi per alzata di mano dai n. 16 consiglieri presenti,"]:
    s.append(Paragraph(p, body))
s.append(Paragraph("DELIBERA", cb))
for i, p in enumerate([
 "di approvare il rendiconto della gestione per l'esercizio finanziario 2024, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti dall'art. 11, comma 4, del D.Lgs. 118/2011;",
 "di accertare il risultato di amministrazione al 31/12/2024 in € 4.318.227,45, articolato come indicato in premessa;",
 "di dare atto che l'Ente rispetta i parametri di deficitarietà strutturale di cui al D.M. 4 agosto 2023 e non si trova in condizione di deficitarietà;",
 "di approvare la relazione sulla gestione di cui all'art. 231 del D.Lgs. 267/2000;",
 "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."], 1):
    s.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), num))
s.append(Paragraph("Successivamente, IL CONSIGLIO COMUNALE, con voti favorevoli n. 11, contrari n. 4, astenuti n. 1, espressi per alzata di "
                   "mano, DICHIARA il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
s.append(Spacer(1, 6*mm))
sig = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"], ["Roberto Bortolazzo", "dott. Andrea Furlan"],
             ["documento firmato digitalmente", "documento firmato digitalmente"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,0), "DVB", 8.5), ("FONT", (0,1), (-1,1), "DV", 9),
                         ("FONT", (0,2), (-1,2), "DVI", 7)]))
s.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", body), sig]))
s.append(Spacer(1, 8*mm))
s.append(Paragraph("REFERTO DI PUBBLICAZIONE", cb))
s.append(Paragraph("Copia del presente verbale viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi a partire dal "
                   "06/05/2025 (art. 124, comma 1, D.Lgs. 267/2000). Registro pubblicazioni n. 877.", small))
doc.build(s, onFirstPage=deco, onLaterPages=deco)
