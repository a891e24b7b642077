# Ordinanza sindacale - Citta' di Barcellona Pozzo di Gotto
# Typewriter-like Word document (Courier New, capitals, "CITTA'"-style accents,
# underlined headings, hand-made spacing), python-docx -> LibreOffice headless.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
st = doc.styles['Normal']
st.font.name = 'Courier New'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def P(text='', bold=False, under=False, align=None, after=0, before=0, indent=None, hang=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.underline = under
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY,
                   'r': WD_ALIGN_PARAGRAPH.RIGHT, None: WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if hang is not None: p.paragraph_format.first_line_indent = Cm(-hang)
    return p

P("CITTA' DI BARCELLONA POZZO DI GOTTO", bold=True, align='c')
P("(CITTA' METROPOLITANA DI MESSINA)", align='c')
P('- - - - - - - - - - - - - - - - - - - -', align='c', after=6)
P('', after=14)

P('ORDINANZA SINDACALE N. 31  DEL 22/04/2026', bold=True, under=True, align='c', after=12)
p = P(align='j', after=12, indent=2.6, hang=2.6)
r = p.add_run('OGGETTO:\t'); r.bold = True
p.add_run('Divieto temporaneo di balneazione nel tratto di litorale antistante la foce del torrente Longano '
          '(localita\' Spinesante) per esito sfavorevole delle analisi.')

P('I L   S I N D A C O', bold=True, align='c', after=10)
for lbl, t in [
    ('PREMESSO', "che con nota prot. n. 18724 del 21/04/2026 l'A.R.P.A. Sicilia - Struttura Territoriale di Messina "
                 "ha comunicato l'esito sfavorevole delle analisi effettuate sul campione di acqua di mare prelevato "
                 "in data 17/04/2026 nel punto di campionamento denominato \"Foce Longano - 100 m Est\", con valori "
                 "di Enterococchi intestinali ed Escherichia coli superiori ai limiti di cui al D.Lgs. 30/05/2008 n. 116;"),
    ('CONSIDERATO', "che e' necessario tutelare la salute pubblica vietando temporaneamente la balneazione nel tratto "
                    "di mare interessato, fino all'esito favorevole delle successive analisi;"),
    ('VISTI', "il D.Lgs. 30/05/2008 n. 116, il D.M. 30/03/2010 e ss.mm.ii., nonche' l'art. 50, comma 5, del D.Lgs. "
              "18/08/2000 n. 267 e l'O.R.EE.LL. vigente nella Regione Siciliana;"),
]:
    p = P(align='j', after=8)
    r = p.add_run(lbl); r.bold = True; r.underline = True
    p.add_run(' ' + t)

P('O R D I N A', bold=True, align='c', after=10, before=4)
pts = [
    "il divieto temporaneo di balneazione, con decorrenza immediata, nel tratto di litorale compreso tra la foce del "
    "torrente Longano e il pennello frangiflutti posto 200 metri a Est della stessa, in localita' Spinesante;",
    "al IV Settore di provvedere all'apposizione, lungo il tratto interessato, di idonea segnaletica recante la "
    "dicitura \"DIVIETO DI BALNEAZIONE - ORDINANZA SINDACALE N. 31/2026\";",
    "al Comando di Polizia Municipale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza;",
    "che il divieto sara' revocato con successivo provvedimento a seguito di esito favorevole delle analisi "
    "suppletive disposte dall'A.R.P.A. Sicilia.",
]
for i, t in enumerate(pts, 1):
    P(f'{i})  ' + t, align='j', after=6, indent=1.0, hang=1.0)

P('A V V E R T E', bold=True, align='c', after=8, before=6)
P("che avverso la presente ordinanza e' ammesso ricorso al T.A.R. Sicilia - Sezione di Catania entro 60 giorni "
  "dalla pubblicazione, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni.",
  align='j', after=8)
P("La presente ordinanza e' pubblicata all'Albo Pretorio on line e trasmessa alla Capitaneria di Porto di Milazzo, "
  "all'A.S.P. di Messina - Dipartimento di Prevenzione e all'A.R.P.A. Sicilia.", align='j', after=18)
P("Responsabile del procedimento: geom. Carmelo Torre - IV Settore Ambiente e Protezione Civile.", after=12, before=6)
P('Dalla Residenza Municipale, li 22/04/2026')
P('', after=10)
P('IL SINDACO', bold=True, indent=9.5)
P('(Dott. Antonino Scolaro)', indent=8.9)
P('', after=16)
P('_' * 40, after=2)
P('Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. n. 39/1993', after=0)
for r in doc.paragraphs[-1].runs:
    r.font.size = Pt(8)
doc.save(out)
