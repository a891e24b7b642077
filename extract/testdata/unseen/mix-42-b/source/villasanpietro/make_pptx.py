#!/usr/bin/env python3
"""Villa San Pietro: a one-page A4 poster notice laid out as a presentation
slide (the Ufficio Ambiente keeps its posters in Impress); python-pptx writes
the slide, LibreOffice Impress exports it to PDF."""
from pptx import Presentation
from pptx.util import Mm, Pt
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN, MSO_ANCHOR
from pptx.enum.shapes import MSO_SHAPE

prs = Presentation(); prs.slide_width = Mm(210); prs.slide_height = Mm(297)
s = prs.slides.add_slide(prs.slide_layouts[6])
GREEN = RGBColor(0x1B, 0x6E, 0x3A)

def box(x, y, w, h, paras, fill=None, line=None, anchor=MSO_ANCHOR.TOP):
    shp = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Mm(x), Mm(y), Mm(w), Mm(h))
    if fill is None: shp.fill.background()
    else: shp.fill.solid(); shp.fill.fore_color.rgb = fill
    if line is None: shp.line.fill.background()
    else: shp.line.color.rgb = line; shp.line.width = Pt(1.5)
    tf = shp.text_frame; tf.word_wrap = True; tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Mm(3)
    for i, (text, size, bold, color, align) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run(); r.text = text; r.font.size = Pt(size); r.font.bold = bold
        r.font.name = "Liberation Sans"; r.font.color.rgb = color
    return shp

BLACK = RGBColor(0, 0, 0); WHITE = RGBColor(255, 255, 255)
C, L = PP_ALIGN.CENTER, PP_ALIGN.LEFT
circ = s.shapes.add_shape(MSO_SHAPE.OVAL, Mm(14), Mm(10), Mm(22), Mm(22)); circ.fill.background(); circ.line.color.rgb = GREEN
circ.text_frame.text = "stemma"; circ.text_frame.paragraphs[0].runs[0].font.size = Pt(7)
box(40, 10, 156, 24, [("COMUNE DI VILLA SAN PIETRO", 22, True, GREEN, L),
                      ("Città Metropolitana di Cagliari – Servizio Tecnico e Ambiente", 11, False, BLACK, L)])
box(10, 40, 190, 22, [("AVVISO", 40, True, WHITE, C)], fill=GREEN, anchor=MSO_ANCHOR.MIDDLE)
box(10, 66, 190, 26, [("NUOVO CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA DAL 1° APRILE 2026", 19, True, GREEN, C)], anchor=MSO_ANCHOR.MIDDLE)
box(14, 96, 182, 34, [("Si informa la cittadinanza che, a seguito dell’avvio del nuovo appalto del servizio di igiene urbana, "
                       "a partire da mercoledì 1° aprile 2026 la raccolta dei rifiuti porta a porta nel centro abitato e nelle "
                       "località di Su Sparau e Is Cuccurus seguirà il calendario riportato di seguito. I mastelli vanno esposti "
                       "entro le ore 6:00 del giorno di raccolta.", 12, False, BLACK, PP_ALIGN.JUSTIFY)])
rows = [("Giorno", "Frazione"), ("Lunedì", "Umido organico"), ("Martedì", "Carta e cartone"),
        ("Mercoledì", "Secco indifferenziato"), ("Giovedì", "Umido organico"),
        ("Venerdì", "Plastica e metalli"), ("Sabato", "Vetro (1° e 3° sabato del mese)")]
tb = s.shapes.add_table(len(rows), 2, Mm(30), Mm(134), Mm(150), Mm(70)).table
tb.columns[0].width = Mm(50); tb.columns[1].width = Mm(100)
for i, (a, b) in enumerate(rows):
    for j, t in enumerate((a, b)):
        c = tb.cell(i, j); c.text = t
        r = c.text_frame.paragraphs[0].runs[0]; r.font.size = Pt(14); r.font.name = "Liberation Sans"; r.font.bold = (i == 0 or j == 0)
        if i == 0: c.fill.solid(); c.fill.fore_color.rgb = GREEN; r.font.color.rgb = WHITE
        else: c.fill.solid(); c.fill.fore_color.rgb = RGBColor(0xEE, 0xF6, 0xF0) if i % 2 else WHITE
box(14, 210, 182, 40, [("Il ritiro degli ingombranti e dei RAEE resta su prenotazione al numero verde 800 000 418. "
                        "L’ecocentro comunale di Via Pula è aperto il martedì e il sabato dalle 8:30 alle 12:30. "
                        "Il calendario è disponibile sul sito istituzionale e presso l’Ufficio Ambiente.", 12, False, BLACK, PP_ALIGN.JUSTIFY)])
box(14, 252, 90, 16, [("Villa San Pietro, 05/03/2026", 12, False, BLACK, L)])
box(110, 250, 86, 24, [("IL RESPONSABILE DEL SERVIZIO", 11, False, BLACK, C), ("Ing. Stefano Melis", 12, True, BLACK, C)])
box(10, 280, 190, 10, [("Comune di Villa San Pietro – Ufficio Ambiente – ambiente@comune.villasanpietro.example.it", 8, False, RGBColor(0x55,0x55,0x55), C)])
prs.save("avviso_raccolta_2026.pptx")
