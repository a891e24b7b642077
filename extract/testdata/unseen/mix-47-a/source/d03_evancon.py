# Unité des Communes valdôtaines Évançon - bilingual (FR over IT) numbered avviso pubblico,
# Word-template layout written with python-docx, printed to PDF by LibreOffice Writer.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
st = doc.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(2)

def p(runs, align=None, after=None, before=None, indent=None):
    para = doc.add_paragraph()
    for text, fmt in runs:
        r = para.add_run(text)
        r.bold = 'b' in fmt; r.italic = 'i' in fmt
        if 's' in fmt: r.font.size = Pt(8.5)
        if 'L' in fmt: r.font.size = Pt(13)
        if 'g' in fmt: r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    para.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    if after is not None: para.paragraph_format.space_after = Pt(after)
    if before is not None: para.paragraph_format.space_before = Pt(before)
    if indent is not None: para.paragraph_format.left_indent = Cm(indent)
    return para

def rule(para):
    pPr = para._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); el = OxmlElement('w:bottom')
    el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '8'); el.set(qn('w:color'), '7a1f1f'); b.append(el); pPr.append(b)

ft = sec.footer.paragraphs[0]
ft.text = "Place de la République, 1 – 11029 Verrès (AO) – tél./tel. 0125 929311 – protocollo@pec.cm-evancon.vda.it"
ft.runs[0].font.size = Pt(7.5); ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

p([("Unité des Communes valdôtaines Évançon", 'bL')], 'c', after=0)
p([("Unione dei Comuni valdostani Évançon", 'bi')], 'c', after=0)
rule(p([("Arnad – Ayas – Brusson – Challand-Saint-Anselme – Challand-Saint-Victor – Champdepraz – Émarèse – Issogne – Montjovet – Verrès", 's')], 'c', after=8))

p([("Secteur Services à la personne", 'b'), (" / ", ''), ("Area Servizi alla Persona", 'bi')], 'c', after=8)

p([("AVIS PUBLIC N° 6/2026", 'bL')], 'c', after=0)
p([("AVVISO PUBBLICO N. 6/2026", 'bLi')], 'c', after=6)
p([("relatif à l’admission au service de centre d’été pour les mineurs – été 2026", 'b')], 'c', after=0)
p([("Avviso pubblico per l’ammissione al servizio di centro estivo per minori – estate 2026", 'bi')], 'c', after=10)

p([("Verrès, le 16 avril 2026", '')], 'r', after=0)
p([("Verrès, 16 aprile 2026", 'i')], 'r', after=10)

pairs = [
 ("LA RESPONSABLE DU SECTEUR", "LA RESPONSABILE DELL’AREA", 'cb'),
 ("Vu la délibération du Comité exécutif n° 19 du 26 mars 2026, portant approbation des critères d’accès au service de centre d’été pour l’année 2026 ;",
  "Vista la deliberazione della Giunta dell’Unité n. 19 del 26 marzo 2026, di approvazione dei criteri di accesso al servizio di centro estivo per l’anno 2026;", 'j'),
 ("Vu l’acte de la Responsable du Secteur n° 57 du 14 avril 2026 ;", "Vista la determinazione della Responsabile dell’Area n. 57 del 14 aprile 2026;", 'j'),
 ("REND PUBLIC", "RENDE NOTO", 'cb'),
 ("qu’à compter du 20 avril 2026 et jusqu’au 15 mai 2026, à 12 h, les familles résidant dans l’une des Communes membres peuvent présenter leur demande d’admission au centre d’été, qui se déroulera du 22 juin au 28 août 2026 à Brusson, Issogne et Verrès.",
  "che dal 20 aprile 2026 e fino alle ore 12:00 del 15 maggio 2026 le famiglie residenti in uno dei Comuni membri possono presentare domanda di ammissione al centro estivo, che si svolgerà dal 22 giugno al 28 agosto 2026 a Brusson, Issogne e Verrès.", 'j'),
 ("1. Bénéficiaires – Mineurs âgés de 3 à 14 ans, résidant dans les Communes de l’Unité.",
  "1. Destinatari – Minori di età compresa tra 3 e 14 anni, residenti nei Comuni dell’Unité.", 'j'),
 ("2. Modalités – La demande doit être présentée au moyen du formulaire disponible sur le site institutionnel, par courriel ou directement au guichet du Secteur.",
  "2. Modalità – La domanda deve essere presentata mediante il modulo disponibile sul sito istituzionale, via posta elettronica o direttamente allo sportello dell’Area.", 'j'),
 ("3. Tarifs – La participation financière est fixée selon l’ISEE du foyer, conformément au barème approuvé par la délibération susmentionnée.",
  "3. Tariffe – La compartecipazione è determinata in base all’ISEE del nucleo familiare, secondo le fasce approvate con la deliberazione sopra richiamata.", 'j'),
 ("4. Classement – En cas de demandes dépassant le nombre de places, un classement sera établi selon les critères visés à l’annexe A.",
  "4. Graduatoria – Qualora le domande superino i posti disponibili, sarà formata una graduatoria secondo i criteri di cui all’allegato A.", 'j'),
]
for fr, it, fmt in pairs:
    if fmt == 'cb':
        p([(fr, 'b')], 'c', after=0, before=6); p([(it, 'bi')], 'c', after=6)
    else:
        p([(fr, '')], 'j', after=1); p([(it, 'ig')], 'j', after=7)

p([("Pour tout renseignement / Per informazioni: Secteur Services à la personne, tél. 0125 929340.", 's')], None, before=6)
p([("La Responsable du Secteur", ''), ("\n", ''), ("La Responsabile dell’Area", 'i'), ("\nDott.ssa Manuela Vuillermoz", 'b'), ("\n(signé numériquement / firmato digitalmente)", 's')], 'r', before=18)
doc.save('build/d03.docx')
