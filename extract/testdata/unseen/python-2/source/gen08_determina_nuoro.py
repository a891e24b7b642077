"""Determinazione, Comune di Nuoro: raw ReportLab canvas, embedded DejaVu Sans; issuing sector on the
left, general register number/date and sector register in a right-aligned block, subject in a drawn box
with 'OGGETTO:' inside, dash-bulleted points, attestation of publication with other dates."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from common import register_dejavu, out, CanvasWriter

register_dejavu()
F, FB, FI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
c = canvas.Canvas(out("determina-nuoro-rightblock.pdf"), pagesize=A4)

def on_page(w):
    cc = w.c
    cc.setFont(F, 7); cc.drawCentredString(A4[0]/2, 11*mm,
        "Comune di Nuoro – Via Dante, 44 – 08100 Nuoro – PEC protocollo@pec.comune.nuoro.it")
    cc.drawRightString(A4[0]-18*mm, 11*mm, "pag. %d" % w.page)
    if w.page == 1:
        cc.setFont(FB, 14); cc.drawString(20*mm, A4[1]-20*mm, "COMUNE DI NUORO")
        cc.setFont(F, 8.5); cc.drawString(20*mm, A4[1]-25*mm, "Provincia di Nuoro")
        cc.setFont(FB, 9); cc.drawString(20*mm, A4[1]-33*mm, "SETTORE 3 – SERVIZI SOCIALI E POLITICHE")
        cc.drawString(20*mm, A4[1]-37.5*mm, "PER LA FAMIGLIA")
        cc.setFont(F, 9)
        rx = A4[0]-20*mm
        cc.drawRightString(rx, A4[1]-20*mm, "Registro Generale n. 2041")
        cc.drawRightString(rx, A4[1]-24.5*mm, "del 17 novembre 2025")
        cc.setFont(F, 8)
        cc.drawRightString(rx, A4[1]-31*mm, "Registro di Settore n. 318")
        cc.drawRightString(rx, A4[1]-35*mm, "del 14/11/2025")

w = CanvasWriter(c, 20*mm, 20*mm, 46*mm, 20*mm, on_page)
w.center("DETERMINAZIONE DEL DIRIGENTE", FB, 12, after=6)
subj = ("Liquidazione dei contributi per il sostegno all'accesso alle abitazioni in locazione (art. 11 della "
        "L. n. 431/1998) – Annualità 2025 – Primo elenco dei beneficiari.")
lines = simpleSplit(subj, FB, 9.5, A4[0]-40*mm-30*mm)
bh = len(lines)*5*mm + 5*mm
top = w.y
c.setLineWidth(0.8); c.rect(20*mm, top - bh, A4[0]-40*mm, bh)
c.setFont(FB, 9.5); c.drawString(23*mm, top - 6*mm, "OGGETTO:")
for i, ln in enumerate(lines):
    c.drawString(45*mm, top - 6*mm - i*5*mm, ln)
w.y = top - bh - 6*mm
w.center("IL DIRIGENTE", FB, 10.5, after=3)
for p in [
    "Visto il decreto del Sindaco n. 27 del 02/08/2024, con il quale è stato conferito al sottoscritto l'incarico "
    "di direzione del Settore 3 – Servizi Sociali e Politiche per la Famiglia;",
    "Vista la deliberazione della Giunta Regionale n. 18/44 del 23/05/2025, che ha approvato i criteri per la "
    "ripartizione del Fondo nazionale e regionale per il sostegno all'accesso alle abitazioni in locazione per "
    "l'annualità 2025;",
    "Richiamata la propria determinazione n. 1422 del 04/08/2025, con la quale è stato approvato il bando comunale "
    "per la presentazione delle domande, pubblicato dal 05/08/2025 al 15/09/2025;",
    "Preso atto che sono pervenute n. 486 domande, delle quali n. 451 sono risultate ammissibili all'esito "
    "dell'istruttoria svolta dall'Ufficio Casa, come da verbale del 31/10/2025;",
    "Vista la nota della Regione Autonoma della Sardegna – Assessorato dei Lavori Pubblici prot. n. 41877 del "
    "06/11/2025, di comunicazione dell'avvenuto trasferimento della quota regionale pari a € 612.480,35;",
    "Ritenuto di procedere alla liquidazione dei contributi in favore dei primi n. 212 beneficiari, per i quali "
    "sono state completate le verifiche sulla documentazione relativa ai canoni corrisposti;",
    "Attestata la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. "
    "n. 267/2000 e l'assenza di conflitti di interesse ai sensi dell'art. 6-bis della L. n. 241/1990;"]:
    w.para(p, F, 9, after=2.5)
w.space(2)
w.center("D E T E R M I N A", FB, 10.5, after=3)
for p in [
    "di approvare il primo elenco dei beneficiari del contributo per il sostegno all'accesso alle abitazioni in "
    "locazione, annualità 2025, composto da n. 212 nominativi, allegato al presente atto in forma anonimizzata ai "
    "sensi del Regolamento UE 2016/679;",
    "di liquidare la somma complessiva di € 287.914,60 in favore dei beneficiari di cui all'elenco, imputando la "
    "spesa sul capitolo 1104.17 del bilancio 2025, impegno n. 2025/3318;",
    "di trasmettere il presente atto al Settore Programmazione e Gestione delle Risorse per l'emissione dei "
    "mandati di pagamento;",
    "di dare atto che l'elenco nominativo completo è depositato presso l'Ufficio Casa e non è soggetto a "
    "pubblicazione."]:
    w.para(p, F, 9, hang=("-", 5*mm), after=2.5)
w.space(6)
w.need(20*mm)
c.setFont(F, 9); c.drawCentredString(150*mm, w.y - 4*mm, "Il Dirigente")
c.drawCentredString(150*mm, w.y - 9*mm, "Dott. Gavino Ladu")
c.setFont(FI, 7); c.drawCentredString(150*mm, w.y - 13*mm, "firmato digitalmente")
w.y -= 22*mm
w.center("ATTESTAZIONE DI PUBBLICAZIONE", FB, 9.5, after=2)
w.para("Si attesta che la presente determinazione viene pubblicata all'Albo Pretorio on line per quindici giorni "
       "consecutivi a decorrere dal 19/11/2025 (pubblicazione n. 5127).", F, 8.5)
c.showPage(); c.save()
