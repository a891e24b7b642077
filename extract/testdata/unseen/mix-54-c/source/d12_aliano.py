# Comune di Aliano - avviso alla cittadinanza (unnumbered), a one-page .docx in the
# plain manner of an Ability Write letter template, converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin = s.right_margin = Cm(2.5); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = doc.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')
st.paragraph_format.space_after = Pt(6)

def par(t, b=False, al=None, sz=None, it=False, col=None, after=None, before=None):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
    if sz: r.font.size = Pt(sz)
    if col: r.font.color.rgb = RGBColor(*col)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT}.get(al, WD_ALIGN_PARAGRAPH.LEFT)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def bottom_border(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    for k, v in (('val', 'single'), ('sz', '12'), ('space', '4'), ('color', '000000')): e.set(qn('w:' + k), v)
    b.append(e); pPr.append(b)

par('[stemma]', al='c', sz=8, it=True, after=0)
par('COMUNE DI ALIANO', b=True, al='c', sz=20, after=0)
par('Provincia di Matera', al='c', sz=11, after=0)
p = par('Servizi Demografici – Stato Civile – Elettorale', al='c', sz=10, after=14); bottom_border(p)

par('AVVISO', b=True, al='c', sz=30, after=0, before=14)
par('APERTURA STRAORDINARIA DELL’UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D’IDENTITÀ ELETTRONICA', b=True, al='c', sz=14, after=16)
par('Si informa la cittadinanza che, al fine di agevolare il rilascio della Carta d’Identità Elettronica (CIE) in vista della dismissione definitiva della carta d’identità cartacea, l’Ufficio Anagrafe osserverà le seguenti aperture straordinarie:', al='j')
for t in ['sabato 28 marzo 2026, dalle ore 9:00 alle ore 12:30;',
          'sabato 11 aprile 2026, dalle ore 9:00 alle ore 12:30;',
          'martedì 14 aprile 2026, dalle ore 15:00 alle ore 18:00, presso la sede distaccata di Alianello.']:
    q = par('•  ' + t, b=True, after=3); q.paragraph_format.left_indent = Cm(1)
par('Per il rilascio è necessario presentarsi muniti di una fototessera recente, del documento di riconoscimento scaduto o della denuncia di smarrimento, della tessera sanitaria e della ricevuta del versamento di € 22,21 tramite pagoPA. Si raccomanda la prenotazione telefonica al numero 0835 568011 oppure tramite il portale “Agenda CIE” del Ministero dell’Interno.', al='j', before=8)
par('I cittadini impossibilitati a recarsi presso gli uffici per gravi motivi di salute possono richiedere il servizio a domicilio, previo appuntamento.', al='j')
par('Aliano, 16/03/2026', before=18)
par('L’UFFICIALE D’ANAGRAFE', al='r', before=10, after=0)
par('Sig.ra Filomena Carlomagno', al='r', after=0)
par('(firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, D.Lgs. 39/1993)', al='r', sz=8, it=True)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run('Comune di Aliano – Via Roma, 1 – 75010 Aliano (MT) – tel. 0835 568011 – PEC: comune.aliano@cert.ruparbasilicata.it'); r.font.size = Pt(8)
doc.save(sys.argv[1])
