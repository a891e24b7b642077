# Comune di Bergeggi - avviso di convocazione del Consiglio comunale,
# a typewriter-like Word document (Courier New, capitals, E' for È), python-docx -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document(); s = d.sections[0]
s.page_width, s.page_height = Mm(210), Mm(297)
s.left_margin = Mm(25); s.right_margin = Mm(20); s.top_margin = Mm(20); s.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.0
def P(t='', bold=False, u=False, align=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold; r.underline = u
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p
P('C O M U N E   D I   B E R G E G G I', bold=True, align='c')
P('(Provincia di Savona)', align='c')
P('Via Aurelia, 1 - 17028 BERGEGGI (SV) - Tel. 019 257901', align='c')
P('-' * 66, align='c')
P('')
P('Prot. n. 1377                              Bergeggi, li 13/03/2026')
P('')
P('                                 Ai Sigg. CONSIGLIERI COMUNALI')
P('                                 LORO SEDI')
P('')
P('                                 Al Sig. PREFETTO di SAVONA')
P('                                 Al REVISORE DEI CONTI')
P('                                 All\'ALBO PRETORIO ON LINE')
P('')
P('AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE', bold=True, u=True, align='c')
P('')
p = P('Ai sensi dell\'art. 39 del D.Lgs. 18/08/2000 n. 267 e del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. e\' invitata a partecipare alla seduta del Consiglio Comunale, in sessione ORDINARIA, seduta pubblica di PRIMA convocazione, che avra\' luogo nella Sala Consiliare del Palazzo Comunale il giorno')
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P('')
P('GIOVEDI\' 19 MARZO 2026 ALLE ORE 18,30', bold=True, align='c')
P('')
p = P('con prosecuzione, in caso di mancanza del numero legale, in SECONDA convocazione il giorno VENERDI\' 20 MARZO 2026 alla stessa ora, per la trattazione del seguente'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P('')
P('O R D I N E   D E L   G I O R N O', bold=True, align='c')
P('')
odg = ['LETTURA ED APPROVAZIONE DEI VERBALI DELLA SEDUTA PRECEDENTE.',
       'COMUNICAZIONI DEL SINDACO.',
       'APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO RIFIUTI E DELLE TARIFFE TARI PER L\'ANNO 2026.',
       'APPROVAZIONE DEL REGOLAMENTO PER L\'UTILIZZO DEGLI SPAZI DEMANIALI MARITTIMI IN CONCESSIONE AL COMUNE.',
       'VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 - RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 21 DEL 26/02/2026.',
       'INTERPELLANZA DEL GRUPPO CONSILIARE "BERGEGGI BENE COMUNE" SULLA MESSA IN SICUREZZA DELLA VIA AURELIA.']
for i, t in enumerate(odg, 1):
    p = P('%d. %s' % (i, t)); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.paragraph_format.space_after = Pt(4)
P('')
p = P('Gli atti relativi agli argomenti iscritti all\'ordine del giorno sono depositati presso l\'Ufficio Segreteria e sono consultabili dai Sigg. Consiglieri durante l\'orario di ufficio a partire dalle 48 ore precedenti la seduta.'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P('')
P('                              IL PRESIDENTE DEL CONSIGLIO')
P('                                   (Roberto Arnaldi)')
P('')
P('_' * 40)
P('NOTIFICATO IL ____/____/2026   IL MESSO ______________________')
d.core_properties.author = 'segreteria'; d.core_properties.title = 'CONVOCAZIONE CC 19-03-2026'
d.save(out)
