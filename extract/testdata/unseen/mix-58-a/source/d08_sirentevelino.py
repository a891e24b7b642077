# Ente Parco Naturale Regionale Sirente Velino - AVVISO PUBBLICO n. 3/2026
# Word template (python-docx) printed by LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Mm(210), Mm(297)
s.left_margin = s.right_margin = Mm(25); s.top_margin = Mm(15); s.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
def P(text='', bold=False, italic=False, size=None, align='j', color=None, after=None, before=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p
hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('ENTE PARCO NATURALE REGIONALE SIRENTE VELINO'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor.from_string('2E6B30')
h2 = s.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run('Viale XXIV Maggio, snc – 67048 Rocca di Mezzo (AQ) – tel. 0862 916125 – info@pec.parcosirentevelino.example.it'); r.font.size = Pt(8)
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Regione Abruzzo – Ente istituito con L.R. 13 luglio 1989, n. 54'); r.font.size = Pt(7.5); r.italic = True
P('Prot. n. 742 del 18/03/2026', size=10, align='l', after=10)
P('AVVISO PUBBLICO N. 3/2026', bold=True, size=15, align='c', after=2, color='2E6B30')
P('PER LA FORMAZIONE DI UN ELENCO DI GUIDE ED OPERATORI ABILITATI AL SERVIZIO DI ACCOMPAGNAMENTO ESCURSIONISTICO NELLE AREE DEL PARCO – STAGIONE 2026', bold=True, size=11.5, align='c', after=10)
P('IL DIRETTORE', bold=True, align='c')
P('in esecuzione della propria determinazione n. 41 del 17/03/2026 e in conformità al regolamento per la fruizione delle aree protette approvato dal Consiglio Direttivo con deliberazione n. 12 del 28/04/2025,')
P('RENDE NOTO', bold=True, align='c')
P('che è indetta una procedura aperta per la formazione di un elenco di soggetti abilitati allo svolgimento del servizio di accompagnamento escursionistico lungo i sentieri del Parco, con particolare riferimento agli itinerari dell\'Altopiano delle Rocche, della Val d\'Arano e delle Gole di Celano, per il periodo 1° maggio – 31 ottobre 2026.')
arts = [('Art. 1 – Requisiti di ammissione', 'Possono presentare domanda le guide alpine, gli accompagnatori di media montagna e le guide escursionistiche ambientali iscritti ai rispettivi albi o elenchi regionali, in possesso di copertura assicurativa per la responsabilità civile verso terzi.'),
        ('Art. 2 – Modalità di presentazione', 'Le domande, redatte sul modello allegato, dovranno pervenire esclusivamente a mezzo PEC entro le ore 12:00 del giorno 17 aprile 2026. Le domande pervenute oltre il termine non saranno prese in considerazione.'),
        ('Art. 3 – Formazione dell\'elenco', 'L\'elenco, formato in ordine alfabetico e senza attribuzione di punteggi, sarà approvato con determinazione del Direttore e pubblicato sul sito istituzionale dell\'Ente. L\'iscrizione non comporta alcun diritto a incarichi.'),
        ('Art. 4 – Trattamento dei dati personali', 'I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l\'Ente Parco Naturale Regionale Sirente Velino.'),
        ('Art. 5 – Responsabile del procedimento', 'Responsabile del procedimento è il dott. forestale Gianluca Iacobucci, Servizio Tecnico-Naturalistico (tel. 0862 916125 int. 3).')]
for h, t in arts:
    P(h, bold=True, align='l', after=1, before=4); P(t)
P('Rocca di Mezzo, 18/03/2026', align='l', before=12)
P('IL DIRETTORE', bold=True, align='r', after=0)
P('Dott. Arch. Loredana Ciccarelli', align='r', after=0)
P('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', italic=True, size=8, align='r')
d.core_properties.author = 'Ente Parco'; d.core_properties.title = 'Avviso pubblico n. 3/2026'
d.save(out)
