# Comune di Ascea: determinazione; every justified line sets its own word spacing (Tw), headings letter-spaced (Tc) (reportlab canvas)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L = 62; R = W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione Reg. Gen. 311/2026"); c.setAuthor("Comune di Ascea")
y = H - 60
def spaced(t, font, size, tc, yy):
    global y
    w = stringWidth(t, font, size) + tc * (len(t) - 1)
    o = c.beginText(); o.setFont(font, size); o.setCharSpace(tc); o.setTextOrigin((W - w) / 2, yy); o.textOut(t); o.setCharSpace(0); c.drawText(o)
def para(t, font="Helvetica", size=10.2, lead=13.6, indent=0, bold_first=None):
    global y
    words = t.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), font, size) > R - L - indent: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); o = c.beginText(); o.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            o.setWordSpace((R - L - indent - stringWidth(s, font, size)) / (len(ln) - 1))
        o.setTextOrigin(L + indent, y); o.textOut(s); o.setWordSpace(0); c.drawText(o); y -= lead
    y -= 4
spaced("COMUNE DI ASCEA", "Helvetica-Bold", 17, 3.2, y); y -= 16
spaced("PROVINCIA DI SALERNO", "Helvetica", 9.5, 2.0, y); y -= 14
spaced("AREA ECONOMICO-FINANZIARIA – SERVIZIO TRIBUTI", "Helvetica", 9.5, 0.8, y); y -= 12
c.setLineWidth(1.2); c.line(L, y, R, y); y -= 22
spaced("DETERMINAZIONE", "Helvetica-Bold", 13, 4, y); y -= 18
c.setFont("Helvetica", 10.2)
c.drawString(L, y, "Reg. Gen. 311"); c.drawCentredString(W / 2, y, "Reg. Settore n. 27"); c.drawRightString(R, y, "data 18/03/2026"); y -= 22
c.setFont("Helvetica-Bold", 10.2); c.drawString(L, y, "OGGETTO:"); y -= 14
para("Approvazione dell'elenco degli sgravi e dei rimborsi della tassa sui rifiuti (TARI) relativi agli anni d'imposta 2023, 2024 e 2025 e liquidazione dei rimborsi ai contribuenti aventi diritto.", "Helvetica-Bold")
c.line(L, y + 6, R, y + 6); y -= 10
spaced("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "Helvetica-Bold", 10.2, 0.6, y); y -= 20
for t in [
"Visto il decreto sindacale n. 4 del 10 gennaio 2026, con il quale è stata conferita al sottoscritto la responsabilità dell'Area Economico-Finanziaria;",
"Premesso che nel corso dell'attività di controllo sono state riscontrate situazioni di doppia iscrizione, di errata attribuzione della superficie tassabile e di cessazione non registrata, per le quali i contribuenti hanno presentato istanza di sgravio o di rimborso;",
"Esaminate le istanze pervenute entro il 31 gennaio 2026 e verificata la documentazione prodotta, come risulta dall'istruttoria dell'Ufficio Tributi conservata agli atti;",
"Visti il Regolamento comunale per l'applicazione della TARI, approvato con deliberazione del Consiglio comunale n. 18 del 29 luglio 2020, e l'articolo 1, comma 164, della legge 27 dicembre 2006, n. 296;",
"Accertata la regolarità tecnica del presente atto ai sensi dell'articolo 147-bis del decreto legislativo 18 agosto 2000, n. 267;"]:
    para(t)
y -= 4; spaced("DETERMINA", "Helvetica-Bold", 11, 3, y); y -= 20
for i, t in enumerate([
"di approvare l'elenco degli sgravi della TARI per gli anni 2023, 2024 e 2025, per l'importo complessivo di euro 14.286,40, allegato al presente atto sotto la lettera A;",
"di approvare l'elenco dei rimborsi per l'importo complessivo di euro 6.918,75, allegato sotto la lettera B, e di liquidarli ai contribuenti mediante bonifico;",
"di imputare la spesa dei rimborsi al capitolo 1365 del bilancio 2026, impegno n. 402/2026;",
"di dare atto che gli elenchi allegati sono pubblicati in forma anonimizzata nel rispetto della normativa sulla protezione dei dati personali."], 1):
    c.setFont("Helvetica", 10.2); c.drawString(L, y, "%d)" % i); para(t, indent=16)
y -= 16
c.setFont("Helvetica-Bold", 10); c.drawCentredString(R - 100, y, "IL RESPONSABILE DELL'AREA"); y -= 13
c.drawCentredString(R - 100, y, "ECONOMICO-FINANZIARIA"); y -= 13
c.setFont("Helvetica", 10); c.drawCentredString(R - 100, y, "dott. Vincenzo Cammarano")
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Comune di Ascea – Piazza Vittorio Emanuele III – 84046 Ascea (SA) – protocollo@pec.comune.ascea.sa.it")
c.showPage(); c.save()
