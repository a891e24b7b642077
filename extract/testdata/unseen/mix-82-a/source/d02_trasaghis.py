# Comune di Trasaghis (UD): Giunta; letterhead and running foot are Form XObjects repeated on every page;
# the roll table starts at the bottom of page 1 and goes on at the top of page 2 with no header row (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("ADS Civilia Next"); c.setProducer("ADS Civilia Next / ReportLab")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-50, "COMUNE DI TRASAGHIS")
c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, H-62, "Piazza Unità d'Italia, 1 - 33010 Trasaghis (UD) - C.F. 00468870307")
c.line(50, H-70, W-50, H-70); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5); c.line(50, 48, W-50, 48)
c.drawString(50, 38, "Deliberazione della Giunta Comunale n. 9 del 29/01/2026 - documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.endForm()
page = [1]
def newpage():
    c.setFont("Helvetica", 8); c.drawRightString(W-50, 28, f"Pagina {page[0]} di 2"); c.doForm("foot")
    c.showPage(); page[0] += 1; c.doForm("head"); return H-95
y = H-95; c.doForm("head")
def para(t, font="Helvetica", size=10, lead=13.5, center=False, x=50, w=W-100):
    global y
    for ln in simpleSplit(t, font, size, w):
        if y < 70: y = newpage()
        c.setFont(font, size)
        if center: c.drawCentredString(W/2, y, ln)
        else: c.drawString(x, y, ln)
        y -= lead
    y -= 4
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 12, center=True)
para("N. 9 del 29/01/2026", "Helvetica-Bold", 11, center=True)
para("OGGETTO: CONCESSIONE IN COMODATO D'USO GRATUITO DELLA EX SCUOLA ELEMENTARE DI BRAULINS ALL'ASSOCIAZIONE \"AMICI DEL LAGO DEI TRE COMUNI\" PER IL TRIENNIO 2026-2028.", "Helvetica-Bold", 10)
para("L'anno duemilaventisei, il giorno ventinove del mese di gennaio alle ore 17:45, nella sala delle adunanze della sede municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati convocati a seduta i componenti della Giunta Comunale. Il Sindaco ha disposto la convocazione con avviso recapitato in tempo utile a tutti i componenti, unitamente all'elenco degli argomenti da trattare e alla documentazione istruttoria relativa a ciascuna proposta, depositata presso l'Ufficio Segreteria a disposizione degli Assessori.")
para("Si dà atto che la seduta si svolge in forma mista, in presenza presso la sede municipale e in collegamento telematico, secondo le modalità stabilite dal Regolamento per il funzionamento della Giunta approvato con deliberazione consiliare n. 14 del 28/04/2022, che garantiscono l'identificazione dei partecipanti, la regolarità della discussione e la contestualità delle votazioni.")
para("Le proposte iscritte all'ordine del giorno sono corredate dei pareri di regolarità tecnica e contabile previsti dall'art. 49 del D.Lgs. 18 agosto 2000, n. 267, e dall'art. 147-bis del medesimo decreto, come recepiti dall'ordinamento degli enti locali della Regione Autonoma Friuli Venezia Giulia.")
para("Fatto l'appello nominale risultano:")
roll = [("1", "ROMANO STEFANO", "Sindaco", "Presente"), ("2", "COLOMBA ILARIA", "Vice Sindaco", "Presente"), ("3", "DI GIUSTO FRANCO", "Assessore", "Presente"),
        ("4", "BRUNETTI SARA", "Assessore", "Assente giustificato"), ("5", "PICCO ALBERTO", "Assessore", "Presente"), ("6", "TOSONE CHIARA", "Assessore", "Presente"),
        ("7", "MIOTTI RENZO", "Assessore esterno", "Assente"), ("8", "BURELLI NADIA", "Assessore", "Presente"), ("9", "GIROLAMI LUCA", "Assessore", "Presente")]
def row(r, bold=False):
    global y
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
    for x, t in zip((55, 80, 260, 380), r): c.drawString(x, y, t)
    c.line(50, y-4, W-50, y-4); y -= 17
y = 165 if y > 165 else y   # the roll is set at the foot of page 1 so that it runs over
row(("N.", "Cognome e nome", "Carica", "Presenza"), True)
for r in roll:
    if y < 75: y = newpage()
    row(r)
y -= 6
para("Presenti n. 7 - Assenti n. 2")
para("Assiste alla seduta il Segretario Comunale dott. Paolo Cargnelutti. Riconosciuto legale il numero degli intervenuti, il sig. Stefano Romano, in qualità di Sindaco, assume la presidenza e dichiara aperta la seduta.")
para("LA GIUNTA COMUNALE", "Helvetica-Bold", 11, center=True)
para("PREMESSO che l'edificio dell'ex scuola elementare di Braulins è inutilizzato dal 2019 e che l'associazione \"Amici del Lago dei Tre Comuni\" ne ha chiesto l'uso per attività culturali e ricreative; RITENUTO di accogliere la richiesta; ACQUISITI i pareri favorevoli di regolarità tecnica e contabile; con voti unanimi favorevoli espressi nelle forme di legge,")
para("D E L I B E R A", "Helvetica-Bold", 11, center=True)
for i, t in enumerate(["di concedere in comodato d'uso gratuito all'associazione \"Amici del Lago dei Tre Comuni\" l'immobile dell'ex scuola elementare di Braulins per il periodo dal 1° febbraio 2026 al 31 gennaio 2029;",
    "di approvare lo schema di contratto di comodato allegato alla presente quale parte integrante e sostanziale;",
    "di incaricare il Responsabile dell'Area Tecnica della sottoscrizione del contratto."], 1):
    para(f"{i}) {t}", x=50)
para("Con separata ed unanime votazione la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.")
y -= 14
c.setFont("Helvetica-Bold", 10); c.drawString(70, y, "IL PRESIDENTE"); c.drawString(340, y, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 10); c.drawString(70, y-14, "Stefano Romano"); c.drawString(340, y-14, "dott. Paolo Cargnelutti")
c.setFont("Helvetica", 8); c.drawRightString(W-50, 28, f"Pagina {page[0]} di 2"); c.doForm("foot"); c.showPage(); c.save()
