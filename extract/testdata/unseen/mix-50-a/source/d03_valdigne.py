# Unité des Communes valdôtaines Valdigne-Mont-Blanc - Giunta deliberation, French/Italian headings,
# Word template (python-docx), converted to PDF by LibreOffice (see build.sh)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height = Mm(297); sec.page_width = Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
def P(text='', bold=False, italic=False, size=None, align=None, after=None, color=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
    return p
def runs(p, parts):
    for t, b, i in parts:
        r = p.add_run(t); r.bold = b; r.italic = i
# header of the section
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('Unité des Communes valdôtaines Valdigne-Mont-Blanc'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F,0x3A,0x68)
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Unione dei Comuni valdostani Valdigne-Mont-Blanc'); r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x1F,0x3A,0x68)
hp3 = hdr.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('Arvier – Avise – Courmayeur – La Salle – La Thuile – Morgex – Pré-Saint-Didier'); r.font.size = Pt(8)
ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run('Place de l\'Archet / Piazza dell\'Archet, 5 – 11017 Morgex (AO) – tél. 0165 809000 – protocollo@pec.cm-valdigne.vda.it'); r.font.size = Pt(7.5)

P('COPIA / COPIE', size=9, align='r')
P('DÉLIBÉRATION DU COMITÉ EXÉCUTIF', bold=True, size=13, align='c', after=0)
P('DELIBERAZIONE DELLA GIUNTA DELL\'UNITÉ', bold=True, size=13, align='c', after=6)
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run('N. 18').bold = True
runs(c1.paragraphs[0], [('du / del ', False, False), ('19/03/2026', True, False)])
P('', after=2)
p = P(align='j'); runs(p, [('Objet : ', True, False), ('Approbation de la convention avec la Commune de La Thuile pour la gestion associée du service de transport scolaire – année scolaire 2026/2027.', False, True)])
p = P(align='j', after=8); runs(p, [('Oggetto: ', True, False), ('Approvazione della convenzione con il Comune di La Thuile per la gestione associata del servizio di trasporto scolastico – anno scolastico 2026/2027.', True, False)])
P('L\'an deux mille vingt-six, le dix-neuf mars, à 17 h 30, dans la salle de réunion du siège de l\'Unité, à Morgex, s\'est réuni le Comité exécutif.', italic=True, align='j', size=10)
P('L\'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 17:30, nella sala riunioni della sede dell\'Unité, in Morgex, si è riunita la Giunta dell\'Unité.', align='j')
P('Sont présents / Sono presenti i Signori: BORBEY Fabrizio, Presidente; GERBELLE Nadia, Vicepresidente; PERRIER Luca, componente; CHENAL Manuela, componente; CUAZ Roberto, componente. È assente giustificato il Signor BERTOLIN Ivo, componente.', align='j')
P('Assiste alla seduta il Segretario dell\'Unité, Dott.ssa Chantal JORDANEY, che redige il presente verbale.', align='j')
P('Il Presidente, BORBEY Fabrizio, riconosciuta legale l\'adunanza, dichiara aperta la seduta e pone in discussione l\'oggetto sopra indicato.', align='j', after=8)
P('LE COMITÉ EXÉCUTIF – LA GIUNTA DELL\'UNITÉ', bold=True, align='c')
for s in ['Richiamata la legge regionale 5 agosto 2014, n. 6, recante «Nuova disciplina dell\'esercizio associato di funzioni e servizi comunali»;',
          'Richiamato lo Statuto dell\'Unité, approvato con deliberazione del Consiglio dei Sindaci n. 3 del 12 febbraio 2015 e successive modificazioni;',
          'Considerato che il Comune di La Thuile ha chiesto, con nota prot. n. 1874 del 2 marzo 2026, di affidare all\'Unité la gestione del servizio di trasporto degli alunni della scuola dell\'infanzia e primaria per l\'anno scolastico 2026/2027;',
          'Visto lo schema di convenzione allegato alla presente deliberazione, che ne forma parte integrante;',
          'Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dai responsabili dei servizi ai sensi dell\'articolo 49-bis della l.r. 7 dicembre 1998, n. 54;',
          'Ad unanimità di voti favorevoli, espressi in forma palese;']:
    P(s, align='j')
P('DÉLIBÈRE / DELIBERA', bold=True, align='c', after=6)
for i, s in enumerate(['di approvare lo schema di convenzione con il Comune di La Thuile per la gestione associata del servizio di trasporto scolastico per l\'anno scolastico 2026/2027, allegato alla presente deliberazione;',
          'di autorizzare il Presidente alla sottoscrizione della convenzione;',
          'di dare atto che la spesa presunta di euro 64.800,00 è interamente rimborsata dal Comune di La Thuile e trova copertura sul capitolo 4520 del bilancio di previsione 2026/2028;',
          'di dare atto che la presente deliberazione diviene esecutiva dal primo giorno della sua pubblicazione all\'albo pretorio online, ai sensi dell\'articolo 52-ter della l.r. 54/1998.'], 1):
    P('%d)  %s' % (i, s), align='j')
P('', after=10)
t = d.add_table(rows=3, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, (a, b) in enumerate([('Le Président / Il Presidente', 'Le Secrétaire / Il Segretario'), ('F.to BORBEY Fabrizio', 'F.to Dott.ssa Chantal JORDANEY'), ('signé numériquement / firmato digitalmente', 'signé numériquement / firmato digitalmente')]):
    for k, v in enumerate((a, b)):
        p = t.rows[j].cells[k].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(v); r.bold = (j == 1); r.font.size = Pt(9 if j == 2 else 11)
d.core_properties.title = 'Deliberazione Giunta Unité n. 18/2026'
d.core_properties.author = 'Segreteria Unité Valdigne-Mont-Blanc'
d.save(out)
