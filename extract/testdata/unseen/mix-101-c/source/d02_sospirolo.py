# reportlab platypus: heading table beside a drawn crest; body justified (Tw per line); letter-spaced (Tc) headings
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Flowable
class Crest(Flowable):
    def wrap(self, *a): return (22*mm, 26*mm)
    def draw(self):
        c = self.canv; c.setFillColor(colors.HexColor("#2a5d34")); p = c.beginPath()
        p.moveTo(0, 26*mm); p.lineTo(22*mm, 26*mm); p.lineTo(22*mm, 10*mm); p.curveTo(22*mm, 3*mm, 11*mm, 0, 11*mm, 0); p.curveTo(11*mm, 0, 0, 3*mm, 0, 10*mm); p.close()
        c.drawPath(p, fill=1, stroke=0); c.setFillColor(colors.white); c.circle(11*mm, 15*mm, 5*mm, fill=1, stroke=0)
class Spaced(Flowable):
    def __init__(s, text, size=12, tc=2.2): s.t, s.size, s.tc = text, size, tc
    def wrap(s, w, h): s.w = w; return (w, s.size + 6)
    def draw(s):
        t = s.canv.beginText(); t.setFont("Helvetica-Bold", s.size); t.setCharSpace(s.tc)
        width = s.canv.stringWidth(s.t, "Helvetica-Bold", s.size) + s.tc * len(s.t)
        t.setTextOrigin((s.w - width) / 2, 3); t.textOut(s.t); s.canv.drawText(t)
B = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
S = ParagraphStyle("s", parent=B, fontSize=8.5, leading=10.5, alignment=0, spaceAfter=0)
H = ParagraphStyle("h", parent=S, fontName="Helvetica-Bold", fontSize=11, leading=13)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=15*mm, bottomMargin=18*mm,
                        title="Determinazione 2026/DET/0047", author="Comune di Sospirolo")
head = Table([[Crest(), Paragraph("COMUNE DI SOSPIROLO", H), Paragraph("Registro generale", S), Paragraph("<b>2026/DET/0047</b>", S)],
              ["", Paragraph("Provincia di Belluno", S), Paragraph("Data", S), Paragraph("<b>09/04/2026</b>", S)],
              ["", Paragraph("AREA AMMINISTRATIVA", S), Paragraph("N. di settore", S), Paragraph("<b>12</b>", S)],
              ["", Paragraph("Servizio Cultura e Biblioteca", S), Paragraph("Proposta", S), Paragraph("<b>n. 58 del 07/04/2026</b>", S)]],
             colWidths=[28*mm, 70*mm, 32*mm, 40*mm])
head.setStyle(TableStyle([("SPAN", (0, 0), (0, 3)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (2, 0), (3, 3), 0.5, colors.black),
                          ("BACKGROUND", (2, 0), (2, 3), colors.HexColor("#e6e6e6")), ("LINEBELOW", (0, 3), (1, 3), 1, colors.HexColor("#2a5d34"))]))
P = lambda t: Paragraph(t, B)
story = [head, Spacer(1, 8*mm), Spaced("DETERMINAZIONE DEL RESPONSABILE DELL'AREA"), Spacer(1, 3*mm),
 P("<b>OGGETTO:</b> Impegno di spesa per la fornitura di arredi per la sezione ragazzi della biblioteca civica – affidamento diretto alla ditta Arredi Scolastici Dolomiti s.r.l. – CIG B4D07F2E96"),
 Spacer(1, 3*mm), Spaced("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", 10, 1.2),
 P("<b>Premesso</b> che l'Amministrazione comunale intende rinnovare gli arredi della sezione ragazzi della biblioteca civica, con scaffalature basse, tavoli modulari e sedute adatte alla fascia di età 3–11 anni, in vista dell'avvio del progetto di promozione della lettura \"Sospirolo legge\" previsto per il mese di maggio 2026;"),
 P("<b>Dato atto</b> che la spesa trova copertura nel contributo regionale concesso con decreto n. 118 del 20/02/2026 e accertato al capitolo di entrata 2150 del bilancio 2026-2028, e che il relativo stanziamento di spesa è disponibile al capitolo 5120/3;"),
 P("<b>Visto</b> il preventivo della ditta Arredi Scolastici Dolomiti s.r.l. di Feltre, acquisito al protocollo n. 2214 del 03/04/2026, per l'importo di € 7.850,00 oltre IVA 22%, ritenuto congruo in rapporto ai prezzi di mercato e alle caratteristiche richieste;"),
 P("<b>Visti</b> l'art. 50, comma 1, lett. b) del D.Lgs. 36/2023, gli artt. 107, 151 e 183 del D.Lgs. 267/2000, lo Statuto comunale e il vigente Regolamento di contabilità;"),
 Spaced("D E T E R M I N A", 11, 1.5),
 P("1. di affidare alla ditta Arredi Scolastici Dolomiti s.r.l., con sede a Feltre, la fornitura degli arredi descritti in premessa per l'importo di € 7.850,00 oltre IVA;"),
 P("2. di impegnare la spesa complessiva di € 9.577,00 al capitolo 5120/3 del bilancio di previsione 2026-2028, esercizio 2026, che presenta la necessaria disponibilità;"),
 P("3. di dare atto che il contratto sarà stipulato mediante corrispondenza commerciale secondo l'uso del commercio, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;"),
 P("4. di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."),
 Spacer(1, 8*mm), Table([["", Paragraph("Il Responsabile dell'Area Amministrativa<br/>dott.ssa Chiara De Bortoli<br/><i>documento firmato digitalmente</i>", ParagraphStyle("r", parent=B, alignment=TA_CENTER))]], colWidths=[85*mm, 85*mm])]
doc.build(story)
