# Commune de Saint-Marcel / Comune di Saint-Marcel (Valle d'Aosta)
# Bilingual determinazione (French, then Italian, section by section), python-docx -> LibreOffice Writer PDF
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)

def P(text='', bold=False, italic=False, size=None, align=None, color=None, after=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

# header (in the page header, as a Word template would)
h = sec.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMMUNE DE SAINT-MARCEL – COMUNE DI SAINT-MARCEL'); r.bold = True; r.font.size = Pt(13)
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Région Autonome Vallée d’Aoste – Regione Autonoma Valle d’Aosta\nHameau de Prélaz, 1 – 11020 Saint-Marcel (AO)'); r.font.size = Pt(8.5)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run('Acte du responsable n. 42/2026 – Determinazione n. 42/2026'); r.font.size = Pt(8)

P('SECTEUR TECHNIQUE – AREA TECNICA', bold=True, align='c', size=11, after=0)
P('Service des travaux publics – Servizio lavori pubblici', italic=True, align='c', size=10)
t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('ACTE DU RESPONSABLE DU SERVICE', 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'),
         ('N. 42 du 05/03/2026', 'N. 42 del 05/03/2026')]
for i, (a, b) in enumerate(cells):
    for j, v in enumerate((a, b)):
        c = t.cell(i, j); c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.bold = True; rr.font.size = Pt(10)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P('')
p = P('', align='j'); r = p.add_run('OBJET : '); r.bold = True
r = p.add_run('Travaux d’aménagement du parking public de la localité Surpian – Approbation du compte final et du certificat de régularité d’exécution – Liquidation du solde à l’entreprise Edilvallée s.r.l.'); r.italic = True
p = P('', align='j'); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Lavori di sistemazione del parcheggio pubblico in località Surpian – Approvazione dello stato finale e del certificato di regolare esecuzione – Liquidazione del saldo all’impresa Edilvallée s.r.l.'); r.bold = True
P('')
P('LE RESPONSABLE DU SERVICE', bold=True, align='c', after=0)
P('Vu le décret du syndic n. 2 du 08/01/2026 portant attribution des fonctions de responsable du secteur technique ; vu l’acte n. 118 du 22/07/2025 portant attribution des travaux ; vu le compte final et le certificat de régularité d’exécution du 20/02/2026, desquels il résulte un crédit de l’entreprise de 9.845,30 euros ;', italic=True, align='j', size=9.5)
P('IL RESPONSABILE DEL SERVIZIO', bold=True, align='c', after=0)
P('Visto il decreto del Sindaco n. 2 dell’08/01/2026 di attribuzione delle funzioni di responsabile dell’area tecnica; vista la determinazione n. 118 del 22/07/2025 di affidamento dei lavori; visti lo stato finale e il certificato di regolare esecuzione del 20/02/2026, dai quali risulta un credito dell’impresa di euro 9.845,30;', align='j')
P('Visti la legge regionale 7 dicembre 1998, n. 54, il D.Lgs. 31 marzo 2023, n. 36 e il vigente regolamento comunale di contabilità; accertata la regolarità contributiva dell’impresa (DURC prot. INPS_49911872);', align='j')
P('DÉCIDE', bold=True, align='c', after=0)
for i, s in enumerate(['d’approuver le compte final et le certificat de régularité d’exécution des travaux susmentionnés ;',
                       'de liquider à l’entreprise Edilvallée s.r.l. de Pollein la somme de 9.845,30 euros, TVA comprise ;',
                       'd’imputer la dépense au chapitre 20810/3 du budget 2026.'], 1):
    P('%d) %s' % (i, s), italic=True, size=9.5, align='j', after=1)
P('DETERMINA', bold=True, align='c', after=0)
for i, s in enumerate(['di approvare lo stato finale e il certificato di regolare esecuzione dei lavori in oggetto;',
                       'di liquidare all’impresa Edilvallée s.r.l. di Pollein la somma di euro 9.845,30, IVA compresa;',
                       'di imputare la spesa al capitolo 20810/3 del bilancio 2026, impegno n. 402/2025.'], 1):
    P('%d) %s' % (i, s), align='j', after=1)
P('')
P('Saint-Marcel, le 05/03/2026', after=0)
P('LE RESPONSABLE DU SERVICE – IL RESPONSABILE DEL SERVIZIO', bold=True, align='r', after=0)
P('Arch. Sylvie Chenal', align='r', after=0)
P('(signé numériquement – firmato digitalmente)', italic=True, size=8, align='r')
P('')
t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
c = t.cell(0, 0); c.text = ''
rr = c.paragraphs[0].add_run('ATTESTATION DE PUBLICATION – ATTESTAZIONE DI PUBBLICAZIONE'); rr.bold = True; rr.font.size = Pt(9)
pp = c.add_paragraph(); rr = pp.add_run('Le présent acte est publié au tableau d’affichage en ligne de la Commune du 06/03/2026 au 21/03/2026. – Il presente atto è pubblicato all’Albo pretorio on line del Comune dal 06/03/2026 al 21/03/2026.'); rr.font.size = Pt(8.5)
d.core_properties.author = 'Ufficio tecnico'; d.core_properties.title = 'Determinazione 42/2026'
d.save(out)
