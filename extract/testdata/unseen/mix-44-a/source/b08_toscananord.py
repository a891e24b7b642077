# Consorzio di Bonifica 1 Toscana Nord - Avviso pubblico n. 3/2026
# reportlab canvas + Paragraphs: justified lines set with Tw (word spacing), letter-spaced heading with Tc,
# the Albo stamp rotated along the left margin and drawn before the page's text (out of reading order).
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from common import save_key, out

FN = 'avviso-bonificatoscananord-apkappa.pdf'
TITLE = 'FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER L’AFFIDAMENTO DI LAVORI DI MANUTENZIONE ORDINARIA DEL RETICOLO IDRAULICO IN GESTIONE – ANNUALITÀ 2026-2027'
W, H = A4
c = canvas.Canvas(out(FN), pagesize=A4)
c.setTitle('Avviso pubblico n. 3/2026'); c.setAuthor('Consorzio di Bonifica 1 Toscana Nord'); c.setCreator('Atti Amministrativi')
body = ParagraphStyle('b', fontName='Times-Roman', fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
head = ParagraphStyle('h', parent=body, fontName='Times-Bold')
page = [1]
def stamp():
    c.saveState()
    c.translate(11*mm, 40*mm); c.rotate(90)
    c.setStrokeColor(colors.Color(0.1, 0.3, 0.6)); c.setFillColor(colors.Color(0.1, 0.3, 0.6))
    c.rect(-2, -3, 205*mm, 11, stroke=1, fill=0)
    c.setFont('Helvetica', 7)
    c.drawString(2, 0, 'ALBO ON LINE CONSORZIO DI BONIFICA 1 TOSCANA NORD – Registro pubblicazioni n. 211/2026 – Pubblicato dal 13/03/2026 al 13/04/2026')
    c.restoreState()
def letterhead():
    c.setFillColor(colors.Color(0.05, 0.3, 0.55))
    c.rect(25*mm, H - 30*mm, 14*mm, 14*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 9); c.drawCentredString(32*mm, H - 24.5*mm, 'CB1')
    c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 13); c.drawString(43*mm, H - 21*mm, 'CONSORZIO DI BONIFICA 1 TOSCANA NORD')
    c.setFont('Helvetica', 7.5)
    c.drawString(43*mm, H - 25.5*mm, 'Ente pubblico economico – L.R. Toscana 27 dicembre 2012, n. 79')
    c.drawString(43*mm, H - 29.5*mm, 'Sede legale: Via della Migliarina, 64 – 55049 Viareggio (LU) – PEC info@pec.cbtoscananord.it – C.F. 02436280465')
    c.setLineWidth(0.7); c.line(25*mm, H - 33*mm, W - 20*mm, H - 33*mm)
def foot():
    c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
    c.drawCentredString(W/2, 12*mm, 'Avviso pubblico n. 3/2026 – pagina %d' % page[0]); c.setFillColor(colors.black)
def newpage():
    foot(); c.showPage(); page[0] += 1; stamp(); letterhead()
y = [H - 42*mm]
X0, WD = 25*mm, W - 45*mm
def flow(text, st=body):
    p = Paragraph(text, st)
    w, h = p.wrap(WD, y[0])
    if y[0] - h < 22*mm:
        newpage(); y[0] = H - 42*mm
    p.drawOn(c, X0, y[0] - h); y[0] -= h + st.spaceAfter

stamp(); letterhead()
c.setFont('Helvetica', 8.5)
c.drawRightString(W - 20*mm, H - 39*mm, 'Prot. n. 2954 del 12/03/2026')
y[0] = H - 50*mm
# letter-spaced heading: Tc character spacing
c.saveState(); t = c.beginText(); t.setFont('Times-Bold', 16); t.setCharSpace(4.2)
txt = 'AVVISO PUBBLICO'
wdt = c.stringWidth(txt, 'Times-Bold', 16) + 4.2 * (len(txt) - 1)
t.setTextOrigin((W + 5*mm)/2 - wdt/2, y[0]); t.textOut(txt); c.drawText(t); c.restoreState()
y[0] -= 7*mm
c.setFont('Times-Bold', 12); c.drawCentredString((W + 5*mm)/2, y[0], 'N. 3/2026 DEL 12/03/2026')
y[0] -= 6*mm
flow('<para alignment="center"><b>%s</b></para>' % TITLE, ParagraphStyle('t', parent=head, fontSize=11.5, leading=15, spaceAfter=10))
flow('<para alignment="center"><b>IL DIRETTORE GENERALE</b></para>', head)
for tx in [
 'In esecuzione del Decreto del Direttore Generale n. 58 del 10/03/2026, con il quale è stato approvato lo schema del presente avviso;',
 'Visto il decreto legislativo 31 marzo 2023, n. 36 (Codice dei contratti pubblici), e in particolare l’articolo 50, comma 1, lettere a) e c), che disciplina l’affidamento dei lavori di importo inferiore alle soglie di rilevanza europea;',
 'Visto il Piano delle attività di bonifica per l’anno 2026, approvato dall’Assemblea consortile con deliberazione n. 12 del 18/12/2025;',
 'Ritenuto opportuno, nel rispetto dei principi di rotazione, trasparenza e parità di trattamento, costituire un elenco di operatori economici qualificati ai quali rivolgersi per gli affidamenti dei lavori di sfalcio, ripresa di frane arginali e rimozione di sedimenti lungo il reticolo idraulico in gestione nei comprensori della Versilia, della Piana di Lucca e della Valle del Serchio;']:
    flow(tx)
flow('<para alignment="center"><b>RENDE NOTO</b></para>', head)
flow('che è indetta una procedura aperta per la formazione dell’elenco in oggetto, secondo le disposizioni che seguono.')
arts = [
 ('Art. 1 – Oggetto', 'L’elenco è suddiviso nelle seguenti categorie di lavori: OG8 (opere fluviali, di difesa, di sistemazione idraulica e di bonifica) e OS24 (verde e arredo urbano), ciascuna articolata per fasce di importo fino a 150.000,00 euro e da 150.000,01 a 1.000.000,00 euro.'),
 ('Art. 2 – Requisiti di partecipazione', 'Possono presentare istanza gli operatori economici di cui all’articolo 65 del D.Lgs. 36/2023 in possesso dei requisiti di ordine generale previsti dagli articoli da 94 a 98 del medesimo decreto e dei requisiti di ordine speciale di cui all’articolo 100, da dimostrare mediante attestazione SOA o, per i lavori di importo fino a 150.000,00 euro, secondo quanto previsto dall’Allegato II.12.'),
 ('Art. 3 – Modalità e termini di presentazione delle istanze', 'Le istanze devono essere presentate esclusivamente attraverso la piattaforma telematica di negoziazione START della Regione Toscana entro le ore 12:00 del giorno 13/04/2026. L’elenco resta aperto e viene aggiornato con cadenza semestrale.'),
 ('Art. 4 – Utilizzo dell’elenco', 'Gli operatori iscritti sono individuati nel rispetto del principio di rotazione degli affidamenti, secondo le modalità previste dal Regolamento consortile per l’acquisizione di lavori, servizi e forniture. L’iscrizione non costituisce titolo per pretendere l’affidamento di lavori.'),
 ('Art. 5 – Trattamento dei dati personali', 'I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla presente procedura. Titolare del trattamento è il Consorzio di Bonifica 1 Toscana Nord.'),
 ('Art. 6 – Responsabile del procedimento', 'Il Responsabile unico del progetto è l’ing. Marco Pellegrinetti, Dirigente dell’Area Manutenzione. Per informazioni: appalti@cbtoscananord.it.'),
]
for h, tx in arts:
    flow('<b>%s</b>' % h, ParagraphStyle('ah', parent=head, spaceAfter=2)); flow(tx)
flow('Il presente avviso è pubblicato all’Albo on line del Consorzio, sul profilo del committente e sulla piattaforma START per trenta giorni consecutivi.')
y[0] -= 4*mm
if y[0] < 50*mm: newpage(); y[0] = H - 45*mm
c.setFont('Times-Roman', 10.5); c.drawString(X0, y[0], 'Viareggio, 12/03/2026')
c.drawCentredString(W - 60*mm, y[0], 'IL DIRETTORE GENERALE')
c.setFont('Times-Italic', 10.5); c.drawCentredString(W - 60*mm, y[0] - 5*mm, 'Ing. Lorenzo Galeotti')
c.setFont('Times-Roman', 7.5); c.drawCentredString(W - 60*mm, y[0] - 9*mm, 'Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005')
foot(); c.showPage(); c.save()
save_key({"file": FN, "role": "act",
 "what": "numbered avviso pubblico 3/2026 of the Consorzio di Bonifica 1 Toscana Nord (reportlab): letter-spaced heading (Tc), justified lines (Tw), articles, Albo stamp rotated along the left margin and drawn first",
 "act": {"municipality": "Consorzio di Bonifica 1 Toscana Nord", "organ": "Direttore Generale", "kind": "avviso", "number": 3,
         "date": "2026-03-12", "subject": TITLE}})
