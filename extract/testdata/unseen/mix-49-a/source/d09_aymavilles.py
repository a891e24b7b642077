# Certificate of publication, Commune d'Aymavilles / Comune di Aymavilles (French and Italian, one under the other).
# A typewriter-like Word form (Courier New -> Liberation Mono) with blanks of underscores filled in; -> LibreOffice PDF.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
doc = Document()
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.8); s.bottom_margin = Cm(2)
st = doc.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.15

def P(parts, align=None, after=0):
    p = doc.add_paragraph()
    for x in (parts if isinstance(parts, list) else [parts]):
        if isinstance(x, tuple):
            txt, fmt = x; r = p.add_run(txt)
            r.bold = 'b' in fmt; r.italic = 'i' in fmt; r.underline = 'u' in fmt
        else:
            p.add_run(x)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(after)
    return p

P(('COMMUNE D\'AYMAVILLES', 'b'), 'c')
P(('COMUNE DI AYMAVILLES', 'b'), 'c')
P('Région Autonome Vallée d\'Aoste - Regione Autonoma Valle d\'Aosta', 'c')
P('Hameau de Cretaz, 1 - 11010 Aymavilles (AO)', 'c')
P('-' * 64, 'c', after=10)
P(('CERTIFICAT DE PUBLICATION', 'b'), 'c')
P(('CERTIFICATO DI PUBBLICAZIONE', 'b'), 'c', after=14)
P('Délibération de la Junte communale n° ___24___ du ___09/04/2026___')
P('Deliberazione della Giunta comunale n. ___24___ del ___09/04/2026___', after=10)
P([('Objet : ', 'b'), ('Approbation du schéma de convention avec l\'Unité des Communes valdôtaines Grand-Paradis pour la gestion associée du service de transport scolaire - années scolaires 2026/2027 et 2027/2028.', 'u')], 'j', after=6)
P([('Oggetto: ', 'b'), ('Approvazione dello schema di convenzione con l\'Unité des Communes valdôtaines Grand-Paradis per la gestione associata del servizio di trasporto scolastico - anni scolastici 2026/2027 e 2027/2028.', 'u')], 'j', after=14)
P('Je soussigné(e), Secrétaire communal(e), certifie que la délibération susmentionnée a été publiée au tableau d\'affichage en ligne de la Commune le ___15/04/2026___ et qu\'elle y restera pendant quinze jours consécutifs, soit jusqu\'au ___30/04/2026___, au sens de l\'art. 52 bis de la loi régionale n° 54 du 7 décembre 1998.', 'j', after=8)
P('Il/La sottoscritto/a Segretario/a comunale certifica che la suddetta deliberazione è stata pubblicata all\'albo pretorio on line del Comune il ___15/04/2026___ e vi rimarrà per quindici giorni consecutivi, fino al ___30/04/2026___, ai sensi dell\'art. 52 bis della legge regionale 7 dicembre 1998, n. 54.', 'j', after=12)
P('Registre des publications / Registro delle pubblicazioni n° ___318___', after=4)
P('[_] délibération soumise au contrôle / deliberazione soggetta a controllo')
P('[X] délibération non soumise au contrôle / deliberazione non soggetta a controllo', after=18)
P('Aymavilles, le/lì ___15/04/2026___', after=24)
P('Le Secrétaire communal / Il Segretario comunale', 'r')
P('(Dott.ssa Sylvie CHABOD)', 'r')
P('_________________________', 'r', after=30)
P('Mod. SEGR/07 - rév. 2019', after=0).runs[0].font.size = Pt(7.5)
doc.save('build/attestazione-aymavilles-wordtemplate.docx')
