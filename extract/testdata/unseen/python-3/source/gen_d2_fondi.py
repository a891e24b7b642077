"""D2: determinazione, Fondi. Raw ReportLab canvas, DejaVu Sans embedded.
Imitates a 'Halley'-style page: letterhead and issuing Area at the left, a
right-hand block with the number, the date written with the month in words and
the Area's own register number; lettered points; a round office stamp drawn
with text on a circle beside the signature."""
import math
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import register_dejavu
from rawtext import Writer, wrap

register_dejavu("DejaVuSans")
R, B, I = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Italic"
OUT = "determinazione-fondi-rightblock.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Determinazione 1987/2024")
pg = [1]


def foot():
    c.setFont(R, 7)
    c.drawString(20 * mm, 10 * mm, "Determinazione n. 1987 del 12/12/2024")
    c.drawRightString(W - 20 * mm, 10 * mm, "pag. %d" % pg[0])


def newp():
    foot()
    c.showPage()
    pg[0] += 1


# letterhead left
c.setFont(B, 14)
c.drawString(20 * mm, H - 22 * mm, "COMUNE DI FONDI")
c.setFont(R, 8.5)
c.drawString(20 * mm, H - 27 * mm, "Provincia di Latina")
c.setFont(B, 9)
c.drawString(20 * mm, H - 36 * mm, "AREA SERVIZI ALLA PERSONA")
c.drawString(20 * mm, H - 40.5 * mm, "E ALLA COMUNITÀ")
c.setFont(R, 8)
c.drawString(20 * mm, H - 45 * mm, "Ufficio Servizi Sociali e Pubblica Istruzione")
# right block
x = 122 * mm
c.setLineWidth(0.6)
c.line(x - 3 * mm, H - 18 * mm, x - 3 * mm, H - 46 * mm)
c.setFont(B, 11)
c.drawString(x, H - 22 * mm, "DETERMINAZIONE N. 1987")
c.setFont(R, 9.5)
c.drawString(x, H - 28 * mm, "Data: 12 dicembre 2024")
c.drawString(x, H - 34 * mm, "N. 412 del Registro dell'Area")
c.setFont(I, 8)
c.drawString(x, H - 40 * mm, "Esecutiva dal 12 dicembre 2024")

wr = Writer(c, 20 * mm, W - 40 * mm, H - 54 * mm, 20 * mm, newp)
c.setFont(B, 9.5)
c.drawString(20 * mm, wr.y - 12, "OGGETTO :")
lines = wrap("Servizio di trasporto scolastico e assistenza educativa per alunni con disabilità – a.s. "
             "2024/2025 – Liquidazione alla Cooperativa Sociale \"Il Girasole\" delle fatture relative ai "
             "mesi di ottobre e novembre 2024. CIG A03F5C2D17.", B, 9.5, W - 40 * mm - 22 * mm)
for ln in lines:
    wr.y -= 12.5
    c.setFont(B, 9.5)
    c.drawString(42 * mm, wr.y, ln)
wr.space(8)
c.setLineWidth(0.4)
c.line(20 * mm, wr.y, W - 20 * mm, wr.y)
wr.space(6)
wr.para("IL RESPONSABILE DELL'AREA", B, 10.5, align="center", after=6)
for p in [
    "Visto il decreto sindacale n. 38 del 27/12/2023, con il quale la sottoscritta è stata nominata "
    "Responsabile dell'Area Servizi alla Persona e alla Comunità con attribuzione delle funzioni di cui "
    "all'art. 107 del D.Lgs. 267/2000;",
    "Richiamata la propria determinazione n. 1422 del 06/09/2024, con la quale è stato affidato alla "
    "Cooperativa Sociale \"Il Girasole\" di Fondi il servizio di trasporto scolastico e assistenza "
    "educativa per alunni con disabilità per l'anno scolastico 2024/2025, per l'importo complessivo di "
    "€ 96.400,00 IVA compresa, con contestuale impegno di spesa;",
    "Viste le fatture elettroniche n. 118/PA del 05/11/2024 di € 10.712,00 e n. 131/PA del 04/12/2024 di "
    "€ 11.024,00, IVA al 5% compresa, acquisite al protocollo generale dell'Ente;",
    "Verificato, sulla base dei prospetti delle presenze vistati dai dirigenti scolastici, che il servizio è "
    "stato regolarmente reso nei mesi di ottobre e novembre 2024 e che l'operatore economico risulta in "
    "regola con gli obblighi contributivi (DURC prot. INAIL_45872310 con scadenza 21/03/2025);",
    "Dato atto che non sussistono situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. "
    "6-bis della Legge 241/1990;",
]:
    wr.para(p, R, 9.5)
wr.space(2)
wr.para("D E T E R M I N A", B, 10.5, align="center", after=6)
for p in [
    "a) di liquidare alla Cooperativa Sociale \"Il Girasole\", con sede in Fondi, via Appia lato Itri n. 54, "
    "P.IVA 02714530598, la somma complessiva di € 21.736,00, di cui € 20.700,95 di imponibile ed € 1.035,05 "
    "di IVA da versare all'Erario in regime di scissione dei pagamenti;",
    "b) di imputare la spesa sull'impegno n. 1755/2024, capitolo 1402.05 del bilancio 2024;",
    "c) di autorizzare l'Ufficio Ragioneria all'emissione del mandato di pagamento mediante bonifico sul "
    "conto corrente dedicato comunicato ai sensi della Legge 136/2010;",
    "d) di dare atto che il presente provvedimento è esecutivo dalla data di sottoscrizione e sarà pubblicato "
    "all'Albo Pretorio on line per quindici giorni consecutivi.",
]:
    wr.para(p, R, 9.5, indent=5 * mm, hang=5 * mm)
wr.space(16)
wr.ensure(70)
c.setFont(B, 9.5)
wr.y -= 12
c.drawCentredString(150 * mm, wr.y, "LA RESPONSABILE DELL'AREA")
wr.y -= 13
c.setFont(R, 9.5)
c.drawCentredString(150 * mm, wr.y, "Dott.ssa Loredana Di Manno")
# round stamp
cx, cy, rad = 62 * mm, wr.y + 2 * mm, 15 * mm
c.saveState()
c.setStrokeColorRGB(0.55, 0.1, 0.45)
c.setFillColorRGB(0.55, 0.1, 0.45)
c.setLineWidth(1.2)
c.circle(cx, cy, rad)
c.circle(cx, cy, rad - 4.5 * mm)
txt = "COMUNE DI FONDI * SERVIZI SOCIALI * "
c.setFont(B, 7)
tot = sum(stringWidth(ch, B, 7) for ch in txt)
ang = 90.0
r2 = rad - 3.2 * mm
for ch in txt:
    w = stringWidth(ch, B, 7)
    da = (w / (2 * math.pi * r2)) * 360
    a = ang - da / 2
    c.saveState()
    c.translate(cx + r2 * math.cos(math.radians(a)), cy + r2 * math.sin(math.radians(a)))
    c.rotate(a - 90)
    c.drawCentredString(0, 0, ch)
    c.restoreState()
    ang -= da * 1.12
c.setFont(B, 6)
c.drawCentredString(cx, cy - 1, "(LT)")
c.restoreState()
wr.y -= 30 * mm
wr.para("ATTESTAZIONE DI COPERTURA FINANZIARIA – Si attesta la regolarità contabile e la copertura finanziaria "
        "della spesa ai sensi dell'art. 184 del D.Lgs. 267/2000. Il Responsabile dell'Area Finanziaria, "
        "Dott. Giancarlo Pannone.", I, 8)
foot()
c.save()
print("wrote", OUT)
