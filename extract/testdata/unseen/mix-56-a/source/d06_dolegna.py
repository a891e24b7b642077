# Comune di Dolegna del Collio / Občina Dolenje - determinazione, Italian over Slovene,
# every glyph positioned on its own (Insiel-like layout, justified by hand)
from common import *
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
PW, PH = A4
LM, RM = 62, PW - 56
c = canvas.Canvas(out('determinazione-dolegna-insiel.pdf'), pagesize=A4)
c.setTitle('Determinazione 61/2026'); c.setCreator('Insiel - Atti amministrativi'); c.setAuthor('Comune di Dolegna del Collio')
y = PH - 60
page = [1]
def newpage():
    global y
    foot(); c.showPage(); page[0] += 1; y = PH - 60
    c.setFont('LSans', 7.5); c.drawString(LM, PH - 40, 'Comune di Dolegna del Collio / Občina Dolenje – Determinazione / Odločba n./št. 61 del/z dne 09/03/2026')
    y = PH - 64
def foot():
    c.setFont('LSans', 7); c.drawCentredString(PW/2, 30, 'Pagina / Stran %d' % page[0])
def glyphs(x, yy, text, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in text:
        t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size) + (gap if ch == ' ' else 0)
    c.drawText(t)
def para(text, font='LSerif', size=10.2, lead=12.8, justify=True, indent=0, after=4, center=False):
    global y
    words = text.split(); lines = []; cur = []
    width = RM - LM - indent
    for w in words:
        if stringWidth(' '.join(cur + [w]), font, size) > width and cur:
            lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y < 60: newpage()
        s = ' '.join(ln)
        if center:
            glyphs(PW/2 - stringWidth(s, font, size)/2, y, s, font, size)
        else:
            gap = 0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gap = (width - stringWidth(s, font, size)) / (len(ln) - 1)
            glyphs(LM + indent, y, s, font, size, gap)
        y -= lead
    y -= after
# letterhead
c.setLineWidth(0.8); c.rect(LM, PH - 118, 40, 48)
c.setFont('LSans', 6); c.drawCentredString(LM + 20, PH - 98, 'stemma')
glyphs(LM + 52, PH - 82, 'COMUNE DI DOLEGNA DEL COLLIO', 'LSans-B', 14)
glyphs(LM + 52, PH - 97, 'OBČINA DOLENJE', 'LSans-B', 12)
glyphs(LM + 52, PH - 110, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina', 'LSans', 7.5)
c.line(LM, PH - 126, RM, PH - 126)
y = PH - 146
para('AREA TECNICA E TECNICO-MANUTENTIVA', 'LSans-B', 10.5, 13, False, center=True, after=0)
para('TEHNIČNO IN TEHNIČNO-VZDRŽEVALNO PODROČJE', 'LSans-I', 9.5, 12, False, center=True, after=3)
para('Servizio Lavori Pubblici / Služba za javna dela', 'LSans', 9.5, 12, False, center=True, after=8)
para('DETERMINAZIONE DEL RESPONSABILE', 'LSans-B', 11, 13, False, center=True, after=0)
para('ODLOČBA ODGOVORNEGA', 'LSans-BI' if False else 'LSans-I', 10, 13, False, center=True, after=4)
c.rect(LM + 80, y - 22, RM - LM - 160, 36)
para('N. / Št. 61   del / z dne 09/03/2026', 'LSans-B', 10.5, 13, False, center=True, after=2)
para('Reg. gen. / Spl. reg.', 'LSans', 7.5, 10, False, center=True, after=10)
para('OGGETTO: Lavori di sistemazione della strada comunale per Ruttars – Liquidazione del primo stato di avanzamento lavori all\'impresa Edilcollio S.r.l. – CUP E27H25000910002 – CIG B4C1D77A20.', 'LSerif-B', 10.5, 13, True, after=2)
para('PREDMET: Dela za ureditev občinske ceste za Rutarje – Likvidacija prvega stanja napredovanja del podjetju Edilcollio S.r.l. – CUP E27H25000910002 – CIG B4C1D77A20.', 'LSerif-I', 10, 12.5, True, after=10)
para('IL RESPONSABILE DEL SERVIZIO / ODGOVORNI ZA SLUŽBO', 'LSans-B', 10, 13, False, center=True, after=6)
prem = [
 ('Richiamata la propria determinazione n. 188 del 21/10/2025, con la quale i lavori di sistemazione della strada comunale per Ruttars sono stati aggiudicati all\'impresa Edilcollio S.r.l. di Cormòns per l\'importo contrattuale di euro 142.300,00 oltre IVA;',
  'Ob upoštevanju lastne odločbe št. 188 z dne 21. 10. 2025, s katero so bila dela za ureditev občinske ceste za Rutarje oddana podjetju Edilcollio S.r.l. iz Krmina za pogodbeni znesek 142.300,00 evrov brez DDV;'),
 ('Visto il primo stato di avanzamento lavori a tutto il 27/02/2026 e il relativo certificato di pagamento n. 1 emesso dal direttore dei lavori per euro 61.480,00 oltre IVA 10%;',
  'Na podlagi prvega stanja napredovanja del do 27. 2. 2026 in potrdila o plačilu št. 1, ki ga je izdal vodja del, za znesek 61.480,00 evrov brez 10% DDV;'),
 ('Vista la fattura elettronica n. 14/PA del 03/03/2026 e accertata la regolarità contributiva dell\'impresa;',
  'Na podlagi elektronskega računa št. 14/PA z dne 3. 3. 2026 in po preverjanju rednega plačevanja prispevkov podjetja;'),
]
for it, sl in prem:
    para(it, after=1); para(sl, 'LSerif-I', 9.8, 12.2, after=6)
para('DETERMINA / ODLOČA', 'LSans-B', 10.5, 13, False, center=True, after=6)
pts = [
 ('1. di liquidare all\'impresa Edilcollio S.r.l. la somma di euro 61.480,00 oltre IVA 10%, per complessivi euro 67.628,00, a saldo della fattura n. 14/PA del 03/03/2026;',
  '1. da se podjetju Edilcollio S.r.l. izplača znesek 61.480,00 evrov brez 10% DDV, skupaj 67.628,00 evrov, v poravnavo računa št. 14/PA z dne 3. 3. 2026;'),
 ('2. di imputare la spesa all\'impegno n. 402/2025, capitolo 20810, del bilancio 2026 in conto residui;',
  '2. da se izdatek knjiži na obveznost št. 402/2025, poglavje 20810, proračuna 2026 iz ostankov;'),
 ('3. di trasmettere il presente atto al Servizio finanziario per l\'emissione del mandato di pagamento.',
  '3. da se ta akt posreduje finančni službi za izdajo plačilnega naloga.'),
]
for it, sl in pts:
    para(it, indent=0, after=1); para(sl, 'LSerif-I', 9.8, 12.2, after=6)
y -= 10
if y < 120: newpage()
glyphs(LM, y, 'Dolegna del Collio / Dolenje, 09/03/2026', 'LSerif', 10)
glyphs(RM - 230, y, 'IL RESPONSABILE DEL SERVIZIO', 'LSans', 9)
glyphs(RM - 230, y - 11, 'ODGOVORNI ZA SLUŽBO', 'LSans-I', 8.5)
glyphs(RM - 230, y - 26, 'geom. Marco Komjanc', 'LSerif-B', 10.5)
glyphs(RM - 230, y - 38, 'firmato digitalmente / digitalno podpisano', 'LSans', 7)
foot(); c.save()
