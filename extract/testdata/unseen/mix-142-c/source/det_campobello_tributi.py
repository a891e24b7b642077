#!/usr/bin/env python3
"""Campobello di Mazara (Datagraph-like): determinazione of the 2° Settore, offices stacked over IL RESPONSABILE;
ReportLab canvas with hand-made line breaking and Tw justification."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
L, R = 22*mm, W - 18*mm
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Determinazione R.G. n. 31/2029"); c.setAuthor("Comune di Campobello di Mazara"); c.setCreator("Datagraph - Gestione Atti")
page = [1]

def running():
    c.setFont("Times-Italic", 7.5)
    c.drawString(L, H - 10*mm, "Comune di Campobello di Mazara - 2° Settore Economico Finanziario - Ufficio Tributi")
    c.drawRightString(R, H - 10*mm, "Det. R.G. n. 31 del 11/01/2029 - pag. %d" % page[0])
    c.setLineWidth(0.3); c.line(L, H - 11.5*mm, R, H - 11.5*mm)

y = [H - 22*mm]
def newpage():
    c.showPage(); page[0] += 1; running(); y[0] = H - 20*mm

def lines(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: out.append(cur); cur = w
    if cur: out.append(cur)
    return out

def para(text, font="Times-Roman", size=11, lead=13.6, indent=0, first="", gap=3, justify=True):
    width = R - L - indent
    ls = lines(text, font, size, width)
    for i, ln in enumerate(ls):
        if y[0] < 22*mm: newpage()
        x = L + indent
        if i == 0 and first:
            c.setFont(font, size); c.drawString(L, y[0], first)
        t = c.beginText(x, y[0]); t.setFont(font, size)
        if justify and i < len(ls) - 1 and ln.count(" "):
            t.setWordSpace((width - stringWidth(ln, font, size)) / ln.count(" "))
        else:
            t.setWordSpace(0)
        t.textLine(ln); t.setWordSpace(0); c.drawText(t)
        y[0] -= lead
    y[0] -= gap

def centre(text, font, size, lead=14):
    c.setFont(font, size); c.drawCentredString(W / 2, y[0], text); y[0] -= lead

running()
centre("COMUNE DI CAMPOBELLO DI MAZARA", "Times-Bold", 16, 15)
centre("Libero Consorzio Comunale di Trapani", "Times-Italic", 10.5, 11)
centre("Via Roma n. 71 - 91021 Campobello di Mazara (TP) - C.F. 81000670816", "Times-Roman", 8.5, 12)
c.setLineWidth(1); c.line(L, y[0] + 4, R, y[0] + 4); y[0] -= 10
centre("DETERMINAZIONE", "Times-Bold", 13.5, 16)
# number grid
cols = [L, L + 56*mm, L + 112*mm, R]
top = y[0] + 10
c.setLineWidth(0.6)
c.rect(L, top - 28, R - L, 28)
c.line(L, top - 14, R, top - 14)
for x in cols[1:3]: c.line(x, top, x, top - 28)
for i, (a, b) in enumerate([("Registro Generale", "N. 31 del 11/01/2029"), ("Registro del Settore", "N. 2 del 11/01/2029"), ("Proposta", "N. 3 del 10/01/2029")]):
    mid = (cols[i] + cols[i + 1]) / 2
    c.setFont("Times-Roman", 9.5); c.drawCentredString(mid, top - 10, a)
    c.setFont("Times-Bold", 10); c.drawCentredString(mid, top - 24, b)
y[0] = top - 46
para("APPROVAZIONE DELLA LISTA DI CARICO DEGLI AVVISI DI ACCERTAMENTO IMU ANNUALITÀ 2024 PER OMESSO E PARZIALE VERSAMENTO - ACCERTAMENTO DELLA RELATIVA ENTRATA",
     font="Times-Bold", indent=22*mm, first="OGGETTO:", gap=8)
centre("IL RESPONSABILE DEL SETTORE", "Times-Bold", 11, 16)
for s in [
 "Vista la determinazione sindacale n. 3 del 02/01/2029 di conferimento dell'incarico di Elevata Qualificazione del 2° Settore Economico Finanziario;",
 "Visto l'art. 1, commi 738 e seguenti, della L. 27 dicembre 2019, n. 160, istitutivi della nuova IMU, e l'art. 1, comma 161, della L. 27 dicembre 2006, n. 296, in materia di accertamento dei tributi locali;",
 "Considerato che l'Ufficio Tributi ha concluso l'attività di controllo dei versamenti IMU relativi all'annualità 2024, mediante incrocio delle banche dati catastali, anagrafiche e dei versamenti F24, individuando n. 412 posizioni con omesso o parziale versamento dell'imposta;",
 "Vista la lista di carico predisposta dall'Ufficio Tributi, dalla quale risulta un importo complessivo da accertare di euro 187.634,00, comprensivo di imposta, sanzioni e interessi, conservata agli atti dell'ufficio e non pubblicata per la tutela dei dati personali dei contribuenti;",
 "Ritenuto di approvare la lista di carico e di procedere alla notifica degli avvisi di accertamento esecutivi entro il termine di decadenza del 31 dicembre 2029;",
 "Visti il D.Lgs. 267/2000, l'O.R.EE.LL. vigente nella Regione Siciliana e il Regolamento comunale delle entrate;"]:
    para(s)
y[0] -= 2
centre("D E T E R M I N A", "Times-Bold", 11.5, 16)
for i, s in enumerate([
 "di approvare la lista di carico degli avvisi di accertamento IMU per l'annualità 2024, composta da n. 412 posizioni, per l'importo complessivo di euro 187.634,00;",
 "di accertare l'entrata di euro 142.310,00 al capitolo 1015 \"IMU - attività di accertamento\" e di euro 45.324,00 al capitolo 3120 \"Sanzioni e interessi su tributi\" del bilancio 2029-2031, esercizio 2029;",
 "di dare mandato all'Ufficio Tributi di provvedere alla stampa e alla notifica degli avvisi, anche a mezzo PEC per i contribuenti titolari di domicilio digitale;",
 "di dare atto che il presente provvedimento non comporta impegno di spesa."], 1):
    para(s, indent=8*mm, first="%d)" % i)
y[0] -= 14
if y[0] < 60*mm: newpage()
for txt, f, s in [("2° SETTORE ECONOMICO FINANZIARIO", "Times-Bold", 10), ("UFFICIO TRIBUTI", "Times-Roman", 10),
                  ("IL RESPONSABILE", "Times-Bold", 10.5), ("Dott. Nicolò Ferrantelli", "Times-Italic", 10.5), ("(firma digitale)", "Times-Roman", 8)]:
    c.setFont(f, s); c.drawCentredString(W - 62*mm, y[0], txt); y[0] -= 13
c.setFont("Times-Roman", 7.5)
c.drawCentredString(W / 2, 12*mm, "Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
c.save()
