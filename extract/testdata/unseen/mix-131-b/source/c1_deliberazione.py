"""Contursi Terme: Giunta deliberation 87/2028 typed as a Word document
(python-docx), printed by LibreOffice Writer; build.sh sends the print
through pdftops and ps2pdf as a CUPS queue to a Ghostscript PDF printer does."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
from docx.enum.table import WD_TABLE_ALIGNMENT
from docxlib import field, borders, para, set_cell, cell_border, shade, widths as setw

SUBJ = ("Approvazione del progetto di fattibilit\u00e0 tecnico-economica dei lavori di messa in "
        "sicurezza e adeguamento funzionale della strada comunale di Contrada Bagni. "
        "CUP H67H28000140004.")
NUMLINE = 'Deliberazione della Giunta Comunale n. 87 del 10/07/2028'

ROLL = [('CUOZZO Gerardo', 'Sindaco', True), ('LAMATTINA Rosa', 'Vice Sindaco', True),
        ('FORLENZA Vito', 'Assessore', True), ('GAUDIANO Teresa', 'Assessore', False),
        ('TROTTA Alfonso', 'Assessore', True)]

PREMESSE = [
    "Premesso che il tratto della strada comunale di Contrada Bagni compreso tra l'innesto con la "
    "S.P. 91 e il ponte sul fiume Sele presenta cedimenti della sede viaria, erosioni delle scarpate "
    "e un sistema di smaltimento delle acque meteoriche insufficiente, con pericolo per la "
    "circolazione veicolare e pedonale, come segnalato dalla Polizia Municipale con nota prot. "
    "n. 4127 del 22/05/2028;",
    "Considerato che l'Amministrazione intende partecipare all'avviso pubblico della Regione "
    "Campania per il finanziamento di interventi di messa in sicurezza della viabilit\u00e0 comunale "
    "nelle aree interne, la cui scadenza \u00e8 fissata al 31/07/2028;",
    "Vista la propria precedente deliberazione n. 52 del 29/04/2028, con la quale \u00e8 stato "
    "conferito al Responsabile dell'Area Tecnica l'indirizzo di predisporre la progettazione "
    "dell'intervento;",
    "Visto il progetto di fattibilit\u00e0 tecnico-economica redatto dall'Ufficio Tecnico comunale, "
    "acquisito al protocollo n. 5566 del 04/07/2028, composto da relazione tecnico-illustrativa, "
    "elaborati grafici, calcolo sommario della spesa e quadro economico, dell'importo complessivo "
    "di \u20ac 480.000,00, di cui \u20ac 356.200,00 per lavori a base d'asta, comprensivi di "
    "\u20ac 9.800,00 per oneri della sicurezza, ed \u20ac 123.800,00 per somme a disposizione "
    "dell'Amministrazione;",
    "Dato atto che il progetto \u00e8 stato verificato ai sensi dell'art. 42 del D.Lgs. n. 36/2023 "
    "con verbale del 05/07/2028 e che il CUP assegnato all'intervento \u00e8 H67H28000140004;",
    "Vista la proposta di deliberazione n. 102 del 06/07/2028 predisposta dall'Area Tecnica;",
    "Acquisiti i pareri favorevoli di regolarit\u00e0 tecnica, espresso dal Responsabile dell'Area "
    "Tecnica, e di regolarit\u00e0 contabile, espresso dal Responsabile dell'Area Finanziaria, ai "
    "sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "Visti il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e lo Statuto comunale;",
]

POINTS = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilit\u00e0 "
    "tecnico-economica dei lavori di messa in sicurezza e adeguamento funzionale della strada "
    "comunale di Contrada Bagni, dell'importo complessivo di \u20ac 480.000,00, secondo il quadro "
    "economico riportato negli elaborati progettuali;",
    "di dare atto che l'intervento sar\u00e0 candidato al finanziamento regionale di cui in premessa "
    "e che la sua realizzazione resta subordinata alla concessione del contributo;",
    "di confermare Responsabile Unico del Progetto il geom. Nicola Guarino, dipendente dell'Area "
    "Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti, ivi compresa la "
    "presentazione della domanda di finanziamento entro i termini dell'avviso.",
]


def build(out):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2)
    sec.header_distance, sec.footer_distance = Cm(0.8), Cm(0.8)
    sec.different_first_page_header_footer = True
    st = d.styles['Normal']
    st.font.name = 'Liberation Serif'
    st.font.size = Pt(11)
    # first page header: the letterhead
    h = sec.first_page_header
    p = h.paragraphs[0]
    r = p.add_run('COMUNE DI CONTURSI TERME')
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = A.CENTER
    p.paragraph_format.space_after = Pt(0)
    para(h, 'Provincia di Salerno', italic=True, size=11, align=A.CENTER, after=0)
    para(h, 'Piazza Garibaldi, 1 \u2013 84024 Contursi Terme (SA) \u2013 Tel. 0828 991013 \u2013 '
         'PEC: protocollo@pec.comune.contursiterme.sa.it', size=7, align=A.CENTER, font='Liberation Sans', after=2)
    # later pages: running head with the number
    h2 = sec.header
    p = para(h2, 'Comune di Contursi Terme \u2013 ' + NUMLINE, italic=True, size=8.5, align=A.RIGHT)
    for ft in (sec.first_page_footer, sec.footer):
        p = ft.paragraphs[0]
        r = p.add_run(NUMLINE + '  \u2013  Pag. ')
        r.font.size = Pt(8)
        r = p.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
        r = p.add_run(' di '); r.font.size = Pt(8)
        r = p.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')
        p.alignment = A.RIGHT

    # office left, number box right
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Cm(10), Cm(7)
    set_cell(c0, 'GIUNTA COMUNALE', bold=True, size=11)
    para(c0, 'Seduta del 10/07/2028', italic=True, size=10, after=0)
    cell_border(c1, sz=12)
    set_cell(c1, 'DELIBERAZIONE', bold=True, size=10, align=A.CENTER)
    para(c1, 'N. 87 del 10/07/2028', size=10, align=A.CENTER, after=0)
    para(c1, 'Proposta n. 102 del 06/07/2028', size=9, align=A.CENTER, after=0)
    setw(t, [Cm(10), Cm(7)])
    para(d, 'ORIGINALE', bold=True, size=9, align=A.RIGHT, before=4, after=6)

    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.width, b.width = Cm(2.5), Cm(14.5)
    set_cell(a, 'OGGETTO:', bold=True, size=11)
    set_cell(b, SUBJ, bold=True, size=11, align=A.JUSTIFY)
    setw(t, [Cm(2.5), Cm(14.5)])
    para(d, '', after=2)
    para(d, "L'anno duemilaventotto, il giorno dieci del mese di luglio, alle ore 12:30, nella sala "
         "delle adunanze della Casa Comunale, convocata nelle forme di legge, si \u00e8 riunita la "
         "Giunta Comunale nelle persone dei Signori:", align=A.JUSTIFY, after=6)
    roll = d.add_table(rows=1, cols=8)
    borders(roll)
    hdr = ['Cognome e Nome', 'Carica', 'Presente', 'Assente'] * 2
    widths = [Cm(3.2), Cm(2.2), Cm(1.55), Cm(1.55)] * 2
    for i, c in enumerate(roll.rows[0].cells):
        set_cell(c, hdr[i], bold=True, size=8, align=A.CENTER)
        shade(c)
        c.width = widths[i]
    for k in range(0, len(ROLL), 2):
        row = roll.add_row().cells
        for j, m in enumerate(ROLL[k:k + 2]):
            name, role, pres = m
            set_cell(row[4 * j], name, size=9.5)
            set_cell(row[4 * j + 1], role, size=9.5)
            set_cell(row[4 * j + 2], 'X' if pres else '', size=9.5, align=A.CENTER)
            set_cell(row[4 * j + 3], '' if pres else 'X', size=9.5, align=A.CENTER)
        for i, c in enumerate(row):
            c.width = widths[i]
    setw(roll, widths)
    para(d, 'Presenti n. 4 \u2013 Assenti n. 1', bold=True, size=10, align=A.RIGHT, before=4, after=6)
    para(d, "Partecipa il Segretario Comunale dott.ssa Maria Rosaria Sica, che cura la redazione del "
         "presente verbale. Assume la presidenza il dott. Gerardo Cuozzo, nella sua qualit\u00e0 di "
         "Sindaco, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta "
         "e invita la Giunta a deliberare sull'argomento indicato in oggetto.", align=A.JUSTIFY, after=8)
    para(d, 'LA GIUNTA COMUNALE', bold=True, align=A.CENTER, after=6)
    for s in PREMESSE:
        para(d, s, align=A.JUSTIFY, after=4, first=Cm(0.8))
    para(d, 'Con voti unanimi favorevoli, espressi in forma palese,', align=A.JUSTIFY, before=4, after=6)
    para(d, 'DELIBERA', bold=True, align=A.CENTER, after=6)
    for i, s in enumerate(POINTS, 1):
        para(d, '%d) %s' % (i, s), align=A.JUSTIFY, after=4, indent=Cm(0.7), first=Cm(-0.7))
    para(d, "Successivamente, con separata votazione unanime, la Giunta Comunale DICHIARA la presente "
         "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
         "n. 267/2000, stante l'urgenza di presentare la domanda di finanziamento.", align=A.JUSTIFY,
         before=6, after=12)
    para(d, 'Letto, confermato e sottoscritto.', italic=True, after=10)
    t = d.add_table(rows=3, cols=2)
    for i, (l, r_) in enumerate([('IL SINDACO', 'IL SEGRETARIO COMUNALE'),
                                 ('dott. Gerardo Cuozzo', 'dott.ssa Maria Rosaria Sica'),
                                 ('(firmato digitalmente)', '(firmato digitalmente)')]):
        set_cell(t.rows[i].cells[0], l, bold=(i == 0), italic=(i == 2), size=10 if i != 2 else 8, align=A.CENTER)
        set_cell(t.rows[i].cells[1], r_, bold=(i == 0), italic=(i == 2), size=10 if i != 2 else 8, align=A.CENTER)
    d.core_properties.title = 'Delibera GC 87/2028'
    d.core_properties.author = 'Segreteria'
    d.save(out)


if __name__ == '__main__':
    build(sys.argv[1])
