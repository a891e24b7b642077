# Annex of Collecchio: an Excel workbook (as the office keeps it) written with openpyxl,
# printed to PDF by LibreOffice Calc (see build.sh)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI COLLECCHIO"; ws["A1"].font = Font(name="Calibri", size=14, bold=True)
ws["A2"] = "Provincia di Parma – Servizio Cimiteri"; ws["A2"].font = Font(name="Calibri", size=10, italic=True)
ws["A4"] = "ALLEGATO A) alla deliberazione della Giunta Comunale n. 44 del 14/04/2026"; ws["A4"].font = Font(name="Calibri", size=10, bold=True)
ws["A5"] = "TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026"; ws["A5"].font = Font(name="Calibri", size=12, bold=True)
for c in ("A1", "A2", "A4", "A5"):
    ws.merge_cells(c + ":" + "F" + c[1:]); ws[c].alignment = Alignment(horizontal="center")
hdr = ["Cod.", "Descrizione del servizio", "U.M.", "Tariffa 2025 (€)", "Tariffa 2026 (€)", "Var. %"]
rows = [
 ("S01", "Inumazione in campo comune (adulti)", "cad.", 310.00, 320.00),
 ("S02", "Inumazione in campo comune (minori di 10 anni)", "cad.", 155.00, 160.00),
 ("S03", "Tumulazione in loculo", "cad.", 245.00, 252.00),
 ("S04", "Tumulazione in tomba di famiglia", "cad.", 380.00, 392.00),
 ("S05", "Tumulazione resti/ceneri in celletta ossario", "cad.", 95.00, 98.00),
 ("S06", "Esumazione ordinaria", "cad.", 290.00, 299.00),
 ("S07", "Estumulazione ordinaria da loculo", "cad.", 270.00, 278.00),
 ("S08", "Dispersione delle ceneri in area cimiteriale", "cad.", 110.00, 113.00),
 ("C01", "Concessione loculo 1ª e 4ª fila – 40 anni", "cad.", 2650.00, 2730.00),
 ("C02", "Concessione loculo 2ª e 3ª fila – 40 anni", "cad.", 3150.00, 3245.00),
 ("C03", "Concessione celletta ossario/cineraria – 30 anni", "cad.", 620.00, 640.00),
 ("C04", "Concessione area per tomba di famiglia – 99 anni", "mq", 1180.00, 1215.00),
 ("L01", "Illuminazione votiva – canone annuo", "punto luce", 18.50, 19.00),
 ("L02", "Illuminazione votiva – allacciamento", "punto luce", 25.00, 25.00),
]
r0 = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(r0, j, h); c.font = Font(name="Calibri", size=10, bold=True); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for i, (cod, d, um, a, b) in enumerate(rows, r0 + 1):
    vals = [cod, d, um, a, b, None]
    for j, v in enumerate(vals, 1):
        c = ws.cell(i, j, v); c.font = Font(name="Calibri", size=10); c.border = B
    ws.cell(i, 4).number_format = '#,##0.00'; ws.cell(i, 5).number_format = '#,##0.00'
    ws.cell(i, 6).value = "=(E%d-D%d)/D%d" % (i, i, i); ws.cell(i, 6).number_format = '0.0%'
    ws.cell(i, 3).alignment = Alignment(horizontal="center")
n = r0 + len(rows) + 2
ws.cell(n, 1, "Note: le tariffe sono comprensive di IVA ove dovuta. Per i residenti ultraottantenni in condizione ISEE inferiore a € 9.000,00 si applica la riduzione del 20% sulle voci S01–S08.").font = Font(name="Calibri", size=9, italic=True)
ws.merge_cells(start_row=n, start_column=1, end_row=n + 1, end_column=6)
ws.cell(n, 1).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[n].height = 15; ws.row_dimensions[n + 1].height = 15
for col, w in zip("ABCDEF", (7, 48, 11, 14, 14, 9)):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_options.gridLines = False; ws.print_options.horizontalCentered = True
ws.oddHeader.left.text = "TARIFFE_CIMITERIALI_2026.xlsx"; ws.oddHeader.right.text = "&A"
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.right.text = "Stampato il 15/04/2026"
ws.oddHeader.left.size = 8; ws.oddHeader.right.size = 8; ws.oddFooter.center.size = 8; ws.oddFooter.right.size = 8
wb.properties.creator = "Servizio Cimiteri"; wb.properties.title = "Allegato A - Tariffe cimiteriali 2026"
wb.save(out)
