#!/usr/bin/env python3
"""Comune di Moggio Udinese - determinazione n. 96/2026, made with borb (Python)."""
import sys
from borb.pdf import (Document, Page, SingleColumnLayout, Paragraph, FixedColumnWidthTable, TrueTypeFont,
                      HexColor, PDF, OrderedList, HorizontalBreak)
from borb.pdf import UsageStatistics
try:
    UsageStatistics.disable()
except Exception:
    pass
from decimal import Decimal

R = TrueTypeFont.from_file('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
B = TrueTypeFont.from_file('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
S = TrueTypeFont.from_file('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
SB = TrueTypeFont.from_file('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
AL = Paragraph.TextAlignment

def P(t, f=R, s=9, al=AL.JUSTIFIED, **kw):
    return Paragraph(t, font=f, font_size=s, text_alignment=al, **kw)

doc = Document()
pages = []
def new_page():
    pg = Page()
    doc.append_page(pg)
    pages.append(pg)
    return pg
pg = new_page()
lay = SingleColumnLayout(pg, margin_left=56, margin_right=56, margin_top=40, margin_bottom=50)

lay.append_layout_element(P('REGIONE AUTONOMA FRIULI VENEZIA GIULIA', S, 7, AL.CENTERED, font_color=HexColor('555555')))
lay.append_layout_element(P('COMUNE DI MOGGIO UDINESE', SB, 17, AL.CENTERED, font_color=HexColor('1d4e2c')))
lay.append_layout_element(P('Comun di Mueç', S, 8, AL.CENTERED, font_color=HexColor('555555')))
lay.append_layout_element(P('Piazza Uffici n. 1 – 33015 Moggio Udinese (UD) – comune.moggioudinese@certgov.fvg.it', S, 7, AL.CENTERED))
lay.append_layout_element(HorizontalBreak(line_color=HexColor('1d4e2c'), line_width=1.5))

t = FixedColumnWidthTable(number_of_rows=3, number_of_columns=2, column_widths=[Decimal(1), Decimal(3)],
                          border_color=HexColor('1d4e2c'), border_width_bottom=1, border_width_top=1,
                          border_width_left=1, border_width_right=1)
t.append_layout_element(P('AREA', SB, 8, AL.LEFT))
t.append_layout_element(P('AREA ECONOMICO-FINANZIARIA', SB, 9, AL.LEFT))
t.append_layout_element(P('SERVIZIO', SB, 8, AL.LEFT))
t.append_layout_element(P('Servizio Tributi', S, 9, AL.LEFT))
t.append_layout_element(P('N. REG. SERVIZIO', SB, 8, AL.LEFT))
t.append_layout_element(P('14', S, 9, AL.LEFT))
t.set_padding_on_all_cells(3, 4, 3, 4)
lay.append_layout_element(t)

lay.append_layout_element(P('DETERMINAZIONE N. 96 DEL 06/03/2026', SB, 12, AL.CENTERED, margin_top=10))
lay.append_layout_element(P('OGGETTO: RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) ANNI 2022-2023 – CONTRIBUENTI DIVERSI.',
                            B, 9.5, AL.JUSTIFIED, border_width_top=1, border_width_bottom=1, border_color=HexColor('999999'),
                            padding_top=4, padding_bottom=4))
lay.append_layout_element(P('IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA', B, 9.5, AL.CENTERED, margin_top=6))
for txt in [
    'VISTO il decreto del Sindaco n. 2 del 07/01/2026 di nomina dei Responsabili delle Aree e di attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 18 agosto 2000, n. 267;',
    'RICHIAMATA la deliberazione del Consiglio Comunale n. 5 del 24/02/2026, esecutiva, di approvazione del bilancio di previsione 2026-2028;',
    'VISTE le istanze di rimborso presentate dai contribuenti indicati nell’elenco conservato agli atti dell’Ufficio Tributi, relative a versamenti IMU eseguiti in eccedenza o non dovuti per gli anni d’imposta 2022 e 2023;',
    'VERIFICATO, a seguito dell’istruttoria svolta sulla banca dati tributaria e catastale, che le somme richieste risultano effettivamente non dovute per complessivi euro 3.482,00, oltre agli interessi legali calcolati ai sensi dell’art. 1, comma 165, della Legge 27 dicembre 2006, n. 296, pari a euro 96,14;',
    'DATO ATTO dell’insussistenza di situazioni di conflitto di interessi ai sensi dell’art. 6-bis della Legge 7 agosto 1990, n. 241;']:
    lay.append_layout_element(P(txt, margin_top=3))
lay.append_layout_element(P('DETERMINA', B, 10, AL.CENTERED, margin_top=6))
ol = OrderedList()
for txt in [
    'di disporre il rimborso ai contribuenti indicati nell’elenco agli atti della somma complessiva di euro 3.578,14, di cui euro 3.482,00 a titolo di imposta ed euro 96,14 a titolo di interessi;',
    'di imputare la spesa al capitolo 1185 “Rimborsi e restituzioni di tributi” del bilancio 2026-2028, esercizio 2026;',
    'di dare atto che l’elenco nominativo dei beneficiari non viene pubblicato ai sensi del Regolamento UE 2016/679 e resta depositato presso l’Ufficio Tributi.']:
    ol.append_layout_element(P(txt))
lay.append_layout_element(ol)
lay.append_layout_element(P('Moggio Udinese, 06/03/2026', S, 9, AL.LEFT, margin_top=12))
lay.append_layout_element(P('IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA', SB, 8.5, AL.RIGHT, margin_top=4))
lay.append_layout_element(P('Rag. Daniela Di Lenardo', S, 9, AL.RIGHT))
lay.append_layout_element(P('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', S, 7, AL.RIGHT))
lay.append_layout_element(P('ATTESTAZIONE DI COPERTURA FINANZIARIA – Visto favorevole di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 151, comma 4, del D.Lgs. 267/2000. Impegno n. 203/2026. Il Responsabile del Servizio Finanziario, Rag. Daniela Di Lenardo.',
                            S, 7.5, AL.JUSTIFIED, margin_top=12, border_width_top=1, border_width_bottom=1,
                            border_width_left=1, border_width_right=1, border_color=HexColor('777777'),
                            padding_top=4, padding_bottom=4, padding_left=4, padding_right=4))
PDF.write(what=doc, where_to=sys.argv[1])
