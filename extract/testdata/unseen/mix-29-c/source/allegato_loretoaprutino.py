#!/usr/bin/env python3
"""Annex of the Comune di Loreto Aprutino (PE): the 2026-2028 plan of
property disposals, kept as an Excel workbook by the technical office and
printed to PDF. Written with openpyxl; build.sh converts the .xlsx with
LibreOffice Calc (soffice --convert-to pdf). Page header and footer are
the sheet's print header/footer (&P di &N)."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Piano alienazioni 2026-2028"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")

ws.merge_cells("A1:J1"); ws["A1"] = "COMUNE DI LORETO APRUTINO"
ws["A1"].font = Font(name="Calibri", size=16, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:J2"); ws["A2"] = "Provincia di Pescara – Area Tecnica – Servizio Patrimonio"
ws["A2"].font = Font(name="Calibri", size=10); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:J4"); ws["A4"] = "ALLEGATO “A”"
ws["A4"].font = Font(name="Calibri", size=12, bold=True); ws["A4"].alignment = Alignment(horizontal="center")
ws.merge_cells("A5:J5")
ws["A5"] = "PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI 2026-2028 (art. 58 D.L. 25 giugno 2008, n. 112, conv. L. 133/2008)"
ws["A5"].font = Font(name="Calibri", size=11, bold=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[5].height = 30

heads = ["N.", "Descrizione immobile", "Località / indirizzo", "Foglio", "Particella", "Sub.",
         "Superficie (mq)", "Destinazione urbanistica (P.R.G.)", "Intervento previsto", "Valore stimato (€)"]
widths = [5, 34, 26, 7, 9, 6, 11, 24, 18, 14]
r0 = 7
for i, (h, wdt) in enumerate(zip(heads, widths), 1):
    c = ws.cell(row=r0, column=i, value=h)
    c.font = Font(name="Calibri", size=9, bold=True); c.fill = hdr_fill; c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions[c.column_letter].width = wdt
ws.row_dimensions[r0].height = 32

sections = [
    ("ANNO 2026", [
        ("Ex scuola rurale di Contrada Rotacesta", "C.da Rotacesta", "12", "418", "—", 310, "Zona E1 – agricola", "Alienazione", 96000),
        ("Relitto stradale", "Via del Baio", "27", "1102", "—", 145, "Zona B2 – completamento", "Alienazione", 8700),
        ("Terreno agricolo", "C.da Fiorano", "33", "77", "—", 12480, "Zona E1 – agricola", "Alienazione", 31200),
    ]),
    ("ANNO 2027", [
        ("Locale commerciale piano terra", "Corso Umberto I, 41", "21", "309", "4", 86, "Zona A – centro storico", "Alienazione", 74000),
        ("Ex mattatoio comunale", "Via Mattatoio", "22", "655", "—", 420, "Zona F – attrezzature", "Valorizzazione (concessione)", 0),
    ]),
    ("ANNO 2028", [
        ("Area edificabile", "Località Passo Cordone", "40", "1230", "—", 2650, "Zona C1 – espansione", "Alienazione", 119250),
    ]),
]
r = r0 + 1
n = 1
total_rows = []
for title, items in sections:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    c = ws.cell(row=r, column=1, value=title)
    c.font = Font(name="Calibri", size=9, bold=True); c.fill = sec_fill
    for col in range(1, 11):
        ws.cell(row=r, column=col).border = B
    r += 1
    for it in items:
        vals = [n] + list(it)
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.font = Font(name="Calibri", size=9); c.border = B
            c.alignment = Alignment(vertical="center", wrap_text=True,
                                    horizontal="center" if col in (1, 4, 5, 6) else None)
            if col == 7:
                c.number_format = "#,##0"
            if col == 10:
                c.number_format = "#,##0.00"
        total_rows.append(r)
        n += 1
        r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
c = ws.cell(row=r, column=1, value="TOTALE VALORE STIMATO DEI BENI DA ALIENARE NEL TRIENNIO")
c.font = Font(name="Calibri", size=9, bold=True); c.alignment = Alignment(horizontal="right")
for col in range(1, 11):
    ws.cell(row=r, column=col).border = B
c = ws.cell(row=r, column=10, value="=SUM(%s)" % ",".join("J%d" % x for x in total_rows))
c.font = Font(name="Calibri", size=9, bold=True); c.number_format = "#,##0.00"
r += 2
notes = [
    "Note:",
    "1) I valori sono stimati dall'Area Tecnica sulla base dei valori OMI (II semestre 2025) e sono soggetti a perizia di stima definitiva prima dell'avvio delle procedure di vendita.",
    "2) L'inserimento degli immobili nel piano ne determina la classificazione come patrimonio disponibile e ne dispone espressamente la destinazione urbanistica (art. 58, comma 2, D.L. 112/2008).",
    "3) Per l'ex mattatoio comunale è prevista la concessione di valorizzazione ai sensi dell'art. 3-bis del D.L. 351/2001; il valore non concorre al totale.",
]
for t in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    c = ws.cell(row=r, column=1, value=t)
    c.font = Font(name="Calibri", size=8.5, bold=(t == "Note:")); c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 24 if t != "Note:" else 14
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=10)
c = ws.cell(row=r, column=6, value="Il Responsabile dell'Area Tecnica")
c.font = Font(name="Calibri", size=9.5); c.alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=r+1, start_column=6, end_row=r+1, end_column=10)
c = ws.cell(row=r+1, column=6, value="Arch. Valentina Di Giampaolo")
c.font = Font(name="Calibri", size=9.5, bold=True); c.alignment = Alignment(horizontal="center")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.print_title_rows = "7:7"
ws.oddHeader.right.text = "Allegato A – Piano alienazioni 2026-2028"
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&F"
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddFooter.right.size = 8
wb.properties.creator = "Ufficio Tecnico - Comune di Loreto Aprutino"
wb.properties.title = "Allegato A - Piano delle alienazioni e valorizzazioni immobiliari 2026-2028"
wb.save(out)
