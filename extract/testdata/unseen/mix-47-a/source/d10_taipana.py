# Comune di Taipana / Občina Tipana - determinazione, Italian text then Slovene text (one under the other),
# letterhead, register box and running foot held in Form XObjects reused on every page; body justified
# with word spacing. reportlab platypus + canvas forms.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, CondPageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors

F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS', F + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DSB', F + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DSI', F + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFontFamily('DS', normal='DS', bold='DSB', italic='DSI', boldItalic='DSB')
W, H = A4
body = ParagraphStyle('b', fontName='DS', fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
slo = ParagraphStyle('s', parent=body, fontName='DSI', textColor=colors.HexColor('#222222'))
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='DSB', spaceBefore=4, spaceAfter=5)
cenS = ParagraphStyle('cs', parent=cen, fontName='DSI')
defined = {'done': False}

def forms(c):
    c.beginForm('letterhead')
    c.setFont('DSB', 13); c.drawCentredString(W / 2, H - 20 * mm, 'COMUNE DI TAIPANA')
    c.setFont('DSB', 12); c.drawCentredString(W / 2, H - 25.5 * mm, 'OBČINA TIPANA')
    c.setFont('DS', 7.5)
    c.drawCentredString(W / 2, H - 30 * mm, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina')
    c.drawCentredString(W / 2, H - 33.5 * mm, 'Piazza Roma / Trg Roma 1 – 33040 Taipana / Tipana (UD)')
    c.setLineWidth(1.2); c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
    c.endForm()
    c.beginForm('foot')
    c.setLineWidth(0.4); c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.setFont('DS', 7)
    c.drawString(20 * mm, 12 * mm, 'Determinazione / Odločba n./št. 42 – 15/04/2026 – Area Tecnica / Tehnično področje')
    c.endForm()
    defined['done'] = True

def page(c, d):
    if not defined['done']:
        forms(c)
    c.doForm('letterhead'); c.doForm('foot')
    c.setFont('DS', 7); c.drawRightString(W - 20 * mm, 12 * mm, 'Pag. / Str. %d' % d.page)

doc = BaseDocTemplate('build/d10.pdf', pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=42 * mm, bottomMargin=22 * mm,
                      title='Determinazione 42/2026', author='Comune di Taipana', creator='Insiel - Atti Amministrativi')
doc.addPageTemplates([PageTemplate('p', [Frame(22 * mm, 22 * mm, W - 44 * mm, H - 64 * mm)], onPage=page)])
S = []
S.append(Paragraph('AREA TECNICA – TEHNIČNO PODROČJE', cen))
S.append(Paragraph('Servizio Lavori Pubblici e Patrimonio – Služba za javna dela in premoženje', ParagraphStyle('o', parent=body, alignment=TA_CENTER)))
reg = [['DETERMINAZIONE DEL RESPONSABILE – ODLOČBA ODGOVORNEGA', ''],
       ['Reg. gen. n. / Spl. reg. št.:', '98   del / z dne 15/04/2026'],
       ['n. / št.:', '42   del / z dne 14/04/2026']]
t = Table(reg, colWidths=[70 * mm, W - 44 * mm - 70 * mm])
t.setStyle(TableStyle([('SPAN', (0, 0), (-1, 0)), ('FONT', (0, 0), (-1, 0), 'DSB', 10), ('FONT', (0, 1), (-1, -1), 'DS', 9.5),
                       ('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                       ('ALIGN', (0, 0), (-1, 0), 'CENTER'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
S += [Spacer(1, 4), t, Spacer(1, 8)]
S.append(Paragraph('<b>OGGETTO:</b> Fornitura di sale per il disgelo stradale – stagione invernale 2025/2026. Liquidazione della fattura alla ditta Salgem Friuli S.r.l.', body))
S.append(Paragraph('<b>ZADEVA:</b> Dobava soli za posipanje cest – zimska sezona 2025/2026. Izplačilo računa podjetju Salgem Friuli S.r.l.', slo))
S.append(Spacer(1, 6))
S.append(Paragraph('IL RESPONSABILE DELL’AREA TECNICA', cen))
for s in ['PREMESSO che con propria determinazione n. 171 del 05/11/2025 è stata affidata alla ditta Salgem Friuli S.r.l., con sede in Tavagnacco, la fornitura di 60 tonnellate di sale per il disgelo stradale per la stagione invernale 2025/2026, per l’importo di € 7.320,00 IVA compresa;',
          'VISTA la fattura n. 112/PA del 31/03/2026, relativa alla fornitura di 48 tonnellate di sale, dell’importo complessivo di € 5.856,00 IVA compresa, regolarmente vistata dal personale dell’ufficio per la conformità della fornitura;',
          'ACCERTATA la regolarità contributiva della ditta mediante DURC on line con scadenza 18/06/2026;',
          'VISTO il decreto del Sindaco n. 2 del 08/01/2026 di nomina del Responsabile dell’Area Tecnica;',
          'VISTA la legge 23 febbraio 2001, n. 38, recante norme a tutela della minoranza linguistica slovena;']:
    S.append(Paragraph(s, body))
S.append(Paragraph('DETERMINA', cen))
for i, s in enumerate(['di liquidare alla ditta Salgem Friuli S.r.l. la somma di € 5.856,00 (di cui € 1.056,00 per IVA da versare all’Erario in regime di split payment) a saldo della fattura n. 112/PA del 31/03/2026;',
                       'di imputare la spesa al capitolo 2730 “Spese per il servizio di sgombero neve” del bilancio 2026, gestione residui, impegno n. 389/2025;',
                       'di dare atto che la minore fornitura di 12 tonnellate costituisce economia di spesa.'], 1):
    S.append(Paragraph('%d. %s' % (i, s), ParagraphStyle('l', parent=body, leftIndent=5 * mm, firstLineIndent=-5 * mm)))
S.append(Spacer(1, 6))
S.append(Paragraph('Taipana, 14/04/2026 – IL RESPONSABILE DELL’AREA TECNICA – geom. Daniele Cecutti (firmato digitalmente)', ParagraphStyle('f', parent=body, alignment=2)))
S.append(CondPageBreak(60 * mm))
S.append(Spacer(1, 10))
S.append(Paragraph('ODGOVORNI ZA TEHNIČNO PODROČJE', cenS))
for s in ['UGOTOVIL, da je bila z lastno odločbo št. 171 z dne 05/11/2025 podjetju Salgem Friuli S.r.l. s sedežem v Tavagnaccu dodeljena dobava 60 ton soli za posipanje cest za zimsko sezono 2025/2026, v znesku 7.320,00 € z vključenim DDV;',
          'VZEL NA ZNANJE račun št. 112/PA z dne 31/03/2026 za dobavo 48 ton soli v skupnem znesku 5.856,00 € z vključenim DDV, ki ga je urad potrdil glede skladnosti dobave;',
          'UGOTOVIL redno plačevanje prispevkov podjetja na podlagi potrdila DURC, veljavnega do 18/06/2026;',
          'VZEL NA ZNANJE županov odlok št. 2 z dne 08/01/2026 o imenovanju odgovornega za tehnično področje;',
          'VZEL NA ZNANJE zakon št. 38 z dne 23. februarja 2001 o zaščiti slovenske jezikovne manjšine;']:
    S.append(Paragraph(s, slo))
S.append(Paragraph('ODLOČI', cenS))
for i, s in enumerate(['da se podjetju Salgem Friuli S.r.l. izplača znesek 5.856,00 € (od tega 1.056,00 € DDV, ki se nakaže državi po sistemu razdeljenega plačila) kot poravnava računa št. 112/PA z dne 31/03/2026;',
                       'da se izdatek krije s poglavjem 2730 »Stroški za pluženje snega« proračuna 2026, upravljanje ostankov, obveznost št. 389/2025;',
                       'da se ugotovi, da manjša dobava 12 ton predstavlja prihranek.'], 1):
    S.append(Paragraph('%d. %s' % (i, s), ParagraphStyle('ls', parent=slo, leftIndent=5 * mm, firstLineIndent=-5 * mm)))
S.append(Spacer(1, 6))
S.append(Paragraph('Tipana, 14/04/2026 – ODGOVORNI ZA TEHNIČNO PODROČJE – geom. Daniele Cecutti (digitalno podpisano)', ParagraphStyle('fs', parent=slo, alignment=2)))
S.append(Spacer(1, 12))
pub = Table([[Paragraph('<b>PUBBLICAZIONE – OBJAVA</b><br/>Pubblicata all’Albo pretorio on line dal 20/04/2026 al 05/05/2026 – Objavljeno na spletni oglasni deski od 20/04/2026 do 05/05/2026.', ParagraphStyle('p', parent=body, fontSize=8, leading=10, alignment=0))]],
            colWidths=[W - 44 * mm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
S.append(pub)
doc.build(S)
