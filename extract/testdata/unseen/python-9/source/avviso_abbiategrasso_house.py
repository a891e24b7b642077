# Comune di Abbiategrasso - numbered avviso pubblico - the municipality's own house style (ReportLab platypus, embedded DejaVu Sans Condensed)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DC", D + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCB", D + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DCI", D + "DejaVuSansCondensed-Oblique.ttf"))
pdfmetrics.registerFontFamily("DC", normal="DC", bold="DCB", italic="DCI", boldItalic="DCB")
GREEN = colors.HexColor("#1d5e3a")
body = ParagraphStyle("b", fontName="DC", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
art = ParagraphStyle("a", parent=body, fontName="DCB", textColor=GREEN, spaceBefore=5, spaceAfter=2, alignment=0, keepWithNext=1)
cb = ParagraphStyle("cb", parent=body, fontName="DCB", alignment=TA_CENTER, fontSize=11.5, leading=15)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
bul = ParagraphStyle("bl", parent=body, leftIndent=6*mm, firstLineIndent=-4*mm)

def deco(c, d):
    c.saveState()
    c.setFillColor(GREEN); c.rect(0, 283*mm, 210*mm, 14*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DCB", 14); c.drawString(20*mm, 288.5*mm, "CITTÀ DI ABBIATEGRASSO")
    c.setFont("DC", 8.5); c.drawRightString(190*mm, 288.5*mm, "Città Metropolitana di Milano")
    c.setFillColor(colors.black); c.setFont("DC", 7)
    c.drawString(20*mm, 12*mm, "Piazza Vittorio Veneto, 1 - 20081 Abbiategrasso (MI) - PEC: comune.abbiategrasso@legalpec.it")
    c.drawRightString(190*mm, 12*mm, "%d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate("../avviso-abbiategrasso-house.pdf", pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=22*mm,
                        bottomMargin=20*mm, title="Avviso pubblico n. 7/2025")
s = []
s.append(Paragraph("<b>Settore Servizi Educativi, Cultura e Sport</b><br/>Servizio Sport e Tempo Libero",
                   ParagraphStyle("u", parent=body, alignment=0, textColor=GREEN)))
s.append(Paragraph("Prot. n. 45821 del 03/11/2025", ParagraphStyle("p", parent=small, alignment=2)))
s.append(Spacer(1, 5*mm))
s.append(Paragraph("AVVISO PUBBLICO N. 7/2025", ParagraphStyle("t", parent=cb, fontSize=15, leading=19)))
s.append(Spacer(1, 1*mm))
s.append(Paragraph("CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE SPORTIVA 2025/2026", cb))
s.append(Spacer(1, 5*mm))
s.append(Paragraph("IL DIRIGENTE DEL SETTORE", cb))
s.append(Paragraph("in esecuzione della deliberazione della Giunta Comunale n. 211 del 21/10/2025, che ha approvato i criteri per "
                   "l'assegnazione dei contributi, e della propria determinazione n. 1289 del 30/10/2025, di approvazione del "
                   "presente avviso,", body))
s.append(Paragraph("RENDE NOTO", cb))
s.append(Paragraph("che è indetta una procedura pubblica per la concessione di contributi economici a sostegno dell'attività "
                   "sportiva di base svolta sul territorio comunale, secondo le disposizioni che seguono.", body))
arts = [
 ("Art. 1 - Finalità", ["Il Comune di Abbiategrasso sostiene l'attività delle associazioni e società sportive dilettantistiche che "
   "promuovono la pratica sportiva dei giovani fino a 18 anni, delle persone con disabilità e degli anziani, nel rispetto del "
   "Regolamento comunale per la concessione di contributi approvato con deliberazione del Consiglio Comunale n. 27 del 15/04/2021."]),
 ("Art. 2 - Soggetti ammessi", ["Possono presentare domanda le associazioni e società sportive dilettantistiche che:",
   "• siano iscritte al Registro nazionale delle attività sportive dilettantistiche (RASD);",
   "• abbiano sede legale od operativa nel Comune di Abbiategrasso;",
   "• svolgano attività continuativa sul territorio comunale da almeno un anno alla data di pubblicazione del presente avviso."]),
 ("Art. 3 - Risorse disponibili", ["Le risorse complessivamente disponibili ammontano a € 45.000,00. Il contributo assegnato a "
   "ciascun soggetto non potrà superare il 50% delle spese ammissibili e, in ogni caso, l'importo di € 6.000,00."]),
 ("Art. 4 - Modalità e termini di presentazione", ["Le domande, redatte sul modulo allegato al presente avviso (Allegato A) e "
   "sottoscritte dal legale rappresentante, devono pervenire <b>entro le ore 12:00 del giorno 5 dicembre 2025</b> esclusivamente "
   "a mezzo PEC all'indirizzo comune.abbiategrasso@legalpec.it, indicando nell'oggetto \"Avviso contributi sport 2025/2026\"."]),
 ("Art. 5 - Criteri di valutazione", ["Le domande sono valutate da una commissione nominata dal Dirigente, secondo i criteri che seguono:"]),
]
for h, ps in arts:
    s.append(Paragraph(h, art))
    for p in ps:
        s.append(Paragraph(p, bul if p.startswith("•") else body))
crit = Table([["Criterio", "Punti"], ["Numero di atleti tesserati residenti, di età inferiore a 18 anni", "max 35"],
              ["Attività rivolte a persone con disabilità", "max 25"], ["Partecipazione a campionati federali o di enti di promozione", "max 20"],
              ["Iniziative gratuite aperte alla cittadinanza", "max 20"], ["Totale", "100"]], colWidths=[130*mm, 30*mm])
crit.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DC", 9), ("FONT", (0,0), (-1,0), "DCB", 9), ("FONT", (0,-1), (-1,-1), "DCB", 9),
                          ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#dcebe1")), ("GRID", (0,0), (-1,-1), 0.4, GREEN),
                          ("ALIGN", (1,0), (1,-1), "CENTER")]))
s += [crit, Spacer(1, 2*mm)]
for h, ps in [
 ("Art. 6 - Erogazione del contributo", ["Il contributo è liquidato in un'unica soluzione, a conclusione della stagione sportiva, "
   "previa presentazione del rendiconto delle spese sostenute e di una relazione sull'attività svolta."]),
 ("Art. 7 - Trattamento dei dati personali", ["I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente "
   "per le finalità connesse alla presente procedura. Titolare del trattamento è il Comune di Abbiategrasso."]),
 ("Art. 8 - Informazioni", ["Il Responsabile del procedimento è la Dott.ssa Silvia Rognoni, Servizio Sport e Tempo Libero "
   "(tel. 02 94692 418, sport@comune.abbiategrasso.mi.it). Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito "
   "istituzionale dell'Ente fino alla scadenza del termine."])]:
    s.append(Paragraph(h, art))
    for p in ps: s.append(Paragraph(p, body))
s.append(Spacer(1, 6*mm))
s.append(KeepTogether([Table([["Abbiategrasso, 3 novembre 2025", "IL DIRIGENTE DEL SETTORE"], ["", "Dott. Emanuele Colombo"],
                              ["", "documento firmato digitalmente"]], colWidths=[85*mm, 85*mm],
                             style=[("FONT", (0,0), (-1,-1), "DC", 10), ("FONT", (1,0), (1,0), "DCB", 10), ("FONT", (1,2), (1,2), "DCI", 7.5),
                                    ("ALIGN", (1,0), (1,-1), "CENTER")])]))
s.append(Spacer(1, 4*mm))
s.append(Paragraph("Allegati: A) modulo di domanda; B) schema di rendiconto.", small))
doc.build(s, onFirstPage=deco, onLaterPages=deco)
