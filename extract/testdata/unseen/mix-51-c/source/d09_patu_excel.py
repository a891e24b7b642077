#!/usr/bin/env python3
"""Certificate of publication of the Comune di Patù kept as an Excel sheet
(merged cells, grid borders, print area, page setup), the kind of form
a small office fills in a spreadsheet. Written with openpyxl; build.sh
prints it to PDF with LibreOffice Calc."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

out = sys.argv[1]
SUBJECT = ("Concessione in comodato d’uso gratuito dei locali dell’ex scuola elementare di via "
           "Vittorio Emanuele all’Associazione “Centopietre” – Approvazione schema di contratto.")
wb = Workbook(); ws = wb.active; ws.title = "Certificato"
for col, w in zip("ABCDEF", (16, 16, 16, 16, 16, 16)):
    ws.column_dimensions[col].width = w
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")


def put(rng, text, size=10, bold=False, italic=False, align="left", fill=None, border=True, h=None, wrap=True, valign="center"):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    c = ws[first]; c.value = text
    c.font = Font(name="Arial", size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill: c.fill = fill
    if border:
        from openpyxl.utils import range_boundaries
        a, b, cc, d = range_boundaries(rng)
        for r in range(b, d + 1):
            for k in range(a, cc + 1):
                ws.cell(r, k).border = B
    if h:
        ws.row_dimensions[int("".join(ch for ch in first if ch.isdigit()))].height = h


put("A1:F1", "COMUNE DI PATÙ", 16, True, align="center", border=False, h=26)
put("A2:F2", "Provincia di Lecce", 10, italic=True, align="center", border=False)
put("A3:F3", "Via Vittorio Emanuele, 65 – 73053 Patù (LE) – protocollo.comune.patu@pec.rupar.puglia.it",
    8, align="center", border=False)
put("A5:F5", "CERTIFICATO DI PUBBLICAZIONE", 13, True, align="center", fill=grey, h=22)
put("A6:F6", "(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 Legge 18 giugno 2009, n. 69)", 8,
    italic=True, align="center")
put("A8:B8", "Tipo atto", 9, True, fill=grey); put("C8:F8", "Deliberazione della Giunta Comunale", 10)
put("A9:B9", "Numero", 9, True, fill=grey); put("C9:F9", "31", 10, True)
put("A10:B10", "Data atto", 9, True, fill=grey); put("C10:F10", "05/03/2026", 10, True)
put("A11:B11", "Oggetto", 9, True, fill=grey, valign="top"); put("C11:F11", SUBJECT, 10, h=44, valign="top")
put("A12:B12", "N. registro pubblicazioni", 9, True, fill=grey); put("C12:F12", "187/2026", 10)
put("A13:B13", "Pubblicata dal", 9, True, fill=grey); put("C13:D13", "10/03/2026", 10)
put("E13:E13", "al", 9, True, fill=grey, align="center"); put("F13:F13", "25/03/2026", 10)
put("A15:F15",
    "Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d’ufficio, CERTIFICA che la "
    "deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici "
    "giorni consecutivi, dal 10/03/2026 al 25/03/2026, senza che siano pervenuti reclami od opposizioni.",
    10, border=False, h=58)
put("A17:C17", "Patù, 26/03/2026", 10, border=False)
put("D17:F17", "IL RESPONSABILE DEL SERVIZIO SEGRETERIA", 9, True, align="center", border=False)
put("D18:F18", "Dott. Luigi Ferraro", 10, align="center", border=False)
put("D19:F19", "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", 8, italic=True, align="center", border=False)
put("A22:F22", "Modello CERT-PUBB rev. 3 – Ufficio Segreteria", 7, italic=True, border=False)
ws.print_area = "A1:F22"
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&D"
ws.oddHeader.right.text = "Certificato di pubblicazione"
wb.properties.creator = "Ufficio Segreteria"; wb.properties.title = "Certificato pubblicazione G.C. 31/2026"
wb.save(out)
