# Castro dei Volsci: every glyph its own Tm+Tj; lines justified by moving glyphs; register code box
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Halley PDF Engine 4.0"); c.setTitle("DT-2026-208")
W, H = A4; L, R = 62, W - 62
def glyphs(x, y, s, font="Times-Roman", size=11, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, s, font="Times-Roman", size=11, lead=14.5):
    lines = simpleSplit(s, font, size, R - L)
    for i, ln in enumerate(lines):
        sp = ln.count(" "); ex = 0 if i == len(lines) - 1 or sp == 0 else (R - L - stringWidth(ln, font, size)) / sp
        glyphs(L, y, ln, font, size, ex); y -= lead
    return y - 4
def centre(y, s, font="Times-Bold", size=11):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(H - 60, "COMUNE DI CASTRO DEI VOLSCI", "Times-Bold", 16)
centre(H - 76, "Provincia di Frosinone", "Times-Italic", 11)
centre(H - 92, "Area Amministrativa – Servizi Sociali", "Times-Roman", 10)
c.rect(R - 150, H - 150, 150, 40)
glyphs(R - 142, H - 126, "Codice registro", "Helvetica", 8); glyphs(R - 142, H - 142, "DT-2026-208", "Helvetica-Bold", 12)
glyphs(L, H - 126, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11)
glyphs(L, H - 142, "Registro di settore n. 19 del 12 marzo 2026", "Times-Roman", 11)
y = H - 180
y = para(y, "OGGETTO: Concessione contributo economico straordinario a nucleo familiare in condizioni di disagio socio-economico – Impegno e liquidazione.", "Times-Bold")
centre(y, "IL RESPONSABILE DEL SERVIZIO"); y -= 20
for s in ["VISTO il Regolamento comunale per la concessione di contributi economici a persone e famiglie in difficoltà, approvato con deliberazione del Consiglio comunale n. 14 del 28 aprile 2022;",
          "VISTA la relazione dell'assistente sociale dott.ssa Martina Cinelli, agli atti dell'ufficio e non pubblicata per la tutela dei dati personali, dalla quale emerge lo stato di grave disagio del nucleo familiare richiedente;",
          "RITENUTO di concedere un contributo straordinario di € 800,00 in un'unica soluzione;"]:
    y = para(y, s)
centre(y, "DETERMINA"); y -= 20
for i, s in enumerate(["di concedere al nucleo familiare identificato con il codice SS-2026-07 un contributo economico straordinario di € 800,00;",
                       "di impegnare la spesa al capitolo 1890/1 del bilancio 2026;",
                       "di liquidare la somma mediante accredito sul conto corrente indicato dal beneficiario;",
                       "di omettere nella pubblicazione ogni dato idoneo a rivelare l'identità del beneficiario."], 1):
    y = para(y, f"{i}. {s}")
glyphs(R - 190, y - 20, "La Responsabile del Servizio", "Times-Roman", 11); glyphs(R - 190, y - 36, "dott.ssa Loredana Papetti", "Times-Italic", 11)
c.save()
