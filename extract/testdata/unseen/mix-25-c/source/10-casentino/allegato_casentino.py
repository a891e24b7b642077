# Casentino annex -- a consultant's Excel form (openpyxl .xlsx) exported to PDF by LibreOffice Calc
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
thin = Side(style="thin", color="555555"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="D9E4D2"); totfill = PatternFill("solid", fgColor="EFEFEF")
widths = [5, 44, 18, 28, 30, 14, 14, 10, 25]
for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w

ws.merge_cells("A1:I1"); ws["A1"] = "UNIONE DEI COMUNI MONTANI DEL CASENTINO"
ws["A1"].font = Font(name="Carlito", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:I2"); ws["A2"] = "Provincia di Arezzo – Servizio Forestazione e Vincolo Idrogeologico – Via Roma, 203 – 52014 Poppi (AR)"
ws["A2"].font = Font(name="Carlito", size=9); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:I4"); ws["A4"] = "ALLEGATO A alla determinazione n. 211 del 12/03/2026"
ws["A4"].font = Font(name="Carlito", size=11, bold=True); ws["A4"].alignment = Alignment(horizontal="left")
ws.merge_cells("A5:I5")
ws["A5"] = "Bando 2025 per la concessione di contributi per la manutenzione straordinaria della viabilità forestale e delle opere di regimazione idraulica minore – Graduatoria definitiva delle domande"
ws["A5"].font = Font(name="Carlito", size=11, bold=True); ws["A5"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[5].height = 30

hdr = ["N.", "Richiedente", "Comune", "Località / Strada forestale", "Tipologia intervento", "Spesa richiesta (€)", "Contributo ammesso (€)", "Punteggio", "Esito"]
r0 = 7
for j, h in enumerate(hdr):
    c = ws.cell(row=r0, column=j + 1, value=h); c.font = Font(name="Carlito", size=9.5, bold=True); c.fill = hdrfill; c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[r0].height = 28
rows = [
 ("Consorzio Forestale Alto Casentino", "Pratovecchio Stia", "Strada della Burraia", "Ripristino fondo e cunette", 38500.00, 30800.00, 88, "Ammessa e finanziata"),
 ("Azienda Agricola Poggio Lastra di Bigiarini Luca", "Poppi", "Loc. Lierna – pista Camaldoli", "Guadi e attraversamenti", 24600.00, 19680.00, 84, "Ammessa e finanziata"),
 ("Comunanza Agraria di Moggiona", "Poppi", "Moggiona – Fosso delle Ripe", "Briglie in legname e pietrame", 41200.00, 32960.00, 81, "Ammessa e finanziata"),
 ("Società Agricola Il Faggeto s.s.", "Chiusi della Verna", "Strada forestale di Corezzo", "Ripristino fondo e cunette", 19750.00, 15800.00, 79, "Ammessa e finanziata"),
 ("Lorenzoni Marisa", "Castel San Niccolò", "Loc. Cetica – Pian della Rocca", "Muri a secco di sostegno", 12300.00, 9840.00, 76, "Ammessa e finanziata"),
 ("Consorzio Strada Vicinale Montemignaio – Secchieta", "Montemignaio", "Strada vicinale di Secchieta", "Ripristino fondo e cunette", 33900.00, 27120.00, 74, "Ammessa e finanziata"),
 ("Azienda Agraria Casa Nova di Fani Pietro", "Bibbiena", "Loc. Giona", "Regimazione acque superficiali", 15400.00, 12320.00, 71, "Ammessa e finanziata"),
 ("Cooperativa Forestale La Verna", "Chitignano", "Pista del Monte Rognosi", "Guadi e attraversamenti", 27800.00, 22240.00, 69, "Ammessa e finanziata"),
 ("Tellini Giovanni", "Ortignano Raggiolo", "Raggiolo – Pian d’Ortignano", "Muri a secco di sostegno", 9800.00, 7840.00, 66, "Ammessa e finanziata"),
 ("Azienda Agricola Valle del Solano", "Castel San Niccolò", "Loc. Garliano", "Ripristino fondo e cunette", 21350.00, 17080.00, 63, "Ammessa e finanziata"),
 ("Fondazione Opera Santa Maria del Sasso", "Bibbiena", "Strada di Serravalle", "Regimazione acque superficiali", 18900.00, 15120.00, 61, "Ammessa – finanziata parz."),
 ("Bernardini Roberto", "Talla", "Loc. Pontenano", "Guadi e attraversamenti", 14250.00, 11400.00, 58, "Ammessa non finanziata"),
 ("Azienda Agrituristica Le Greti", "Subbiano", "Strada delle Greti", "Ripristino fondo e cunette", 22700.00, 18160.00, 55, "Ammessa non finanziata"),
 ("Consorzio Vicinale Castagneto di Capolona", "Capolona", "Strada di Castelluccio", "Muri a secco di sostegno", 16800.00, 13440.00, 52, "Ammessa non finanziata"),
 ("Ricci Silvana", "Castel Focognano", "Loc. Carda", "Regimazione acque superficiali", 8400.00, 6720.00, 49, "Ammessa non finanziata"),
 ("Azienda Agricola Poggio al Vento", "Pratovecchio Stia", "Loc. Papiano", "Ripristino fondo e cunette", 17300.00, 0, 0, "Non ammessa (*)"),
]
for i, row in enumerate(rows, 1):
    r = r0 + i
    vals = [i] + list(row)
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=j + 1, value=v); c.border = B; c.font = Font(name="Carlito", size=9.5)
        c.alignment = Alignment(vertical="center", horizontal="center" if j in (0, 7) else None)
        if j in (5, 6): c.number_format = '[$-410]#,##0.00'
rt = r0 + len(rows) + 1
ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=5)
ws.cell(row=rt, column=1, value="TOTALI").font = Font(name="Carlito", size=9.5, bold=True)
ws.cell(row=rt, column=1).alignment = Alignment(horizontal="right")
for col in (6, 7):
    L = chr(64 + col)
    c = ws.cell(row=rt, column=col, value=f"=SUM({L}{r0+1}:{L}{rt-1})"); c.number_format = '[$-410]#,##0.00'; c.font = Font(name="Carlito", size=9.5, bold=True)
for col in range(1, 10):
    ws.cell(row=rt, column=col).border = B; ws.cell(row=rt, column=col).fill = totfill
n = rt + 2
notes = ["(*) Domanda n. 16: non ammessa per mancanza dell’autorizzazione al vincolo idrogeologico alla data di scadenza del bando (art. 6, comma 2).",
         "Risorse disponibili: € 200.000,00 (Decreto dirigenziale Regione Toscana n. 27714/2025 – PSR/CSR 2023-2027). Contributo pari all’80% della spesa ammissibile.",
         "La domanda n. 11 è finanziata parzialmente per € 4.320,00 fino a concorrenza delle risorse disponibili."]
for k, t in enumerate(notes):
    ws.merge_cells(start_row=n + k, start_column=1, end_row=n + k, end_column=9)
    c = ws.cell(row=n + k, column=1, value=t); c.font = Font(name="Carlito", size=8.5, italic=True)
s = n + len(notes) + 1
ws.merge_cells(start_row=s, start_column=6, end_row=s, end_column=9)
ws.cell(row=s, column=6, value="Il Responsabile del Servizio Forestazione").alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=s + 1, start_column=6, end_row=s + 1, end_column=9)
ws.cell(row=s + 1, column=6, value="Dott. For. Leonardo Bucciarelli").alignment = Alignment(horizontal="center")
ws.cell(row=s, column=6).font = Font(name="Carlito", size=10); ws.cell(row=s + 1, column=6).font = Font(name="Carlito", size=10, bold=True)

ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3)
ws.print_title_rows = f"{r0}:{r0}"
ws.oddFooter.left.text = "Graduatoria_viabilita_forestale_2025_def.xlsx"; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 7
ws.oddHeader.right.text = "Allegato A – Det. n. 211/2026"; ws.oddHeader.right.size = 7
wb.properties.creator = "Studio Tecnico Forestale Casentino"; wb.properties.title = "Graduatoria viabilità forestale 2025"
wb.save("allegato-casentino.xlsx")
