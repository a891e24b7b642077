# Comune di Caccamo (PA) - determinazione typed as an old Word document in Courier New:
# centred capitals, underlined headings, letter-spaced DETERMINA, apostrophe accents, register lines at the top.
import os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from common import save_key, out

FN = 'determinazione-caccamo-word.pdf'
SUBJ = "Rimborso somme indebitamente versate a titolo di IMU anno 2024 - Contribuente cod. 10452 - Impegno e liquidazione."
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = Cm(2.5); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.15
def P(text='', bold=False, under=False, align=None, size=None, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.underline = under
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p
P('COMUNE DI CACCAMO', bold=True, align='c', size=14)
P('(Citta\' Metropolitana di Palermo)', align='c')
P('--------------------------------------', align='c')
P('AREA 2 - ECONOMICO-FINANZIARIA', bold=True, align='c')
P('Servizio Tributi', align='c')
P()
P('DETERMINAZIONE DEL RESPONSABILE DELL\'AREA', bold=True, under=True, align='c')
P()
P('N. 31 del 10/03/2026 (Registro dell\'Area)')
P('N. 158 del 12/03/2026 (Registro Generale)')
P()
p = P(align='j'); r = p.add_run('OGGETTO: '); r.bold = True; r.underline = True
r = p.add_run(SUBJ); r.bold = True
P()
P('IL RESPONSABILE DELL\'AREA', bold=True, align='c')
P()
txt = [
 "PREMESSO che il contribuente identificato con il codice 10452, con istanza acquisita al protocollo generale dell'Ente al n. 2871 del 05/02/2026, ha chiesto il rimborso della somma di Euro 612,00 versata in eccedenza a titolo di IMU per l'anno 2024, per errata indicazione del codice catastale dell'immobile;",
 "CHE dall'istruttoria effettuata dall'Ufficio Tributi e' emerso che il contribuente ha effettuato un doppio versamento della rata di saldo per l'anno 2024, e che pertanto la somma richiesta risulta effettivamente non dovuta;",
 "VISTO l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, che disciplina i termini per il rimborso dei tributi locali;",
 "VISTO il vigente Regolamento comunale per la disciplina dell'IMU, approvato con deliberazione del Consiglio Comunale n. 22 del 29/07/2020;",
 "VISTA la Determinazione Sindacale n. 2 del 07/01/2026, con la quale e' stata attribuita alla sottoscritta la responsabilita' dell'Area 2 - Economico-Finanziaria;",
 "VISTO l'O.R.EE.LL. vigente nella Regione Siciliana e il D.Lgs. 267/2000;",
 "DATO ATTO che non sussistono situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della Legge 241/1990;",
]
for t in txt:
    P(t, align='j', indent=1.25); P()
P('D E T E R M I N A', bold=True, align='c'); P()
pts = ["di impegnare la somma di Euro 612,00 al Capitolo 1375 \"Rimborsi e poste correttive delle entrate\" - Missione 1, Programma 4 - del bilancio di previsione 2026/2028, esercizio 2026;",
       "di liquidare e pagare al contribuente cod. 10452 la somma di Euro 612,00 mediante accredito sul conto corrente indicato nell'istanza, i cui estremi sono custoditi agli atti dell'Ufficio;",
       "di trasmettere copia della presente all'Ufficio Ragioneria per l'emissione del relativo mandato di pagamento;",
       "di dare atto che la presente determinazione sara' pubblicata all'Albo Pretorio on line per 15 giorni consecutivi, omettendo i dati personali del contribuente."]
for i, t in enumerate(pts, 1):
    p = P('%d) %s' % (i, t), align='j'); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.first_line_indent = Cm(-1); P()
P('Caccamo, li 10/03/2026')
P()
P('Il Responsabile del Procedimento', align=None)
P('  (Sig. Salvatore Lo Bue)')
P()
P('IL RESPONSABILE DELL\'AREA 2', align='r')
P('(Dott.ssa Rosalia Marchese)', align='r')
P()
P('______________________________________________________________________', align='c')
P('VISTO DI REGOLARITA\' CONTABILE', bold=True, align='c')
P("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 - Impegno n. 233/2026.", align='j')
P('Caccamo, li 12/03/2026                     Il Responsabile del Servizio Finanziario', size=10)
P('                                           (Dott.ssa Rosalia Marchese)', size=10)
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'DETERMINA 31-2026 RIMBORSO IMU.docx'); d.save(src)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo', '--convert-to', 'pdf', '--outdir', tmp, src], check=True, capture_output=True)
shutil.move(src.replace('.docx', '.pdf'), out(FN))
save_key({"file": FN, "role": "act",
 "what": "determinazione of the Area 2 of Caccamo typed as an old Word document in Courier New (apostrophe accents, underlined heading, spaced D E T E R M I N A), area register 31 and general register 158",
 "operative_points": 4,
 "act": {"municipality": "Comune di Caccamo", "organ": "AREA 2 - ECONOMICO-FINANZIARIA", "office": "Servizio Tributi", "kind": "determinazione",
         "number": 158, "sector_number": 31, "date": "2026-03-12", "subject": SUBJ}})
