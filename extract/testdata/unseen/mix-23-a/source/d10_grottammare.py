# Comune di Grottammare - Allegato A to Giunta deliberation 38/2026: sports facilities tariffs
# ReportLab canvas (Civilia-like). Letterhead, running foot and the table's header row are Form XObjects
# reused on both pages; each table row is its own Form XObject; headings letter-spaced with Tc.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlkit import setup_liberation, spaced, wrap
setup_liberation()
W, H = A4; LM = 50; RM = W - 50; TW = RM - LM
c = canvas.Canvas('../allegato-grottammare-civilia.pdf', pagesize=A4)
c.setCreator('Civilia Next - Atti'); c.setTitle('Allegato A - Tariffe impianti sportivi 2026')
c.beginForm('LH')
c.setFillColorRGB(0.05, 0.3, 0.55); c.rect(LM, H - 92, 6, 50, stroke=0, fill=1); c.setFillGray(0)
spaced(c, 'COMUNE DI GROTTAMMARE', LM + 16, H - 60, 'LSans-B', 15, 1.6)
c.setFont('LSans', 9.5); c.drawString(LM + 16, H - 75, 'Provincia di Ascoli Piceno')
c.setFont('LSans', 7.5); c.drawString(LM + 16, H - 88, 'Via Marconi, 50 – 63066 Grottammare (AP) – www.comune.grottammare.ap.it')
c.setLineWidth(0.5); c.line(LM, H - 100, RM, H - 100)
c.endForm()
c.beginForm('FOOT')
c.setFont('LSans', 7); c.setFillGray(0.4)
c.drawString(LM, 30, 'Allegato A alla deliberazione della Giunta Comunale n. 38 del 10/03/2026 – Settore Servizi alla Persona – Ufficio Sport')
c.setFillGray(0); c.endForm()
cols = [(LM, 'Impianto'), (LM + 150, 'Utenza / tipologia d’uso'), (LM + 356, 'Unità'), (LM + 412, 'Tariffa (IVA incl.)')]
c.beginForm('THEAD')
c.setFillColorRGB(0.86, 0.9, 0.95); c.rect(LM, 0, TW, 20, stroke=0, fill=1); c.setFillGray(0)
for x, h in cols:
    c.setFont('LSans-B', 8.5); c.drawString(x + 4, 7, h)
c.endForm()
rows = [
 ('Palazzetto dello sport “G. Speca”', 'Società sportive – allenamenti', 'ora', '€ 22,00'),
 ('Palazzetto dello sport “G. Speca”', 'Società sportive – gare ufficiali', 'ora', '€ 35,00'),
 ('Palazzetto dello sport “G. Speca”', 'Manifestazioni non sportive', 'giornata', '€ 480,00'),
 ('Stadio comunale “Pirani”', 'Società sportive – allenamenti con illuminazione', 'ora', '€ 30,00'),
 ('Stadio comunale “Pirani”', 'Società sportive – gare ufficiali', 'gara', '€ 90,00'),
 ('Stadio comunale “Pirani”', 'Scuole del territorio', 'ora', 'gratuito'),
 ('Palestra scuola “Speranza”', 'Associazioni – attività motoria adulti', 'ora', '€ 15,00'),
 ('Palestra scuola “Speranza”', 'Associazioni – attività giovanile under 18', 'ora', '€ 9,00'),
 ('Campo da tennis Lungomare', 'Privati – singolo', 'ora', '€ 10,00'),
 ('Campo da tennis Lungomare', 'Privati – doppio', 'ora', '€ 14,00'),
 ('Campo da tennis Lungomare', 'Privati – supplemento illuminazione', 'ora', '€ 4,00'),
 ('Pista di pattinaggio Ischia', 'Società sportive', 'ora', '€ 12,00'),
 ('Pista di pattinaggio Ischia', 'Eventi e spettacoli', 'giornata', '€ 250,00'),
 ('Campo di calcetto Valtesino', 'Privati', 'ora', '€ 40,00'),
 ('Campo di calcetto Valtesino', 'Società sportive – allenamenti', 'ora', '€ 18,00'),
 ('Spogliatoi (tutti gli impianti)', 'Uso docce per turno', 'turno', '€ 5,00'),
 ('Tribuna mobile', 'Noleggio con montaggio', 'giornata', '€ 300,00'),
 ('Tutti gli impianti', 'Cauzione per manifestazioni', 'evento', '€ 500,00'),
]
for i, r in enumerate(rows):
    c.beginForm(f'ROW{i}')
    if i % 2: c.setFillColorRGB(0.96, 0.97, 0.98); c.rect(LM, 0, TW, 20, stroke=0, fill=1); c.setFillGray(0)
    c.setLineWidth(0.3); c.line(LM, 0, RM, 0)
    for (x, _), v in zip(cols, r):
        fs = 8.2 if x == LM else 8.6
        c.setFont('LSans', fs); c.drawString(x + 4, 7, v)
    c.endForm()
def page_top(n):
    c.doForm('LH'); c.doForm('FOOT')
    c.setFont('LSans', 7); c.drawRightString(RM, 30, f'pag. {n}/2')
y = H - 135
page_top(1)
spaced(c, 'ALLEGATO A', LM, y, 'LSans-B', 13, 5.5, center_width=TW); y -= 18
c.setFont('LSans', 9.5); c.drawCentredString(LM + TW/2, y, 'alla deliberazione della Giunta Comunale n. 38 del 10/03/2026'); y -= 26
spaced(c, 'TARIFFE PER L’UTILIZZO DEGLI IMPIANTI SPORTIVI COMUNALI', LM, y, 'LSans-B', 11, 1.2, center_width=TW); y -= 15
spaced(c, 'ANNO 2026', LM, y, 'LSans-B', 11, 3, center_width=TW); y -= 30
def thead(y):
    c.saveState(); c.translate(0, y); c.doForm('THEAD'); c.restoreState()
thead(y)
for i in range(len(rows)):
    if i == 12:
        c.showPage(); page_top(2); y = H - 140
        c.setFont('LSans-B', 9); c.drawString(LM, y + 30, 'Tabella 1 – Tariffe (segue)')
        thead(y)
    y -= 20
    c.saveState(); c.translate(0, y); c.doForm(f'ROW{i}'); c.restoreState()
y -= 30
spaced(c, 'NOTE', LM, y, 'LSans-B', 10, 2.5); y -= 16
notes = [
 '1. Le tariffe orarie si applicano per frazioni minime di un’ora; le frazioni successive sono computate per mezz’ora.',
 '2. Le società sportive iscritte all’Albo comunale delle associazioni beneficiano della riduzione del 20% sulle tariffe per allenamenti.',
 '3. L’utilizzo da parte delle scuole del territorio in orario curricolare è gratuito, previa richiesta al Settore Servizi alla Persona.',
 '4. I pagamenti sono effettuati esclusivamente tramite la piattaforma pagoPA entro il giorno 10 del mese successivo all’utilizzo.',
]
for nt in notes:
    for ln in wrap(nt, 'LSans', 9, TW - 10):
        c.setFont('LSans', 9); c.drawString(LM + 6, y, ln); y -= 12
    y -= 3
y -= 20
c.setFont('LSans', 9); c.drawString(LM, y, 'Il Responsabile del Settore Servizi alla Persona'); y -= 12
c.setFont('LSans-B', 9); c.drawString(LM, y, 'Dott.ssa Patrizia Capriotti')
c.showPage(); c.save()
