"""Avviso (unnumbered notice), Comune di Dolceacqua, Servizio Tributi: two-column layout (reportlab platypus);
the letterhead is a picture (crest + name rasterised by PIL) followed by a one-line text caption."""
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, Image as RLImage
from reportlab.lib import colors

# --- raster letterhead
S = 4
im = Image.new("RGB", (170 * S * 4, 22 * S * 4 // 1), "white")
im = Image.new("RGB", (2400, 300), "white")
d = ImageDraw.Draw(im)
# crest
d.polygon([(40, 30), (200, 30), (200, 170), (120, 270), (40, 170)], outline=(20, 60, 120), width=10, fill=(225, 235, 248))
d.arc((70, 70, 170, 170), 180, 360, fill=(20, 60, 120), width=12)
d.line((70, 120, 170, 120), fill=(20, 60, 120), width=12)
d.line((80, 120, 80, 190), fill=(20, 60, 120), width=8); d.line((160, 120, 160, 190), fill=(20, 60, 120), width=8)
fb = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", 120)
fr = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf", 62)
d.text((260, 40), "COMUNE DI DOLCEACQUA", font=fb, fill=(20, 60, 120))
d.text((264, 185), "Riviera dei Fiori – Val Nervia", font=fr, fill=(70, 70, 70))
buf = io.BytesIO(); im.save(buf, "PNG"); buf.seek(0)

W, H = A4
doc = BaseDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm, bottomMargin=18 * mm,
                      title="Avviso TARI 2026", author="Servizio Tributi", creator="APKappa - Albo on line", producer="ReportLab PDF Library")
gap = 8 * mm
fw = (W - 36 * mm - gap) / 2
top_h = 78 * mm
frames = [Frame(18 * mm, H - 14 * mm - top_h, W - 36 * mm, top_h, id="top", showBoundary=0),
          Frame(18 * mm, 18 * mm, fw, H - 32 * mm - top_h, id="c1"),
          Frame(18 * mm + fw + gap, 18 * mm, fw, H - 32 * mm - top_h, id="c2")]
def foot(canv, doc_):
    canv.saveState(); canv.setFont("Helvetica", 7.5); canv.setFillGray(0.3)
    canv.line(18 * mm, 13 * mm, W - 18 * mm, 13 * mm)
    canv.drawString(18 * mm, 9 * mm, "Comune di Dolceacqua – Via Roma, 50 – 18035 Dolceacqua (IM) – tel. 0184 206444 – tributi@comune.dolceacqua.im.it")
    canv.drawRightString(W - 18 * mm, 9 * mm, "pag. %d" % doc_.page)
    canv.restoreState()
doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=foot)])
cap = ParagraphStyle("cap", fontName="Helvetica", fontSize=8.5, alignment=TA_CENTER, textColor=colors.HexColor("#444444"))
ttl = ParagraphStyle("ttl", fontName="Helvetica-Bold", fontSize=22, alignment=TA_CENTER, leading=26, textColor=colors.HexColor("#143c78"))
sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=12.5, alignment=TA_CENTER, leading=16)
bd = ParagraphStyle("bd", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5)
hd = ParagraphStyle("hd", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=3, textColor=colors.HexColor("#143c78"))
story = [RLImage(buf, width=W - 36 * mm, height=(W - 36 * mm) * 300 / 2400),
         Paragraph("Provincia di Imperia – Area Economico-Finanziaria – Servizio Tributi", cap), Spacer(1, 6 * mm),
         Paragraph("AVVISO", ttl), Spacer(1, 2 * mm),
         Paragraph("TARI 2026 – Invio degli avvisi di pagamento e scadenze delle rate", sub), Spacer(1, 2 * mm),
         Paragraph("Dolceacqua, 9 marzo 2026", cap), FrameBreak()]
txt = [
 ("Avvisi di pagamento", "Si informano i contribuenti che, a partire dal 16 marzo 2026, saranno recapitati gli avvisi di pagamento della Tassa sui rifiuti (TARI) per l’anno 2026, calcolata sulla base delle tariffe approvate dal Consiglio Comunale con deliberazione n. 6 del 27/02/2026, in conformità al Piano economico-finanziario validato dall’Ente territorialmente competente."),
 ("Scadenze", "Il pagamento può essere effettuato in tre rate, con scadenza il <b>30 aprile 2026</b>, il <b>31 luglio 2026</b> e il <b>2 dicembre 2026</b>, oppure in un’unica soluzione entro il 30 aprile 2026."),
 ("Modalità di pagamento", "Il versamento si effettua esclusivamente tramite il sistema pagoPA, utilizzando gli avvisi allegati al documento di pagamento, presso gli sportelli bancari e postali, i punti vendita abilitati (tabaccherie, ricevitorie) o tramite home banking e app IO. Non sono ammessi pagamenti in contanti presso gli uffici comunali."),
 ("Mancato recapito", "I contribuenti che non ricevano l’avviso entro il 10 aprile 2026 possono richiederne copia al Servizio Tributi, anche via e-mail, o scaricarlo dallo Sportello telematico del contribuente accessibile con SPID o CIE dal sito istituzionale."),
 ("Riduzioni ed esenzioni", "Le riduzioni per compostaggio domestico, per le abitazioni occupate da un solo residente e per le utenze non domestiche stagionali sono applicate d’ufficio se già riconosciute negli anni precedenti. Le nuove richieste devono essere presentate entro il 31 maggio 2026, utilizzando il modello disponibile sul sito."),
 ("Bonus sociale rifiuti", "Ai nuclei familiari in possesso dei requisiti per il bonus sociale per disagio economico sarà applicata, senza necessità di domanda, la riduzione del 25% prevista dalla regolazione ARERA, sulla base dei dati trasmessi dall’INPS."),
 ("Informazioni", "Il Servizio Tributi riceve il pubblico il lunedì e il giovedì dalle ore 9:00 alle ore 12:30 e il martedì dalle ore 15:00 alle ore 17:00, presso il Palazzo comunale, primo piano. Tel. 0184 206444."),
]
for h, t in txt:
    story += [Paragraph(h.upper(), hd), Paragraph(t, bd)]
story += [Spacer(1, 6 * mm),
          Paragraph("Il Responsabile del Servizio Tributi", ParagraphStyle("s", parent=bd, alignment=TA_CENTER, spaceAfter=0)),
          Paragraph("<b>Rag. Daniela Maccario</b>", ParagraphStyle("s2", parent=bd, alignment=TA_CENTER, spaceAfter=0)),
          Paragraph("<i>(firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, D.Lgs. 39/1993)</i>", ParagraphStyle("s3", parent=bd, fontSize=8, leading=10, alignment=TA_CENTER))]
doc.build(story)
