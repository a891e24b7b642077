# Determinazione of the Area Tecnica of Frontone (PU): ReportLab platypus. Justified body lines set Tw,
# letterhead and headings letter-spaced with Tc; the "Visto di regolarità contabile" box stands on the
# first page above the body.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

W, H = A4
def spaced(c, x, y, text, font, size, cs):
    """draw text centred on x with character spacing (Tc)"""
    w = c.stringWidth(text, font, size) + cs * (len(text) - 1)
    t = c.beginText(x - w / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(text); t.setCharSpace(0); c.drawText(t)

def letterhead(c, doc):
    c.saveState()
    spaced(c, W / 2, H - 22 * mm, "COMUNE DI FRONTONE", "Helvetica-Bold", 15, 2.2)
    spaced(c, W / 2, H - 27.5 * mm, "PROVINCIA DI PESARO E URBINO", "Helvetica", 9, 1.2)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, H - 32 * mm, "Piazza del Municipio, 1 – 61040 Frontone (PU) – Tel. 0721 786106 – comune.frontone@emarche.it")
    c.setLineWidth(1.2); c.line(20 * mm, H - 35 * mm, W - 20 * mm, H - 35 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Determinazione n. 47/2026 R.G. – Area Tecnica")
    c.drawRightString(W - 20 * mm, 12 * mm, "pagina %d" % doc.page)
    c.restoreState()

sty = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
bold = ParagraphStyle("h", parent=sty, fontName="Helvetica-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=sty, fontSize=8.6, leading=10.6)
cell = ParagraphStyle("c", parent=sty, fontSize=9.5, leading=11.5, alignment=0, spaceAfter=0)

class Spaced(Paragraph):
    """a centred heading drawn with character spacing (Tc)"""
    def __init__(self, text, size=11, cs=3):
        Paragraph.__init__(self, text, bold); self.t, self.size, self.cs = text, size, cs
    def wrap(self, aw, ah): self.aw = aw; return aw, self.size + 8
    def draw(self):
        spaced(self.canv, self.aw / 2, 4, self.t, "Helvetica-Bold", self.size, self.cs)

S = []
grid = [[Paragraph("<b>AREA TECNICA</b><br/>Servizio Lavori Pubblici e Patrimonio", cell),
         Paragraph("<b>DETERMINAZIONE N. 47/2026 R.G.</b><br/>del 15/04/2026", cell)],
        [Paragraph("Registro di Area n. 19 del 14/04/2026", cell),
         Paragraph("Proposta n. 52 del 13/04/2026", cell)]]
t = Table(grid, colWidths=[85 * mm, 85 * mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
S += [t, Spacer(1, 5 * mm)]
visto = [[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br/>"
    "(art. 151, comma 4, e art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267)", small)],
 [Paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa di cui alla "
    "presente determinazione, registrata all'impegno n. 318/2026 sul capitolo 2045/2 \"Manutenzione straordinaria "
    "edifici scolastici\" del bilancio 2026-2028, esercizio 2026.", small)],
 [Paragraph("Frontone, 15/04/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL RESPONSABILE DELL'AREA FINANZIARIA "
    "&nbsp; rag. Monica Baldelli (firmato digitalmente)", small)]]
v = Table(visto, colWidths=[170 * mm])
v.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.9, .9, .9)),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
S += [v, Spacer(1, 5 * mm)]
S.append(Paragraph("<b>OGGETTO:</b> Lavori di manutenzione straordinaria della copertura della scuola primaria \"Giovanni "
    "Pascoli\" – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CIG B9F2C47A13 – "
    "Impegno di spesa.", ParagraphStyle("o", parent=sty, fontSize=10.5, leading=13.5, spaceAfter=8)))
S.append(Spaced("IL RESPONSABILE DELL'AREA TECNICA", 10.5, 1.6))
for x in [
 "VISTO il decreto sindacale n. 4 del 02/01/2026 con il quale il sottoscritto è stato nominato Responsabile dell'Area "
 "Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
 "RICHIAMATA la deliberazione del Consiglio Comunale n. 5 del 27/02/2026, esecutiva, di approvazione del bilancio di "
 "previsione 2026-2028;",
 "PREMESSO che a seguito delle piogge del mese di marzo si sono verificate infiltrazioni d'acqua nelle aule del primo "
 "piano della scuola primaria \"Giovanni Pascoli\", dovute al deterioramento del manto impermeabile della copertura "
 "piana, come accertato nel sopralluogo del 24/03/2026;",
 "VISTO il preventivo presentato dalla ditta Edil Catria s.r.l. di Cantiano, acquisito al protocollo n. 1874 del "
 "09/04/2026, per l'importo di € 28.640,00 oltre IVA al 10%, ritenuto congruo;",
 "DATO ATTO che l'operatore economico è in possesso dei requisiti di cui agli articoli 94 e seguenti del D.Lgs. "
 "36/2023 e che il DURC risulta regolare;",
 "ACCERTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
 "D.Lgs. 267/2000;"]:
    S.append(Paragraph(x, sty))
S.append(Spaced("D E T E R M I N A", 10.5, 0.8))
for i, x in enumerate([
 "di affidare, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023, i lavori di manutenzione straordinaria "
 "della copertura della scuola primaria \"Giovanni Pascoli\" alla ditta Edil Catria s.r.l., con sede in Cantiano, "
 "via Flaminia n. 112, P.IVA 02387640419, per l'importo di € 28.640,00 oltre IVA al 10%, per complessivi € 31.504,00;",
 "di impegnare la somma di € 31.504,00 al capitolo 2045/2 del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale e che i lavori "
 "dovranno concludersi entro il 31/07/2026;",
 "di pubblicare il presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."], 1):
    S.append(Paragraph("%d. %s" % (i, x), ParagraphStyle("p", parent=sty, leftIndent=14, firstLineIndent=-12)))
S.append(Spacer(1, 8 * mm))
S.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA<br/>ing. Stefano Grilli<br/><i>(documento firmato digitalmente)</i>",
                   ParagraphStyle("f", parent=sty, alignment=TA_CENTER, leftIndent=85 * mm)))
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm, bottomMargin=20 * mm,
                        title="Determinazione 47/2026", author="Comune di Frontone")
doc.build(S, onFirstPage=letterhead, onLaterPages=letterhead)
