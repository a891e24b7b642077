# Comune di Poggiorsini - ordinanza sindacale (Sicraweb/Maggioli-like), blocks drawn out of reading order,
# a rotated Albo stamp along the left margin
from common import *
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
PW, PH = A4
LM, RM = 70, PW - 60
Wd = RM - LM
B = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=5)
Bc = ParagraphStyle('bc', parent=B, alignment=TA_CENTER, fontName='LSerif-B', fontSize=12)
blocks = []  # (paragraph) in reading order; positions computed, then drawn in a different order
def P(t, st=B): blocks.append(Paragraph(t, st))
P('<b>ORDINANZA SINDACALE N. 7 DEL 16/03/2026</b>', ParagraphStyle('o', parent=Bc, fontSize=13))
P('<b>OGGETTO: Ordinanza contingibile e urgente ai sensi dell\'art. 54, comma 4, del D.Lgs. 267/2000 per la messa in sicurezza del fabbricato sito in via Roma n. 18 (Fg. 9, p.lla 412).</b>')
P('IL SINDACO', Bc)
for t in ['<b>Vista</b> la relazione di sopralluogo del Servizio Tecnico comunale prot. n. 1306 del 14/03/2026, dalla quale risulta che il cornicione e parte del manto di copertura del fabbricato sito in via Roma n. 18 presentano lesioni e distacchi con pericolo di caduta di materiale sulla pubblica via;',
          '<b>Visto</b> il verbale dei Vigili del Fuoco del Comando Provinciale di Bari, intervento n. 4417 del 13/03/2026;',
          '<b>Accertato</b> che l\'immobile risulta di proprietà dei sigg. Lorusso Vito Nicola e Lorusso Angela, come da visura catastale in atti;',
          '<b>Ritenuto</b> che sussistano i presupposti di contingibilità e urgenza per tutelare l\'incolumità pubblica;',
          '<b>Visti</b> gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;']:
    P(t)
P('ORDINA', Bc)
P('ai proprietari sopra indicati, ciascuno per quanto di competenza:')
for i, t in enumerate(['di provvedere, entro 48 ore dalla notifica della presente, alla rimozione delle parti pericolanti del cornicione e della copertura del fabbricato sito in via Roma n. 18;',
                       'di transennare, con effetto immediato, il marciapiede prospiciente il fabbricato per una lunghezza di almeno 12 metri;',
                       'di eseguire, entro 30 giorni, gli interventi definitivi di consolidamento a firma di tecnico abilitato, dandone comunicazione al Servizio Tecnico comunale.'], 1):
    P('%d. %s' % (i, t), ParagraphStyle('l%d' % i, parent=B, leftIndent=18, firstLineIndent=-14))
P('In caso di inottemperanza, si procederà all\'esecuzione d\'ufficio in danno degli obbligati, fatta salva la denuncia ai sensi dell\'art. 650 del Codice Penale. La presente ordinanza è notificata agli interessati, trasmessa alla Prefettura di Bari e alla Stazione Carabinieri competente e pubblicata all\'Albo Pretorio on line. Avverso la stessa è ammesso ricorso al T.A.R. Puglia entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
P('Poggiorsini, 16/03/2026', ParagraphStyle('d', parent=B, spaceBefore=6))
# layout
y = PH - 150
pos = []
for p in blocks:
    w, h = p.wrap(Wd, PH)
    y -= h; pos.append((p, y)); y -= p.style.spaceAfter
c = canvas.Canvas(out('ordinanza-poggiorsini-sicraweb.pdf'), pagesize=A4)
c.setTitle('Ordinanza n. 7/2026'); c.setCreator('Sicraweb - Atti - JasperReports Library'); c.setAuthor('Maggioli')
# 1. footer first
c.setFont('LSans', 7); c.setFillColor(colors.HexColor('#555555'))
c.drawCentredString(PW/2, 34, 'Comune di Poggiorsini – Piazza Aldo Moro, 1 – 70020 Poggiorsini (BA) – protocollo.comune.poggiorsini@pec.rupar.puglia.it')
c.drawRightString(RM, 22, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pag. 1 di 1')
c.setFillColor(colors.black)
# 2. signature block
c.setFont('LSerif', 11); c.drawCentredString(RM - 90, y - 24, 'IL SINDACO')
c.setFont('LSerif-B', 11); c.drawCentredString(RM - 90, y - 38, 'Dott. Michele Armienti')
# 3. body blocks from bottom to top
for p, yy in reversed(pos):
    p.drawOn(c, LM, yy)
# 4. rotated Albo stamp along the left margin
c.saveState(); c.translate(36, 120); c.rotate(90)
c.setStrokeColor(colors.HexColor('#1f3f8f')); c.setFillColor(colors.HexColor('#1f3f8f'))
c.rect(-4, -6, 560, 22, stroke=1, fill=0)
c.setFont('LSans', 7.5)
c.drawString(0, 6, 'ALBO PRETORIO ON LINE – Registro pubblicazioni n. 214/2026 – Pubblicato dal 16/03/2026 al 31/03/2026')
c.drawString(0, -2, 'Comune di Poggiorsini – Il Responsabile della pubblicazione')
c.restoreState()
# 5. letterhead last
c.setLineWidth(1)
c.circle(LM + 22, PH - 78, 22)
c.setFont('LSans', 6); c.drawCentredString(LM + 22, PH - 80, 'STEMMA')
c.setFont('LSerif-B', 18); c.drawString(LM + 56, PH - 72, 'COMUNE DI POGGIORSINI')
c.setFont('LSerif', 10.5); c.drawString(LM + 56, PH - 87, 'Città Metropolitana di Bari')
c.setFont('LSerif-I', 9); c.drawString(LM + 56, PH - 100, 'Ufficio del Sindaco')
c.line(LM, PH - 112, RM, PH - 112)
c.showPage(); c.save()
print('bottom y', y)
