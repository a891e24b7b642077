"""Pedaso: annex A to determinazione 301/2028 (ranking of the families
admitted to the summer-camp contribution, applicants shown only by protocol
number), typed as a Word document (python-docx) in the Comune's layout and
printed by LibreOffice Writer; build.sh sends the print through
pdftocairo -ps and ps2pdf."""
import sys
import random
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
from docx.enum.section import WD_ORIENT
from docxlib import field, borders, para, set_cell, shade, widths as setw

random.seed(131)


def rows():
    out = []
    prots = sorted(random.sample(range(3480, 4420), 31))
    for p in prots:
        isee = random.choice(['A (fino a \u20ac 8.000)', 'B (\u20ac 8.000,01 \u2013 15.000)',
                              'C (\u20ac 15.000,01 \u2013 22.000)', 'D (\u20ac 22.000,01 \u2013 30.000)'])
        figli = random.choice([1, 1, 1, 2, 2, 3])
        sett = random.choice([2, 3, 4, 4, 5, 6])
        out.append([p, isee, figli, sett])
    rate = {'A': 70, 'B': 55, 'C': 40, 'D': 30}
    for r in out:
        r.append(min(rate[r[1][0]] * r[2] * r[3], 600))
    out.sort(key=lambda r: (r[1][0], -r[2], r[0]))
    return out


def eur(v):
    return ('{:,.2f}'.format(v)).replace(',', 'X').replace('.', ',').replace('X', '.')


def build(out):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2)
    st = d.styles['Normal']
    st.font.name = 'Liberation Sans'
    st.font.size = Pt(10)
    h = sec.header
    p = h.paragraphs[0]
    r = p.add_run('COMUNE DI PEDASO')
    r.bold = True
    r.font.size = Pt(15)
    p.paragraph_format.space_after = Pt(0)
    para(h, 'Provincia di Fermo', size=10, after=0)
    para(h, 'Piazza Roma, 8 \u2013 63827 Pedaso (FM) \u2013 C.F. 81000730449', size=7, after=4)
    f = sec.footer.paragraphs[0]
    r = f.add_run('Allegato A \u2013 Determinazione Area Amministrativa Reg. Gen. n. 301 del 26/07/2028 \u2013 Pag. ')
    r.italic = True
    r.font.size = Pt(7.5)
    r = f.add_run(); r.font.size = Pt(7.5); field(r, 'PAGE')
    r = f.add_run(' di '); r.font.size = Pt(7.5); r.italic = True
    r = f.add_run(); r.font.size = Pt(7.5); field(r, 'NUMPAGES')

    para(d, 'ALLEGATO A', bold=True, size=12, align=A.RIGHT, after=6)
    para(d, "alla determinazione del Responsabile dell'Area Amministrativa \u2013 Servizi Sociali "
         "Reg. Gen. n. 301 del 26/07/2028", italic=True, size=10, align=A.CENTER, after=8)
    para(d, 'CONTRIBUTI PER LA FREQUENZA DEI CENTRI ESTIVI 2028', bold=True, size=11, align=A.CENTER, after=2)
    para(d, 'GRADUATORIA DEI BENEFICIARI', bold=True, size=11, align=A.CENTER, after=8)
    para(d, "I richiedenti sono indicati con il numero di protocollo della domanda (Reg. UE 2016/679). "
         "Il contributo \u00e8 pari alla quota settimanale della fascia ISEE per figlio e per settimana "
         "di frequenza, entro il limite di \u20ac 600,00 per nucleo familiare.", size=9, align=A.JUSTIFY, after=8)
    data = rows()
    t = d.add_table(rows=1, cols=6)
    borders(t)
    hdr = ['N.', 'Prot. domanda', 'Fascia ISEE', 'Figli', 'Settimane', 'Contributo (\u20ac)']
    for i, c in enumerate(t.rows[0].cells):
        set_cell(c, hdr[i], bold=True, size=8.5, align=A.CENTER)
        shade(c)
    tot = 0
    for n, (prot, isee, figli, sett, contr) in enumerate(data, 1):
        row = t.add_row().cells
        vals = [str(n), '%d/2028' % prot, isee, str(figli), str(sett), eur(contr)]
        for i, v in enumerate(vals):
            set_cell(row[i], v, size=8.5, align=A.RIGHT if i == 5 else (A.LEFT if i == 2 else A.CENTER))
        tot += contr
    row = t.add_row().cells
    set_cell(row[0], '', size=8.5)
    m = row[1].merge(row[4])
    set_cell(m, 'TOTALE CONTRIBUTI', bold=True, size=8.5, align=A.RIGHT)
    set_cell(row[5], eur(tot), bold=True, size=8.5, align=A.RIGHT)
    setw(t, [Cm(1.0), Cm(3.0), Cm(5.8), Cm(1.6), Cm(2.2), Cm(3.6)])
    para(d, '', after=6)
    para(d, 'Domande escluse: n. 3 (prot. 3512/2028, 3877/2028, 4102/2028) per mancanza dei requisiti.',
         size=9, after=14)
    para(d, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, size=9, align=A.RIGHT, after=2)
    para(d, 'dott. Luca Cappelletti', size=10, align=A.RIGHT, after=0)
    para(d, '(firmato digitalmente)', italic=True, size=8, align=A.RIGHT, after=0)
    d.save(out)
    return tot


if __name__ == '__main__':
    print(build(sys.argv[1]))
