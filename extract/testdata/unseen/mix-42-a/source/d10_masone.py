#!/usr/bin/env python3
"""Comune di Masone - annex to a Giunta deliberation: the 2026 rates of the
cemetery services, kept as a spreadsheet and printed to PDF (openpyxl
workbook, converted by LibreOffice Calc; print header/footer from the sheet)."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = sys.argv[1] if len(sys.argv) > 1 else "allegato-masone-excel.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "Tariffe 2026"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")

ws["A1"] = "COMUNE DI MASONE"
ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws["A2"] = "Città Metropolitana di Genova - Area Tecnica - Servizi Cimiteriali"
ws["A2"].font = Font(name="Liberation Sans", size=9)
ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 27 del 17/03/2026"
ws["A4"].font = Font(name="Liberation Sans", bold=True, size=10)
ws["A5"] = "TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI - ANNO 2026"
ws["A5"].font = Font(name="Liberation Sans", bold=True, size=11)
heads = ["Cod.", "Descrizione del servizio", "U.M.", "Tariffa 2025 (€)", "Tariffa 2026 (€)", "Var. %"]
for i, h in enumerate(heads, 1):
    c = ws.cell(row=7, column=i, value=h)
    c.font = Font(name="Liberation Sans", bold=True, size=9)
    c.fill = hdr_fill
    c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [
    ("S", "A) OPERAZIONI CIMITERIALI"),
    ("A.01", "Inumazione in campo comune", "cad.", 310.00, 320.00),
    ("A.02", "Tumulazione in loculo", "cad.", 280.00, 290.00),
    ("A.03", "Tumulazione in tomba di famiglia", "cad.", 420.00, 435.00),
    ("A.04", "Tumulazione di cassetta ossario o urna cineraria", "cad.", 95.00, 100.00),
    ("A.05", "Esumazione ordinaria", "cad.", 260.00, 270.00),
    ("A.06", "Estumulazione ordinaria con raccolta resti", "cad.", 300.00, 310.00),
    ("A.07", "Traslazione di salma all'interno del cimitero", "cad.", 350.00, 360.00),
    ("S", "B) CONCESSIONI (durata anni)"),
    ("B.01", "Loculo - fila 1 e 4 (anni 40)", "cad.", 1850.00, 1900.00),
    ("B.02", "Loculo - fila 2 e 3 (anni 40)", "cad.", 2300.00, 2360.00),
    ("B.03", "Celletta ossario (anni 40)", "cad.", 480.00, 495.00),
    ("B.04", "Area per tomba di famiglia (anni 99)", "mq", 950.00, 975.00),
    ("B.05", "Rinnovo concessione loculo (anni 20)", "cad.", 920.00, 945.00),
    ("S", "C) ALTRI SERVIZI"),
    ("C.01", "Illuminazione votiva - canone annuo", "cad.", 18.00, 19.00),
    ("C.02", "Allacciamento illuminazione votiva", "cad.", 25.00, 25.00),
    ("C.03", "Dispersione ceneri nel giardino delle rimembranze", "cad.", 120.00, 125.00),
]
r = 8
for row in rows:
    if row[0] == "S":
        ws.cell(row=r, column=1, value=row[1]).font = Font(name="Liberation Sans", bold=True, size=9)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = sec_fill
            ws.cell(row=r, column=col).border = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    else:
        cod, desc, um, t25, t26 = row
        vals = [cod, desc, um, t25, t26, f"=ROUND((E{r}-D{r})/D{r}*100,1)"]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.font = Font(name="Liberation Sans", size=9)
            c.border = B
            if col in (4, 5):
                c.number_format = '[$-410]#,##0.00'
            if col == 6:
                c.number_format = '[$-410]0.0'
            if col in (1, 3):
                c.alignment = Alignment(horizontal="center")
    r += 1
r += 1
ws.cell(row=r, column=1, value="Le tariffe si intendono IVA esclusa ove dovuta. Gli importi delle concessioni "
        "comprendono la quota per le spese contrattuali.").font = Font(name="Liberation Sans", italic=True, size=8)
r += 2
ws.cell(row=r, column=4, value="Il Responsabile dell'Area Tecnica").font = Font(name="Liberation Sans", size=9)
ws.cell(row=r + 1, column=4, value="geom. Paolo Ottonello").font = Font(name="Liberation Sans", size=9)
for col, w in zip("ABCDEF", (7, 46, 7, 14, 14, 8)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[7].height = 26
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = "Tariffe cimiteriali 2026"
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&F"
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddFooter.right.size = 7
ws.print_area = f"A1:F{r + 1}"
wb.save(OUT)
