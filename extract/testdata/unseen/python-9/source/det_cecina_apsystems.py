# Comune di Cecina - Determinazione dirigenziale - imitating an Apsystems-like print (ReportLab platypus, core Times)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
cb = ParagraphStyle("cb", parent=body, fontName="Times-Bold", alignment=TA_CENTER, fontSize=12, spaceBefore=4, spaceAfter=6)
lab = ParagraphStyle("l", parent=body, fontName="Times-Bold", fontSize=10, leading=12, alignment=0, spaceAfter=0)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)
num = ParagraphStyle("n", parent=body, leftIndent=8*mm, firstLineIndent=-8*mm)

def deco(c, d):
    c.saveState()
    c.setFont("Times-Roman", 8)
    c.drawString(20*mm, 12*mm, "Determinazione n. 1147 del 07/10/2025 - Settore Programmazione e Sviluppo del Territorio")
    c.drawRightString(190*mm, 12*mm, "%d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate("../det-cecina-apsystems.pdf", pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=14*mm,
                        bottomMargin=20*mm, title="Determinazione 1147/2025")
s = []
lh = Table([[Paragraph("<b>COMUNE DI CECINA</b>", ParagraphStyle("h", fontName="Times-Bold", fontSize=20, leading=23, alignment=TA_CENTER))],
            [Paragraph("Provincia di Livorno", ParagraphStyle("h2", fontName="Times-Italic", fontSize=11, leading=13, alignment=TA_CENTER))]],
           colWidths=[170*mm])
s += [lh, Spacer(1, 4*mm)]
box = Table([
    [Paragraph("SETTORE PROGRAMMAZIONE E SVILUPPO DEL TERRITORIO", lab), ""],
    [Paragraph("Servizio Lavori Pubblici e Manutenzioni", ParagraphStyle("x", parent=lab, fontName="Times-Roman")), ""],
    [Paragraph("DETERMINAZIONE DIRIGENZIALE", ParagraphStyle("dd", parent=lab, fontSize=13, leading=16)), ""],
    [Paragraph("N. Registro Generale: <b>1147</b> del <b>07/10/2025</b>", ParagraphStyle("y", parent=lab, fontName="Times-Roman", fontSize=10.5)),
     Paragraph("N. Registro Settore: <b>212</b> del 06/10/2025", ParagraphStyle("z", parent=lab, fontName="Times-Roman", fontSize=10.5))]],
    colWidths=[95*mm, 75*mm])
box.setStyle(TableStyle([("SPAN", (0,0), (1,0)), ("SPAN", (0,1), (1,1)), ("SPAN", (0,2), (1,2)),
                         ("BOX", (0,0), (-1,-1), 0.8, colors.black), ("LINEABOVE", (0,2), (-1,2), 0.4, colors.black),
                         ("LINEABOVE", (0,3), (-1,3), 0.4, colors.black), ("BACKGROUND", (0,2), (-1,2), colors.HexColor("#e4e4e4"))]))
s += [box, Spacer(1, 5*mm)]
s.append(Table([[Paragraph("<b>OGGETTO:</b>", body),
                 Paragraph("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, DEL SERVIZIO DI VERIFICA "
                           "PERIODICA DEGLI IMPIANTI ELEVATORI DEGLI EDIFICI COMUNALI - BIENNIO 2026/2027. CIG B8C4F21A07. IMPEGNO DI SPESA.",
                           ParagraphStyle("o", parent=body, fontName="Times-Bold", alignment=0))]],
               colWidths=[24*mm, 146*mm], style=[("VALIGN", (0,0), (-1,-1), "TOP"), ("LEFTPADDING", (0,0), (0,0), 0)]))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("IL DIRIGENTE", cb))
for p in [
 "<b>Visto</b> il decreto del Sindaco n. 18 del 30/06/2025, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore Programmazione e Sviluppo del Territorio;",
 "<b>Richiamate</b> la deliberazione del Consiglio Comunale n. 98 del 20/12/2024, di approvazione del bilancio di previsione 2025/2027, e la deliberazione della Giunta Comunale n. 4 del 14/01/2025, di approvazione del Piano Esecutivo di Gestione;",
 "<b>Premesso</b> che il Comune è proprietario di n. 14 impianti elevatori installati negli edifici scolastici, nella sede municipale e nella biblioteca comunale, soggetti a verifica periodica biennale ai sensi dell'art. 13 del D.P.R. 162/1999;",
 "<b>Considerato</b> che il contratto in essere scade il 31/12/2025 e che, a seguito di richiesta di preventivo tramite la piattaforma START della Regione Toscana, l'organismo notificato Verifiche Tirreno S.r.l., con sede in Livorno, ha offerto l'importo di € 9.240,00 oltre IVA per il biennio 2026/2027;",
 "<b>Ritenuta</b> l'offerta congrua in rapporto ai prezzi di mercato e verificato il possesso dei requisiti di carattere generale in capo all'operatore economico;",
 "<b>Visti</b> il D.Lgs. 267/2000, in particolare l'art. 107 e l'art. 183, e il D.Lgs. 36/2023;",
 "<b>Attestata</b> la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
    s.append(Paragraph(p, body))
s.append(Paragraph("DETERMINA", cb))
pts = [
 "di affidare, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023, il servizio di verifica periodica degli impianti elevatori degli edifici comunali per il biennio 2026/2027 alla ditta Verifiche Tirreno S.r.l., P.IVA 01938270497, per l'importo di € 9.240,00 oltre IVA 22%, per complessivi € 11.272,80;",
 "di impegnare la spesa complessiva di € 11.272,80 come indicato nella tabella che segue:",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di dare atto che il Responsabile Unico del Progetto è il Geom. Fabio Lenzi, istruttore tecnico del Servizio Lavori Pubblici e Manutenzioni;",
 "di attestare l'insussistenza di situazioni di conflitto di interesse ai sensi dell'art. 16 del D.Lgs. 36/2023;",
 "di trasmettere il presente atto al Settore Finanziario per l'apposizione del visto di regolarità contabile."]
for i, p in enumerate(pts, 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, p), num))
    if i == 2:
        t = Table([["Esercizio", "Missione/Programma", "Capitolo", "Importo"],
                   ["2026", "01.05", "1320/3", "€ 5.636,40"], ["2027", "01.05", "1320/3", "€ 5.636,40"]],
                  colWidths=[28*mm, 45*mm, 35*mm, 40*mm], hAlign="CENTER")
        t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.4, colors.black), ("FONT", (0,0), (-1,0), "Times-Bold", 10),
                               ("FONT", (0,1), (-1,-1), "Times-Roman", 10), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
        s += [t, Spacer(1, 3*mm)]
s.append(Spacer(1, 6*mm))
s.append(KeepTogether([Table([["", "IL DIRIGENTE DEL SETTORE"], ["", "Arch. Lorenzo Bacci"], ["", "(firmato digitalmente)"]],
                             colWidths=[85*mm, 85*mm],
                             style=[("ALIGN", (1,0), (1,-1), "CENTER"), ("FONT", (1,0), (1,0), "Times-Bold", 10.5),
                                    ("FONT", (1,1), (1,1), "Times-Roman", 10.5), ("FONT", (1,2), (1,2), "Times-Italic", 8.5)])]))
s.append(Spacer(1, 8*mm))
vis = [Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", ParagraphStyle("v", parent=cb, fontSize=10.5)),
       Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la "
                 "copertura finanziaria della spesa. Impegni n. 2026/118 e n. 2027/41.", small),
       Paragraph("Cecina, 08/10/2025 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Il Dirigente del Settore Finanze - Dott.ssa Irene Marchi (firmato digitalmente)", small)]
s.append(Table([[v] for v in vis], colWidths=[170*mm], style=[("BOX", (0,0), (-1,-1), 0.6, colors.black)]))
doc.build(s, onFirstPage=deco, onLaterPages=deco)
