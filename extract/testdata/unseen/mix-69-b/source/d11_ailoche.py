# Ailoche (BI): avviso of found objects as a spreadsheet (openpyxl .xlsx -> LibreOffice Calc), merged title cells
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Oggetti rinvenuti"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
widths = [8, 13, 42, 30, 16]
for i, w in enumerate(widths): ws.column_dimensions["ABCDE"[i]].width = w
def merged(row, text, bold=False, size=11, align="center", h=None):
    ws.merge_cells(f"A{row}:E{row}"); c = ws[f"A{row}"]; c.value = text; c.font = Font(name="Calibri", bold=bold, size=size)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if h: ws.row_dimensions[row].height = h
merged(1, "COMUNE DI AILOCHE", True, 16, h=24)
merged(2, "Provincia di Biella – Piazza Municipio 1 – 13060 Ailoche (BI)", size=9)
merged(3, "Ufficio Oggetti Rinvenuti", True, 11)
merged(5, "AVVISO – OGGETTI RINVENUTI", True, 14, h=22)
merged(6, "ELENCO DEGLI OGGETTI RINVENUTI NEL TERRITORIO COMUNALE E DEPOSITATI PRESSO IL COMUNE", True, 11, h=30)
merged(7, "Ai sensi degli articoli 927, 928 e 929 del Codice Civile si rende noto che presso l'Ufficio Oggetti Rinvenuti sono depositati gli oggetti sotto elencati, consegnati da privati cittadini.", size=10, align="left", h=42)
hdr = ["N.", "Data ritrovamento", "Descrizione dell'oggetto", "Luogo del ritrovamento", "Verbale"]
for i, h in enumerate(hdr):
    c = ws.cell(row=9, column=i + 1, value=h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
items = [("12/10/2026", "Mazzo di n. 3 chiavi con portachiavi in cuoio marrone", "Piazza Municipio", "n. 9/2026"),
         ("19/10/2026", "Portafoglio nero contenente euro 35,00 (senza documenti)", "Fraz. Piletta, fermata bus", "n. 10/2026"),
         ("25/10/2026", "Occhiali da vista con montatura rossa e custodia", "Sentiero per la Bocchetta di Ailoche", "n. 11/2026"),
         ("02/11/2026", "Telefono cellulare marca Samsung, colore grigio", "Parcheggio del cimitero", "n. 12/2026"),
         ("08/11/2026", "Bicicletta per bambino, colore azzurro", "Area giochi di via Roma", "n. 13/2026")]
for r, it in enumerate(items, 10):
    vals = [r - 9] + list(it)
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i in (0, 1, 4) else "left")
r = 10 + len(items) + 1
merged(r, "Il proprietario può richiederne la restituzione, previa dimostrazione del titolo e descrizione dell'oggetto, presentandosi all'Ufficio nei giorni di martedì e venerdì dalle ore 9.00 alle ore 12.00. Trascorso un anno dall'ultimo giorno di pubblicazione senza che il proprietario si sia presentato, la cosa oppure il suo prezzo apparterrà a chi l'ha trovata (art. 929 c.c.).", size=10, align="left", h=70)
merged(r + 2, "Ailoche, 13/11/2026", size=10, align="left")
ws.merge_cells(f"D{r+4}:E{r+4}"); ws[f"D{r+4}"] = "Il Responsabile del Servizio"; ws[f"D{r+4}"].alignment = Alignment(horizontal="center")
ws.merge_cells(f"D{r+5}:E{r+5}"); ws[f"D{r+5}"] = "rag. Paola Zanone"; ws[f"D{r+5}"].alignment = Alignment(horizontal="center")
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
