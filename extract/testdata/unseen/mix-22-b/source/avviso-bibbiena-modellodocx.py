# Comune di Bibbiena - unnumbered notice, the office's own .docx template,
# converted to PDF by LibreOffice (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.5)
st = doc.styles['Normal']
st.font.name = 'Caladea'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Caladea')
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(5)

def p(text='', bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, color=None, after=None):
    par = doc.add_paragraph(); par.alignment = align
    if text:
        r = par.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if after is not None: par.paragraph_format.space_after = Pt(after)
    return par

hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = hp.add_run('[stemma]   '); r.italic = True; r.font.size = Pt(7)
r = hp.add_run('COMUNE DI BIBBIENA'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x1f)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = h2.add_run('Provincia di Arezzo\nAREA SERVIZI ALLA PERSONA\nUfficio Scuola e Servizi Educativi'); r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Via Berni, 25 – 52011 Bibbiena (AR) – Ufficio Scuola: tel. 0575 000000'); r.font.size = Pt(7.5)

p('Bibbiena, 22 aprile 2026', align=WD_ALIGN_PARAGRAPH.RIGHT, size=10.5)
p(after=10)
p('AVVISO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=26, color='7A1F1F', after=4)
p('APERTURA ISCRIZIONI AI CENTRI ESTIVI COMUNALI 2026', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=14)
p('Si informano le famiglie che dal 27 aprile al 22 maggio 2026 sono aperte le iscrizioni ai Centri Estivi comunali per bambini '
  'e ragazzi residenti nel Comune di Bibbiena o frequentanti le scuole del territorio comunale.')
p('Periodi e sedi', bold=True, after=2)
for t in ['Centro estivo "Piccoli Esploratori" (scuola dell\'infanzia, 3-6 anni): dal 29 giugno al 31 luglio 2026, presso la Scuola dell\'infanzia di Soci;',
          'Centro estivo "Casentino in gioco" (scuola primaria, 6-11 anni): dal 15 giugno al 7 agosto 2026, presso la Scuola primaria "Dovizi";',
          'Campus sportivo (scuola secondaria di primo grado, 11-14 anni): dal 15 giugno al 24 luglio 2026, presso il Palazzetto dello Sport.']:
    par = doc.add_paragraph(t, style='List Bullet'); par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p('Orario: dal lunedì al venerdì, dalle 8:00 alle 13:00, con possibilità di prolungamento fino alle 16:30 con pranzo. '
  'Le quote di frequenza settimanali sono differenziate in base all\'ISEE del nucleo familiare, secondo le tariffe approvate '
  'dalla Giunta Comunale.')
p('Come iscriversi', bold=True, after=2)
p('La domanda si presenta esclusivamente on line, tramite il portale dei servizi scolastici raggiungibile dal sito istituzionale '
  'del Comune, accedendo con SPID o CIE. Per informazioni e assistenza alla compilazione è possibile rivolgersi all\'Ufficio Scuola '
  'nei giorni di martedì e giovedì dalle 9:00 alle 12:30.')
p('I posti disponibili sono limitati; in caso di domande superiori ai posti sarà redatta una graduatoria secondo i criteri '
  'indicati nel modulo di iscrizione.')
p(after=14)
par = p('LA RESPONSABILE DELL\'AREA SERVIZI ALLA PERSONA', align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5, after=0)
par.paragraph_format.left_indent = Cm(8)
par = p('Dott.ssa Cristina Bonini', align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5, after=0)
par.paragraph_format.left_indent = Cm(8)
par = p('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993)', align=WD_ALIGN_PARAGRAPH.CENTER, size=8, italic=True)
par.paragraph_format.left_indent = Cm(8)
doc.save(sys.argv[1])
