# Gemeinde Latsch / Comune di Laces - Beschluss des Gemeindeausschusses / Deliberazione della Giunta comunale
# Imitates the bilingual side-by-side layout of South Tyrolean municipal software (SIAG-like):
# German left, Italian right, each row a pair of paragraphs; coat of arms as picture with caption.
import os, tempfile
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import save_key, out

FN = 'deliberazione-laces-siag.pdf'
LIB = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Arial', LIB + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Bold', LIB + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Italic', LIB + 'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Arial', 0, 0, 'Arial'); addMapping('Arial', 1, 0, 'Arial-Bold'); addMapping('Arial', 0, 1, 'Arial-Italic'); addMapping('Arial', 1, 1, 'Arial-Bold')

# coat of arms picture (generated, not stored)
tmp = tempfile.mkdtemp()
arms = os.path.join(tmp, 'wappen.png')
im = Image.new('RGB', (120, 140), 'white'); d = ImageDraw.Draw(im)
d.polygon([(10, 10), (110, 10), (110, 80), (60, 132), (10, 80)], fill=(200, 30, 40), outline='black')
d.rectangle([10, 10, 110, 45], fill=(250, 250, 250), outline='black')
d.ellipse([45, 60, 75, 90], fill=(240, 200, 40), outline='black')
im.save(arms)

SUBJ_DE = 'Genehmigung der Vereinbarung mit der Gemeinde Kastelbell-Tschars für die gemeinsame Führung des Recyclinghofes in der Industriezone – Jahre 2026-2028'
SUBJ_IT = 'Approvazione della convenzione con il Comune di Castelbello-Ciardes per la gestione associata del centro di riciclaggio nella zona industriale – anni 2026-2028'

base = ParagraphStyle('b', fontName='Arial', fontSize=9, leading=11.5, alignment=TA_JUSTIFY)
bold = ParagraphStyle('bb', parent=base, fontName='Arial-Bold')
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
cenb = ParagraphStyle('cb', parent=bold, alignment=TA_CENTER, fontSize=10, leading=13)
small = ParagraphStyle('s', parent=base, fontSize=7.5, leading=9)

def P(t, s=base): return Paragraph(t, s)

def header(c, doc):
    c.saveState()
    w, h = A4
    c.drawImage(arms, w/2 - 9*mm, h - 30*mm, width=18*mm, height=21*mm)
    # caption under the picture, drawn as text
    c.setFont('Arial', 6.5)
    c.drawCentredString(w/2, h - 33*mm, 'Wappen / Stemma')
    c.setFont('Arial-Bold', 13)
    c.drawString(20*mm, h - 18*mm, 'GEMEINDE LATSCH')
    c.drawRightString(w - 20*mm, h - 18*mm, 'COMUNE DI LACES')
    c.setFont('Arial', 7.5)
    c.drawString(20*mm, h - 23*mm, 'Autonome Provinz Bozen - Südtirol')
    c.drawRightString(w - 20*mm, h - 23*mm, 'Provincia autonoma di Bolzano - Alto Adige')
    c.setLineWidth(0.6)
    c.line(20*mm, h - 36*mm, w - 20*mm, h - 36*mm)
    c.setFont('Arial', 7)
    c.drawString(20*mm, 12*mm, 'Beschluss des Gemeindeausschusses Nr. 87 vom 10.03.2026')
    c.drawRightString(w - 20*mm, 12*mm, 'Deliberazione della Giunta comunale n. 87 del 10/03/2026')
    c.drawCentredString(w/2, 8*mm, 'Seite / pag. %d' % doc.page)
    c.restoreState()

story = []
W = A4[0] - 40*mm
col = W/2 - 3*mm
def pair(de, it, sd=base, si=None):
    si = si or sd
    return [P(de, sd), P(it, si)]
def two(rows, pad=3):
    t = Table(rows, colWidths=[W/2, W/2])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                           ('RIGHTPADDING', (0, 0), (0, -1), 8), ('LEFTPADDING', (1, 0), (1, -1), 8),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), pad), ('LINEAFTER', (0, 0), (0, -1), 0.3, colors.grey)]))
    return t

# register box
box = Table([[P('<b>Beschluss des Gemeindeausschusses</b>', cen), P('<b>Deliberazione della Giunta comunale</b>', cen)],
             [P('<font size=14><b>Nr. 87</b></font>', cen), P('<font size=14><b>n. 87</b></font>', cen)],
             [P('Sitzung vom 10.03.2026 - Uhr 17:30', cen), P('Seduta del 10/03/2026 - ore 17:30', cen)]],
            colWidths=[W/2, W/2])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black),
                         ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
story += [box, Spacer(1, 5*mm)]
story.append(two([pair('Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol enthaltenen Formvorschriften wurde für heute, im üblichen Sitzungssaal, der Gemeindeausschuss einberufen.',
                       'Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali della Regione autonoma Trentino-Alto Adige, per oggi, nella solita sala delle riunioni, è stata convocata la Giunta comunale.')]))
story.append(Spacer(1, 3*mm))
# roll table: SIAG style, absences marked with X
hdr = [P('<b>Anwesend sind / Sono presenti:</b>', base), P('<b>entschuldigt abwesend<br/>assente giustificato</b>', ParagraphStyle('x', parent=small, alignment=TA_CENTER)),
       P('<b>unentschuldigt abwesend<br/>assente ingiustificato</b>', ParagraphStyle('x', parent=small, alignment=TA_CENTER))]
roll = [('KOFLER Andreas', 'Bürgermeister', 'Sindaco', ''),
        ('DALPIAZ Giulia', 'Vizebürgermeisterin', 'Vicesindaca', ''),
        ('GAMPER Thomas', 'Gemeindereferent', 'Assessore', ''),
        ('RAINER Sabine', 'Gemeindereferentin', 'Assessora', 'E'),
        ('STECHER Lukas', 'Gemeindereferent', 'Assessore', ''),
        ('WIELAND Karin', 'Gemeindereferentin', 'Assessora', '')]
rows = [hdr]
for n, de, it, a in roll:
    rows.append([P('%s &nbsp;&nbsp; <font size=8>%s / %s</font>' % (n, de, it)), P('X' if a == 'E' else '', cen), P('X' if a == 'U' else '', cen)])
rt = Table(rows, colWidths=[W - 60*mm, 30*mm, 30*mm])
rt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                        ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
story += [rt, Spacer(1, 3*mm)]
story.append(two([pair('Beistand leistet der Gemeindesekretär Dr. Stefan Tappeiner.', 'Assiste il Segretario comunale Dr. Stefan Tappeiner.'),
                  pair('Nach Feststellung der Beschlussfähigkeit übernimmt Herr Andreas Kofler in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Ausschuss behandelt folgenden',
                       'Riconosciuto legale il numero degli intervenuti, il signor Andreas Kofler nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta. La Giunta passa alla trattazione del seguente'),
                  pair('<b>GEGENSTAND:</b>', '<b>OGGETTO:</b>'),
                  pair('<b>%s</b>' % SUBJ_DE, '<b>%s</b>' % SUBJ_IT)]))
story.append(Spacer(1, 4*mm))
body = [
 ('Der Gemeindeausschuss', 'La Giunta comunale'),
 ('Nach Einsichtnahme in den Beschluss des Gemeinderates Nr. 4 vom 27.01.2026, mit welchem das einheitliche Strategiedokument (ESD) für den Zeitraum 2026-2028 genehmigt worden ist;',
  'Vista la deliberazione del Consiglio comunale n. 4 del 27/01/2026, con la quale è stato approvato il documento unico di programmazione (DUP) per il periodo 2026-2028;'),
 ('Festgestellt, dass der Recyclinghof in der Industriezone seit dem Jahr 2019 gemeinsam mit der Gemeinde Kastelbell-Tschars geführt wird und die bisherige Vereinbarung am 31.12.2025 verfallen ist;',
  'Constatato che il centro di riciclaggio nella zona industriale è gestito dal 2019 in forma associata con il Comune di Castelbello-Ciardes e che la precedente convenzione è scaduta il 31/12/2025;'),
 ('Nach Einsichtnahme in den beiliegenden Vereinbarungsentwurf, welcher aus 12 Artikeln besteht und die Aufteilung der Kosten nach der Anzahl der Einwohner zum 31. Dezember des Vorjahres vorsieht;',
  'Visto lo schema di convenzione allegato, composto da 12 articoli, che prevede la ripartizione delle spese in base al numero degli abitanti al 31 dicembre dell\'anno precedente;'),
 ('Nach Einsichtnahme in die positiven Gutachten im Sinne des Art. 185 des Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2, betreffend die fachliche und die buchhalterische Ordnungsmäßigkeit;',
  'Visti i pareri favorevoli espressi ai sensi dell\'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2, in ordine alla regolarità tecnico-amministrativa e contabile;'),
 ('Nach Einsichtnahme in die geltende Satzung der Gemeinde;', 'Visto il vigente Statuto comunale;'),
]
rows = [pair(a, b) for a, b in body]
rows.append(pair('<b>b e s c h l i e ß t</b>', '<b>d e l i b e r a</b>', cenb))
rows.append(pair('einstimmig in gesetzlicher Form:', 'ad unanimità di voti legalmente espressi:'))
pts = [
 ('die Vereinbarung mit der Gemeinde Kastelbell-Tschars für die gemeinsame Führung des Recyclinghofes für die Jahre 2026-2028 laut beiliegendem Entwurf, der wesentlichen Bestandteil dieses Beschlusses bildet, zu genehmigen;',
  'di approvare la convenzione con il Comune di Castelbello-Ciardes per la gestione associata del centro di riciclaggio per gli anni 2026-2028 secondo lo schema allegato, che forma parte integrante della presente deliberazione;'),
 ('den Bürgermeister zur Unterzeichnung der Vereinbarung zu ermächtigen;', 'di autorizzare il Sindaco alla sottoscrizione della convenzione;'),
 ('festzuhalten, dass die Ausgabe zu Lasten der Gemeinde Latsch, geschätzt in 48.600,00 Euro jährlich, auf dem Kapitel 9031.03.01 des Haushaltsvoranschlages 2026-2028 ihre Deckung findet;',
  'di dare atto che la spesa a carico del Comune di Laces, stimata in 48.600,00 euro annui, trova copertura sul capitolo 9031.03.01 del bilancio di previsione 2026-2028;'),
 ('diesen Beschluss im Sinne des Art. 183, Absatz 4, des Kodex der örtlichen Körperschaften für unverzüglich vollstreckbar zu erklären, um die Kontinuität des Dienstes zu gewährleisten.',
  'di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 183, comma 4, del Codice degli enti locali, al fine di garantire la continuità del servizio.'),
]
for i, (a, b) in enumerate(pts, 1):
    rows.append(pair('%d. %s' % (i, a), '%d. %s' % (i, b)))
rows.append(pair('<i>Gegen diesen Beschluss kann jeder Bürger innerhalb des Veröffentlichungszeitraumes beim Gemeindeausschuss Einspruch erheben. Innerhalb von 60 Tagen kann beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, Rekurs eingebracht werden.</i>',
                 '<i>Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione. Entro 60 giorni può essere presentato ricorso al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano.</i>', small))
story.append(two(rows, pad=5))
story.append(Spacer(1, 6*mm))
sig = Table([[P('Gelesen, genehmigt und unterzeichnet<br/>Letto, confermato e sottoscritto', cen), ''],
             [P('<b>Der Bürgermeister / Il Sindaco</b><br/>Andreas Kofler', cen), P('<b>Der Gemeindesekretär / Il Segretario comunale</b><br/>Dr. Stefan Tappeiner', cen)],
             [P('<i>digital signiert / firmato digitalmente</i>', ParagraphStyle('q', parent=small, alignment=TA_CENTER)), P('<i>digital signiert / firmato digitalmente</i>', ParagraphStyle('q', parent=small, alignment=TA_CENTER))]],
            colWidths=[W/2, W/2])
sig.setStyle(TableStyle([('SPAN', (0, 0), (1, 0))]))
story.append(sig)
story.append(Spacer(1, 6*mm))
pub = Table([[P('<b>Veröffentlichungsbescheinigung</b><br/>Dieser Beschluss wird am 12.03.2026 für die Dauer von zehn aufeinanderfolgenden Tagen an der digitalen Amtstafel der Gemeinde veröffentlicht.', small),
              P('<b>Referto di pubblicazione</b><br/>La presente deliberazione viene pubblicata all\'albo pretorio digitale del Comune il 12/03/2026 per dieci giorni consecutivi.', small)]],
            colWidths=[W/2, W/2])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
story.append(pub)

doc = BaseDocTemplate(out(FN), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=40*mm, bottomMargin=18*mm,
                      title='Beschluss Gemeindeausschuss Nr. 87 / Deliberazione Giunta comunale n. 87', author='Gemeinde Latsch', creator='SIAG Beschlüsse/Delibere')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(20*mm, 18*mm, W, A4[1] - 58*mm, id='f', leftPadding=0, rightPadding=0)], onPage=header)])
doc.build(story)

save_key({"file": FN, "role": "act",
 "what": "bilingual Giunta deliberation 87/2026 of Laces/Latsch, German left and Italian right in paired paragraphs, roll as a SIAG table marking only absences with X, coat of arms picture with caption",
 "operative_points": 4,
 "act": {"municipality": "Comune di Laces", "organ": "Giunta comunale", "kind": "deliberazione", "number": 87,
         "date": "2026-03-10", "time": "17:30", "subject": SUBJ_IT,
         "attendees": [{"name": n, "role": it, "present": a == ''} for n, de, it, a in roll],
         "president": {"role": "Sindaco", "name": "Andreas Kofler"},
         "secretary": {"title": "Dr.", "role": "Segretario comunale", "name": "Stefan Tappeiner"},
         "vote": "unanimous", "immediately_executive": True}})
