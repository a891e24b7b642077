# Certificate of publication of the Comune di Giove (TR): an old Word form
# in a typewriter face (Courier New metrics -> Liberation Mono), blanks of
# underscores filled in by hand, "CITTA'"-style accents.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
st = doc.styles['Normal']
st.font.name = 'Liberation Mono'
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def P(text='', bold=False, align='l', underline=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.underline = underline
        if size: r.font.size = Pt(size)
    p.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER,
                   'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return p


def mixed(parts, align='l'):
    """parts: list of (text, bold)"""
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if align == 'l' else WD_ALIGN_PARAGRAPH.CENTER
    return p

P('COMUNE DI GIOVE', True, 'c', size=14)
P('PROVINCIA DI TERNI', False, 'c')
P('Piazza Castello n. 1 - 05024 GIOVE (TR) - Tel. 0744 992428', False, 'c', size=8.5)
P('=' * 64, False, 'c', size=9)
P()
P('UFFICIO SEGRETERIA - ALBO PRETORIO', True, 'c')
P()
P('CERTIFICATO DI AVVENUTA PUBBLICAZIONE', True, 'c', underline=True, size=12)
P('(art. 124 D.Lgs. 18/08/2000 n. 267 - art. 32 L. 18/06/2009 n. 69)', False, 'c', size=9)
P()
P()
P('Il sottoscritto Segretario Comunale, vista la dichiarazione del', align='l')
P('Messo Comunale e gli atti d\'ufficio,', align='l')
P()
P('ATTESTA', True, 'c')
P()
mixed([('che la deliberazione della ', False), ('GIUNTA COMUNALE', True)])
mixed([('n. ___', False), ('31', True), ('___ del ___', False), ('12/03/2026', True), ('___', False)])
P()
P('avente ad oggetto:')
mixed([('____', False), ('APPROVAZIONE SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE', True)])
mixed([('____', False), ('PRO LOCO GIOVE PER LA GESTIONE DEL PUNTO DI INFORMAZIONE', True)])
mixed([('____', False), ('TURISTICA PRESSO PALAZZO DUCALE - ANNO 2026.', True), ('_________', False)])
P()
mixed([('e\' stata pubblicata all\'Albo Pretorio on line di questo Comune', False)])
mixed([('al n. ___', False), ('118', True), ('___ del Registro delle pubblicazioni', False)])
mixed([('per 15 giorni consecutivi dal ___', False), ('16/03/2026', True), ('___ al ___', False), ('31/03/2026', True), ('___', False)])
mixed([('senza opposizioni o reclami.', False)])
P()
P('[X] La deliberazione e\' stata dichiarata immediatamente eseguibile')
P('    (art. 134, comma 4, D.Lgs. 267/2000).')
P('[ ] La deliberazione e\' divenuta esecutiva il _______________ decorsi')
P('    10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).')
P()
P()
mixed([('Giove, li ___', False), ('01/04/2026', True), ('___', False)])
P()
P('IL MESSO COMUNALE                    IL SEGRETARIO COMUNALE')
P('F.to Mariella TOMASSINI              F.to Dott. Lucio BRACONI')
P()
P()
P('-' * 64, size=9)
P('Copia conforme all\'originale per uso amministrativo.', size=9)
P('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', size=9)

doc.core_properties.author = 'segreteria'
doc.core_properties.title = 'CERT_PUBBL'
doc.save(out)
