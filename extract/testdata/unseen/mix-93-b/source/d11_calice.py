# Comune di Calice al Cornoviglio (SP): Allegato A to a Consiglio deliberation, roll-call vote record of a mixed sitting; openpyxl .xlsx printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Appello nominale"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "COMUNE DI CALICE AL CORNOVIGLIO – Provincia della Spezia"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla deliberazione del Consiglio comunale n. 8 del 25/03/2026 – Esito delle votazioni per appello nominale (seduta in forma mista)"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A1:G1"); ws.merge_cells("A2:G2")
hdr = ["N.", "Componente", "Carica", "Partecipazione", "Voto sulla proposta", "Voto immediata eseguibilità", "Note"]
ws.append([]); ws.append(hdr)
rows = [(1, "Fiorini Carlo", "Sindaco", "in sala", "favorevole", "favorevole", ""),
        (2, "Bertolla Ivana", "Consigliere", "in sala", "favorevole", "favorevole", ""),
        (3, "Gianardi Remo", "Consigliere", "videoconferenza", "favorevole", "favorevole", ""),
        (4, "Cozzani Federica", "Consigliere", "in sala", "favorevole", "favorevole", ""),
        (5, "Lombardi Sergio", "Consigliere", "videoconferenza", "astenuto", "favorevole", ""),
        (6, "Ricci Giovanna", "Consigliere", "–", "–", "–", "assente giustificata"),
        (7, "Pedrazzi Nicola", "Consigliere", "in sala", "contrario", "favorevole", ""),
        (8, "Tonelli Mara", "Consigliere", "videoconferenza", "favorevole", "favorevole", "collegata dalle ore 18:20"),
        (9, "Baudone Piero", "Consigliere", "in sala", "favorevole", "favorevole", ""),
        (10, "Castagna Elisa", "Consigliere", "in sala", "favorevole", "favorevole", ""),
        (11, "Lazzoni Franco", "Consigliere", "in sala", "favorevole", "favorevole", "")]
for r in rows: ws.append(list(r))
ws.append([]); ws.append(["", "Totali proposta", "", "presenti 10", "favorevoli 8, contrari 1, astenuti 1", "favorevoli 10", ""])
for row in ws.iter_rows(min_row=4, max_row=4 + len(rows)):
    for cell in row: cell.border = B; cell.alignment = Alignment(wrap_text=True, vertical="center")
for cell in ws[ws.max_row]: cell.alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[ws.max_row].height = 30
for cell in ws[4]: cell.font = Font(bold=True)
ws.row_dimensions[4].height = 32
for col, w in zip("ABCDEFG", (5, 22, 13, 16, 20, 16, 24)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
