# Comune di Valledoria - ordinanza sindacale written as a .docx (Polaris Office style template),
# converted to PDF by LibreOffice (soffice --convert-to pdf)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(4)

def para(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if align: p.alignment = align
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
J = WD_ALIGN_PARAGRAPH.JUSTIFY; C = WD_ALIGN_PARAGRAPH.CENTER

# footer with page field
fp = sec.footer.paragraphs[0]; fp.alignment = C
r = fp.add_run('Comune di Valledoria – Corso Europa, 77 – 07039 Valledoria (SS) – protocollo@pec.comune.valledoria.ss.it    Pag. ')
r.font.size = Pt(8)
def field(par, instr):
    r = par.add_run(); r.font.size = Pt(8)
    for t, v in (('begin', None), ('instr', instr), ('separate', None), ('text', '1'), ('end', None)):
        if t == 'instr':
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = v; r._r.append(e)
        elif t == 'text':
            e = OxmlElement('w:t'); e.text = v; r._r.append(e)
        else:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); r._r.append(e)
field(fp, 'PAGE')

hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hr = hp.add_run('Prot. n. 2684 del 10/03/2026 – Cat. 6 Cl. 9'); hr.font.size = Pt(8); hr.italic = True

para('[stemma comunale]', size=7, align=C, after=0)
para('COMUNE DI VALLEDORIA', bold=True, size=18, align=C, after=0)
para('Provincia di Sassari', size=10, align=C, after=0)
para('Area Tecnica – Servizio Urbanistica, Edilizia privata e Protezione civile', size=9, align=C, italic=True, after=10)

t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0); c.paragraphs[0].alignment = C
rr = c.paragraphs[0].add_run('ORDINANZA SINDACALE N. 7 DEL 10/03/2026'); rr.bold = True; rr.font.size = Pt(13)
para('', after=2)
p = d.add_paragraph(); p.alignment = J
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Ordinanza contingibile e urgente ai sensi dell’art. 54, comma 4, del D.Lgs. 267/2000 per la messa in sicurezza del fabbricato pericolante sito in via Giovanni XXIII n. 18 – Foglio 9, mappale 412.'); r.bold = True

para('IL SINDACO', bold=True, size=12, align=C, after=6)
for lab, txt in [
 ('PREMESSO ', 'che in data 07/03/2026 il Comando della Polizia Locale e i Vigili del Fuoco del distaccamento di Valledoria sono intervenuti in via Giovanni XXIII, a seguito di segnalazione di distacco di intonaco e di porzioni del cornicione dal fabbricato distinto in catasto al Foglio 9, mappale 412;'),
 ('VISTO ', 'il verbale di sopralluogo dei Vigili del Fuoco n. 418 del 07/03/2026 e la relazione dell’Ufficio Tecnico comunale prot. n. 2611 del 09/03/2026, dai quali risulta lo stato di grave degrado della copertura e della facciata prospiciente la pubblica via, con pericolo per la pubblica incolumità;'),
 ('ACCERTATO ', 'che il fabbricato risulta di proprietà dei sigg. Mario Pala e Caterina Pala, residenti fuori dal territorio comunale, come da visura catastale in atti;'),
 ('RITENUTO ', 'che sussistano i presupposti di contingibilità e urgenza per adottare provvedimenti a tutela della pubblica incolumità, non potendo attendere i tempi ordinari del procedimento;'),
 ('VISTI ', 'l’art. 54, comma 4, del D.Lgs. 267/2000, l’art. 677 del Codice Penale e lo Statuto comunale;')]:
    p = d.add_paragraph(); p.alignment = J
    r = p.add_run(lab); r.bold = True
    p.add_run(txt)
para('O R D I N A', bold=True, size=12, align=C, after=6)
p = d.add_paragraph(); p.alignment = J
p.add_run('ai sigg. Mario Pala e Caterina Pala, in qualità di proprietari del fabbricato sopra indicato:')
for lt, txt in [('a)', 'di provvedere, entro 48 ore dalla notifica della presente, alla rimozione delle parti pericolanti della facciata e del cornicione e alla messa in sicurezza della copertura, a mezzo di impresa abilitata;'),
                ('b)', 'di transennare, con effetto immediato, il tratto di marciapiede antistante il fabbricato per una lunghezza di almeno 12 metri;'),
                ('c)', 'di trasmettere all’Ufficio Tecnico comunale, a lavori ultimati, la dichiarazione di un tecnico abilitato attestante l’avvenuta eliminazione del pericolo.')]:
    p = d.add_paragraph(); p.alignment = J
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run(lt + '\t' + txt)
para('AVVERTE', bold=True, align=C, after=4)
para('che, in caso di inottemperanza, si procederà all’esecuzione d’ufficio con addebito delle spese ai proprietari, fatta salva la denuncia all’Autorità giudiziaria ai sensi dell’art. 650 del Codice Penale. Avverso la presente ordinanza è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', align=J)
para('DISPONE', bold=True, align=C, after=4)
para('che la presente ordinanza sia notificata agli interessati, pubblicata all’Albo pretorio on line e trasmessa al Comando della Polizia Locale, al Comando Stazione Carabinieri di Valledoria e alla Prefettura di Sassari.', align=J)
para('Valledoria, 10/03/2026', after=10)
para('IL SINDACO', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para('Giovanni Pietro Tedde', align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', size=8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = 'ufficiotecnico'; d.core_properties.title = 'Ordinanza n. 7/2026'
d.save(sys.argv[1])
