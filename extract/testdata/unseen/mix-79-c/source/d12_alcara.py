# Allegato A to a determinazione: openpyxl .xlsx printed by LibreOffice Calc (landscape, title rows repeated, header/footer)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "COMUNE DI ALCARA LI FUSI – Città Metropolitana di Messina"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws["A2"] = "ALLEGATO A alla Determinazione dell'Area Tecnica n. 23 del 20/03/2026 (Reg. Gen. 96) – Elenco delle ditte ammesse all'elenco operatori economici per lavori di somma urgenza"
ws["A2"].font = Font(name="Carlito", italic=True, size=10)
hdr = ["N.", "Ragione sociale", "Sede", "Partita IVA", "Categoria SOA", "Prot. domanda", "Esito"]
ws.append([]); ws.append(hdr)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for cell in ws[4]: cell.font = Font(name="Carlito", bold=True); cell.border = B
firms = [("Nebrodi Costruzioni s.r.l.", "Alcara li Fusi"), ("Edil Rosmarino di Pintabona C.", "Militello Rosmarino"), ("Calanna Scavi s.n.c.", "San Marco d'Alunzio"),
 ("F.lli Lo Cicero s.r.l.", "Sant'Agata di Militello"), ("Geo Strade Sicilia s.r.l.", "Capo d'Orlando"), ("Impresa Bontempo Giuseppe", "Longi"), ("Torcivia Appalti s.r.l.", "Frazzanò"),
 ("Fitalia Lavori soc. coop.", "San Salvatore di Fitalia"), ("Mirto Edil s.r.l.", "Mirto"), ("Ricca Movimento Terra", "Tortorici"), ("Zingales Costruzioni s.r.l.", "Galati Mamertino"),
 ("Alunzio Ambiente s.r.l.", "San Marco d'Alunzio"), ("Sanfratello Impianti s.r.l.", "San Fratello"), ("Caronia Strade s.r.l.", "Caronia")]
for i, (n, s) in enumerate(firms * 3, 1):
    row = [i, n, s, f"0{3123400 + i * 7919:07d}0{i % 10}"[:11], ["OG1", "OG3", "OG8", "OS21"][i % 4], 1700 + i * 13, "Ammessa" if i % 9 else "Non ammessa"]
    ws.append(row)
    for cell in ws[ws.max_row]: cell.font = Font(name="Carlito", size=10); cell.border = B
for col, w in zip("ABCDEFG", [5, 36, 26, 15, 14, 13, 13]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_title_rows = "4:4"; ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
