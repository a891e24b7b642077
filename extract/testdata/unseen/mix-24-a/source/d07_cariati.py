# Comune di Cariati - ordinanza sindacale typed in a typewriter-like Word document (Courier New 11,
# letters spaced by typed blanks, underlined captions), .docx -> LibreOffice Writer.
import subprocess, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
d = Document()
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
def par(text='', bold=False, under=False, align='l', after=6, indent=None, first=None, runs=None):
    p = d.add_paragraph()
    for t, b, u in (runs or [(text, bold, under)]):
        r = p.add_run(t); r.bold = b; r.underline = u
    p.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    pf = p.paragraph_format; pf.space_after = Pt(after); pf.space_before = Pt(0); pf.line_spacing = 1.15
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    return p
par('C O M U N E   D I   C A R I A T I', bold=True, align='c', after=0)
par('(Provincia di Cosenza)', align='c', after=0)
par('Piazza Rocco Trento – 87062 Cariati (CS)', align='c', after=0)
par('_' * 62, align='c', after=10)
par('Prot. n. 3517                                 li, 18/03/2026', after=12)
par(runs=[('ORDINANZA SINDACALE N. 12 DEL 18/03/2026', True, True)], align='c', after=12)
par(runs=[('OGGETTO:', True, True), (' Divieto temporaneo di transito e di sosta in Via Giacomo Matteotti e in Piazza Rocco Trento per lavori urgenti di riparazione della condotta idrica comunale.', True, False)], align='j', indent=2.6, first=-2.6, after=14)
par('I L   S I N D A C O', bold=True, align='c', after=10)
for t in ['PREMESSO che in data 17/03/2026 il personale dell’Ufficio Tecnico comunale ha rilevato una rilevante perdita della condotta idrica principale in corrispondenza dell’incrocio tra Via Giacomo Matteotti e Piazza Rocco Trento, con cedimento parziale del manto stradale;',
          'CONSIDERATO che per l’esecuzione dei lavori di riparazione, affidati alla ditta Idrosud di Mandatoriccio, si rende necessario interdire il transito veicolare e la sosta nel tratto interessato;',
          'SENTITO il Comandante della Polizia Locale;',
          'VISTI gli artt. 5, 6 e 7 del D.Lgs. 30/04/1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;',
          'VISTO l’art. 50 del D.Lgs. 18/08/2000, n. 267;']:
    par(t, align='j', first=1.25)
par('O R D I N A', bold=True, align='c', after=10)
for i, t in enumerate(['Dalle ore 7,00 del giorno 20/03/2026 alle ore 19,00 del giorno 24/03/2026, e comunque fino al termine dei lavori, è istituito il DIVIETO DI TRANSITO veicolare in Via Giacomo Matteotti, nel tratto compreso tra Via Roma e Piazza Rocco Trento, eccetto mezzi di soccorso e mezzi dell’impresa esecutrice;',
                       'Nel medesimo periodo è istituito il DIVIETO DI SOSTA CON RIMOZIONE FORZATA su ambo i lati di Via Giacomo Matteotti e sul lato nord di Piazza Rocco Trento;',
                       'La ditta esecutrice provvederà all’apposizione della prescritta segnaletica almeno 48 ore prima dell’inizio dei lavori e all’installazione della segnaletica di deviazione su Via Roma.'], 1):
    par(f'{i})  {t}', align='j', indent=1.0, first=-1.0)
par('D I S P O N E', bold=True, align='c', after=10)
par('che la presente ordinanza sia pubblicata all’Albo Pretorio on line e trasmessa al Comando di Polizia Locale, alla Stazione dei Carabinieri di Cariati e all’Ufficio Tecnico comunale per quanto di competenza.', align='j', first=1.25)
par('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', align='j', first=1.25, after=20)
par('IL SINDACO', bold=True, align='r', after=0)
par('(Dott. Vincenzo Scigliano)', align='r', after=0)
par('firma autografa sostituita a mezzo stampa', align='r', after=0)
par('ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993', align='r', after=0)
d.save('d07_cariati.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', 'd07_cariati.docx'], check=True, capture_output=True)
os.replace('d07_cariati.pdf', '../ordinanza-cariati-word.pdf')
