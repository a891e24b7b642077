# Comune di Gavi - Allegato A (tariff schedule) as an Excel workbook, exported to PDF by LibreOffice Calc
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI GAVI"; ws["A1"].font = Font(name="Arial", size=14, bold=True)
ws["A2"] = "Provincia di Alessandria"; ws["A2"].font = Font(name="Arial", size=9)
ws["A4"] = "ALLEGATO A) alla deliberazione della Giunta Comunale n. 29 del 10/04/2026"; ws["A4"].font = Font(name="Arial", size=10, italic=True)
ws["A6"] = "TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026"; ws["A6"].font = Font(name="Arial", size=12, bold=True)
for r in (1, 2, 4, 6): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
hdr = ["Cod.", "Descrizione del servizio / concessione", "Durata", "Tariffa 2025 (€)", "Tariffa 2026 (€)"]
rows = [
 ("A", "INUMAZIONI ED ESUMAZIONI", None, None, None),
 ("A.1", "Inumazione in campo comune (adulti)", "10 anni", 320.00, 330.00),
 ("A.2", "Inumazione in campo comune (minori di 10 anni)", "10 anni", 160.00, 165.00),
 ("A.3", "Esumazione ordinaria con raccolta resti in cassetta", "–", 250.00, 258.00),
 ("A.4", "Esumazione straordinaria su richiesta dei familiari", "–", 420.00, 433.00),
 ("B", "TUMULAZIONI ED ESTUMULAZIONI", None, None, None),
 ("B.1", "Tumulazione in loculo (feretro)", "–", 280.00, 289.00),
 ("B.2", "Tumulazione in celletta ossario / cinerario", "–", 95.00, 98.00),
 ("B.3", "Estumulazione ordinaria", "–", 300.00, 309.00),
 ("B.4", "Traslazione salma all'interno del cimitero", "–", 350.00, 361.00),
 ("C", "CONCESSIONI CIMITERIALI", None, None, None),
 ("C.1", "Loculo 1ª e 4ª fila – Cimitero del Capoluogo", "40 anni", 2400.00, 2472.00),
 ("C.2", "Loculo 2ª e 3ª fila – Cimitero del Capoluogo", "40 anni", 2900.00, 2987.00),
 ("C.3", "Loculo – Cimitero frazione Rovereto", "40 anni", 2100.00, 2163.00),
 ("C.4", "Celletta ossario / cinerario", "40 anni", 480.00, 494.00),
 ("C.5", "Area per tomba di famiglia (al mq)", "99 anni", 650.00, 670.00),
 ("D", "ALTRI SERVIZI", None, None, None),
 ("D.1", "Dispersione ceneri nel giardino delle rimembranze", "–", 110.00, 113.00),
 ("D.2", "Illuminazione votiva – canone annuo per punto luce", "1 anno", 22.00, 23.00),
 ("D.3", "Diritti di istruttoria pratiche di polizia mortuaria", "–", 30.00, 30.00),
]
r0 = 8
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=r0, column=j, value=h); c.font = Font(name="Arial", size=9, bold=True); c.border = B
    c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for i, row in enumerate(rows, r0 + 1):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v); c.border = B; c.font = Font(name="Arial", size=9, bold=row[2] is None)
        if j >= 4 and v is not None:
            c.value = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")  # Italian figures, kept as text as in the office's sheet
            c.alignment = Alignment(horizontal="right")
        if j == 3: c.alignment = Alignment(horizontal="center")
    if row[2] is None:
        for j in range(1, 6): ws.cell(row=i, column=j).fill = PatternFill("solid", fgColor="F2F2F2")
n = r0 + len(rows) + 2
notes = ["Note:",
 "1. Le tariffe sono aggiornate nella misura del 3,0% rispetto all'anno 2025, con arrotondamento all'euro.",
 "2. Le tariffe non comprendono l'IVA, ove dovuta, né le spese per la fornitura di lapidi e accessori.",
 "3. Per i residenti nel Comune di Gavi al momento del decesso le tariffe delle concessioni di cui alla lettera C sono ridotte del 10%.",
 "4. Il pagamento è effettuato esclusivamente tramite il sistema pagoPA."]
for k, s in enumerate(notes):
    c = ws.cell(row=n + k, column=1, value=s); c.font = Font(name="Arial", size=8.5, bold=(k == 0))
    ws.merge_cells(start_row=n + k, start_column=1, end_row=n + k, end_column=5)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[n + k].height = 24 if len(s) > 95 else 13
ws.cell(row=n + 7, column=4, value="Il Responsabile del Servizio Tecnico").font = Font(name="Arial", size=9)
ws.cell(row=n + 8, column=4, value="Geom. Alessio Repetto").font = Font(name="Arial", size=9)
for col, w in zip("ABCDE", (7, 52, 10, 15, 15)): ws.column_dimensions[col].width = w
ws.row_dimensions[r0].height = 28
ws.print_area = f"A1:E{n + 8}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = "Allegato A) – G.C. n. 29/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "Comune di Gavi – Servizio Tecnico"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
wb.properties.creator = "Ufficio Tecnico"; wb.properties.title = "Allegato A - Tariffe cimiteriali 2026"
wb.save("allegato-gavi-excel.xlsx")
