# Consorzio di Bonifica Cellina Meduna (Pordenone, Friuli Venezia Giulia): Allegato A to the deliberazione
# del Consiglio di Amministrazione n. 29 of 28/04/2026, programme of ordinary maintenance 2026.
# openpyxl writes an .xlsx (merged title cells, header row repeated on every printed page, landscape,
# footer with page numbers); build.sh prints it with LibreOffice Calc under LANG=it_IT.UTF-8.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

random.seed(6729)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="666666"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "CONSORZIO DI BONIFICA CELLINA MEDUNA"
ws["A1"].font = Font(name="Calibri", size=15, bold=True, color="1F4E79"); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:G2"); ws["A2"] = "Pordenone – Area Tecnica – Settore Manutenzione Rete"
ws["A2"].font = Font(name="Calibri", size=9, italic=True); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:G3"); ws["A3"] = "Allegato A alla deliberazione del Consiglio di Amministrazione n. 29 del 28/04/2026"
ws["A3"].font = Font(name="Calibri", size=10, bold=True); ws["A3"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:G4"); ws["A4"] = "PROGRAMMA DEGLI INTERVENTI DI MANUTENZIONE ORDINARIA DELLA RETE DI BONIFICA E IRRIGUA – ANNO 2026"
ws["A4"].font = Font(name="Calibri", size=11, bold=True); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[4].height = 20
hdr = ["N.", "Comune", "Canale / manufatto", "Tipo di intervento", "Sviluppo (m)", "Periodo", "Importo (euro)"]
fill = PatternFill("solid", fgColor="DDEBF7")
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h); c.font = Font(name="Calibri", bold=True, size=10); c.fill = fill; c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
comuni = ["San Quirino", "Cordenons", "Zoppola", "San Giorgio della Richinvelda", "Spilimbergo", "Vivaro", "Maniago", "Arba",
          "Sequals", "Valvasone Arzene", "Fiume Veneto", "Porcia", "Roveredo in Piano", "Fontanafredda", "Aviano",
          "Casarsa della Delizia", "San Martino al Tagliamento", "Vajont"]
canali = ["Canale principale Cellina", "Canale secondario di Zoppola", "Roggia di Cordenons", "Canale Meduna sinistro",
          "Canale adduttore di Vivaro", "Scolo Brentella", "Canale di gronda Sequals", "Roggia dei Mulini", "Canale Giulio",
          "Condotta pluvirrigua lotto 4", "Canale di Fiume", "Scolo Rujè", "Canale di San Martino"]
tipi = ["Sfalcio meccanico delle sponde", "Espurgo del fondo e risagomatura", "Ripristino rivestimento in calcestruzzo",
        "Manutenzione paratoie e organi di manovra", "Taglio selettivo della vegetazione arborea", "Pulizia griglie e sgrigliatori",
        "Sostituzione giunti condotta"]
periodi = ["gen–mar", "apr–giu", "lug–set", "ott–dic", "intero anno"]
r = 7; tot = 0.0
for n in range(1, 47):
    imp = round(random.uniform(1800, 38000), 2); tot += imp
    vals = [n, random.choice(comuni), random.choice(canali), random.choice(tipi), random.choice([120, 250, 400, 650, 800, 1200, 1850, 2400, 3100]),
            random.choice(periodi), imp]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.font = Font(name="Calibri", size=10)
        if i == 5: c.number_format = "#,##0"
        if i == 7: c.number_format = "#,##0.00"
        if i in (1, 6): c.alignment = Alignment(horizontal="center")
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
c = ws.cell(row=r, column=1, value="TOTALE PROGRAMMA 2026"); c.font = Font(name="Calibri", bold=True); c.alignment = Alignment(horizontal="right"); c.border = B
c = ws.cell(row=r, column=7, value=f"=SUM(G7:G{r-1})"); c.number_format = "#,##0.00"; c.font = Font(name="Calibri", bold=True); c.border = B
r += 2
ws.cell(row=r, column=1, value="Il Direttore dell'Area Tecnica – ing. Paolo Zanette (firmato digitalmente)").font = Font(name="Calibri", size=9, italic=True)
for col, wdt in zip("ABCDEFG", (5, 26, 30, 40, 12, 11, 15)):
    ws.column_dimensions[col].width = wdt
ws.print_title_rows = "6:6"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.6
ws.oddFooter.left.text = "Consorzio di Bonifica Cellina Meduna – All. A CdA 29/2026"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
wb.properties.creator = "area.tecnica"; wb.properties.title = "Allegato A manutenzioni 2026"
wb.save(sys.argv[1])
