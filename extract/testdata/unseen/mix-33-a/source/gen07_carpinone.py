# Comune di Carpinone - ordinanza sindacale n. 5/2026: a typewriter-like Word document
# (Courier New 11, alignment by spaces, underscores as rules), python-docx -> LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin, s.right_margin = Cm(2.5), Cm(2.0)
s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
st = d.styles['Normal']
st.font.name = 'Courier New'
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def P(text='', bold=False, under=False, align=None, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.underline = under
    if size:
        r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


P('COMUNE DI CARPINONE', bold=True, align='c', size=14)
P('(Provincia di Isernia)', align='c')
P('Piazza Municipio, 1 - 86093 Carpinone (IS) - Tel. 0865 93131', align='c', size=9)
P('_' * 72, size=9)
P()
P('Prot. n. 1187                                  Carpinone, 13/03/2026')
P()
P('ORDINANZA SINDACALE N. 5 DEL 13/03/2026', bold=True, align='c')
P()
P('OGGETTO: Chiusura temporanea al transito veicolare e pedonale di Via '
  'Castello, nel tratto compreso tra Piazza Municipio e Largo San Rocco, per '
  'pericolo di caduta di materiale dal fabbricato distinto in catasto al '
  'foglio 18, particella 342.', bold=True, align='j')
P()
P('I L   S I N D A C O', bold=True, align='c')
P()
for lab, txt in [
    ('PREMESSO', 'che in data 12/03/2026, a seguito di segnalazione pervenuta al '
     'Comando Polizia Locale, l\'Ufficio Tecnico Comunale ha effettuato un '
     'sopralluogo in Via Castello, accertando il distacco di porzioni di '
     'intonaco e di elementi del cornicione del fabbricato sito al civico 14;'),
    ('VISTO', 'il verbale di intervento del Comando Provinciale dei Vigili del '
     'Fuoco di Isernia n. 1043 del 12/03/2026, con il quale si segnala il '
     'pericolo per la pubblica incolumita\' e si richiede l\'interdizione '
     'dell\'area sottostante;'),
    ('CONSIDERATO', 'che il proprietario del fabbricato, sig. Di Lallo Nicola, '
     'non ha ancora provveduto alla messa in sicurezza e che occorre '
     'intervenire con urgenza a tutela della pubblica incolumita\';'),
    ('VISTI', 'l\'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267; gli '
     'artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada); '
     'lo Statuto comunale;'),
]:
    P(lab + ' ' + txt, align='j')
    P()
P('O R D I N A', bold=True, align='c')
P()
for i, txt in enumerate([
    'la chiusura al transito veicolare e pedonale di Via Castello, nel tratto '
    'compreso tra Piazza Municipio e Largo San Rocco, con decorrenza dalle ore '
    '14:00 del 13/03/2026 e fino al completamento dei lavori di messa in '
    'sicurezza;',
    'al sig. Di Lallo Nicola, nato a Isernia il 04/09/1961, in qualita\' di '
    'proprietario del fabbricato, di provvedere entro 10 (dieci) giorni dalla '
    'notifica della presente alla rimozione delle parti pericolanti e alla '
    'messa in sicurezza del cornicione, dandone comunicazione all\'Ufficio '
    'Tecnico Comunale;',
    'all\'Ufficio Tecnico Comunale di provvedere all\'installazione della '
    'prescritta segnaletica e delle transenne di delimitazione dell\'area.',
], 1):
    p = P('%d) %s' % (i, txt), align='j')
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    P()
P('D I S P O N E', bold=True, align='c')
P()
P('che la presente ordinanza sia notificata all\'interessato, pubblicata '
  'all\'Albo Pretorio on line e trasmessa alla Prefettura - U.T.G. di '
  'Isernia, alla Stazione Carabinieri di Carpinone e al Comando Polizia '
  'Locale, incaricati della vigilanza sulla sua osservanza.', align='j')
P()
P('A V V E R T E', bold=True, align='c')
P()
P('che contro il presente provvedimento e\' ammesso ricorso al T.A.R. Molise '
  'entro 60 giorni dalla notifica, ovvero ricorso straordinario al '
  'Presidente della Repubblica entro 120 giorni.', align='j')
P()
P()
P('                                               IL SINDACO')
P('                                        (Geom. Antonio Iannacone)')
P('                                        ________________________')
P()
P()
P('_' * 72, size=9)
P('RELATA DI PUBBLICAZIONE: pubblicata all\'Albo Pretorio on line dal '
  '13/03/2026 al 28/03/2026 al n. 96 del registro.', size=9)
d.save(out)
