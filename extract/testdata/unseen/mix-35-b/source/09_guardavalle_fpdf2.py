# Certificate of publication of a Giunta deliberation of Comune di Guardavalle
# (CZ), as the Albo module of a small southern package prints it: crest
# caption, label/value grid, publication period, a barcode caption, signer.
# Producer: fpdf2 (Python), DejaVu fonts embedded.
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF('P', 'mm', 'A4')
pdf.set_creator('Albo Pretorio on line - stampa certificato')
pdf.set_title('Certificato di pubblicazione - Delibera G.C. n. 31/2026')
pdf.set_author('Comune di Guardavalle')
pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.add_font('DVS', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.add_font('DVS', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
pdf.add_font('DVS', 'I', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf')
pdf.set_auto_page_break(True, 20)
pdf.add_page()
pdf.set_margins(20, 15, 20)

pdf.rect(97, 12, 16, 18)
pdf.set_font('DV', '', 5)
pdf.set_xy(97, 20)
pdf.cell(16, 3, 'STEMMA', align='C')
pdf.set_xy(20, 32)
pdf.set_font('DVS', 'B', 15)
pdf.cell(170, 7, 'COMUNE DI GUARDAVALLE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DVS', '', 9.5)
pdf.cell(170, 5, 'Provincia di Catanzaro', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 7.5)
pdf.cell(170, 4, 'Via Dante Alighieri, 1 – 88065 Guardavalle (CZ) – C.F. 84000390792', align='C',
         new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.line(20, pdf.get_y(), 190, pdf.get_y())
pdf.ln(10)
pdf.set_font('DVS', 'B', 14)
pdf.cell(170, 8, 'CERTIFICATO DI PUBBLICAZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DVS', 'I', 9)
pdf.cell(170, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)",
         align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)

rows = [
    ('Tipo atto', 'Deliberazione della Giunta Comunale'),
    ('Numero', '31'),
    ('Data', '05/03/2026'),
    ('Oggetto', 'Concessione in comodato d\'uso gratuito dei locali dell\'ex scuola elementare di '
                'località Elce alla Pro Loco di Guardavalle per attività culturali e di promozione '
                'turistica. Approvazione schema di contratto.'),
    ('N. Registro Albo', '287 / 2026'),
    ('Periodo di pubblicazione', 'dal 09/03/2026 al 24/03/2026'),
]
pdf.set_fill_color(238, 238, 238)
for lab, val in rows:
    pdf.set_font('DV', 'B', 9)
    y0 = pdf.get_y()
    pdf.set_font('DV', '', 10)
    # height of the value
    lines = pdf.multi_cell(120, 6, val, dry_run=True, output='LINES')
    h = 6 * len(lines) + 2
    pdf.set_font('DV', 'B', 9)
    pdf.set_xy(20, y0)
    pdf.rect(20, y0, 50, h, style='DF')
    pdf.set_xy(20, y0 + 1)
    pdf.cell(50, 6, lab)
    pdf.set_font('DV', '', 10)
    pdf.set_xy(70, y0 + 1)
    pdf.multi_cell(120, 6, val)
    pdf.rect(70, y0, 120, h)
    pdf.set_xy(20, y0 + h)
pdf.ln(10)
pdf.set_font('DVS', '', 11)
pdf.multi_cell(170, 6.2, (
    'Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,'), align='J')
pdf.ln(2)
pdf.set_font('DVS', 'B', 11)
pdf.cell(170, 7, 'A T T E S T A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('DVS', '', 11)
pdf.multi_cell(170, 6.2, (
    'che la deliberazione sopra indicata è stata pubblicata all\'Albo Pretorio on line di questo Comune, '
    'accessibile dal sito istituzionale www.comune.guardavalle.cz.it, per quindici giorni consecutivi, '
    'dal 09/03/2026 al 24/03/2026, ai sensi dell\'art. 124, comma 1, del D.Lgs. 267/2000, e che '
    'contro di essa non sono pervenuti reclami od opposizioni.'), align='J')
pdf.ln(4)
pdf.multi_cell(170, 6.2, (
    'Contestualmente all\'affissione, la deliberazione è stata comunicata ai Capigruppo consiliari '
    'con nota prot. n. 1962 del 09/03/2026 ai sensi dell\'art. 125 del D.Lgs. 267/2000.'), align='J')
pdf.ln(10)
pdf.cell(85, 6, 'Guardavalle, 25/03/2026')
pdf.set_font('DVS', 'B', 10.5)
pdf.cell(85, 6, 'IL RESPONSABILE DELLA PUBBLICAZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DVS', '', 10.5)
pdf.cell(85, 6, '')
pdf.cell(85, 6, 'Sig. Domenico Procopio', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DVS', 'I', 8)
pdf.cell(85, 5, '')
pdf.cell(85, 5, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', align='C', new_x='LMARGIN', new_y='NEXT')

# barcode caption at the foot, as the package prints the document id
pdf.set_y(262)
x = 20
import random
random.seed(31)
for i in range(60):
    w = random.choice([0.3, 0.5, 0.8])
    pdf.rect(x, 262, w, 9, style='F')
    x += w + random.choice([0.3, 0.5])
pdf.set_xy(20, 272)
pdf.set_font('DV', '', 6.5)
pdf.cell(80, 3, 'ID documento: GUA-ALBO-2026-000287-CERT')
pdf.set_xy(110, 266)
pdf.cell(80, 3, 'Pagina 1 di 1', align='R')
pdf.output(out)
