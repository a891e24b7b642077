# Commune de Verrayes / Comune di Verrayes - avis public / avviso pubblico n. 3/2026, French then Italian
# (Word template, converted by LibreOffice Writer)
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import subprocess, os
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
def P(text='', bold=False, size=None, align='j', italic=False, after=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
fp = sec.footer.paragraphs[0]; fp.text = 'Hameau de Grand-Villa, 1 – 11020 Verrayes (AO) – Tél. 0166 43106 – protocollo@pec.comune.verrayes.ao.it'
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(7.5)
P('COMMUNE DE VERRAYES', True, 15, 'c', after=0)
P('COMUNE DI VERRAYES', True, 13, 'c', after=0)
P('Région Autonome Vallée d\'Aoste – Regione Autonoma Valle d\'Aosta', False, 9, 'c', after=10)
P('AVIS PUBLIC N° 3/2026', True, 12.5, 'c', after=0)
P('AVVISO PUBBLICO N. 3/2026', True, 12.5, 'c', True, after=8)
P('Avis public relatif à la concession en location de l\'alpage communal « Champlong-Dessus » pour les saisons d\'estivage 2026-2031', True, 11, 'c', after=2)
P('Avviso pubblico per la concessione in locazione dell\'alpeggio comunale «Champlong-Dessus» per le stagioni di monticazione 2026-2031', True, 11, 'c', True, after=12)
pairs = [
 ('LE SECRÉTAIRE COMMUNAL', 'IL SEGRETARIO COMUNALE', 'c'),
 ('en application de la délibération du Conseil communal n° 9 du 26 février 2026 et de la loi régionale n° 54 du 7 décembre 1998,',
  'in esecuzione della deliberazione del Consiglio comunale n. 9 del 26 febbraio 2026 e della legge regionale 7 dicembre 1998, n. 54,', 'j'),
 ('DONNE AVIS', 'RENDE NOTO', 'c'),
 ('que la Commune de Verrayes entend concéder en location l\'alpage communal « Champlong-Dessus », d\'une surface de 68 hectares environ, avec les bâtiments d\'alpage y afférents, pour six saisons d\'estivage, de 2026 à 2031. Le loyer annuel de base est fixé à 4 200,00 euros.',
  'che il Comune di Verrayes intende concedere in locazione l\'alpeggio comunale «Champlong-Dessus», della superficie di circa 68 ettari, con i relativi fabbricati d\'alpe, per sei stagioni di monticazione, dal 2026 al 2031. Il canone annuo a base d\'asta è fissato in euro 4.200,00.', 'j'),
 ('Peuvent participer les exploitants agricoles inscrits au registre des entreprises de la Chambre valdôtaine, titulaires d\'un troupeau d\'au moins 40 UGB.',
  'Possono partecipare gli imprenditori agricoli iscritti al registro delle imprese della Chambre valdôtaine, titolari di una mandria di almeno 40 UBA.', 'j'),
 ('Les offres doivent parvenir au bureau du protocole de la Commune au plus tard le 15 avril 2026, à 12 heures, sous pli scellé portant la mention « Offre alpage Champlong-Dessus ».',
  'Le offerte devono pervenire all\'ufficio protocollo del Comune entro le ore 12:00 del 15 aprile 2026, in plico sigillato recante la dicitura «Offerta alpeggio Champlong-Dessus».', 'j'),
 ('Le cahier des charges et le formulaire d\'offre sont disponibles sur le site institutionnel de la Commune et au bureau technique communal.',
  'Il capitolato e il modulo di offerta sono disponibili sul sito istituzionale del Comune e presso l\'ufficio tecnico comunale.', 'j'),
]
for fr, it, al in pairs:
    if al == 'c':
        P(fr, True, 11, 'c', after=0); P(it, True, 11, 'c', True, after=6)
    else:
        P(fr, after=2); P(it, italic=True, after=8)
P('Verrayes, le 18 mars 2026 / Verrayes, 18 marzo 2026', align='l', after=14)
P('Le Secrétaire communal / Il Segretario comunale', align='r', after=0)
P('Mme Nathalie Vuillermoz', True, align='r', after=0)
P('(signé numériquement / firmato digitalmente)', False, 8.5, 'r', True)
work = os.path.join(OUT, 'work'); os.makedirs(work, exist_ok=True)
src = os.path.join(work, 'avviso-verrayes-word.docx'); d.save(src)
subprocess.run(['soffice', '-env:UserInstallation=file://' + work + '/lo', '--headless', '--convert-to', 'pdf', '--outdir', work, src], check=True, capture_output=True)
os.replace(os.path.join(work, 'avviso-verrayes-word.pdf'), out('avviso-verrayes-word.pdf'))
