# Comune di Capolona (AR): determinazione with a label grid; the grid labels are drawn
# first (column by column), the values afterwards; headings letter-spaced with Tc.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione R.G. 187/2026"); c.setAuthor("Comune di Capolona"); c.setCreator("Civilia Next - Atti Amministrativi")
def head(c, page):
    c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-52, "COMUNE DI CAPOLONA")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-65, "Provincia di Arezzo – Piazza della Vittoria 1 – 52010 Capolona (AR) – C.F. 00272740519")
    c.setLineWidth(0.8); c.line(50, H-73, W-50, H-73)
    c.setFont("Helvetica", 7.5); c.drawRightString(W-50, 30, "Pagina %d di 2" % page)
    c.drawString(50, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
head(c, 1)
t = c.beginText(W/2 - 150, H-98); t.setFont("Helvetica-Bold", 12); t.setCharSpace(2.2)
t.textLine("DETERMINAZIONE DIRIGENZIALE"); t.setCharSpace(0); c.drawText(t)
# grid: 4 rows, label|value|label|value
x = [50, 122, 330, 412, W-50]; y0 = H-112; rh = 17
c.setLineWidth(0.5)
for i in range(5): c.line(50, y0 - i*rh, W-50, y0 - i*rh)
for xx in x: c.line(xx, y0, xx, y0 - 4*rh)
c.setFillGray(0.9)
for r in range(4):
    c.rect(x[0], y0-(r+1)*rh, x[1]-x[0], rh, fill=1, stroke=1); c.rect(x[2], y0-(r+1)*rh, x[3]-x[2], rh, fill=1, stroke=1)
c.setFillGray(0)
labL = ["Settore", "Servizio", "Reg. Generale", "Data"]; labR = ["Resp. Settore", "Resp. procedimento", "N. di Settore", "Esecutiva dal"]
valL = ["SETTORE 2 – SERVIZI TECNICI", "Ufficio Lavori Pubblici e Patrimonio", "N. 187", "06/05/2026"]
valR = ["Ing. Marco Bidini", "Geom. Laura Fabbrini", "23/2026", "06/05/2026"]
c.setFont("Helvetica-Bold", 8)
for col, labs in ((x[2], labR), (x[0], labL)):
    for r, l in enumerate(labs): c.drawString(col+4, y0-(r+1)*rh+5, l)
c.setFont("Helvetica", 8.5)
for col, vals in ((x[3], valR), (x[1], valL)):
    for r, v in enumerate(reversed(vals)): c.drawString(col+4, y0-(4-r)*rh+5, v)
st = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
ob = ParagraphStyle("o", parent=st, fontName="Helvetica-Bold", leftIndent=62, firstLineIndent=-62)
ce = ParagraphStyle("c", parent=st, fontName="Helvetica-Bold", alignment=TA_CENTER, spaceBefore=4)
P = lambda s, y=st: Paragraph(s, y)
story = [P("OGGETTO:&nbsp;&nbsp;&nbsp;Lavori di manutenzione straordinaria della copertura della scuola primaria di Castelluccio – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – Impegno di spesa – CUP E53D26000120004 – CIG B9F2C41A07", ob),
 P("IL RESPONSABILE DEL SETTORE", ce),
 P("Visto il decreto sindacale n. 4 del 02/01/2026 con il quale è stato conferito all'Ing. Marco Bidini l'incarico di Responsabile del Settore 2 – Servizi Tecnici;"),
 P("Vista la deliberazione del Consiglio Comunale n. 9 del 27/02/2026, esecutiva, di approvazione del bilancio di previsione finanziario 2026-2028, e la deliberazione della Giunta Comunale n. 21 del 05/03/2026 di approvazione del Piano Esecutivo di Gestione;"),
 P("Premesso che a seguito delle abbondanti precipitazioni del mese di aprile 2026 sono state rilevate infiltrazioni d'acqua meteorica nelle aule del primo piano della scuola primaria di Castelluccio, come da relazione del tecnico comunale in data 22/04/2026, prot. n. 3318;"),
 P("Dato atto che l'intervento, stimato in complessivi € 38.450,00 oltre IVA, rientra nella soglia di cui all'art. 50, comma 1, lett. a) del D.Lgs. 31 marzo 2023, n. 36, e che è stato richiesto preventivo, tramite la piattaforma telematica START della Regione Toscana, all'operatore economico Edil Casentino S.r.l. con sede in Subbiano (AR), in possesso dei requisiti richiesti;"),
 P("Visto il preventivo presentato in data 30/04/2026 per un importo di € 37.120,00 oltre IVA al 22%, ritenuto congruo dal RUP;"),
 P("Accertata la regolarità contributiva dell'operatore (DURC prot. INAIL_52918443) e acquisiti il CIG B9F2C41A07 e il CUP E53D26000120004;"),
 P("Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilità;"),
 P("D E T E R M I N A", ce),
 P("1. di affidare, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023, i lavori di manutenzione straordinaria della copertura della scuola primaria di Castelluccio all'operatore Edil Casentino S.r.l., P.IVA 02188410512, per l'importo di € 37.120,00 oltre IVA al 22%, per complessivi € 45.286,40;"),
 P("2. di impegnare la spesa complessiva di € 45.286,40 alla Missione 04, Programma 02, Titolo 2, capitolo 2410/3 del bilancio 2026-2028, annualità 2026;"),
 P("3. di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale e che il termine per l'esecuzione dei lavori è fissato in 45 giorni naturali e consecutivi dalla consegna;"),
 P("4. di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale."),
 P("Avverso il presente provvedimento è ammesso ricorso al TAR Toscana entro 30 giorni ai sensi dell'art. 120 del D.Lgs. 104/2010."),
 P("<br/>Il Responsabile del Settore 2 – Servizi Tecnici<br/>Ing. Marco Bidini<br/><font size=7.5>(firmato digitalmente)</font>", ParagraphStyle("f", parent=st, leftIndent=270, alignment=0)),
 P("<br/><b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 412/2026. Capolona, 06/05/2026. La Responsabile del Settore 1 – Servizi Finanziari, Dott.ssa Elisa Mencaroni."),
]
page = 1; top = y0 - 4*rh - 12
while story:
    f = Frame(50, 45, W-100, top-45, showBoundary=0, leftPadding=0, rightPadding=0)
    f.addFromList(story, c)
    c.showPage(); page += 1
    if story: head(c, page); top = H-85
c.save()
