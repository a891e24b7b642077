# Civilia-style visto di regolarità contabile / attestazione di copertura finanziaria on a determinazione
# (ReportLab platypus, core Times-Roman + Helvetica table)
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import out
def st(fn='Times-Roman', fs=11, ld=14, **k):
    return ParagraphStyle('x', fontName=fn, fontSize=fs, leading=ld, **k)
doc = SimpleDocTemplate(out('visto-umbertide-civilia.pdf'), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=15*mm, bottomMargin=18*mm, title='Visto di regolarita contabile', author='Civilia Next')
def foot(c, d):
    c.saveState(); c.setFont('Helvetica', 7)
    c.drawString(20*mm, 10*mm, 'Civilia Next - Contabilità finanziaria - Stampa del 16/09/2025 10:42')
    c.drawRightString(A4[0]-20*mm, 10*mm, 'Pag. %d/1' % d.page); c.restoreState()
s = []
s.append(Paragraph('<b>COMUNE DI UMBERTIDE</b>', st('Times-Bold', 16, 19, alignment=TA_CENTER)))
s.append(Paragraph('Provincia di Perugia', st(fs=10, ld=12, alignment=TA_CENTER)))
s.append(Paragraph('AREA SERVIZI FINANZIARI E TRIBUTI - Servizio Ragioneria', st(fs=9, ld=12, alignment=TA_CENTER)))
s.append(Spacer(1, 14))
hd = Table([['DETERMINAZIONE', 'Area proponente', 'Numero', 'Data'],
            ['', 'AREA LAVORI PUBBLICI E PATRIMONIO', '402', '09/09/2025']], colWidths=[38*mm, 80*mm, 22*mm, 30*mm])
hd.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica', 7.5), ('FONT', (0, 1), (-1, 1), 'Helvetica-Bold', 9),
                        ('FONT', (0, 0), (0, 0), 'Helvetica-Bold', 10), ('SPAN', (0, 0), (0, 1)), ('VALIGN', (0, 0), (0, 1), 'MIDDLE'),
                        ('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('INNERGRID', (1, 0), (-1, -1), 0.3, colors.grey),
                        ('LINEAFTER', (0, 0), (0, 1), 0.6, colors.black)]))
s.append(hd); s.append(Spacer(1, 8))
s.append(Paragraph('<b>OGGETTO:</b> LAVORI DI ADEGUAMENTO SISMICO DELLA SCUOLA PRIMARIA "DI VITTORIO" - CUP '
                   'I17H24000410001 - AFFIDAMENTO DEL SERVIZIO DI DIREZIONE LAVORI E COORDINAMENTO DELLA '
                   'SICUREZZA IN FASE DI ESECUZIONE - CIG B81D2E7F90 - IMPEGNO DI SPESA', st(fs=11, ld=14, alignment=TA_JUSTIFY)))
s.append(Spacer(1, 16))
s.append(Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE<br/>ATTESTANTE LA COPERTURA FINANZIARIA</b>', st('Times-Bold', 13, 16, alignment=TA_CENTER)))
s.append(Paragraph('(art. 147-bis, comma 1, e art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267)', st(fs=9.5, ld=12, alignment=TA_CENTER)))
s.append(Spacer(1, 12))
s.append(Paragraph('Il Responsabile dell\'Area Servizi Finanziari, esaminata la determinazione in oggetto, appone il visto di '
                   'regolarità contabile <b>FAVOREVOLE</b> e attesta la copertura finanziaria della spesa, che trova '
                   'imputazione come segue:', st(alignment=TA_JUSTIFY)))
s.append(Spacer(1, 10))
rows = [['Esercizio', 'Impegno', 'Capitolo / Art.', 'Missione\nProgramma', 'Piano dei conti', 'Importo (€)'],
        ['2025', '1187/2025', '2610/12', '04.02', 'U.2.02.03.05.001', '38.420,16'],
        ['2026', '94/2026', '2610/12', '04.02', 'U.2.02.03.05.001', '21.305,84'],
        ['2025', '1188/2025', '1302/4', '01.06', 'U.1.03.02.11.999', '1.250,00']]
t = Table(rows, colWidths=[20*mm, 25*mm, 28*mm, 22*mm, 38*mm, 30*mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                       ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
                       ('ALIGN', (-1, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
s.append(t)
tot = Table([['', 'Totale impegnato', '60.976,00']], colWidths=[95*mm, 38*mm, 30*mm])
tot.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica-Bold', 9), ('ALIGN', (-1, 0), (-1, 0), 'RIGHT'),
                         ('BOX', (1, 0), (-1, 0), 0.4, colors.black)]))
s.append(tot); s.append(Spacer(1, 10))
s.append(Paragraph('Beneficiario: Studio Associato Ingg. Pieroni &amp; Bartolini - P.IVA 03345670541 - Codice soggetto 8812.', st(fs=10, ld=13)))
s.append(Paragraph('Fonte di finanziamento: contributo del Ministero dell\'Interno (D.M. 19/10/2024) per la quota di € 59.726,00; '
                   'fondi propri di bilancio per la quota di € 1.250,00.', st(fs=10, ld=13, alignment=TA_JUSTIFY)))
s.append(Spacer(1, 8))
s.append(Paragraph('Ai sensi dell\'art. 183, comma 7, del D.Lgs. n. 267/2000 la determinazione diviene esecutiva con '
                   'l\'apposizione del presente visto.', st(fs=11, ld=14, alignment=TA_JUSTIFY)))
s.append(Spacer(1, 26))
sig = Table([[Paragraph('Umbertide, 15/09/2025', st()), Paragraph('IL RESPONSABILE<br/>DELL\'AREA SERVIZI FINANZIARI E TRIBUTI<br/>'
              '<i>Dott. Marco Cecchetti</i>', st(alignment=TA_CENTER))]], colWidths=[75*mm, 95*mm])
sig.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
s.append(sig)
doc.build(s, onFirstPage=foot)
