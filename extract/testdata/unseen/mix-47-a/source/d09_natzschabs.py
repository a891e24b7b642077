# Gemeinde Natz-Schabs / Comune di Naz-Sciaves - Gemeinderat/Consiglio comunale deliberation,
# German and Italian side by side (table of paired paragraphs), letter-spaced headings drawn glyph by
# glyph, the "Beschluss/Deliberazione" band drawn with Tc, roll in two columns. reportlab platypus.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors

F = '/usr/share/fonts/truetype/liberation2/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSans-Italic.ttf'))
pdfmetrics.registerFontFamily('LS', normal='LS', bold='LSB', italic='LSI', boldItalic='LSB')
W, H = A4
body = ParagraphStyle('b', fontName='LS', fontSize=9.2, leading=11.6, alignment=TA_JUSTIFY)
bodyI = ParagraphStyle('bi', parent=body, fontName='LS')
cent = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSB')

def spaced(c, x, y, s, font, size, gap):
    # one glyph per text object, as some template engines write letter-spaced headings
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + gap

def first(c, d):
    c.saveState()
    spaced(c, 20 * mm, H - 22 * mm, 'GEMEINDE NATZ-SCHABS', 'LSB', 12.5, 2.2)
    s = 'COMUNE DI NAZ-SCIAVES'
    w = sum(pdfmetrics.stringWidth(ch, 'LSB', 12.5) + 2.2 for ch in s)
    spaced(c, W - 20 * mm - w, H - 22 * mm, s, 'LSB', 12.5, 2.2)
    c.setFont('LS', 8); c.drawString(20 * mm, H - 27 * mm, 'Autonome Provinz Bozen – Südtirol')
    c.drawRightString(W - 20 * mm, H - 27 * mm, 'Provincia autonoma di Bolzano – Alto Adige')
    c.setLineWidth(0.8); c.line(20 * mm, H - 30 * mm, W - 20 * mm, H - 30 * mm)
    # band with Tc letter spacing
    c.setFillColor(colors.HexColor('#e6e6e6')); c.rect(20 * mm, H - 44 * mm, W - 40 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    t = c.beginText(); t.setFont('LSB', 9.0); t.setCharSpace(0.9)
    t.setTextOrigin(24 * mm, H - 40.5 * mm); t.textOut('BESCHLUSS DES GEMEINDERATES'); c.drawText(t)
    t = c.beginText(); t.setFont('LSB', 9.0); t.setCharSpace(0.9)
    t.setTextOrigin(W / 2 + 1 * mm, H - 40.5 * mm); t.textOut('DELIBERAZIONE DEL CONSIGLIO COMUNALE'); c.drawText(t)
    c.restoreState(); foot(c, d)

def foot(c, d):
    c.setFont('LS', 7); c.setFillColor(colors.grey)
    c.drawString(20 * mm, 12 * mm, 'Rathausplatz 1 / Piazza Municipio 1 – 39040 Natz-Schabs / Naz-Sciaves')
    c.drawRightString(W - 20 * mm, 12 * mm, 'Seite / pagina %d' % d.page)
    c.setFillColor(colors.black)

doc = BaseDocTemplate('build/d09.pdf', pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=48 * mm, bottomMargin=20 * mm,
                      title='Beschluss GR 14/2026 - Deliberazione CC 14/2026', author='Gemeinde Natz-Schabs')
fr1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 68 * mm, id='f1')
fr2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [fr1], onPage=first, autoNextPageTemplate='rest'),
                      PageTemplate('rest', [fr2], onPage=foot)])
CW = (W - 40 * mm - 6 * mm) / 2
def pair(de, it, st=body, st2=None):
    return [Paragraph(de, st), Paragraph(it, st2 or st)]
rows = [
 pair('<b>Nr. 14</b>', '<b>n. 14</b>', cent),
 pair('Sitzung vom 13.04.2026 – Uhr 19:30', 'Seduta del 13.04.2026 – ore 19:30', cent),
 pair('<b>Betreff:</b> Genehmigung der Abänderung der Gemeindeverordnung über die Anwendung der Müllgebühr',
      '<b>Oggetto:</b> Approvazione della modifica al regolamento comunale per l’applicazione della tariffa rifiuti'),
 pair('Nach Erfüllung der im geltenden Regionalgesetz vorgesehenen Formvorschriften wurden für heute, im Sitzungssaal des Rathauses, die Mitglieder des Gemeinderates einberufen.',
      'Previo esaurimento delle formalità prescritte dalla vigente legge regionale, vennero per oggi convocati, nella sala delle adunanze del municipio, i componenti del Consiglio comunale.'),
]
t = Table(rows, colWidths=[CW, CW], spaceBefore=0)
t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                       ('LINEAFTER', (0, 0), (0, -1), 0.4, colors.grey), ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
                       ('RIGHTPADDING', (0, 0), (0, -1), 3 * mm), ('LEFTPADDING', (1, 0), (1, -1), 3 * mm)]))
story = [t, Spacer(1, 4)]
# roll: two columns of name / mark
roll = [('Überbacher Alexander', 'Bürgermeister/Sindaco', ''), ('Oberhofer Maria', 'Vizebürgermeisterin/Vicesindaca', ''),
        ('Gasser Thomas', 'Referent/Assessore', ''), ('Kerer Sabine', 'Referentin/Assessora', 'AE/ag'),
        ('Mair Johann', 'Referent/Assessore', ''), ('Plaikner Verena', 'Gemeinderätin/Consigliera', ''),
        ('Hofer Lukas', 'Gemeinderat/Consigliere', ''), ('Seeber Anna', 'Gemeinderätin/Consigliera', ''),
        ('Gruber Martin', 'Gemeinderat/Consigliere', ''), ('Rabensteiner Paul', 'Gemeinderat/Consigliere', 'AU/ai'),
        ('Delueg Stefan', 'Gemeinderat/Consigliere', ''), ('Unterthiner Julia', 'Gemeinderätin/Consigliera', ''),
        ('Fischnaller Georg', 'Gemeinderat/Consigliere', ''), ('Ploner Evi', 'Gemeinderätin/Consigliera', ''),
        ('Brunner Simon', 'Gemeinderat/Consigliere', '')]
sm = ParagraphStyle('s', parent=body, fontSize=7.8, leading=9.6, alignment=0)
smb = ParagraphStyle('sb', parent=sm, fontName='LSB')
half = 8
data = [[Paragraph('Anwesend sind / Sono presenti:', smb), '', '', '', '', ''],
        [Paragraph('Name / nome', smb), Paragraph('Funktion / carica', smb), Paragraph('abw. ass.', smb),
         Paragraph('Name / nome', smb), Paragraph('Funktion / carica', smb), Paragraph('abw. ass.', smb)]]
for i in range(half):
    l = roll[i]; r = roll[i + half] if i + half < len(roll) else ('', '', '')
    data.append([Paragraph(l[0], sm), Paragraph(l[1], sm), Paragraph(l[2], sm), Paragraph(r[0], sm), Paragraph(r[1], sm), Paragraph(r[2], sm)])
rt = Table(data, colWidths=[29 * mm, 46 * mm, 10 * mm, 29 * mm, 46 * mm, 10 * mm])
rt.setStyle(TableStyle([('SPAN', (0, 0), (-1, 0)), ('LINEBELOW', (0, 1), (-1, 1), 0.5, colors.black),
                        ('LINEAFTER', (2, 1), (2, -1), 0.5, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]))
story += [rt, Paragraph('AE = entschuldigt abwesend / ag = assente giustificato – AU = unentschuldigt abwesend / ai = assente ingiustificato', ParagraphStyle('x', parent=sm, fontSize=7)), Spacer(1, 6)]
rows = [
 pair('Seinen Beistand leistet der Gemeindesekretär Dr. Martin Kerschbaumer.', 'Assiste il Segretario comunale Dr. Martin Kerschbaumer.'),
 pair('Nach Feststellung der Beschlussfähigkeit übernimmt Herr Alexander Überbacher in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet.',
      'Riconosciuto legale il numero degli intervenuti, il signor Alexander Überbacher, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta.'),
 pair('<b>DER GEMEINDERAT</b>', '<b>IL CONSIGLIO COMUNALE</b>', cent),
 pair('Nach Einsichtnahme in die Gemeindeverordnung über die Anwendung der Müllgebühr, genehmigt mit Beschluss des Gemeinderates Nr. 41 vom 19.12.2022;',
      'Visto il regolamento comunale per l’applicazione della tariffa rifiuti, approvato con deliberazione del Consiglio comunale n. 41 del 19.12.2022;'),
 pair('Nach Einsichtnahme in das Landesgesetz vom 26. Mai 2006, Nr. 4, und in das Dekret des Landeshauptmanns vom 24. Juni 2013, Nr. 17;',
      'Vista la legge provinciale 26 maggio 2006, n. 4, e il decreto del Presidente della Provincia 24 giugno 2013, n. 17;'),
 pair('Festgestellt, dass die Ermäßigungen für Familien mit Kleinkindern und für pflegebedürftige Personen angepasst werden müssen;',
      'Constatata la necessità di adeguare le riduzioni per le famiglie con bambini piccoli e per le persone non autosufficienti;'),
 pair('Nach Einsichtnahme in die gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2, abgegebenen positiven Gutachten;',
      'Visti i pareri favorevoli espressi ai sensi dell’art. 185 della legge regionale 3 maggio 2018, n. 2;'),
 pair('Mit 11 Ja-Stimmen, 1 Gegenstimme (Delueg Stefan) und 1 Enthaltung (Ploner Evi) bei 13 anwesenden und 12 abstimmenden Ratsmitgliedern, durch Handerheben ausgedrückt,',
      'Con 11 voti favorevoli, 1 voto contrario (Delueg Stefan) e 1 astensione (Ploner Evi), su 13 consiglieri presenti e 12 votanti, espressi per alzata di mano,'),
 pair('<b>b e s c h l i e ß t</b>', '<b>d e l i b e r a</b>', cent),
 pair('1. die beiliegende Abänderung der Gemeindeverordnung über die Anwendung der Müllgebühr zu genehmigen;',
      '1. di approvare l’allegata modifica al regolamento comunale per l’applicazione della tariffa rifiuti;'),
 pair('2. festzuhalten, dass die Abänderung ab 1. Juli 2026 wirksam ist;', '2. di dare atto che la modifica ha efficacia dal 1° luglio 2026;'),
 pair('3. diesen Beschluss mit 13 Ja-Stimmen, durch eigene Abstimmung, im Sinne des Art. 183 Abs. 4 des RG Nr. 2/2018 für sofort vollstreckbar zu erklären.',
      '3. di dichiarare la presente deliberazione, con separata votazione e 13 voti favorevoli, immediatamente eseguibile ai sensi dell’art. 183, comma 4, della L.R. n. 2/2018.'),
 pair('Gegen diesen Beschluss kann jeder Bürger innerhalb der Veröffentlichungsfrist von 10 Tagen Einwände beim Gemeindeausschuss erheben.',
      'Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione di 10 giorni.'),
]
t = Table(rows, colWidths=[CW, CW])
t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                       ('LINEAFTER', (0, 0), (0, -1), 0.4, colors.grey), ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
                       ('RIGHTPADDING', (0, 0), (0, -1), 3 * mm), ('LEFTPADDING', (1, 0), (1, -1), 3 * mm)]))
story += [t, Spacer(1, 14)]
sig = [[Paragraph('Der Bürgermeister / Il Sindaco<br/><b>Alexander Überbacher</b>', cent),
        Paragraph('Der Gemeindesekretär / Il Segretario comunale<br/><b>Dr. Martin Kerschbaumer</b>', cent)],
       [Paragraph('<font size=7>digital signiert / firmato digitalmente</font>', cent), Paragraph('<font size=7>digital signiert / firmato digitalmente</font>', cent)]]
story += [Table(sig, colWidths=[CW, CW]), Spacer(1, 14)]
pub = Table([[Paragraph('<b>Veröffentlichungsbestätigung / Referto di pubblicazione</b><br/>Dieser Beschluss wird an der digitalen Amtstafel der Gemeinde am 20.04.2026 für 10 aufeinanderfolgende Tage veröffentlicht. / La presente deliberazione viene pubblicata all’albo digitale del Comune il giorno 20.04.2026 per 10 giorni consecutivi.', sm)]],
            colWidths=[W - 40 * mm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 4), ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
story.append(pub)
doc.build(story)
