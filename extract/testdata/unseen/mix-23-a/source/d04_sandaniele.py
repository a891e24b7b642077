# Comune di San Daniele del Friuli - determinazione 112/2026 - typewriter-like Word document
# (Courier New 11, alignment by spaces, accents typed as apostrophes) python-docx -> LibreOffice -> PDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml.ns import qn
import subprocess, shutil

doc = Document()
st = doc.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0); st.paragraph_format.line_spacing = 1.0
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2)
hp = sec.header.paragraphs[0]; hp.text = 'Comune di San Daniele del Friuli - Determinazione n. 112 del 05/03/2026'
hp.alignment = AL.RIGHT
for r in hp.runs: r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.text = 'Insiel - Atti Amministrativi - Mod. DET01'
for r in fp.runs: r.font.size = Pt(7)

def L(text='', bold=False, under=False, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.underline = under
    if align is not None: p.alignment = align
    return p
def J(text, bold_lead=None):
    p = doc.add_paragraph(); p.alignment = AL.JUSTIFY
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
    p.add_run(text)
    doc.add_paragraph()
    return p

L('COMUNE DI SAN DANIELE DEL FRIULI', bold=True, align=AL.CENTER)
L('Regione Autonoma Friuli Venezia Giulia', align=AL.CENTER)
L('Via Giuseppe Garibaldi, 21 - 33038 San Daniele del Friuli (UD)', align=AL.CENTER)
L('-' * 62, align=AL.CENTER)
L()
L('AREA TECNICA E TECNICO-MANUTENTIVA', bold=True)
L('Servizio Lavori Pubblici')
L()
L('DETERMINAZIONE N. 112          DEL 05/03/2026', bold=True)
L('N. det. di Area: 38             Proposta n. 131 del 02/03/2026')
L()
p = L(); r = p.add_run('OGGETTO:'); r.bold = True; r.underline = True
p.add_run(' ')
r = p.add_run('Lavori di manutenzione straordinaria della copertura della scuola primaria "Ippolito Nievo". '
              'Affidamento diretto ai sensi dell\'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 e impegno di spesa. CIG B7A4C21F90.')
r.bold = True
p.alignment = AL.JUSTIFY
L()
L('IL TITOLARE DI POSIZIONE ORGANIZZATIVA', bold=True, align=AL.CENTER)
L()
J('il decreto del Sindaco n. 4 del 09/01/2026 con il quale al sottoscritto e\' stata attribuita la titolarita\' '
  'della posizione organizzativa dell\'Area Tecnica e Tecnico-Manutentiva per l\'anno 2026;', 'VISTO ')
J('la deliberazione del Consiglio Comunale n. 8 del 27/02/2026, esecutiva, di approvazione del bilancio di previsione '
  '2026-2028, e la deliberazione della Giunta Comunale n. 29 del 03/03/2026 di assegnazione delle risorse del P.E.G.;', 'RICHIAMATA ')
J('che a seguito degli eventi meteorologici del mese di gennaio 2026 si sono verificate infiltrazioni d\'acqua nelle aule '
  'del primo piano della scuola primaria "Ippolito Nievo" e che il sopralluogo dell\'Ufficio Tecnico del 19/01/2026 ha '
  'accertato il deterioramento della guaina impermeabilizzante e di parte delle lattonerie;', 'PREMESSO ')
J('il preventivo presentato tramite la piattaforma eAppaltiFVG dalla ditta Edilcoperture Collinare S.r.l., con sede in '
  'Majano, per l\'importo di Euro 24.860,00 oltre ad Euro 740,00 per oneri della sicurezza e IVA di legge, ritenuto '
  'congruo dal R.U.P.;', 'VISTO ')
J('l\'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36;', 'VISTO ')
J('la regolarita\' contributiva della ditta (DURC prot. INAIL_51882034, scadenza 14/06/2026);', 'ACCERTATA ')
L('D E T E R M I N A', bold=True, align=AL.CENTER)
L()
pts = [
 'di affidare alla ditta Edilcoperture Collinare S.r.l. (P.IVA 02871450309) i lavori di manutenzione straordinaria '
 'della copertura della scuola primaria "Ippolito Nievo" per l\'importo di Euro 25.600,00 compresi oneri della sicurezza, '
 'oltre IVA al 22%, per complessivi Euro 31.232,00;',
 'di impegnare la spesa di Euro 31.232,00 al capitolo 2410/5 "Manutenzione straordinaria edifici scolastici" del '
 'bilancio 2026-2028, esercizio 2026;',
 'di dare atto che il contratto sara\' stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, '
 'comma 1, del D.Lgs. 36/2023;',
 'di dare atto che il R.U.P. e\' il geom. Daniele Cragno, istruttore tecnico dell\'Area.',
]
for i, t in enumerate(pts, 1):
    p = doc.add_paragraph(); p.alignment = AL.JUSTIFY
    p.paragraph_format.left_indent = Cm(1); p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(f'{i})\t' + t)
    doc.add_paragraph()
L()
L('San Daniele del Friuli, 05/03/2026')
L()
L('                                 IL TITOLARE DI P.O.')
L('                                 AREA TECNICA E TECNICO-MANUTENTIVA')
L('                                 ing. Paolo Londero')
L('                                 (firmato digitalmente)')
L()
L('-' * 62)
L('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', bold=True)
L('Impegno n. 2026/318 - Cap. 2410/5 - Euro 31.232,00')
L('San Daniele del Friuli, 05/03/2026       IL RESPONSABILE DEL SERVIZIO')
L('                                         FINANZIARIO  dott.ssa Chiara Pischiutta')
doc.save('d04_sandaniele.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '.', 'd04_sandaniele.docx'], check=True, capture_output=True)
shutil.copy('d04_sandaniele.pdf', '../determinazione-sandaniele-insiel.pdf')
