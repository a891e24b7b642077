# Commune de Brusson / Comune di Brusson - determinazione with French and
# Italian headings and subject (body in Italian), drawn with reportlab so that
# the text layer is awkward although the page looks ordinary:
#  - the bilingual title is placed glyph by glyph (one Tj per glyph);
#  - "D E T E R M I N A Z I O N E" is letter-spaced with Tc (char spacing);
#  - body paragraphs are justified with Tw (word spacing);
#  - a rotated Albo Pretorio stamp runs along the left margin;
#  - the signature block and the running foot are drawn before the body
#    (content stream out of reading order).
# Layout after the Datagraph "Atti" report of Valle d'Aosta municipalities.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY

OUT = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif")
addMapping("LSerif", 1, 0, "LSerif-B")
addMapping("LSerif", 0, 1, "LSerif-I")
addMapping("LSerif", 1, 1, "LSerif-B")

W, H = A4
body = ParagraphStyle("b", fontName="LSerif", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=4)
bodyi = ParagraphStyle("bi", parent=body, fontName="LSerif-I")
ctr = ParagraphStyle("c", parent=body, alignment=1, fontName="LSerif-B", spaceBefore=4, spaceAfter=6)


def glyphs(c, x, y, text, font, size, extra=0.0):
    """one text object per glyph, each placed at its own absolute position"""
    for ch in text:
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + extra


def stamp(c, reg, dal, al):
    c.saveState()
    c.translate(24, 110)
    c.rotate(90)
    c.setFillColorRGB(0.55, 0.1, 0.1)
    c.setStrokeColorRGB(0.55, 0.1, 0.1)
    c.setFont("LSans", 7.5)
    c.rect(-4, -6, 640, 16, stroke=1, fill=0)
    c.drawString(0, 0, "ALBO PRETORIO ON LINE – COMUNE DI BRUSSON – Reg. pubbl. n. %s – Pubblicato dal %s al %s" % (reg, dal, al))
    c.restoreState()


def foot(c, n, tot):
    c.setFont("LSans", 7.5)
    c.drawString(60, 28, "Commune de Brusson / Comune di Brusson – Détermination / Determinazione n. 42 – 10/03/2026")
    c.drawRightString(W - 50, 28, "page/pag. %d/%d" % (n, tot))


def header(c):
    # coat of arms drawn as vector shapes
    c.setFillColorRGB(0.85, 0.12, 0.16)
    p = c.beginPath()
    p.moveTo(60, 800); p.lineTo(100, 800); p.lineTo(100, 772); p.lineTo(80, 756); p.lineTo(60, 772); p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(66, 780, 28, 6, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSans", 8)
    c.drawString(112, 800, "Région Autonome Vallée d’Aoste  –  Regione Autonoma Valle d’Aosta")
    glyphs(c, 112, 782, "COMMUNE DE BRUSSON – COMUNE DI BRUSSON", "LSerif-B", 15)
    c.setFont("LSans", 8)
    c.drawString(112, 768, "Route Trois Villages, 1 – 11022 Brusson (AO) – Tél./tel. 0125 300132")
    c.setLineWidth(0.8)
    c.line(60, 752, W - 50, 752)


c = canvas.Canvas(OUT, pagesize=A4)
c.setCreator("Datagraph Atti Amministrativi")
c.setTitle("Determinazione 42/2026")

# ---------------- page 1 ----------------
foot(c, 1, 2)
stamp(c, "96/2026", "11/03/2026", "26/03/2026")
header(c)
c.setFont("LSans-B", 9.5)
c.drawString(60, 734, "AIRE TECHNIQUE ET D’ENTRETIEN  /  AREA TECNICO-MANUTENTIVA")
c.setFont("LSans", 9)
c.drawString(60, 721, "Service des travaux publics  /  Servizio lavori pubblici")
# register box
c.rect(60, 660, W - 110, 50)
c.setFont("LSans-B", 11)
ttl = "DÉTERMINATION  /  DETERMINAZIONE"
tw = pdfmetrics.stringWidth(ttl, "LSans-B", 11) + 3.2 * (len(ttl) - 1)
to = c.beginText(W / 2 + 30 - tw / 2, 692)
to.setFont("LSans-B", 11)
to.setCharSpace(3.2)  # Tc letter spacing
to.textOut(ttl)
to.setCharSpace(0)
c.drawText(to)
c.setFont("LSans", 10)
c.drawCentredString(W / 2, 672, "N° 42 du 10/03/2026   –   N. 42 del 10/03/2026")

fr = Paragraph("<b>OBJET :</b> <i>Attribution directe à l’entreprise Barmasse Costruzioni s.r.l. des travaux de remise en état du mur de soutènement au hameau d’Arcesaz, au sens de la lettre a) du premier alinéa de l’art. 50 du décret législatif n° 36/2023. Engagement de la dépense. CIG B6F2A19C44.</i>", body)
it = Paragraph("<b>OGGETTO:</b> <b>Affidamento diretto alla ditta Barmasse Costruzioni s.r.l. dei lavori di ripristino del muro di sostegno in località Arcesaz, ai sensi dell’art. 50, comma 1, lett. a), del d.lgs. 36/2023. Impegno di spesa. CIG B6F2A19C44.</b>", body)
txt = [
    fr, it,
    Paragraph("IL RESPONSABILE DEL SERVIZIO", ctr),
    Paragraph("RICHIAMATO il decreto del Sindaco n. 3 del 02/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità dell’Area tecnico-manutentiva;", body),
    Paragraph("RICHIAMATA la deliberazione del Consiglio comunale n. 41 del 19/12/2025, con la quale è stato approvato il bilancio di previsione pluriennale 2026/2028;", body),
    Paragraph("PREMESSO che a seguito delle precipitazioni dell’autunno 2025 il muro in pietrame a secco che sostiene la strada comunale per la frazione Arcesaz ha subito un parziale crollo per una lunghezza di circa 14 metri, come accertato dal sopralluogo dell’ufficio tecnico del 23/02/2026;", body),
    Paragraph("VISTO il preventivo presentato dalla ditta Barmasse Costruzioni s.r.l., con sede in Ayas, P.IVA 01198760073, acquisito al protocollo n. 1104 del 04/03/2026, per un importo di euro 21.850,00 oltre IVA, ritenuto congruo in rapporto ai prezzi del prezzario regionale 2026;", body),
    Paragraph("DATO ATTO che l’importo è inferiore alla soglia di cui all’art. 50, comma 1, lett. a), del d.lgs. 36/2023 e che l’operatore è in possesso dei requisiti, come risulta dal DURC regolare e dalle verifiche effettuate sul Fascicolo virtuale dell’operatore economico;", body),
    Paragraph("VISTI la legge regionale 7 dicembre 1998, n. 54, e il regolamento comunale di contabilità;", body),
]
fr_ = Frame(60, 70, W - 110, 580, showBoundary=0, leftPadding=0, rightPadding=0)
fr_.addFromList(txt, c)  # leftovers stay in txt
c.showPage()

# ---------------- page 2 ----------------
foot(c, 2, 2)
# signature block drawn before the body text
c.setFont("LSerif", 10.5)
c.drawString(330, 330, "Le responsable du service")
c.drawString(330, 317, "Il Responsabile del servizio")
c.setFont("LSerif-B", 10.5)
c.drawString(330, 302, "geom. Ivo Vuillermoz")
c.setFont("LSerif-I", 8)
c.drawString(330, 290, "(signé numériquement / firmato digitalmente)")
stamp(c, "96/2026", "11/03/2026", "26/03/2026")
c.setFont("LSans", 8)
c.drawString(60, 810, "Commune de Brusson / Comune di Brusson – Détermination / Determinazione n. 42 du/del 10/03/2026")
c.line(60, 804, W - 50, 804)
p2 = [
    Paragraph("DÉTERMINE  –  DETERMINA", ctr),
    Paragraph("1. di affidare direttamente, per le motivazioni esposte in premessa, alla ditta Barmasse Costruzioni s.r.l. di Ayas i lavori di ripristino del muro di sostegno in località Arcesaz, per l’importo di euro 21.850,00 oltre IVA 22%, per complessivi euro 26.657,00;", body),
    Paragraph("2. di impegnare la spesa di euro 26.657,00 alla Missione 10, Programma 05, capitolo 20810/5 del bilancio 2026/2028, esercizio 2026;", body),
    Paragraph("3. di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del d.lgs. 36/2023;", body),
    Paragraph("4. di dare atto che il responsabile unico del progetto è il sottoscritto;", body),
    Paragraph("5. di trasmettere la presente determinazione al servizio finanziario per l’apposizione del visto di regolarità contabile attestante la copertura finanziaria.", body),
]
Frame(60, 350, W - 110, 440, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(txt + p2, c)
c.setLineWidth(0.5)
c.rect(60, 120, W - 110, 140)
c.setFont("LSans-B", 9)
c.drawString(68, 244, "VISA DE RÉGULARITÉ COMPTABLE  /  VISTO DI REGOLARITÀ CONTABILE")
vis = Paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai sensi dell’art. 153, comma 5, del d.lgs. 267/2000. Impegno n. 2026/118. <i>Brusson, le/lì 10/03/2026 – La responsable du service financier / La Responsabile del servizio finanziario, dott.ssa Erika Chasseur.</i>", ParagraphStyle("v", parent=body, fontSize=9, leading=11.5))
Frame(68, 128, W - 126, 112, showBoundary=0, leftPadding=0, rightPadding=0).addFromList([vis], c)
c.showPage()
c.save()
