# Comune di Gorgoglione (MT): ordinanza sindacale n. 23/2026, drawn with the ReportLab canvas as a document
# engine that composes a page from blocks: the letterhead and the foot are Form XObjects (beginForm/doForm);
# the blocks are written to the content stream out of reading order - foot first, then the rotated
# "Documento firmato digitalmente" note up the left margin and the Albo stamp, then the signature, the
# dispositive part, the premises, the heading, and the letterhead XObject last.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 70, W - 58
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=1)
c.setProducer("DocEngine PA 5.3 - Municipia Lucania")
c.setTitle("Ordinanza n. 23 del 08/10/2026")


def wrap(s, font, size, width):
    out, cur = [], []
    for w in s.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            out.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: out.append(cur)
    return out


def block(y, s, font="Times-Roman", size=11, lead=14, x0=LM, x1=RM):
    """returns the drawing function and the height; lines justified by word spacing (Tw)"""
    ls = wrap(s, font, size, x1 - x0)
    def draw():
        yy = y
        for i, ln in enumerate(ls):
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x0, yy)
            txt = " ".join(ln)
            t.setWordSpace((x1 - x0 - stringWidth(txt, font, size)) / (len(ln) - 1) if i < len(ls) - 1 and len(ln) > 1 else 0)
            t.textOut(txt); c.drawText(t); yy -= lead
    return draw, len(ls) * lead


# --- Form XObjects --------------------------------------------------------------------------
c.beginForm("letterhead")
c.setFillColorRGB(0.55, 0.1, 0.1); c.rect(LM, H - 100, 40, 50, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 7); c.drawCentredString(LM + 20, H - 78, "STEMMA")
c.setFillColorRGB(0.2, 0.2, 0.2)
c.setFont("Times-Bold", 19); c.drawString(LM + 52, H - 68, "Comune di Gorgoglione")
c.setFont("Times-Italic", 10.5); c.drawString(LM + 52, H - 83, "Provincia di Matera")
c.setFont("Helvetica", 7.5); c.drawString(LM + 52, H - 95, "Corso Vittorio Emanuele – 75010 Gorgoglione (MT)")
c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setLineWidth(1.4); c.line(LM, H - 106, RM, H - 106)
c.endForm()

c.beginForm("foot")
c.setStrokeGray(0.4); c.setLineWidth(0.4); c.line(LM, 48, RM, 48)
c.setFont("Helvetica", 7); c.setFillGray(0.3)
c.drawString(LM, 38, "Comune di Gorgoglione – Ordinanza n. 23 del 08/10/2026")
c.drawRightString(RM, 38, "Pagina 1 di 1")
c.endForm()

# --- layout (computed top-down, drawn bottom-up) ----------------------------------------------
blocks = []
y = H - 138
head_y = y
y -= 20
subj_draw, h = block(y, "Divieto di transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sul ponte della strada comunale Fondovalle del Sauro, in località Piano delle Fosse, per l'esecuzione di verifiche strutturali.",
                     "Times-Bold", 11, 14, LM + 66, RM)
subj_y = y
y -= h + 8
sindaco_y = y
y -= 20
prem = [
    "PREMESSO che con nota prot. n. 2741 del 06/10/2026 il Responsabile dell'Area Tecnica ha segnalato, a seguito di sopralluogo, la presenza di fessurazioni e di distacchi del copriferro sulle travi d'impalcato del ponte sul torrente Sauro lungo la strada comunale Fondovalle del Sauro, in località Piano delle Fosse;",
    "CONSIDERATO che, nelle more dell'esecuzione delle verifiche strutturali affidate con determinazione dell'Area Tecnica n. 61 del 07/10/2026, è necessario limitare i carichi transitanti sul manufatto a tutela della pubblica incolumità;",
    "RITENUTO che il divieto di transito ai mezzi pesanti consenta di garantire i collegamenti con le aziende agricole e le abitazioni della zona, che restano raggiungibili dai veicoli leggeri;",
    "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]
prem_draws = []
for p in prem:
    d, h = block(y, p); prem_draws.append(d); y -= h + 5
ordina_y = y - 4
y -= 24
pts = [
    "il divieto di transito ai veicoli di massa complessiva a pieno carico superiore a 3,5 tonnellate sul ponte della strada comunale Fondovalle del Sauro, in località Piano delle Fosse, dalle ore 12:00 del giorno 09/10/2026 e fino alla conclusione delle verifiche strutturali;",
    "la deviazione dei veicoli interessati dal divieto lungo la strada provinciale n. 92 e la strada comunale Serra Cupola;",
    "all'Area Tecnica comunale di provvedere all'installazione della prescritta segnaletica verticale di divieto e di preavviso;",
    "agli organi di Polizia stradale di cui all'art. 12 del Codice della Strada di far rispettare la presente ordinanza.",
]
pt_draws = []
for i, p in enumerate(pts, 1):
    d, h = block(y, p, x0=LM + 20); pt_draws.append((i, y, d)); y -= h + 4
avverte_y = y - 6
y -= 22
d_avv, h = block(y, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni. La presente ordinanza è pubblicata all'Albo pretorio on line e trasmessa alla Prefettura di Matera, alla Provincia di Matera e alla Stazione Carabinieri competente.",
                 "Times-Roman", 10.5, 13.5)
y -= h + 14
sign_y = y

# --- drawing, out of reading order ------------------------------------------------------------
c.doForm("foot")
# rotated margin note
c.saveState()
c.translate(40, 120); c.rotate(90)
c.setFont("Helvetica", 7.5); c.setFillGray(0.35)
c.drawString(0, 0, "Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005 - Il Sindaco Donato Cascino - 08/10/2026 10:42")
c.restoreState()
# Albo stamp, top right
c.saveState()
c.setStrokeColorRGB(0.1, 0.25, 0.6); c.setFillColorRGB(0.1, 0.25, 0.6); c.setLineWidth(0.8)
c.roundRect(RM - 150, H - 98, 150, 38, 4)
c.setFont("Helvetica-Bold", 7); c.drawCentredString(RM - 75, H - 70, "ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 6.8)
c.drawCentredString(RM - 75, H - 81, "Reg. pubbl. n. 512 dal 08/10/2026")
c.drawCentredString(RM - 75, H - 91, "al 23/10/2026")
c.restoreState()
# signature
c.setFont("Times-Roman", 11); c.drawString(LM, sign_y, "Gorgoglione, 08/10/2026")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(RM - 90, sign_y, "IL SINDACO")
c.setFont("Times-Roman", 11); c.drawCentredString(RM - 90, sign_y - 14, "dott. Donato Cascino")
# closing
d_avv()
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, avverte_y, "AVVERTE E DISPONE")
# points, last first
for i, yy, d in reversed(pt_draws):
    d(); c.setFont("Times-Roman", 11); c.drawString(LM + 4, yy, "%d." % i)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, ordina_y, "O R D I N A")
for d in reversed(prem_draws):
    d()
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, sindaco_y, "IL SINDACO")
subj_draw()
c.setFont("Helvetica-Bold", 10.5); c.drawString(LM, subj_y, "OGGETTO:")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, head_y, "ORDINANZA SINDACALE N. 23 DEL 08/10/2026")
c.doForm("letterhead")
c.showPage()
c.save()
