#!/usr/bin/env python3
# Typewriter-like Word document (Courier New 11, spaces for alignment, dashes for rules),
# written with python-docx and converted to PDF by LibreOffice (Courier New -> Liberation Mono).
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2.0)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
rpr = st.element.get_or_add_rPr(); rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], 'Courier New')

def P(text='', bold=False, align=None, under=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.underline = under
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p
# footer typed as in the template
fp = sec.footer.paragraphs[0]; fp.text = 'Det. n. 187/2026 - Area Tecnica                                    pag. '
fp.runs[0].font.size = Pt(8)
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
r = fp.add_run(); r.font.size = Pt(8)
for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    if t:
        e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); r._r.append(e)
    else:
        e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r._r.append(e)

P('COMUNE DI BADIA POLESINE', True, 'c')
P('Provincia di Rovigo', False, 'c')
P('Piazza Vittorio Emanuele II, 279 - 45021 Badia Polesine', False, 'c')
P('-' * 66, False, 'c')
P('AREA TECNICA', True, 'c')
P('SERVIZIO LAVORI PUBBLICI E MANUTENZIONI', False, 'c')
P('-' * 66, False, 'c')
P()
P('D E T E R M I N A Z I O N E', True, 'c')
P()
P('Registro Generale n. 187      del 11/03/2026')
P('Registro di Settore n. 54     del 11/03/2026')
P()
P('OGGETTO: Affidamento diretto ai sensi dell\'art. 50, comma 1, lett.', True)
P('         b), del D.Lgs. 36/2023 del servizio di manutenzione', True)
P('         ordinaria del verde pubblico - periodo aprile/ottobre', True)
P('         2026. Impegno di spesa. CIG B7A2C41D09.', True)
P('-' * 66)
P()
P('              IL RESPONSABILE DELL\'AREA TECNICA')
P()
body = [
 "PREMESSO che con decreto del Sindaco n. 3 del 08/01/2026 il sottoscritto e' stato nominato Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
 "RICHIAMATE la deliberazione di Consiglio Comunale n. 58 del 19/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione di Giunta Comunale n. 2 del 09/01/2026, di assegnazione del P.E.G.;",
 "CONSIDERATO che il contratto per la manutenzione del verde pubblico e' scaduto il 31/12/2025 e che occorre garantire lo sfalcio dei parchi, delle aiuole e delle banchine stradali nel periodo vegetativo;",
 "DATO ATTO che e' stata svolta sulla piattaforma telematica di e-procurement una richiesta di preventivo alla ditta \"Verde Adige Soc. Coop. Agricola\" di Lendinara, P.IVA 01582290297, che ha offerto l'importo di euro 28.450,00 oltre IVA 22%, ritenuto congruo;",
 "VERIFICATA la regolarita' contributiva della ditta (DURC prot. INAIL_52219874, valido fino al 14/06/2026);",
 "VISTO il D.Lgs. 31 marzo 2023, n. 36;",
]
for t in body:
    P(t, align='j'); P()
P('                         D E T E R M I N A', True)
P()
pts = [
 "di affidare alla ditta \"Verde Adige Soc. Coop. Agricola\" di Lendinara il servizio di manutenzione ordinaria del verde pubblico per il periodo aprile/ottobre 2026, per l'importo di euro 28.450,00 oltre IVA 22%, per complessivi euro 34.709,00;",
 "di impegnare la spesa di euro 34.709,00 alla Missione 09 Programma 02 capitolo 3150 \"Manutenzione aree verdi\" del bilancio 2026;",
 "di dare atto che il CIG e' B7A2C41D09 e che il Responsabile Unico del Progetto e' il sottoscritto;",
 "di disporre la pubblicazione del presente atto all'Albo pretorio on line per 15 giorni consecutivi e nella sezione Amministrazione Trasparente.",
]
for i, t in enumerate(pts, 1):
    p = P('%d) %s' % (i, t), align='j')
    p.paragraph_format.left_indent = Cm(0.9); p.paragraph_format.first_line_indent = Cm(-0.9)
    P()
P()
P('Badia Polesine, 11/03/2026')
P()
P('                         IL RESPONSABILE DELL\'AREA TECNICA')
P('                              geom. Luca Bellinello')
P('                      (firmato digitalmente ai sensi del')
P('                           D.Lgs. 82/2005 e s.m.i.)')
P()
P('-' * 66)
P('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', True)
P('(art. 183, comma 7, D.Lgs. 267/2000)')
P()
P('Impegno n. 412/2026       Cap. 3150       Importo euro 34.709,00')
P()
P('Badia Polesine, 12/03/2026      IL RESPONSABILE DELL\'AREA FINANZIARIA')
P('                                       dott.ssa Monica Zanforlin')
P('-' * 66)
d.save('/tmp/04_badiapolesine.docx')
