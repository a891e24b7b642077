# Deliberation of the Consiglio di Amministrazione of an ASP (Lazio), Word template with prose roll.
# python-docx -> .docx, printed to PDF by LibreOffice (see build.sh).
import os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = Mm(25); sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(12)
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.15
def P(text='', bold=False, italic=False, size=None, align='j', after=None, runs=None):
    p = d.add_paragraph()
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
fp = sec.footer.paragraphs[0]
fp.text = 'ASP Istituto Romano di San Michele – Piazzale Antonio Tosti 4 – 00147 Roma – C.F. 80225750583'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(8)
P('ISTITUTO ROMANO DI SAN MICHELE', bold=True, size=17, align='c', after=0)
P('Azienda Pubblica di Servizi alla Persona', italic=True, size=12, align='c', after=0)
P('(L.R. Lazio 22 febbraio 2019, n. 2)', size=9, align='c', after=10)
P('DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE', bold=True, size=13, align='c', after=0)
P('N. 9 DEL 19 MARZO 2026', bold=True, size=13, align='c', after=12)
P(runs=[('OGGETTO: ', True), ('Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e rideterminazione della dotazione organica dell’Azienda.', True)])
P('')
P('L’anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 10:30, presso la sede legale dell’Azienda in Roma, Piazzale Antonio Tosti n. 4, si è riunito, previa regolare convocazione prot. n. 1184 del 12 marzo 2026, il Consiglio di Amministrazione dell’Istituto Romano di San Michele.')
P('Sono presenti il Presidente Dott. Giovanni Ferri, la Vice Presidente Avv. Chiara Mastrangeli e il Consigliere Dott. Paolo Iannotta. È assente giustificato il Consigliere Ing. Roberto Del Vescovo.')
P('Assiste, con funzioni di segretario verbalizzante, il Direttore Generale Dott.ssa Maria Grazia Leoni.')
P('Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta e pone in discussione l’argomento in oggetto.')
P('IL CONSIGLIO DI AMMINISTRAZIONE', bold=True, align='c')
for t in ['VISTA la legge regionale 22 febbraio 2019, n. 2, recante “Riordino delle istituzioni pubbliche di assistenza e beneficenza (IPAB) e disciplina delle aziende pubbliche di servizi alla persona (ASP)”;',
          'VISTO lo Statuto dell’Azienda e il vigente Regolamento di organizzazione degli uffici e dei servizi;',
          'VISTO l’art. 6 del D.Lgs. 30 marzo 2001, n. 165, in materia di organizzazione degli uffici e piano dei fabbisogni di personale;',
          'CONSIDERATO che nel triennio 2026-2028 sono previste n. 4 cessazioni per collocamento a riposo nei profili di istruttore amministrativo e di operatore socio-sanitario;',
          'VISTA la relazione del Direttore Generale prot. n. 1102 del 6 marzo 2026 e il parere favorevole del Revisore unico dei conti reso in data 16 marzo 2026;',
          'RITENUTO di provvedere in merito;']:
    P(t)
P('Con voti unanimi dei presenti, espressi in forma palese,')
P('D E L I B E R A', bold=True, align='c')
for i, t in enumerate(['di approvare il Piano triennale dei fabbisogni di personale 2026-2028 nel testo allegato sub A) alla presente deliberazione, quale parte integrante e sostanziale;',
                       'di rideterminare la dotazione organica dell’Azienda in complessive n. 38 unità, come da prospetto allegato sub B);',
                       'di autorizzare il Direttore Generale all’avvio delle procedure di reclutamento previste per l’anno 2026, nei limiti della spesa di personale di cui al bilancio economico preventivo 2026;',
                       'di trasmettere la presente deliberazione alla Regione Lazio – Direzione regionale Inclusione sociale, ai sensi dell’art. 17 della L.R. n. 2/2019;',
                       'di dichiarare la presente deliberazione immediatamente esecutiva, stante l’urgenza di avviare le procedure assunzionali.'], 1):
    p = P('%d) %s' % (i, t))
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)
P('')
P('Letto, approvato e sottoscritto.', align='l')
t = d.add_table(rows=3, cols=2)
t.cell(0, 0).text = 'IL SEGRETARIO VERBALIZZANTE'; t.cell(0, 1).text = 'IL PRESIDENTE'
t.cell(1, 0).text = 'Dott.ssa Maria Grazia Leoni'; t.cell(1, 1).text = 'Dott. Giovanni Ferri'
t.cell(2, 0).text = '(firma digitale)'; t.cell(2, 1).text = '(firma digitale)'
for row in t.rows:
    for c in row.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in c.paragraphs[0].runs: r.font.size = Pt(11)
P('')
P('CERTIFICATO DI PUBBLICAZIONE', bold=True, size=10, align='c', after=0)
P('La presente deliberazione è pubblicata all’Albo on line dell’Azienda per quindici giorni consecutivi a decorrere dal 23 marzo 2026.', size=10)
os.makedirs(os.path.join(OUT, 'work'), exist_ok=True)
d.save(os.path.join(OUT, 'work', 'delibera-aspsanmichele-word.docx'))
