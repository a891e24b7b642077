# Nus: bilingual (French/Italian) notice made as a one-slide A4 PowerPoint poster (python-pptx); printed by LibreOffice Impress
import sys
from pptx import Presentation
from pptx.util import Mm, Pt
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN, MSO_ANCHOR
from pptx.enum.shapes import MSO_SHAPE

prs = Presentation(); prs.slide_width = Mm(210); prs.slide_height = Mm(297)
s = prs.slides.add_slide(prs.slide_layouts[6])
RED = RGBColor(0xB0, 0x1E, 0x23); GREY = RGBColor(0x55, 0x55, 0x55)

def box(x, y, w, h, paras, anchor=MSO_ANCHOR.TOP):
    tb = s.shapes.add_textbox(Mm(x), Mm(y), Mm(w), Mm(h)); tf = tb.text_frame; tf.word_wrap = True
    tf.vertical_anchor = anchor
    for i, (text, size, bold, color, align, italic) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run(); r.text = text; f = r.font
        f.size = Pt(size); f.bold = bold; f.italic = italic; f.name = 'Liberation Sans'
        if color: f.color.rgb = color
    return tb

band = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Mm(210), Mm(38)); band.fill.solid(); band.fill.fore_color.rgb = RED; band.line.fill.background()
crest = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Mm(12), Mm(6), Mm(22), Mm(26)); crest.fill.solid(); crest.fill.fore_color.rgb = RGBColor(255, 255, 255)
box(12, 15, 22, 8, [('armoiries', 6, False, GREY, PP_ALIGN.CENTER, True)])
W = RGBColor(255, 255, 255)
box(40, 6, 160, 28, [
  ('COMMUNE DE NUS', 22, True, W, PP_ALIGN.LEFT, False),
  ('COMUNE DI NUS', 22, True, W, PP_ALIGN.LEFT, False),
  ('Région autonome Vallée d’Aoste – Regione autonoma Valle d’Aosta', 9, False, W, PP_ALIGN.LEFT, False)])
box(10, 44, 190, 22, [('AVIS  •  AVVISO', 40, True, RED, PP_ALIGN.CENTER, False)])
box(14, 70, 182, 30, [
  ('INTERRUPTION DE LA DISTRIBUTION DE L’EAU POTABLE À ROVAREY ET MESSIGNÉ', 15, True, None, PP_ALIGN.CENTER, False),
  ('INTERRUZIONE DELL’EROGAZIONE DELL’ACQUA POTABILE A ROVAREY E MESSIGNÉ', 15, True, None, PP_ALIGN.CENTER, False)])
line = s.shapes.add_connector(1, Mm(20), Mm(104), Mm(190), Mm(104)); line.line.color.rgb = RED
box(14, 108, 88, 120, [
  ('FRANÇAIS', 10, True, RED, PP_ALIGN.LEFT, False),
  ('Le Syndic informe la population qu’en raison de travaux urgents de remplacement d’une conduite de l’aqueduc communal, la distribution de l’eau potable sera interrompue dans les hameaux de Rovarey et de Messigné', 11.5, False, None, PP_ALIGN.JUSTIFY, False),
  ('mercredi 25 mars 2026, de 8 h 30 à 16 h 00.', 12.5, True, None, PP_ALIGN.LEFT, False),
  ('Au rétablissement du service, l’eau pourrait présenter une coloration temporaire : il est conseillé de la laisser couler quelques minutes avant de l’utiliser.', 11.5, False, None, PP_ALIGN.JUSTIFY, False),
  ('Un camion-citerne sera à la disposition des habitants sur la place de la chapelle de Rovarey.', 11.5, False, None, PP_ALIGN.JUSTIFY, False)])
box(108, 108, 88, 120, [
  ('ITALIANO', 10, True, RED, PP_ALIGN.LEFT, False),
  ('Il Sindaco informa la cittadinanza che, per lavori urgenti di sostituzione di un tratto della condotta dell’acquedotto comunale, l’erogazione dell’acqua potabile sarà sospesa nelle frazioni di Rovarey e di Messigné', 11.5, False, None, PP_ALIGN.JUSTIFY, False),
  ('mercoledì 25 marzo 2026, dalle ore 8:30 alle ore 16:00.', 12.5, True, None, PP_ALIGN.LEFT, False),
  ('Al ripristino del servizio l’acqua potrebbe presentare una temporanea colorazione: si consiglia di lasciarla scorrere per alcuni minuti prima dell’uso.', 11.5, False, None, PP_ALIGN.JUSTIFY, False),
  ('Un’autobotte sarà a disposizione dei residenti nella piazza della cappella di Rovarey.', 11.5, False, None, PP_ALIGN.JUSTIFY, False)])
box(14, 232, 182, 14, [
  ('Pour tout renseignement – Per informazioni: Bureau technique / Ufficio tecnico – tél. 0165 763763', 10, False, None, PP_ALIGN.CENTER, False)])
box(14, 248, 90, 12, [('Nus, le 17 mars 2026 – Nus, 17 marzo 2026', 10.5, False, None, PP_ALIGN.LEFT, False)])
box(110, 246, 86, 26, [
  ('LE SYNDIC – IL SINDACO', 11, True, None, PP_ALIGN.CENTER, False),
  ('Camillo Champrétavy', 12, False, None, PP_ALIGN.CENTER, False),
  ('(signé / firmato)', 8, False, GREY, PP_ALIGN.CENTER, True)])
box(10, 282, 190, 10, [('Commune de Nus – Comune di Nus · Via Aosta, 13 – 11020 Nus (AO) · protocollo@pec.comune.nus.ao.it', 7.5, False, GREY, PP_ALIGN.CENTER, False)])
prs.core_properties.title = 'Avviso acqua Rovarey Messigné'; prs.core_properties.author = 'Ufficio tecnico'
prs.save(sys.argv[1])
