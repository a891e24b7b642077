# Comune di Majano - convocazione del Consiglio comunale, typewriter-like Word letter (Courier New) -> LibreOffice PDF
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2.0)
st = doc.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.15
def P(t='', b=False, u=False, al=None, ind=None, size=None, after=0):
    p = doc.add_paragraph()
    if t:
        r = p.add_run(t); r.bold = b; r.underline = u
        if size: r.font.size = Pt(size)
    if al is not None: p.alignment = al
    if ind is not None: p.paragraph_format.left_indent = Cm(ind)
    p.paragraph_format.space_after = Pt(after)
    return p
P('COMUNE DI MAJANO', b=True, size=14)
P('Regione Autonoma Friuli Venezia Giulia')
P('Piazza Italia, 38 - 33030 MAJANO (UD)')
P('Tel. 0432 948455 - PEC comune.majano@certgov.fvg.it')
P('_' * 64)
P()
P('Prot. n. 3412/2026                      Majano, 18 marzo 2026')
P()
for t in ['Ai Signori Consiglieri comunali', 'LORO SEDI', '', 'e, p.c.:  Al Revisore dei conti', '          Al Segretario comunale', '          Alla Stazione CC di Majano']:
    P(t, ind=7.3)
P()
p = P(); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Convocazione del Consiglio comunale in seduta ordinaria.'); r.bold = True; r.underline = True
P()
P('     Ai sensi dell\'art. 39 del D.Lgs. 18.08.2000, n. 267, e degli artt. 9 e 10 del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. e\' invitata a partecipare alla seduta del Consiglio comunale, in sessione ordinaria ed in prima convocazione, che si terra\' nella Sala consiliare del Municipio il giorno', al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P()
P('GIOVEDI\' 26 MARZO 2026 - ALLE ORE 20.00', b=True, al=WD_ALIGN_PARAGRAPH.CENTER)
P()
P('per la trattazione del seguente')
P()
P('O R D I N E   D E L   G I O R N O', b=True, u=True, al=WD_ALIGN_PARAGRAPH.CENTER)
P()
odg = ['Comunicazioni del Sindaco.',
       'Approvazione dei verbali della seduta del 29.12.2025.',
       'Rendiconto della gestione per l\'esercizio finanziario 2025. Approvazione.',
       'Variazione n. 1 al bilancio di previsione 2026-2028. Approvazione.',
       'Regolamento comunale per la disciplina del canone unico patrimoniale. Modifiche agli articoli 12 e 31.',
       'Convenzione con il Comune di Forgaria nel Friuli per la gestione associata del servizio di polizia locale. Approvazione.',
       'Interrogazione del gruppo consiliare "Majano Insieme" sulla viabilita\' di via Ciconicco.']
for i, t in enumerate(odg, 1):
    p = P('%d.  %s' % (i, t), al=WD_ALIGN_PARAGRAPH.JUSTIFY, ind=1.0, after=4)
    p.paragraph_format.first_line_indent = Cm(-0.9)
P()
P('     In mancanza del numero legale la seduta di seconda convocazione si terra\' il giorno venerdi\' 27 marzo 2026, alla stessa ora e nello stesso luogo.', al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P()
P('     Gli atti relativi agli argomenti iscritti all\'ordine del giorno sono depositati presso l\'Ufficio Segreteria e consultabili nell\'orario di apertura al pubblico.', al=WD_ALIGN_PARAGRAPH.JUSTIFY)
P()
P('     Distinti saluti.')
P(); P()
P('IL SINDACO', ind=9.5)
P('(Giorgio Bertolissi)', ind=9.0)
P()
P('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', size=8)
doc.save(sys.argv[1])
