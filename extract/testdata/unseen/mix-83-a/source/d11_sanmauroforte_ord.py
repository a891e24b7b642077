# Comune di San Mauro Forte - ordinanza sindacale; reportlab. Letterhead and foot are Form XObjects drawn
# LAST; the signature and the dispositive part are drawn before the heading and the premises.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 60, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Ordinanza sindacale n. 11/2026"); c.setAuthor("Comune di San Mauro Forte")
c.beginForm("lh"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-50, "COMUNE DI SAN MAURO FORTE")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-63, "Provincia di Matera"); c.line(L, H-70, R, H-70); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.line(L, 40, R, 40)
c.drawCentredString(W/2, 30, "Comune di San Mauro Forte – Piazza Caduti 1 – 75010 San Mauro Forte (MT) – C.F. 81000910779"); c.endForm()
def wrap(text, font, size, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width: out.append(line); line = w
        else: line = t
    return out + [line]
def block(y, paras, font="Helvetica", size=10, lead=13.2):
    for p in paras:
        for ln in wrap(p, font, size, R - L): c.setFont(font, size); c.drawString(L, y, ln); y -= lead
        y -= 4
    return y
# 1) signature block first
c.setFont("Helvetica", 10); c.drawString(L, 170, "San Mauro Forte, 17/04/2026")
c.drawCentredString(420, 170, "IL SINDACO"); c.drawCentredString(420, 156, "prof. Rocco Cirillo")
# 2) dispositive part
y = block(432, ["ORDINA"], "Helvetica-Bold", 11)
y = block(y, ["1. la chiusura del cimitero comunale al pubblico dal 20 aprile 2026 al 2 maggio 2026, per consentire i lavori di messa in sicurezza del muro di cinta lato nord;",
              "2. la sospensione, nello stesso periodo, delle operazioni cimiteriali ordinarie, fatta eccezione per le tumulazioni e le inumazioni, che si svolgeranno con l'assistenza del personale comunale;",
              "3. all'Ufficio Tecnico comunale e alla Polizia Locale di curare l'esecuzione e la vigilanza sulla presente ordinanza."])
block(y - 6, ["Contro la presente ordinanza è ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione all'Albo Pretorio on line, o ricorso straordinario al Presidente della Repubblica entro 120 giorni."], "Helvetica-Oblique", 9, 12)
# 3) heading and premises last
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-100, "ORDINANZA SINDACALE")
c.setFont("Helvetica", 10.5); c.drawCentredString(W/2, H-115, "Reg. Ord. n. 11/2026 – addì diciassette aprile duemilaventisei")
y = block(H-140, ["OGGETTO: Chiusura temporanea del cimitero comunale per lavori urgenti di messa in sicurezza del muro di cinta."], "Helvetica-Bold", 10.5)
y = block(y - 2, ["IL SINDACO"], "Helvetica-Bold", 11)
block(y, ["VISTA la relazione del Responsabile dell'Area Tecnica prot. n. 1987 del 16/04/2026, dalla quale risulta che un tratto del muro di cinta del cimitero comunale, lato nord, presenta lesioni e un fuori piombo tali da costituire pericolo per la pubblica incolumità;",
          "RITENUTO necessario interdire l'accesso al cimitero per il tempo strettamente necessario all'esecuzione dei lavori di messa in sicurezza;",
          "VISTI l'art. 50 del D.Lgs. 18 agosto 2000, n. 267 e il D.P.R. 10 settembre 1990, n. 285;"])
c.doForm("lh"); c.doForm("ft")
c.showPage(); c.save()
