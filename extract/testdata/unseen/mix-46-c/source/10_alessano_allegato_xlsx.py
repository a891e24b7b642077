#!/usr/bin/env python3
"""Annex of the Comune di Alessano kept as an Excel workbook (openpyxl writes the .xlsx with
print setup: A4 portrait, fit to width, header/footer codes, gridlines as cell borders);
LibreOffice Calc prints it to PDF, as an office exports its Excel annex."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = sys.argv[1] if len(sys.argv) > 1 else "allegato-alessano-excel.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "Tariffe 2026"
thin = Side(style="thin", color="808080")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = PatternFill("solid", fgColor="DDEBF7")
G = PatternFill("solid", fgColor="F2F2F2")

ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 46
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 14
ws.column_dimensions["E"].width = 14

rows = [
    ("COMUNE DI ALESSANO", Font(name="Arial", size=14, bold=True)),
    ("Provincia di Lecce", Font(name="Arial", size=9, italic=True)),
    ("", None),
    ("ALLEGATO A alla deliberazione della Giunta Comunale n. 31 del 10/03/2026", Font(name="Arial", size=10, bold=True)),
    ("SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E TASSO DI COPERTURA ANNO 2026", Font(name="Arial", size=11, bold=True)),
]
for i, (t, f) in enumerate(rows, 1):
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=5)
    c = ws.cell(row=i, column=1, value=t)
    if f:
        c.font = f
    c.alignment = Alignment(horizontal="center")

hdr = ["N.", "Servizio / voce tariffaria", "Unità", "Tariffa 2025 (€)", "Tariffa 2026 (€)"]
r0 = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=r0, column=j, value=h)
    c.font = Font(name="Arial", size=9, bold=True)
    c.fill = F
    c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[r0].height = 28

data = [
    ("1", "MENSA SCOLASTICA", None, None, None, True),
    ("1.1", "Pasto scuola dell'infanzia – ISEE fino a € 6.000,00", "a pasto", 1.80, 1.80, False),
    ("1.2", "Pasto scuola dell'infanzia – ISEE da € 6.000,01 a € 15.000,00", "a pasto", 2.60, 2.70, False),
    ("1.3", "Pasto scuola dell'infanzia – ISEE oltre € 15.000,00", "a pasto", 3.40, 3.50, False),
    ("1.4", "Pasto scuola primaria tempo pieno", "a pasto", 3.40, 3.50, False),
    ("2", "TRASPORTO SCOLASTICO", None, None, None, True),
    ("2.1", "Abbonamento annuale primo figlio", "annuo", 150.00, 160.00, False),
    ("2.2", "Abbonamento annuale secondo figlio e successivi", "annuo", 100.00, 110.00, False),
    ("3", "IMPIANTI SPORTIVI", None, None, None, True),
    ("3.1", "Palestra comunale “Don Tonino Bello” – uso orario", "ora", 15.00, 16.00, False),
    ("3.2", "Campo di calcetto Montesardo – uso orario diurno", "ora", 25.00, 25.00, False),
    ("3.3", "Campo di calcetto Montesardo – uso orario con illuminazione", "ora", 35.00, 36.00, False),
    ("4", "SALE E SPAZI COMUNALI", None, None, None, True),
    ("4.1", "Sala conferenze Palazzo Sangiovanni – mezza giornata", "utilizzo", 80.00, 80.00, False),
    ("4.2", "Sala conferenze Palazzo Sangiovanni – giornata intera", "utilizzo", 140.00, 150.00, False),
    ("4.3", "Celebrazione matrimoni civili nel Castello Caracciolo (non residenti)", "evento", 300.00, 350.00, False),
]
r = r0 + 1
for n, desc, unit, t25, t26, cat in data:
    vals = [n, desc, unit, t25, t26]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.border = B
        c.font = Font(name="Arial", size=9, bold=cat)
        if cat:
            c.fill = G
        if j in (4, 5) and v is not None:
            c.number_format = "#,##0.00"
            c.alignment = Alignment(horizontal="right")
        elif j in (1, 3):
            c.alignment = Alignment(horizontal="center")
        else:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    if cat:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1

r += 1
summ = [("Totale previsione di entrata 2026 (€)", 68450.00), ("Totale previsione di spesa 2026 (€)", 142310.00),
        ("Tasso di copertura complessivo (%)", 48.10)]
for lab, v in summ:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    c = ws.cell(row=r, column=1, value=lab)
    c.font = Font(name="Arial", size=9, bold=True)
    c.alignment = Alignment(horizontal="right")
    c2 = ws.cell(row=r, column=5, value=v)
    c2.number_format = "#,##0.00"
    c2.font = Font(name="Arial", size=9, bold=True)
    c2.border = B
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=5)
c = ws.cell(row=r, column=1, value="Le tariffe si intendono IVA compresa ove dovuta. Il tasso di copertura è calcolato ai "
            "sensi dell'art. 243, comma 2, lett. a), del D.Lgs. 267/2000.")
c.font = Font(name="Arial", size=8, italic=True)
c.alignment = Alignment(wrap_text=True, vertical="top")
r += 3
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
c = ws.cell(row=r, column=3, value="Il Responsabile del Settore Finanziario")
c.font = Font(name="Arial", size=9)
c.alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=5)
c = ws.cell(row=r + 1, column=3, value="Rag. Donato Ciullo")
c.font = Font(name="Arial", size=9)
c.alignment = Alignment(horizontal="center")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.oddHeader.right.text = "Allegato A – G.C. n. 31/2026"
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&F"
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddFooter.right.size = 8
ws.print_options.horizontalCentered = True
wb.properties.creator = "Ufficio Ragioneria"
wb.properties.title = "Allegato A - Tariffe servizi a domanda individuale 2026"
wb.save(OUT)
