# Tarcento determinazione -- ReportLab platypus, imitating an "Ermes" atti-module print
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

L = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LSans", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", L + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B"); addMapping("LSans", 0, 1, "LSans-I"); addMapping("LSans", 1, 1, "LSans-B")

body = ParagraphStyle("b", fontName="LSans", fontSize=9.8, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
pt = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSans-B", fontSize=10.5, spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle("l", fontName="LSans-B", fontSize=8, leading=10)
val = ParagraphStyle("v", fontName="LSans", fontSize=9.5, leading=11.5)
small = ParagraphStyle("s", fontName="LSans", fontSize=7.8, leading=9.5)

def page(c, d):
    c.saveState()
    c.setFont("LSans-B", 13); c.drawString(20*mm, 282*mm, "COMUNE DI TARCENTO")
    c.setFont("LSans-I", 9); c.drawString(20*mm, 277.5*mm, "Comun di Tarcint")
    c.setFont("LSans", 7.5); c.drawRightString(190*mm, 282*mm, "Regione Autonoma Friuli Venezia Giulia")
    c.drawRightString(190*mm, 278.5*mm, "Piazza Roma, 7 – 33017 Tarcento (UD) – P.IVA 00470520309")
    c.drawRightString(190*mm, 275*mm, "PEC: comune.tarcento@certgov.fvg.it")
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1.2); c.line(20*mm, 272*mm, 190*mm, 272*mm)
    c.setLineWidth(0.4); c.setStrokeColor(colors.grey); c.line(20*mm, 16*mm, 190*mm, 16*mm)
    c.setFont("LSans", 7); c.setFillColor(colors.HexColor("#333333"))
    c.drawString(20*mm, 12*mm, "Determinazione n. 187 del 13/03/2026 – Area Tecnica – Ermes Atti Amministrativi")
    c.drawRightString(190*mm, 12*mm, "Pag. %d" % d.page)
    c.restoreState()

doc = BaseDocTemplate("determina-tarcento.pdf", pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=30*mm, bottomMargin=22*mm,
                      title="Determinazione n. 187/2026", author="Comune di Tarcento", creator="Ermes Atti Amministrativi 3.8")
doc.addPageTemplates([PageTemplate("p", [Frame(20*mm, 22*mm, 170*mm, 246*mm, id="f")], onPage=page)])
S = []
S.append(Paragraph("AREA TECNICA", ParagraphStyle("a", fontName="LSans-B", fontSize=11, alignment=TA_CENTER, leading=14)))
S.append(Paragraph("Servizio Lavori Pubblici e Manutenzioni", ParagraphStyle("a2", fontName="LSans", fontSize=9.5, alignment=TA_CENTER, leading=12, spaceAfter=6)))
S.append(Paragraph("DETERMINAZIONE DEL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE", ParagraphStyle("t", fontName="LSans-B", fontSize=10, alignment=TA_CENTER, leading=13, spaceAfter=6)))
g = [[Paragraph("Registro generale", lab), Paragraph("N. 187", val), Paragraph("Data", lab), Paragraph("13/03/2026", val)],
     [Paragraph("Registro di settore", lab), Paragraph("N. 42", val), Paragraph("Data", lab), Paragraph("12/03/2026", val)],
     [Paragraph("Proposta", lab), Paragraph("N. 51", val), Paragraph("Data", lab), Paragraph("11/03/2026", val)]]
t = Table(g, colWidths=[38*mm, 47*mm, 25*mm, 60*mm])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.HexColor("#1f4e79")), ("BACKGROUND", (0,0), (0,-1), colors.HexColor("#dfe8f2")),
                       ("BACKGROUND", (2,0), (2,-1), colors.HexColor("#dfe8f2")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
S += [t, Spacer(1, 6)]
ogg = Table([[Paragraph("<b>OGGETTO:</b>", val), Paragraph("<b>Lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi” di via Dante. Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edilcoperture Friulane S.r.l. e impegno di spesa. CIG B7D2E41A09 – CUP H37G26000030004.</b>", val)]],
            colWidths=[26*mm, 144*mm])
ogg.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP")]))
S += [ogg, Spacer(1, 8)]
S.append(Paragraph("IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE", cen))
for p in [
 "<b>Visto</b> il decreto del Sindaco n. 4 del 08/01/2026, con il quale è stato conferito allo scrivente l’incarico di Elevata Qualificazione dell’Area Tecnica per l’anno 2026;",
 "<b>Richiamate</b> la deliberazione del Consiglio comunale n. 61 del 18/12/2025, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta comunale n. 3 del 13/01/2026, di approvazione del Piano esecutivo di gestione 2026-2028;",
 "<b>Premesso che</b> a seguito degli eventi meteorologici del novembre 2025 si sono verificate infiltrazioni d’acqua dalla copertura della scuola primaria “G. Marconi” di via Dante, rendendo necessario un intervento di rifacimento del manto e delle lattonerie sul lato nord dell’edificio;",
 "<b>Visto</b> il computo metrico estimativo redatto dall’Ufficio tecnico comunale, per un importo dei lavori di € 38.420,00, di cui € 1.150,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA di legge;",
 "<b>Dato atto che</b>, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, è consentito l’affidamento diretto di lavori di importo inferiore a € 150.000,00, anche senza consultazione di più operatori economici, purché in possesso di documentate esperienze pregresse;",
 "<b>Vista</b> l’offerta presentata sulla piattaforma eAppaltiFVG (RdO rfq_41827) dalla ditta Edilcoperture Friulane S.r.l., con sede in Tricesimo (UD), via Roma n. 112, P.IVA 02781640301, che ha offerto un ribasso del 6,20% sull’importo a base di affidamento, per un importo contrattuale di € 36.108,30, oneri della sicurezza compresi, oltre IVA 22%;",
 "<b>Accertata</b> la regolarità contributiva della ditta (DURC prot. INAIL_51987342, scadenza 02/07/2026) e verificato il possesso dei requisiti di ordine generale;",
 "<b>Attestata</b> la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;"]:
    S.append(Paragraph(p, body))
S.append(Paragraph("D E T E R M I N A", cen))
for i, p in enumerate([
 "di affidare, per le motivazioni espresse in premessa, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023, i lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi” di via Dante alla ditta Edilcoperture Friulane S.r.l. di Tricesimo (UD), per l’importo di € 36.108,30, oneri della sicurezza compresi, oltre IVA 22% per € 7.943,83, per complessivi € 44.052,13;",
 "di impegnare la spesa complessiva di € 44.052,13 al capitolo 2410/5 “Manutenzione straordinaria edifici scolastici” del bilancio 2026-2028, annualità 2026, come da prospetto contabile in calce;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;",
 "di individuare quale Responsabile unico del progetto il geom. Matteo Londero, istruttore tecnico dell’Area Tecnica;",
 "di disporre la pubblicazione del presente provvedimento all’Albo pretorio on line e nella sezione “Amministrazione trasparente” del sito istituzionale."], 1):
    S.append(Paragraph(f"{i}.&nbsp;&nbsp;{p}", pt))
S.append(Spacer(1, 10))
S.append(Table([["", Paragraph("IL TITOLARE DI INCARICO DI E.Q.<br/>AREA TECNICA<br/><b>arch. Daniele Zanuttini</b><br/><font size=7.5><i>(documento firmato digitalmente)</i></font>", ParagraphStyle("f", parent=val, alignment=TA_CENTER))]], colWidths=[85*mm, 85*mm]))
S.append(Spacer(1, 10))
S.append(Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", cen))
S.append(Paragraph("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, che viene registrata come segue:", body))
it = Table([["Esercizio", "Capitolo", "Missione/Progr.", "Impegno", "Importo (€)", "Beneficiario"],
            ["2026", "2410/5", "04.02", "389/2026", "44.052,13", "Edilcoperture Friulane S.r.l."]], colWidths=[18*mm, 20*mm, 26*mm, 22*mm, 24*mm, 60*mm])
it.setStyle(TableStyle([("FONT", (0,0), (-1,0), "LSans-B", 8), ("FONT", (0,1), (-1,-1), "LSans", 8.5), ("GRID", (0,0), (-1,-1), 0.4, colors.grey),
                        ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#eeeeee")), ("ALIGN", (4,1), (4,1), "RIGHT")]))
S += [it, Spacer(1, 6)]
S.append(Paragraph("Tarcento, 13/03/2026 – Il Titolare di incarico di E.Q. dell’Area Economico-Finanziaria, dott.ssa Luisa Cragno (firmato digitalmente)", body))
S.append(Spacer(1, 8))
S.append(Paragraph("La presente determinazione è esecutiva dalla data di apposizione del visto di regolarità contabile ed è pubblicata all’Albo pretorio on line dal 16/03/2026 al 31/03/2026 (n. reg. pubbl. 402).", small))
doc.build(S)
