# Pieve Torina (MC): reportlab; letterhead and running foot are Form XObjects reused on both pages;
# register line and signature drawn before the body (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("APKappa Hypersic PDF 2.7")
W, H = A4; L = 64; R = W - 64
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 55, "COMUNE DI PIEVE TORINA")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 68, "Provincia di Macerata – Piazza Roma 1 – 62036 Pieve Torina")
c.line(L, H - 76, R, H - 76); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5)
c.drawString(L, 36, "Determinazione Servizio Ricostruzione post-sisma – Reg. Sett. n. 8/2026 – Reg. Gen. n. 96/2026"); c.line(L, 46, R, 46); c.endForm()
def wrap(txt, f, sz):
    words = txt.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), f, sz) > R - L and cur: lines.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    return lines + [" ".join(cur)]
def block(y, paras, f="Helvetica", sz=10, lead=13.5):
    for t in paras:
        if t.isupper(): c.setFont("Helvetica-Bold", sz); c.drawCentredString(W / 2, y, t); y -= lead + 3; continue
        c.setFont(f, sz)
        for ln in wrap(t, f, sz): c.drawString(L, y, ln); y -= lead
        y -= 4
    return y
# page 1: register box first, then the foot, body, and the letterhead last
c.rect(L, H - 150, R - L, 58)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, H - 108, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO RICOSTRUZIONE")
c.setFont("Helvetica", 10); c.drawCentredString(W / 2, H - 124, "Registro di Settore N. 8 del 24/03/2026")
c.drawCentredString(W / 2, H - 138, "Registro Generale N. 96 del 26/03/2026 – Proposta N. 131 del 23/03/2026")
c.doForm("foot"); c.setFont("Helvetica", 8); c.drawRightString(R, 36, "Pag. 1/2")
y = block(H - 172, ["OGGETTO: Contributo per la riparazione con rafforzamento locale dell'edificio residenziale in via Sant'Agostino n. 14, danneggiato dagli eventi sismici del 2016 – Concessione del contributo – Pratica MUDE n. 043037-2026-0112.",
 "IL RESPONSABILE DEL SERVIZIO",
 "L'anno duemilaventisei, addì ventisei del mese di marzo, nel proprio ufficio;",
 "Vista l'Ordinanza del Commissario straordinario per la ricostruzione n. 4/2016 e successive modificazioni, che disciplina gli interventi di riparazione e rafforzamento locale degli edifici danneggiati dagli eventi sismici;",
 "Vista la domanda di contributo presentata dal sig. Giorgio Marinelli in qualità di proprietario dell'immobile sito in via Sant'Agostino n. 14, identificato al foglio 12, particella 318 del catasto fabbricati;",
 "Vista l'istruttoria tecnica conclusa con esito positivo dal tecnico incaricato, dalla quale risulta un contributo ammissibile di € 148.620,35;",
 "Visto il decreto sindacale n. 6 del 09/01/2026 di nomina del Responsabile del Servizio Ricostruzione;"])
c.doForm("head"); c.showPage()
# page 2: signature drawn first, then dispositive part, then letterhead and foot
c.setFont("Helvetica", 10); c.drawString(L, 330, "Pieve Torina, 26/03/2026")
c.drawCentredString(400, 330, "IL RESPONSABILE DEL SERVIZIO"); c.drawCentredString(400, 316, "ing. Valentina Scuppa")
block(H - 100, ["DETERMINA",
 "1) di concedere al sig. Giorgio Marinelli il contributo di € 148.620,35 per gli interventi di riparazione con rafforzamento locale dell'edificio in via Sant'Agostino n. 14;",
 "2) di dare atto che il contributo è erogato secondo gli stati di avanzamento dei lavori con le modalità dell'Ordinanza commissariale n. 4/2016;",
 "3) di trasmettere il presente provvedimento all'Ufficio Speciale per la Ricostruzione Marche e al richiedente;",
 "4) di pubblicare il presente atto all'Albo Pretorio on line per quindici giorni consecutivi."])
c.doForm("head"); c.doForm("foot"); c.setFont("Helvetica", 8); c.drawRightString(R, 36, "Pag. 2/2")
c.save()
