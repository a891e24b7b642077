# Giunta deliberation, Comune di Brugnera (PN) - imitates a PowerBuilder
# DataWindow print (grey bands, boxed label grid, "dw_" footer). ReportLab canvas.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

OUT = sys.argv[1]
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Deliberazione Giunta Comunale n. 47/2026")
c.setAuthor("ufficio.segreteria")
c.setCreator("PowerBuilder DataWindow - dw_stampa_delibera")
page = [1]
TOTAL = 2
L, R = 56, W - 56

def foot():
    c.setFont("Helvetica", 6.5)
    c.setFillGray(0.35)
    c.drawString(L, 30, "dw_stampa_delibera_gc  -  Utente: SEGRETERIA02  -  Stampato il 17/04/2026 alle 11:42")
    c.drawRightString(R, 30, "Pag. %d di %d" % (page[0], TOTAL))
    c.setFillGray(0)
    c.line(L, 40, R, 40)

def runhead():
    c.setFont("Helvetica", 7.5)
    c.drawString(L, H - 36, "COMUNE DI BRUGNERA - Deliberazione della Giunta Comunale n. 47 del 14/04/2026")
    c.line(L, H - 40, R, H - 40)

def newpage():
    foot(); c.showPage(); page[0] += 1; runhead()
    return H - 64

def para(y, text, font="Helvetica", size=9.5, lead=12.5, indent=0, width=None, after=4):
    width = width or (R - L - indent)
    for ln in simpleSplit(text, font, size, width):
        if y < 60:
            y = newpage()
        c.setFont(font, size)
        c.drawString(L + indent, y, ln)
        y -= lead
    return y - after

# letterhead
c.setFillGray(0.88); c.rect(L, H - 118, R - L, 78, stroke=0, fill=1); c.setFillGray(0)
c.rect(L, H - 118, R - L, 78)
c.rect(L + 8, H - 110, 50, 62)
c.setFont("Helvetica", 5.5); c.drawCentredString(L + 33, H - 82, "STEMMA"); c.drawCentredString(L + 33, H - 89, "COMUNALE")
c.setFont("Helvetica-Bold", 17); c.drawString(L + 72, H - 66, "COMUNE DI BRUGNERA")
c.setFont("Helvetica", 9); c.drawString(L + 72, H - 80, "REGIONE AUTONOMA FRIULI VENEZIA GIULIA")
c.drawString(L + 72, H - 92, "Via Villa Varda n. 2 - 33070 Brugnera (PN) - C.F. 80004890935")
c.drawString(L + 72, H - 104, "PEC: comune.brugnera@certgov.fvg.it")
c.setFont("Helvetica-Bold", 11); c.drawRightString(R - 8, H - 66, "COPIA")

y = H - 140
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 14
# label grid
grid = [("Numero", "47"), ("Data", "14/04/2026"), ("Proposta n.", "52 del 08/04/2026"), ("Ufficio proponente", "Area Tecnica")]
cw = (R - L) / 4
for i, (lab, val) in enumerate(grid):
    x = L + i * cw
    c.setFillGray(0.88); c.rect(x, y - 14, cw, 12, stroke=1, fill=1); c.setFillGray(0)
    c.rect(x, y - 30, cw, 16)
    c.setFont("Helvetica", 7); c.drawString(x + 3, y - 11, lab)
    c.setFont("Helvetica-Bold", 10); c.drawString(x + 4, y - 26, val)
y -= 46
c.rect(L, y - 44, R - L, 50)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 4, y - 8, "OGGETTO:")
subj = "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEI PERCORSI PEDONALI DI VIA SAN GIACOMO E VIA BRANDOLINI - CUP F31B26000120004."
yy = y - 8
for ln in simpleSplit(subj, "Helvetica-Bold", 9.5, R - L - 70):
    c.drawString(L + 62, yy, ln); yy -= 12
y -= 62
y = para(y, "L'anno duemilaventisei, il giorno quattordici del mese di aprile alle ore 18:00, nella sala comunale, in seguito a regolare convocazione, si è riunita la Giunta Comunale nelle persone dei signori:")

# roll (DataWindow tabular band)
cols = [L, L + 210, L + 330, L + 400, R]
c.setFillGray(0.88); c.rect(L, y - 14, R - L, 14, stroke=1, fill=1); c.setFillGray(0)
c.setFont("Helvetica-Bold", 8.5)
for x, h in zip(cols, ["Cognome e Nome", "Carica", "Presente", "Assente"]):
    c.drawString(x + 4, y - 10, h)
y -= 14
roll = [("DAL BEN RENZO", "Sindaco", True), ("PIVETTA ELISA", "Vice Sindaco", True), ("MORAS GIANLUCA", "Assessore", True),
        ("ZANIN MARTA", "Assessore", False), ("CARLET DAVIDE", "Assessore", True)]
c.setFont("Helvetica", 9)
for n, r, p in roll:
    c.rect(L, y - 14, R - L, 14)
    c.drawString(L + 4, y - 10, n); c.drawString(cols[1] + 4, y - 10, r)
    c.drawCentredString(cols[2] + 35, y - 10, "X" if p else ""); c.drawCentredString(cols[3] + 35, y - 10, "" if p else "X")
    y -= 14
c.setFont("Helvetica-Bold", 8.5)
c.drawString(cols[1] + 4, y - 11, "Totale"); c.drawCentredString(cols[2] + 35, y - 11, "4"); c.drawCentredString(cols[3] + 35, y - 11, "1")
y -= 26
y = para(y, "Assiste il Segretario Comunale dott.ssa Lucia Bortolin.")
y = para(y, "Constatato il legale numero degli intervenuti, il dott. Renzo Dal Ben nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
y -= 4
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W / 2, y, "LA GIUNTA COMUNALE"); y -= 16
for t in [
    "VISTA la proposta di deliberazione n. 52 del 08/04/2026 predisposta dall'Area Tecnica, allegata al presente atto quale parte integrante e sostanziale;",
    "PREMESSO che nel Documento Unico di Programmazione 2026/2028, approvato con deliberazione del Consiglio Comunale n. 58 del 18/12/2025, è prevista la realizzazione di interventi di messa in sicurezza della mobilità pedonale nella frazione di San Cassiano di Livenza;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 12 del 05/02/2026 con la quale è stato approvato il Piano Esecutivo di Gestione 2026/2028 ed assegnate le risorse ai Responsabili di Area;",
    "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Alessio Furlan, incaricato con determinazione dell'Area Tecnica n. 118 del 20/02/2026, dell'importo complessivo di € 185.000,00, di cui € 142.300,00 per lavori a base d'asta, € 4.200,00 per oneri della sicurezza ed € 38.500,00 per somme a disposizione dell'Amministrazione;",
    "VISTI il D.Lgs. 31 marzo 2023, n. 36, la L.R. 31 maggio 2002, n. 14 e il D.Lgs. 18 agosto 2000, n. 267;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica, espresso dal Responsabile dell'Area Tecnica, e di regolarità contabile, espresso dal Responsabile dell'Area Economico-Finanziaria, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti unanimi, favorevoli, resi nelle forme di legge,",
]:
    y = para(y, t)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W / 2, y, "D E L I B E R A"); y -= 16
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza dei percorsi pedonali di via San Giacomo e via Brandolini, dell'importo complessivo di € 185.000,00, composto dagli elaborati elencati in premessa;",
    "di dare atto che la spesa trova copertura al capitolo 28150 \"Manutenzione straordinaria viabilità\" del bilancio di previsione 2026/2028, esercizio 2026, finanziato con contributo regionale ai sensi della L.R. 20/2020;",
    "di individuare quale Responsabile Unico del Progetto il geom. Stefano Piccinin, Istruttore Direttivo dell'Area Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'avvio della procedura di affidamento della progettazione esecutiva;",
    "di trasmettere copia della presente deliberazione ai capigruppo consiliari ai sensi dell'art. 1, comma 16, della L.R. 21/2003.",
]
for i, t in enumerate(pts, 1):
    if y < 80: y = newpage()
    c.setFont("Helvetica", 9.5); c.drawString(L + 4, y, "%d." % i)
    y = para(y, t, indent=22)
y = para(y, "Successivamente, con separata votazione unanime e palese, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21 e successive modifiche ed integrazioni.")
y = newpage() if y < 300 else y - 10
# signature band
c.setFillGray(0.88); c.rect(L, y - 14, R - L, 14, stroke=1, fill=1); c.setFillGray(0)
c.setFont("Helvetica-Bold", 8.5); c.drawString(L + 4, y - 10, "Letto, approvato e sottoscritto.")
y -= 30
c.setFont("Helvetica", 9.5)
c.drawCentredString(L + 110, y, "IL SINDACO"); c.drawCentredString(R - 110, y, "IL SEGRETARIO COMUNALE")
y -= 14
c.drawCentredString(L + 110, y, "f.to dott. Renzo Dal Ben"); c.drawCentredString(R - 110, y, "f.to dott.ssa Lucia Bortolin")
y -= 36
c.rect(L, y - 92, R - L, 98)
c.setFont("Helvetica-Bold", 9); c.drawString(L + 6, y - 8, "ATTESTATO DI PUBBLICAZIONE")
y2 = para(y - 24, "Si attesta che la presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 17/04/2026 al 02/05/2026, ai sensi dell'art. 1, comma 15, della L.R. 21/2003, e che contestualmente viene comunicata ai capigruppo consiliari.", size=9, indent=6, width=R - L - 12)
c.setFont("Helvetica", 9); c.drawString(L + 6, y2 - 4, "Brugnera, 17/04/2026"); c.drawRightString(R - 8, y2 - 4, "L'impiegato responsabile f.to Tiziana Cescon")
y = y - 112
c.rect(L, y - 40, R - L, 46)
c.setFont("Helvetica-Bold", 9); c.drawString(L + 6, y - 8, "ESECUTIVITÀ")
para(y - 22, "Atto dichiarato immediatamente eseguibile il 14/04/2026 (art. 1, comma 19, L.R. 21/2003).", size=9, indent=6)
y -= 60
c.setFont("Helvetica-Oblique", 8)
c.drawString(L, y, "Copia conforme all'originale, in carta libera per uso amministrativo.")
# two pages
foot(); c.showPage(); c.save()
