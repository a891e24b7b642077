# Convocation of the Consiglio of the Unione dei Comuni delle Valli Joniche dei
# Peloritani, a mail-merge letter ("stampa unione") to the councillors written as
# .docx and converted to PDF by LibreOffice (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

doc = Document()
s = doc.sections[0]
s.page_width, s.page_height = Cm(21.0), Cm(29.7)
s.left_margin = Cm(2.5); s.right_margin = Cm(2.2); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.5)
st = doc.styles['Normal']; st.font.name = 'Caladea'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Caladea')
st.paragraph_format.space_after = Pt(3)


def para(t='', b=False, size=None, al=None, it=False, ind=None, after=None):
    p = doc.add_paragraph()
    if t:
        r = p.add_run(t); r.bold = b; r.italic = it
        if size: r.font.size = Pt(size)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
                   'j': WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}[al]
    if ind is not None: p.paragraph_format.left_indent = Cm(ind)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


para('UNIONE DEI COMUNI DELLE VALLI JONICHE DEI PELORITANI', b=True, size=13.5, al='c', after=0)
para('Alì – Alì Terme – Fiumedinisi – Itala – Nizza di Sicilia – Roccalumera – Scaletta Zanclea',
     size=8.5, al='c', after=0)
para('Sede: Via Regina Margherita, 12 – 98026 Nizza di Sicilia (ME) – PEC: unionevallijoniche@pec.it',
     size=8.5, al='c', after=2)
p = para('_' * 78, size=8, al='c', after=8)

para('Prot. n. 214                                                                     '
     'Nizza di Sicilia, 12/02/2026', size=10)
para()
for ln in ['Ai Sigg. Consiglieri dell’Unione', 'Al Presidente dell’Unione',
           'Al Segretario dell’Unione', 'Ai Revisori dei Conti', 'Al Prefetto di Messina',
           'LORO SEDI']:
    para(ln, size=10, ind=9.5, after=0)
para()
para('CONVOCAZIONE DEL CONSIGLIO DELL’UNIONE – SESSIONE ORDINARIA', b=True, size=11.5, al='c')
para()
para('Il Presidente del Consiglio dell’Unione, ai sensi dell’art. 14 dello Statuto e dell’art. 8 '
     'del Regolamento per il funzionamento del Consiglio,', al='j')
para('CONVOCA', b=True, al='c')
para('il Consiglio dell’Unione in sessione ordinaria, in seduta pubblica, per il giorno '
     'giovedì 19 febbraio 2026 alle ore 17:30, presso la sala consiliare del Comune di Nizza di '
     'Sicilia, con eventuale prosecuzione in seconda convocazione il giorno venerdì 20 febbraio '
     '2026 alla stessa ora, per la trattazione del seguente', al='j')
para('ORDINE DEL GIORNO', b=True, al='c')
odg = [
    'Lettura e approvazione dei verbali della seduta precedente;',
    'Approvazione del Documento Unico di Programmazione (DUP) 2026/2028;',
    'Approvazione del bilancio di previsione finanziario 2026/2028 e relativi allegati;',
    'Convenzione per la gestione associata del servizio di Polizia Locale tra i Comuni '
    'aderenti – Approvazione schema;',
    'Comunicazioni del Presidente.',
]
for i, t in enumerate(odg, 1):
    para(f'{i}.  {t}', al='j', ind=0.6)
para()
para('Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso la '
     'Segreteria dell’Unione e consultabili dai Consiglieri nelle ore d’ufficio.', al='j')
para()
para('IL PRESIDENTE DEL CONSIGLIO DELL’UNIONE', al='r', b=True, size=10)
para('Dott. Salvatore Trimarchi', al='r', size=10)
para('(firma autografa omessa ai sensi dell’art. 3 del D.Lgs. 39/1993)', al='r', it=True, size=7.5)
doc.save(sys.argv[1])
