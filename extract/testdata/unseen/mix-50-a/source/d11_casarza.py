# Comune di Casarza Ligure - convocation of the Consiglio comunale: an old typewriter-like Word document
# (Courier New 12, spaces for alignment), converted to PDF by LibreOffice (see build.sh)
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document(); s = d.sections[0]
s.page_height = Mm(297); s.page_width = Mm(210); s.left_margin = Mm(25); s.right_margin = Mm(20); s.top_margin = Mm(20); s.bottom_margin = Mm(20)
n = d.styles['Normal']; n.font.name = 'Courier New'; n.font.size = Pt(12)
n.element.rPr.rFonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', 'Courier New')
n.paragraph_format.space_after = Pt(0); n.paragraph_format.line_spacing = 1.0
def P(t='', b=False, u=False, c=False):
    p = d.add_paragraph()
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = b; r.underline = u
    return p
P('COMUNE DI CASARZA LIGURE', b=True, c=True)
P('CITTA\' METROPOLITANA DI GENOVA', c=True)
P('Piazza Aldo Moro n. 1 - 16030 Casarza Ligure (GE)', c=True)
P('Tel. 0185/46981 - PEC: casarzaligure@pec.it', c=True)
P('_' * 58, c=True)
P()
P('Prot. n. 3312                    Casarza Ligure, 13/03/2026')
P()
P('                                 Ai Signori Consiglieri Comunali')
P('                                 LORO SEDI')
P()
P('                                 Al Signor Prefetto di Genova')
P('                                 Al Segretario Comunale')
P('                                 Al Revisore dei Conti')
P('                                 All\'Albo Pretorio on line')
P()
p = d.add_paragraph(); r = p.add_run('OGGETTO:'); r.bold = True; r.underline = True
r = p.add_run(' CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA - SEDUTA DEL 20 MARZO 2026.'); r.bold = True
P()
body = ['        Ai sensi dell\'art. 39 del D.Lgs. 18.08.2000 n. 267 e dell\'art. 9 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. e\' invitata ad intervenire alla seduta del Consiglio Comunale che si terra\' in sessione ordinaria, in prima convocazione, presso la Sala Consiliare del Palazzo Comunale',
        '',
        '             VENERDI\' 20 MARZO 2026 alle ore 20.30',
        '',
        'ed occorrendo, in seconda convocazione, il giorno LUNEDI\' 23 MARZO 2026 alla stessa ora, per la trattazione del seguente',
        '',
        '                    ORDINE DEL GIORNO',
        '']
for b in body: P(b)
odg = ['Approvazione dei verbali della seduta precedente.',
       'Comunicazioni del Sindaco.',
       'Ratifica della deliberazione della Giunta Comunale n. 21 del 26/02/2026 avente ad oggetto "Variazione d\'urgenza al bilancio di previsione 2026-2028".',
       'Approvazione del Regolamento comunale per l\'utilizzo dei locali e delle aree di proprieta\' comunale.',
       'Convenzione con il Comune di Castiglione Chiavarese per la gestione associata del servizio di Polizia Locale. Approvazione.',
       'Interrogazione del gruppo consiliare "Casarza Bene Comune" sul servizio di trasporto scolastico.']
for i, t in enumerate(odg, 1):
    p = P('%d) %s' % (i, t)); p.paragraph_format.left_indent = Mm(10); p.paragraph_format.first_line_indent = Mm(-10)
    p.paragraph_format.space_after = Pt(6)
P()
P('        Gli atti relativi agli argomenti iscritti all\'ordine del giorno sono depositati presso l\'Ufficio Segreteria e consultabili dai Signori Consiglieri negli orari di apertura al pubblico.')
P()
P('        Distinti saluti.')
P()
P('                                        IL SINDACO')
P('                                   (Giovanni Solari)')
P('                             firmato digitalmente ai sensi')
P('                             del D.Lgs. n. 82/2005 e s.m.i.')
d.core_properties.author = 'segreteria'; d.core_properties.title = 'convocazione consiglio 20 marzo'
d.save(out)
