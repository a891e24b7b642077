# Consorzio di Bonifica Sud Pontino: Allegato A (list of maintenance works), openpyxl .xlsx -> LibreOffice Calc, landscape, title row repeated
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:F1"); ws["A1"] = "CONSORZIO DI BONIFICA SUD PONTINO"; ws["A1"].font = Font(name="Carlito", bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione del Comitato esecutivo n. 31 del 22/04/2026 – Programma delle manutenzioni ordinarie dei canali, anno 2026"; ws["A2"].font = Font(name="Carlito", size=10)
hdr = ["N.", "Canale / Collettore", "Comune", "Tratto (km)", "Intervento", "Importo (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=4, column=j, value=h); c.font = Font(name="Carlito", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E8D0"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [("Canale Acqualonga", "Fondi", "0+000 – 3+200", "Diserbo meccanico e risagomatura sponde", 18400),
 ("Collettore Portella", "Fondi", "1+150 – 4+900", "Espurgo fondale", 26750),
 ("Canale Sant'Anastasia", "Fondi", "0+000 – 2+450", "Taglio vegetazione", 9860),
 ("Rio Claro", "Monte San Biagio", "2+300 – 5+100", "Ripristino difese spondali", 31200),
 ("Canale Pedemontano", "Sperlonga", "0+000 – 1+800", "Diserbo meccanico", 7420),
 ("Canale Vetruna", "Lenola", "0+600 – 2+100", "Rimozione sedimenti", 12380),
 ("Fosso Capodacqua", "Formia", "0+000 – 1+250", "Taglio vegetazione e pulizia griglie", 8650),
 ("Canale Selvavetere", "Monte San Biagio", "0+000 – 3+600", "Espurgo fondale", 22900),
 ("Rio Santa Croce", "Itri", "1+000 – 2+700", "Ripristino briglie", 17300),
 ("Canale Tumulo", "Minturno", "0+000 – 2+950", "Diserbo meccanico e risagomatura sponde", 15640),
 ("Fosso Ausente", "Castelforte", "0+400 – 1+900", "Rimozione sedimenti", 11280),
 ("Canale Pantano", "Gaeta", "0+000 – 0+950", "Pulizia idrovora e griglie", 6930),
 ("Collettore Vicinale", "Fondi", "2+000 – 4+400", "Taglio vegetazione", 10150),
 ("Canale Ponte Gagliardo", "Terracina", "0+000 – 2+200", "Espurgo fondale", 19870),
 ("Fosso San Magno", "Fondi", "0+000 – 1+600", "Diserbo meccanico", 5980),
 ("Rio Recillo", "Santi Cosma e Damiano", "0+300 – 2+000", "Ripristino difese spondali", 24400),
 ("Canale Fiumetto", "Minturno", "0+000 – 1+700", "Pulizia griglie", 4760),
 ("Canale Salto di Fondi", "Fondi", "3+000 – 6+300", "Espurgo fondale", 28610)]
r = 5
for i, row in enumerate(rows, 1):
    vals = (i,) + row
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v); c.font = Font(name="Carlito", size=10); c.border = B; c.alignment = Alignment(vertical="center", wrap_text=True)
        if j == 6: c.number_format = "#,##0.00"
    r += 1
ws.cell(row=r, column=5, value="TOTALE").font = Font(name="Carlito", bold=True, size=10)
t = ws.cell(row=r, column=6, value="=SUM(F5:F%d)" % (r - 1)); t.number_format = "#,##0.00"; t.font = Font(name="Carlito", bold=True, size=10); t.border = B
for col, w in zip("ABCDEF", [5, 28, 22, 16, 40, 14]): ws.column_dimensions[col].width = w
for rr in range(5, r): ws.row_dimensions[rr].height = 26
ws.print_title_rows = "4:4"; ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
