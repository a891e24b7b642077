# Lays out the Santadi determinazione into render.c commands (CP1252). Metrics: Helvetica AFM via reportlab.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth
out = open(sys.argv[1], "w", encoding="cp1252")
W = lambda t, f, s: stringWidth(t, f, s)
cmds = []; y = 0; page = 0; TOTAL = 1
def c(*a): cmds.append(" ".join(str(x) for x in a))
def foot():
    c("F Helvetica 7.5"); c("L 50 48 545 48")
    c("T 50 38 Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 82/2005.")
    c("D 545 38 Determinazione n. 41 del 02/04/2026 - pagina %d di %d" % (page, TOTAL))
def newpage():
    global y, page
    if page: foot()
    page += 1; c("P"); y = 790
def wrap(t, f, s, w):
    lines, cur = [], ""
    for word in t.split(" "):
        cand = word if not cur else cur + " " + word
        if W(cand, f, s) > w and cur: lines.append(cur); cur = word
        else: cur = cand
    lines.append(cur); return lines
def para(t, f="Helvetica", s=10, x=50, w=495, lead=13, gap=5):
    global y
    for ln in wrap(t, f, s, w):
        if y < 70: newpage()
        c("F", f, s); c("T", x, round(y, 1), ln); y -= lead
    y -= gap
newpage()
# letterhead
c("R 50 752 44 52 -1"); c("F Helvetica 5.5"); c("C 72 776 stemma")
c("F Helvetica-Bold 16"); c("T 104 788 COMUNE DI SANTADI")
c("F Helvetica 9.5"); c("T 104 774 Provincia del Sud Sardegna")
c("F Helvetica 8"); c("T 104 762 Piazza Marconi, 1 - 09010 Santadi (SU) - tel. 0781 94201 - protocollo@pec.comune.santadi.su.it")
y = 730
# label grid
rows = [("Settore", "AREA SOCIO-CULTURALE"), ("Servizio", "Servizio Sociale e Pubblica Istruzione"),
        ("Determinazione", "N. 41 del 02/04/2026"), ("Registro Generale", "N. 219 del 02/04/2026"),
        ("Proposta", "N. 48 del 31/03/2026")]
for lab, val in rows:
    c("R 50", y - 5, "130 17 0.9"); c("R 180", y - 5, "365 17 -1")
    c("F Helvetica 8.5"); c("T 55", y + 0.5, lab)
    c("F Helvetica-Bold 9.5"); c("T 186", y + 0.5, val); y -= 17
subj = "Liquidazione contributi a favore dei beneficiari del Programma regionale “Ritornare a casa PLUS” - mensilità di marzo 2026."
sl = wrap(subj, "Helvetica-Bold", 9.5, 355)
h = 8 + 12 * len(sl)
c("R 50", y - h + 12, "130", h, "0.9"); c("R 180", y - h + 12, "365", h, "-1")
c("F Helvetica 8.5"); c("T 55", y + 0.5, "Oggetto")
yy = y + 0.5
for ln in sl:
    c("F Helvetica-Bold 9.5"); c("T 186", round(yy, 1), ln); yy -= 12
y = y - h - 14
c("F Helvetica-Bold 11"); c("C 297.5", y, "IL RESPONSABILE DEL SETTORE"); y -= 20
for t in [
 "Visto il decreto del Sindaco n. 2 del 08/01/2026 di nomina del Responsabile dell'Area Socio-Culturale;",
 "Richiamata la deliberazione della Giunta Regionale n. 11/23 del 19/03/2025 recante le linee di indirizzo del Programma “Ritornare a casa PLUS” per il triennio 2025-2027;",
 "Vista la propria determinazione n. 12 del 29/01/2026 (Reg. Gen. n. 58) con la quale sono stati ammessi al beneficio n. 7 utenti residenti ed è stata impegnata la somma di € 96.600,00 sul capitolo 10421/5 del bilancio 2026;",
 "Accertato che i beneficiari hanno presentato la documentazione attestante le spese sostenute per l'assistenza nel mese di marzo 2026, verificata dal Servizio Sociale;",
 "Dato atto che non sussistono situazioni di conflitto di interesse, anche potenziale, ai sensi dell'art. 6-bis della L. 241/1990;",
 "Visti il D.Lgs. 267/2000, il vigente Regolamento di contabilità e il bilancio di previsione 2026/2028;"]:
    para(t)
y -= 2; c("F Helvetica-Bold 11"); c("C 297.5", y, "DETERMINA"); y -= 20
for t in [
 "di liquidare la somma complessiva di € 8.050,00 a favore dei n. 7 beneficiari del Programma “Ritornare a casa PLUS”, per la mensilità di marzo 2026, secondo il prospetto depositato agli atti d'ufficio e non pubblicato per la tutela dei dati personali;",
 "di imputare la spesa al capitolo 10421/5, impegno n. 97/2026, del bilancio di previsione 2026/2028, esercizio 2026;",
 "di trasmettere il presente atto al Servizio Finanziario per l'emissione dei mandati di pagamento;",
 "di disporre la pubblicazione del presente atto all'Albo pretorio on line per quindici giorni consecutivi."]:
    para(t, x=62, w=483)
y -= 14
if y < 160: newpage()
c("F Helvetica 10"); c("C 400", y, "Il Responsabile dell'Area Socio-Culturale"); y -= 14
c("F Helvetica-Bold 10"); c("C 400", y, "Dott.ssa Ilaria Melis"); y -= 36
c("R 50", y - 52, "495 62 -1"); c("F Helvetica-Bold 8.5"); c("T 56", y, "VISTO DI REGOLARITÀ CONTABILE"); y -= 12
para("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 147-bis del D.Lgs. 267/2000. Santadi, 02/04/2026 - Il Responsabile dell'Area Finanziaria, Rag. Gianfranco Pinna", "Helvetica", 8.5, 56, 480, 11)
foot()
out.write("\n".join(cmds) + "\n")
