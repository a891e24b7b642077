# Bleggio Superiore (TN): openpyxl -> LibreOffice Calc; Allegato A with roll-call votes of the council
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "COMUNE DI BLEGGIO SUPERIORE"; ws["A1"].font = Font(name="Carlito", bold=True, size=14)
ws["A2"] = "Allegato A alla deliberazione del Consiglio comunale n. 8 di data 16.03.2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10)
ws["A3"] = "Esito delle votazioni per appello nominale sui singoli articoli del Regolamento per la disciplina dell'imposta immobiliare semplice (IMIS)"
ws["A3"].font = Font(name="Carlito", size=10); ws.merge_cells("A3:H3"); ws["A3"].alignment = Alignment(wrap_text=True); ws.row_dimensions[3].height = 28
hdr = ["N.", "Consigliere", "Presenza", "Art. 1-5", "Art. 6-10", "Art. 11-14", "Voto finale", "Note"]
ws.append([]); ws.append(hdr)
names = [("Brunelli Stefano", "presente", "F", "F", "F", "F", "Sindaco"), ("Bertolini Marta", "presente", "F", "F", "F", "F", ""),
 ("Caresani Loris", "presente", "F", "F", "A", "F", ""), ("Cornella Paola", "da remoto", "F", "F", "F", "F", "collegata da remoto"),
 ("Dalbon Ugo", "presente", "C", "C", "C", "C", ""), ("Ferrari Giuseppina", "presente", "F", "F", "F", "F", ""),
 ("Giovanelli Tullio", "assente", "", "", "", "", "giustificato"), ("Lutterotti Anna", "presente", "F", "A", "F", "F", ""),
 ("Marchiori Enzo", "presente", "C", "C", "C", "C", ""), ("Onorati Silvia", "presente", "F", "F", "F", "F", ""),
 ("Parisi Claudio", "presente", "F", "F", "F", "F", "Presidente del Consiglio"), ("Rigotti Nives", "presente", "A", "A", "A", "A", ""),
 ("Sottovia Mirko", "presente", "F", "F", "F", "F", "")]
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for i, r in enumerate(names, 1): ws.append([i] + list(r))
ws.append([]); ws.append(["", "Totali voto finale", "Presenti 12", "", "", "", "F 9 – C 2 – A 1", ""])
ws.append(["", "Legenda: F = favorevole, C = contrario, A = astenuto"])
for row in ws.iter_rows(min_row=5, max_row=5 + len(names)):
    for c in row: c.border = B; c.font = Font(name="Carlito", size=10, bold=(c.row == 5))
for col, w in zip("ABCDEFGH", (5, 24, 12, 10, 10, 11, 12, 24)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
