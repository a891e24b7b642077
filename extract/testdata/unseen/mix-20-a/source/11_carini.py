"""Bando pubblico n. 3/2026 of the Città di Carini (Datagraph-like layout).
ReportLab canvas with embedded Carlito (TrueType subsets). The letterhead and the page
foot are Form XObjects drawn on every page; the body is laid out first and then
written to the content stream block by block in a scrambled order (signature and
articles before the title, lines of a block bottom-up), as some report engines do."""
import sys, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, black

out = sys.argv[1] if len(sys.argv) > 1 else "bando-carini-datagraph.pdf"
FD = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Ca", FD + "Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("CaB", FD + "Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("CaI", FD + "Carlito-Italic.ttf"))
W, H = A4
XL, XR = 62, W - 56
TOP, BOT = H - 132, 70
sw = pdfmetrics.stringWidth

items = []      # (page, block, y, x, font, size, text)
state = {"page": 0, "y": TOP, "block": 0}

def newblock():
    state["block"] += 1

def line(text, font="Ca", size=11, x=None, align="L", lead=14.5):
    if state["y"] - lead < BOT:
        state["page"] += 1; state["y"] = TOP; newblock()
    state["y"] -= lead
    w = sw(text, font, size)
    if align == "C":
        xx = (XL + XR - w) / 2
    elif align == "R":
        xx = XR - w
    else:
        xx = XL if x is None else x
    items.append((state["page"], state["block"], state["y"], xx, font, size, text))

def para(text, font="Ca", size=11, lead=14.5, indent=0, after=4):
    words = text.split(" ")
    cur = ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, font, size) <= XR - XL - indent:
            cur = t
        else:
            line(cur, font, size, XL + indent, lead=lead); cur = w
    if cur:
        line(cur, font, size, XL + indent, lead=lead)
    state["y"] -= after

def gap(h):
    state["y"] -= h

# --------------------------- body ---------------------------
newblock()
line("AREA 3 – SERVIZI SOCIALI, PUBBLICA ISTRUZIONE E CULTURA", "CaB", 11.5)
line("Ufficio Diritto allo Studio", "Ca", 11)
gap(4)
line("Bando n. 3/2026", "CaB", 11.5, lead=16)
line("Prot. n. 11482 del 19/03/2026", "Ca", 11, align="R", lead=0.1)
gap(10)
newblock()
TITLE = ("BANDO PUBBLICO PER L'ASSEGNAZIONE DI N. 20 BORSE DI STUDIO A STUDENTI MERITEVOLI DELLE SCUOLE SECONDARIE DI SECONDO GRADO "
         "RESIDENTI NEL COMUNE DI CARINI – ANNO SCOLASTICO 2024/2025")
words = TITLE.split(" "); cur = ""; tl = []
for w in words:
    t = (cur + " " + w) if cur else w
    if sw(t, "CaB", 13) <= XR - XL - 30:
        cur = t
    else:
        tl.append(cur); cur = w
tl.append(cur)
for t in tl:
    line(t, "CaB", 13, align="C", lead=16.5)
gap(10)
newblock()
line("IL RESPONSABILE DELL'AREA 3", "CaB", 11.5, align="C")
gap(2)
para("In esecuzione della deliberazione della Giunta Comunale n. 27 del 26/02/2026, con la quale sono stati approvati i criteri per "
     "l'assegnazione di borse di studio agli studenti meritevoli, e della determinazione dirigenziale n. 301 del 17/03/2026, di approvazione "
     "del presente bando;")
line("RENDE NOTO", "CaB", 11.5, align="C")
gap(2)
para("che è indetta una selezione pubblica per l'assegnazione di n. 20 borse di studio, dell'importo di € 500,00 ciascuna, in favore degli "
     "studenti residenti che nell'anno scolastico 2024/2025 abbiano frequentato con profitto una scuola secondaria di secondo grado.")
arts = [
 ("Art. 1 – Destinatari", "Possono partecipare gli studenti residenti nel Comune di Carini alla data di pubblicazione del presente bando, iscritti "
  "nell'anno scolastico 2024/2025 a una classe dalla prima alla quinta di un istituto secondario di secondo grado statale o paritario."),
 ("Art. 2 – Requisiti di merito ed economici", "È richiesta una media dei voti non inferiore a 8/10 nello scrutinio finale (con esclusione "
  "del voto di religione) ovvero, per gli studenti delle classi quinte, una votazione all'Esame di Stato non inferiore a 90/100. "
  "L'indicatore ISEE del nucleo familiare non deve superare € 25.000,00."),
 ("Art. 3 – Graduatoria", "La graduatoria è formata sulla base della media dei voti; a parità di punteggio prevale lo studente con ISEE "
  "più basso e, in caso di ulteriore parità, il più giovane d'età. La graduatoria provvisoria è pubblicata all'Albo Pretorio on line "
  "e sul sito istituzionale; entro dieci giorni dalla pubblicazione è possibile presentare osservazioni."),
 ("Art. 4 – Modalità e termini di presentazione della domanda", "La domanda, redatta sul modello allegato e sottoscritta dallo studente "
  "maggiorenne o da chi esercita la responsabilità genitoriale, deve pervenire entro le ore 12:00 del 20 aprile 2026 tramite PEC "
  "all'indirizzo protocollo@pec.comune.carini.pa.it oppure a mano presso l'Ufficio Protocollo di Corso Umberto I. Alla domanda vanno "
  "allegati la pagella o il certificato dei voti, l'attestazione ISEE in corso di validità e copia di un documento di riconoscimento."),
 ("Art. 5 – Erogazione", "Le borse di studio sono liquidate con accredito su conto corrente intestato o cointestato allo studente o al "
  "genitore richiedente, entro sessanta giorni dall'approvazione della graduatoria definitiva."),
 ("Art. 6 – Controlli", "L'Amministrazione effettua controlli, anche a campione, sulla veridicità delle dichiarazioni rese ai sensi del "
  "D.P.R. n. 445/2000. In caso di dichiarazioni mendaci il beneficio è revocato e si procede al recupero delle somme erogate."),
 ("Art. 7 – Trattamento dei dati personali", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le "
  "finalità del presente bando. Titolare del trattamento è il Comune di Carini."),
 ("Art. 8 – Informazioni", "Responsabile del procedimento è la dott.ssa Giovanna Lo Iacono, Ufficio Diritto allo Studio, tel. 091 8611245, "
  "e-mail dirittoallostudio@comune.carini.pa.it, nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:30."),
]
for h, t in arts:
    newblock()
    line(h, "CaB", 11, lead=16)
    para(t)
newblock()
gap(6)
line("Carini, 19/03/2026", "Ca", 11)
line("IL RESPONSABILE DELL'AREA 3", "CaB", 11, x=XL + 260)
line("Dott. Vincenzo Badalamenti", "Ca", 11, x=XL + 270)
line("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "CaI", 9, x=XL + 232)

NP = state["page"] + 1
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Bando n. 3/2026 - Borse di studio"); c.setAuthor("Citta di Carini"); c.setCreator("Datagraph - Sipal Atti")

# Form XObjects: letterhead and foot
c.beginForm("Intestazione")
c.setFillColor(HexColor("#7a1f1f"))
c.rect(XL, H - 98, 40, 52, fill=1, stroke=0)
c.setFillColor(HexColor("#e0b84a")); c.circle(XL + 20, H - 66, 10, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("CaB", 21); c.drawString(XL + 54, H - 66, "CITTÀ DI CARINI")
c.setFont("Ca", 11.5); c.drawString(XL + 54, H - 81, "Città Metropolitana di Palermo")
c.setFont("Ca", 8.5); c.drawString(XL + 54, H - 94, "Corso Umberto I, 2 – 90044 Carini (PA) – P.IVA 00577830825 – www.comune.carini.pa.it")
c.setStrokeColor(HexColor("#7a1f1f")); c.setLineWidth(1.3); c.line(XL, H - 106, XR, H - 106)
c.endForm()
c.beginForm("Piede")
c.setStrokeColor(HexColor("#7a1f1f")); c.setLineWidth(0.6); c.line(XL, 52, XR, 52)
c.setFont("Ca", 8); c.setFillColor(HexColor("#444444"))
c.drawString(XL, 42, "Area 3 – Servizi Sociali, Pubblica Istruzione e Cultura – Ufficio Diritto allo Studio – Piazza Duomo, 7 – Carini")
c.endForm()

rnd = random.Random(20260319)
for p in range(NP):
    page_items = [it for it in items if it[0] == p]
    blocks = sorted(set(it[1] for it in page_items))
    rnd.shuffle(blocks)
    # page number first, then body blocks in scrambled order, then the forms
    c.setFont("Ca", 8); c.setFillColor(black)
    c.drawRightString(XR, 42, "Pag. %d di %d" % (p + 1, NP))
    for b in blocks:
        bl = [it for it in page_items if it[1] == b]
        if rnd.random() < 0.5:
            bl = bl[::-1]
        for _, _, y, x, font, size, text in bl:
            c.setFont(font, size); c.drawString(x, y, text)
    c.doForm("Intestazione")
    c.doForm("Piede")
    c.showPage()
c.save()
