# Provincia di Frosinone - Decreto del Presidente: reportlab; letterhead, register grid and foot are
# Form XObjects reused on both pages; the DECRETA block and signature are drawn before the premises.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Decreto del Presidente n. 58/2026"); c.setAuthor("Provincia di Frosinone"); c.setCreator("APKappa Hypersic Atti 5")
L, R = 62, W - 56
def form_head():
    c.beginForm("head")
    c.setFillColorRGB(0.05, 0.25, 0.45); c.rect(L, H - 98, 36, 44, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 9); c.drawCentredString(L + 18, H - 80, "FR")
    c.setFillColorRGB(0.05, 0.25, 0.45); c.setFont("Helvetica-Bold", 17); c.drawString(L + 48, H - 72, "PROVINCIA DI FROSINONE")
    c.setFont("Helvetica", 9); c.setFillColorRGB(0.2, 0.2, 0.2)
    c.drawString(L + 48, H - 86, "Piazza Gramsci, 13 – 03100 Frosinone – C.F. 80001110609")
    c.drawString(L + 48, H - 97, "PEC: protocollo@pec.provincia.fr.it")
    c.setStrokeColorRGB(0.05, 0.25, 0.45); c.setLineWidth(1.2); c.line(L, H - 106, R, H - 106)
    c.endForm()
    c.beginForm("foot")
    c.setStrokeColorRGB(0.5, 0.5, 0.5); c.setLineWidth(0.5); c.line(L, 46, R, 46)
    c.setFont("Helvetica", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(L, 36, "Decreto del Presidente n. 58 del 21/04/2026 – documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.endForm()
form_head()
def para(text, x, y, w, font="Helvetica", size=10, lead=13.2):
    c.setFont(font, size); c.setFillColorRGB(0, 0, 0)
    for ln in simpleSplit(text, font, size, w):
        c.drawString(x, y, ln); y -= lead
    return y
# ---- page 1: draw foot, then register grid, then (out of order) the body bottom-up blocks
c.doForm("foot"); c.setFont("Helvetica", 7.5); c.drawRightString(R, 36, "Pagina 1 di 2")
premises = [
 ("VISTA", "la Legge 7 aprile 2014, n. 56, recante disposizioni sulle Province, e in particolare l'art. 1, comma 55, che attribuisce al Presidente della Provincia l'adozione degli atti di competenza dell'Ente;"),
 ("VISTO", "lo Statuto della Provincia di Frosinone, approvato con deliberazione dell'Assemblea dei Sindaci n. 1 del 23/12/2014;"),
 ("PREMESSO", "che la S.P. 24 \"Pastena-Castro dei Volsci\" presenta, tra il km 3+100 e il km 5+400, gravi ammaloramenti della pavimentazione e cedimenti della banchina di valle, come accertato dal Settore Viabilità con verbale di sopralluogo del 18/02/2026;"),
 ("CONSIDERATO", "che l'intervento è finanziato con le risorse del D.M. 29/05/2020 (programma straordinario di manutenzione della rete viaria provinciale), annualità 2026, per un importo complessivo di euro 780.000,00;"),
 ("VISTO", "il progetto esecutivo redatto dall'Ufficio Progettazione del Settore Viabilità e il verbale di verifica e validazione del 14/04/2026;"),
 ("ACQUISITI", "i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;"),
]
# DECRETA block first (lower part of page 1)
y0 = 300
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y0, "D E C R E T A")
pts = [
 "di approvare il progetto esecutivo dei lavori di risanamento del piano viabile e consolidamento della banchina della S.P. 24 \"Pastena-Castro dei Volsci\" dal km 3+100 al km 5+400, per l'importo complessivo di euro 780.000,00;",
 "di dare atto che la spesa trova copertura al capitolo 21450 del Bilancio di previsione 2026/2028, annualità 2026;",
 "di nominare Responsabile Unico del Progetto l'ing. Claudia Pizzuti, funzionario tecnico del Settore Viabilità;",
 "di demandare al Dirigente del Settore Viabilità l'adozione degli atti conseguenti per l'affidamento dei lavori.",
]
y = y0 - 20
for i, t in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L + 4, y, f"{i}."); y = para(t, L + 22, y, R - L - 22) - 4
y = para("Il presente decreto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", L, y - 4, R - L)
# then the premises, top of page, drawn after
yp = 556
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, yp + 20, "IL PRESIDENTE")
for k, t in premises:
    c.setFont("Helvetica-Bold", 10); c.drawString(L, yp, k)
    yp = para(t, L + 92, yp, R - L - 92) - 3
# register grid + subject (drawn last on page 1, above everything)
c.doForm("head")
gy = H - 175
c.setLineWidth(0.7); c.setStrokeColorRGB(0, 0, 0)
cols = [L, L + 150, L + 250, L + 380, R]
c.rect(L, gy, R - L, 50)
c.line(L, gy + 25, R, gy + 25)
for x in cols[1:-1]: c.line(x, gy, x, gy + 50)
labels = ["DECRETO DEL PRESIDENTE", "N.", "Data", "Proposta"]
vals = ["Registro Generale", "58", "21/04/2026", "n. 66 del 15/04/2026"]
for i in range(4):
    c.setFont("Helvetica-Bold", 8.5); c.drawString(cols[i] + 5, gy + 33, labels[i])
    c.setFont("Helvetica", 10); c.drawString(cols[i] + 5, gy + 8, vals[i])
c.setFont("Helvetica", 9.5)
c.drawString(L, gy - 16, "Settore proponente: Settore Viabilità e Infrastrutture")
c.setFillColorRGB(0.92, 0.94, 0.97); c.rect(L, gy - 78, R - L, 52, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 10); c.drawString(L + 6, gy - 40, "OGGETTO:")
para("S.P. 24 \"Pastena-Castro dei Volsci\" – Lavori di risanamento del piano viabile e consolidamento della banchina dal km 3+100 al km 5+400. Approvazione del progetto esecutivo. CUP D47H25000910001.", L + 70, gy - 40, R - L - 78, "Helvetica-Bold", 10)
c.showPage()
# ---- page 2: signature drawn before the header form
c.setFont("Helvetica", 10)
c.drawString(L, H - 170, "Frosinone, 21/04/2026")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(R - 100, H - 200, "IL PRESIDENTE DELLA PROVINCIA")
c.setFont("Helvetica", 10); c.drawCentredString(R - 100, H - 214, "Luca Di Stefano")
c.setFont("Helvetica-Oblique", 8.5); c.drawCentredString(R - 100, H - 226, "(firmato digitalmente)")
c.doForm("head"); c.doForm("foot"); c.setFont("Helvetica", 7.5); c.drawRightString(R, 36, "Pagina 2 di 2")
c.setFont("Helvetica-Bold", 10); c.drawString(L, H - 280, "PARERI ai sensi dell'art. 49 del D.Lgs. n. 267/2000")
c.setFont("Helvetica", 9.5)
y = para("Parere di regolarità tecnica: FAVOREVOLE. Il Dirigente del Settore Viabilità e Infrastrutture, ing. Roberto Lolli, 16/04/2026.", L, H - 298, R - L, size=9.5)
y = para("Parere di regolarità contabile: FAVOREVOLE. Il Dirigente del Settore Risorse Finanziarie, dott. Stefano Rosati, 17/04/2026.", L, y - 6, R - L, size=9.5)
c.rect(L, y - 70, R - L, 52)
c.setFont("Helvetica-Bold", 9); c.drawString(L + 6, y - 32, "PUBBLICAZIONE")
c.setFont("Helvetica", 9); c.drawString(L + 6, y - 46, "Pubblicato all'Albo Pretorio on line dal 22/04/2026 al 07/05/2026 – n. 1407 del Registro delle pubblicazioni.")
c.showPage(); c.save()
