import sys, openpyxl
from openpyxl.styles import Font, Border, Side, Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Permessi"
b = Border(*(Side(style="thin"),)*4)
ws["A1"] = "COMUNE DI FARA VICENTINO"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Provincia di Vicenza – Area Tecnica – Servizio Edilizia Privata e Urbanistica"
ws["A4"] = "ELENCO DEI PERMESSI DI COSTRUIRE RILASCIATI NEL MESE DI FEBBRAIO 2026"; ws["A4"].font = Font(bold=True, size=12)
ws["A5"] = "(art. 20, comma 6, D.P.R. 6 giugno 2001, n. 380 – pubblicazione all'Albo pretorio per 15 giorni)"
hdr = ["N. permesso", "Data rilascio", "Pratica", "Titolare", "Intervento", "Ubicazione", "Fg./Mapp."]
rows = [
 ("1/2026","03/02/2026","PE 2025/118","R. B.","Ampliamento di fabbricato residenziale ai sensi della L.R. 14/2019","Via Capitello, 12","8 / 411"),
 ("2/2026","05/02/2026","PE 2025/124","Agricola Colli Astico s.s.","Nuova costruzione di annesso rustico per ricovero attrezzi","Via Monte Grappa","3 / 77-78"),
 ("3/2026","11/02/2026","PE 2025/131","M. D. e L. F.","Ristrutturazione con demolizione e ricostruzione di edificio unifamiliare","Via San Giorgio, 4","11 / 205"),
 ("4/2026","17/02/2026","PE 2026/006","Immobiliare Breganze Nord S.r.l.","Realizzazione di due unità abitative in zona C2/5","Via dei Ronchi","9 / 512"),
 ("5/2026","24/02/2026","PE 2026/011","G. T.","Costruzione di autorimessa pertinenziale interrata","Via Marconi, 27","6 / 340"),
 ("6/2026","27/02/2026","PE 2026/015","Parrocchia di S. Maria Assunta","Rifacimento copertura e consolidamento della canonica","Piazza Arnaldi, 1","10 / 98"),
]
ws.append([]); ws.append(hdr)
for r in rows: ws.append(list(r))
for row in ws.iter_rows(min_row=7, max_row=7+len(rows)):
    for c in row:
        c.border = b; c.alignment = Alignment(wrap_text=True, vertical="top")
        if c.row == 7: c.font = Font(bold=True)
for col, w in zip("ABCDEFG", [11, 12, 12, 24, 44, 20, 11]): ws.column_dimensions[col].width = w
ws.row_dimensions[7].height = 30
for r in range(8, 8+len(rows)): ws.row_dimensions[r].height = 30
n = 8 + len(rows) + 1
ws.cell(n, 1, "Fara Vicentino, 2 marzo 2026")
ws.cell(n+1, 5, "IL RESPONSABILE DELL'AREA TECNICA")
ws.cell(n+2, 5, "geom. Stefano Dalla Valle")
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "7:7"
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
