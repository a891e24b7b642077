# Porto Cesareo: every glyph its own Tm+Tj, justified by moving glyphs; number only in a rotated stamp box
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from rl_common import wrap
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
W, H = A4; L, R = 70, W - 60
def glyphs(x, y, s, font, size, just_to=None):
    n_sp = s.count(" "); extra = 0
    if just_to and n_sp: extra = (just_to - stringWidth(s, font, size)) / n_sp
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        if ch != " ":
            t.setTextOrigin(x, y); t.textOut(ch)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    c.drawText(t)
def para(y, text, font="Times-Roman", size=11, lead=14.5):
    lines = wrap(text, font, size, R - L)
    for i, ln in enumerate(lines):
        glyphs(L, y, ln, font, size, (R - L) if i < len(lines) - 1 else None); y -= lead
    return y - 4
def centre(y, s, font, size):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(H - 60, "COMUNE DI PORTO CESAREO", "Times-Bold", 17)
centre(H - 76, "Provincia di Lecce", "Times-Roman", 10)
centre(H - 96, "COMANDO DI POLIZIA MUNICIPALE", "Helvetica-Bold", 12)
centre(H - 110, "Ufficio Traffico e Viabilità", "Helvetica", 10)
c.line(L, H - 118, R, H - 118)
# the number and date exist only inside this stamp, drawn rotated
c.saveState(); c.translate(R - 70, H - 175); c.rotate(8)
c.setStrokeColorRGB(.1, .2, .6); c.setFillColorRGB(.1, .2, .6); c.setLineWidth(1.6)
c.rect(-62, -22, 124, 46)
glyphs(-48, 8, "ORD. N. 58", "Helvetica-Bold", 13); glyphs(-52, -12, "del 02.06.2026", "Helvetica", 10)
c.restoreState(); c.setFillColorRGB(0, 0, 0)
y = H - 160
glyphs(L, y, "IL COMANDANTE", "Times-Bold", 12); y -= 30
lines = wrap("OGGETTO: Disciplina temporanea della circolazione e della sosta in via Ettore Muti e sul lungomare Garibaldi in occasione della manifestazione \"Notte Bianca di Porto Cesareo\" del 13 giugno 2026.", "Times-Bold", 11, R - L - 130)
for ln in lines: glyphs(L, y, ln, "Times-Bold", 11); y -= 14.5
y -= 8
y = para(y, "Vista la nota dell'Associazione Pro Loco di Porto Cesareo, acquisita al protocollo n. 9412 del 25/05/2026, con la quale si comunica lo svolgimento della manifestazione \"Notte Bianca\" nella serata del 13 giugno 2026;")
y = para(y, "Ritenuto necessario garantire la sicurezza dei pedoni e la fluidità del traffico veicolare; visti gli artt. 5, 6 e 7 del D.Lgs. 285/1992 e l'art. 107 del D.Lgs. 267/2000;")
centre(y - 4, "O R D I N A", "Times-Bold", 12); y -= 26
y = para(y, "1) dalle ore 18:00 del 13 giugno alle ore 4:00 del 14 giugno 2026 il divieto di transito veicolare in via Ettore Muti e sul lungomare Garibaldi, eccetto i mezzi di soccorso e delle forze di polizia;")
y = para(y, "2) nello stesso periodo il divieto di sosta con rimozione forzata in via Ettore Muti, su ambo i lati, e in piazza Nazario Sauro;")
y = para(y, "3) l'istituzione del doppio senso di circolazione in via Cilea per consentire l'uscita dei residenti;")
y = para(y, "4) l'Ufficio Tecnico comunale provveda alla collocazione della segnaletica almeno 48 ore prima.")
y = para(y, "Contro il presente provvedimento è ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni, ai sensi dell'art. 37 del Codice della Strada.")
y -= 10
glyphs(R - 190, y, "IL COMANDANTE DELLA P.M.", "Times-Bold", 11)
glyphs(R - 190, y - 15, "Magg. Cosimo Durante", "Times-Roman", 11)
# Albo stamp rotated 90 degrees in the left margin
c.saveState(); c.translate(38, 160); c.rotate(90); c.setFillColorRGB(.55, .1, .1)
glyphs(0, 0, "PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 02/06/2026 AL 17/06/2026 - REG. PUBBL. N. 812", "Helvetica", 7.5)
c.restoreState()
c.save()
