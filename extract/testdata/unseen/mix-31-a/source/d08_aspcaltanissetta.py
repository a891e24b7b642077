# ASP Caltanissetta - numbered avviso pubblico, Word template (python-docx, Calibri), LibreOffice export
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = doc.styles['Normal']
st.font.name = 'Calibri'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)

hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Cm(17))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
a, b = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(3); t.columns[1].width = Cm(14)
a.width = Cm(3); b.width = Cm(14)
pa = a.paragraphs[0]; ra = pa.add_run('[logo ASP]'); ra.font.size = Pt(7); ra.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = pb.add_run('Azienda Sanitaria Provinciale di Caltanissetta'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
p2 = b.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p2.add_run('Via Giuseppe Cusmano, 1 – 93100 Caltanissetta – C.F. e P.IVA 01825570854\nPEC: protocollo.generale@pec.asp.cl.it – www.asp.cl.it'); r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Dipartimento Amministrativo – U.O.C. Gestione e Sviluppo Risorse Umane – Settore Reclutamento'); r.font.size = Pt(7.5)

def P(text='', bold=False, center=False, size=None, just=True, italic=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else (WD_ALIGN_PARAGRAPH.JUSTIFY if just else WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

P('DIPARTIMENTO AMMINISTRATIVO', bold=True, just=False)
P('U.O.C. Gestione e Sviluppo Risorse Umane', just=False)
P('Prot. n. 11873 del 09/03/2026', just=False)
P()
P('AVVISO PUBBLICO N. 14/2026', bold=True, center=True, size=14)
P('PER TITOLI E COLLOQUIO, PER IL CONFERIMENTO DI INCARICHI A TEMPO DETERMINATO DI DIRIGENTE MEDICO – DISCIPLINA DI MEDICINA E CHIRURGIA D’ACCETTAZIONE E D’URGENZA', bold=True, center=True, size=11.5)
P('(scadenza: ore 12:00 del quindicesimo giorno successivo alla pubblicazione all’Albo on line aziendale)', center=True, italic=True, size=9.5)
P()
P('In esecuzione della deliberazione del Direttore Generale n. 312 del 04/03/2026, è indetto avviso pubblico, per titoli e colloquio, per la formazione di una graduatoria da utilizzare per il conferimento di incarichi a tempo determinato, a tempo pieno, di Dirigente Medico – disciplina di Medicina e Chirurgia d’Accettazione e d’Urgenza, da assegnare ai Pronto Soccorso dei Presidi Ospedalieri “Sant’Elia” di Caltanissetta, “Vittorio Emanuele” di Gela e “Maddalena Raimondi” di San Cataldo.')
P('Art. 1 – Requisiti di ammissione', bold=True, just=False)
for s in ['a) cittadinanza italiana o di uno degli Stati membri dell’Unione Europea, fatte salve le equiparazioni previste dalla legge;',
          'b) laurea in Medicina e Chirurgia e iscrizione all’albo dell’Ordine dei Medici Chirurghi;',
          'c) specializzazione nella disciplina oggetto dell’avviso o in disciplina equipollente o affine, ovvero iscrizione all’ultimo o al penultimo anno del corso di specializzazione ai sensi dell’art. 1, comma 547, della Legge n. 145/2018.']:
    p = P(s); p.paragraph_format.left_indent = Cm(0.8)
P('Art. 2 – Domanda di partecipazione', bold=True, just=False)
P('La domanda, redatta esclusivamente tramite la piattaforma telematica raggiungibile dal sito istituzionale aziendale, sezione “Bandi di concorso”, dovrà essere inoltrata entro le ore 12:00 del quindicesimo giorno successivo a quello di pubblicazione del presente avviso all’Albo on line dell’Azienda. Qualora detto giorno sia festivo, il termine è prorogato al primo giorno successivo non festivo.')
P('Art. 3 – Valutazione e colloquio', bold=True, just=False)
P('La Commissione, nominata dal Direttore Generale, dispone complessivamente di 40 punti, di cui 20 per i titoli e 20 per il colloquio. Il colloquio verterà sulle materie proprie della disciplina e sull’organizzazione dei servizi di emergenza-urgenza. Il diario del colloquio sarà pubblicato sul sito aziendale con un preavviso di almeno dieci giorni; tale pubblicazione ha valore di notifica a tutti gli effetti.')
P('Art. 4 – Trattamento economico e disposizioni finali', bold=True, just=False)
P('Agli incaricati spetta il trattamento economico previsto dal vigente C.C.N.L. dell’Area Sanità. L’Azienda si riserva la facoltà di prorogare, sospendere, modificare o revocare il presente avviso, qualora ne rilevasse la necessità o l’opportunità. Per quanto non previsto si rinvia alla normativa vigente in materia. Il responsabile del procedimento è la dott.ssa Rosalba Falzone (tel. 0934 506143).')
P('I dati personali forniti dai candidati saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità di gestione della procedura.')
P()
P('Caltanissetta, 09/03/2026', just=False)
p = P('IL DIRETTORE DELL’U.O.C.\nGESTIONE E SVILUPPO RISORSE UMANE\nDott. Salvatore Lo Iacono', center=False, just=False)
p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = P('IL DIRETTORE GENERALE\nDott. Marcello Cammarata', just=False)
p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = P('Firme digitali ai sensi del D.Lgs. n. 82/2005 e ss.mm.ii.', italic=True, size=8, just=False)
p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.save(sys.argv[1])
