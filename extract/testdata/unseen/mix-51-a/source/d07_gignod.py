# Ordonnance / Ordinanza of the Syndic/Sindaco of Gignod (Valle d'Aosta):
# French and Italian alternating paragraph by paragraph (French in italics),
# a Word template printed through LibreOffice Writer.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = doc.styles['Normal']
st.font.name = 'Carlito'
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)

hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMMUNE DE GIGNOD – COMUNE DI GIGNOD'); r.bold = True; r.font.size = Pt(13)
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Région autonome Vallée d\'Aoste – Regione autonoma Valle d\'Aosta'); r.font.size = Pt(9)
hp3 = sec.header.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('Hameau de Chef-Lieu / Frazione Capoluogo, 1 – 11010 Gignod (AO) – tél./tel. 0165 256101 – protocollo@pec.comune.gignod.ao.it')
r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run('Ordonnance / Ordinanza n. 9/2026 – page/pagina '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8)
for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    if kind:
        e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind)
    else:
        e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt
    r._r.append(e)


def P(text, bold=False, italic=False, size=None, align='j', after=None, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor(*color)
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER,
                   'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

FR = (0x1F, 0x3A, 0x6B)
P('')
P('ORDONNANCE N° 9 DU 24 MARS 2026', True, True, 12, 'c', 0, FR)
P('ORDINANZA N. 9 DEL 24 MARZO 2026', True, False, 12, 'c', 8)
P('Objet : Ordonnance urgente portant interdiction d\'utiliser l\'eau du réseau communal comme eau potable dans les hameaux de Variney et d\'Arliod.', True, True, 10.5, 'j', 2, FR)
P('Oggetto: Ordinanza contingibile e urgente di divieto di utilizzo a scopo potabile dell\'acqua dell\'acquedotto comunale nelle frazioni di Variney e Arliod.', True, False, 10.5, 'j', 10)

P('LE SYNDIC', True, True, 11, 'c', 0, FR)
P('IL SINDACO', True, False, 11, 'c', 6)

paras = [
    ('Vu la note de l\'Unité sanitaire locale de la Vallée d\'Aoste – Département de prévention, SC Hygiène des aliments et nutrition, réf. n° 21874 du 23 mars 2026, qui communique que les échantillons d\'eau prélevés le 20 mars 2026 au point de distribution de Variney ne sont pas conformes aux paramètres microbiologiques (bactéries coliformes et Escherichia coli) prévus par le décret législatif n° 18 du 23 février 2023 ;',
     'Vista la nota dell\'Azienda USL della Valle d\'Aosta – Dipartimento di prevenzione, SC Igiene degli alimenti e nutrizione, prot. n. 21874 del 23 marzo 2026, con la quale si comunica che i campioni d\'acqua prelevati il 20 marzo 2026 presso il punto di erogazione di Variney non risultano conformi ai parametri microbiologici (batteri coliformi ed Escherichia coli) previsti dal decreto legislativo 23 febbraio 2023, n. 18;'),
    ('Considérant qu\'il est nécessaire de protéger la santé publique jusqu\'au rétablissement de la conformité de l\'eau distribuée ;',
     'Considerato che occorre tutelare la salute pubblica fino al ripristino della conformità dell\'acqua distribuita;'),
    ('Vu l\'article 50, alinéa 5, du décret législatif n° 267 du 18 août 2000 et la loi régionale n° 54 du 7 décembre 1998 ;',
     'Visti l\'articolo 50, comma 5, del decreto legislativo 18 agosto 2000, n. 267 e la legge regionale 7 dicembre 1998, n. 54;'),
]
for fr, it in paras:
    P(fr, italic=True, color=FR, after=2)
    P(it, after=8)

P('ORDONNE', True, True, 11, 'c', 0, FR)
P('ORDINA', True, False, 11, 'c', 6)
points = [
    ('1. l\'interdiction, à compter de ce jour et jusqu\'à la révocation de la présente ordonnance, d\'utiliser l\'eau du réseau communal comme eau potable et pour la préparation des aliments dans les hameaux de Variney et d\'Arliod ;',
     '1. il divieto, a decorrere dalla data odierna e fino alla revoca della presente ordinanza, di utilizzare l\'acqua dell\'acquedotto comunale a scopo potabile e per la preparazione degli alimenti nelle frazioni di Variney e Arliod;'),
    ('2. l\'eau peut être utilisée, après ébullition pendant au moins cinq minutes, pour les usages hygiéniques et domestiques ;',
     '2. l\'acqua può essere utilizzata, previa bollitura per almeno cinque minuti, per gli usi igienici e domestici;'),
    ('3. au Bureau technique communal de procéder immédiatement à la désinfection du réseau et de la citerne de Variney et de faire effectuer de nouveaux prélèvements ;',
     '3. all\'Ufficio tecnico comunale di procedere immediatamente alla disinfezione della rete e del serbatoio di Variney e di far effettuare nuovi prelievi;'),
    ('4. la distribution d\'eau potable par citerne mobile sur la place de Variney, de 8 h à 12 h et de 14 h à 18 h, jusqu\'au rétablissement du service.',
     '4. la distribuzione di acqua potabile mediante autobotte nella piazza di Variney, dalle ore 8 alle 12 e dalle 14 alle 18, fino al ripristino del servizio.'),
]
for fr, it in points:
    P(fr, italic=True, color=FR, after=2)
    P(it, after=8)

P('DISPOSE / DISPONE', True, False, 11, 'c', 6)
P('que la présente ordonnance soit publiée au tableau d\'affichage en ligne de la Commune, portée à la connaissance de la population par des affiches dans les hameaux concernés et transmise à l\'USL de la Vallée d\'Aoste et au Poste de police de Gignod.', italic=True, color=FR, after=2)
P('che la presente ordinanza sia pubblicata all\'Albo pretorio on line del Comune, resa nota alla popolazione mediante affissione di avvisi nelle frazioni interessate e trasmessa all\'Azienda USL della Valle d\'Aosta e alla Stazione Carabinieri di Gignod.', after=8)
P('Contre la présente ordonnance, un recours peut être introduit devant le Tribunal administratif régional de la Vallée d\'Aoste dans un délai de 60 jours ou un recours extraordinaire au Président de la République dans un délai de 120 jours.', italic=True, size=9, color=FR, after=2)
P('Avverso la presente ordinanza è ammesso ricorso al Tribunale amministrativo regionale della Valle d\'Aosta entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.', size=9, after=14)

P('Gignod, le 24 mars 2026 / Gignod, 24 marzo 2026', align='l', after=14)
P('Le Syndic / Il Sindaco', True, False, 10.5, 'r', 0)
P('Alessandro PERRIN', False, False, 10.5, 'r', 0)
P('(signé numériquement / firmato digitalmente)', False, True, 8.5, 'r', 0)

doc.core_properties.author = 'Commune de Gignod'
doc.save(out)
