# 9 Campodipietra (python-docx, Word template, Area in the running head, RG on the last line) and
# 10 Mafalda (openpyxl, allegato with merged cells).  usage: d_office.py docx|xlsx OUT
import sys
if sys.argv[1] == "docx":
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
    h = d.sections[0].header.paragraphs[0]; h.text = "Comune di Campodipietra (CB) - Area Tecnico-Manutentiva - Servizio Patrimonio"; h.alignment = A.RIGHT
    f = d.sections[0].footer.paragraphs[0]; f.text = "Via Municipio, 1 - 86010 Campodipietra - PEC: comune.campodipietra@pec.it"; f.alignment = A.CENTER
    def P(t, b=False, al=A.JUSTIFY):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al; return p
    P("COMUNE DI CAMPODIPIETRA", True, A.CENTER).runs[0].font.size = Pt(16)
    P("Provincia di Campobasso", False, A.CENTER)
    P("AREA TECNICO-MANUTENTIVA", True, A.CENTER)
    P("DETERMINAZIONE n. 12 del 3.2.2026", True, A.CENTER)
    P("Proposta n. 15 del 2.2.2026", False, A.CENTER)
    P("OGGETTO: Affidamento del servizio di sgombero neve e spargimento sale sulle strade comunali - stagione invernale 2025/2026 - integrazione impegno di spesa - CIG B3E77A0D19.", True)
    P("IL RESPONSABILE DELL'AREA", True, A.CENTER)
    for t in ["PREMESSO che con determinazione n. 148 del 20.11.2025 è stato affidato alla ditta Agri Servizi Molise di Di Lalla Antonio il servizio di sgombero neve sulle strade comunali per la stagione invernale 2025/2026;",
              "CONSIDERATO che le eccezionali nevicate del mese di gennaio 2026 hanno richiesto interventi ulteriori rispetto a quelli preventivati;",
              "VISTO l'art. 120 del D.Lgs. 36/2023;"]:
        P(t)
    P("DETERMINA", True, A.CENTER)
    for i, t in enumerate(["di integrare l'impegno di spesa n. 377/2025 per l'importo di € 4.880,00 IVA compresa;",
                           "di imputare la spesa al capitolo 1980 del bilancio 2026;",
                           "di dare atto che il CIG B3E77A0D19 resta invariato."], 1):
        P("%d. %s" % (i, t))
    P("Il Responsabile dell'Area\ngeom. Pasquale Mascia", False, A.RIGHT)
    P("Reg. Gen. 31 del 4.2.2026", False, A.LEFT).runs[0].font.size = Pt(8)
    d.save(sys.argv[2])
else:
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
    ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI MAFALDA - Provincia di Campobasso"; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla determinazione dell'Area Economico-Finanziaria n. 17 del 28/04/2026 - Elenco fatture liquidate"
    ws.append(["N.", "Fornitore", "Fattura", "Data", "CIG", "Importo €"])
    rows = [(1, "Enel Energia S.p.A.", "004411/26", "02/04/2026", "Z1F3A0B221", 1842.35), (2, "Enel Energia S.p.A.", "004412/26", "02/04/2026", "Z1F3A0B221", 377.10),
            (3, "Telecom Italia S.p.A.", "8U00441", "05/04/2026", "Z2A18CC940", 214.60), (4, "Molise Acque", "A-2290", "08/04/2026", "-", 96.00),
            (5, "Cartoleria Trivento s.n.c.", "44/PA", "10/04/2026", "B0C771E2D4", 312.20)]
    for r in rows: ws.append(list(r))
    n = ws.max_row + 1; ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=5); ws.cell(n, 1, "TOTALE LIQUIDATO").font = Font(bold=True); ws.cell(n, 6, "=SUM(F4:F8)").font = Font(bold=True)
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=3, max_row=n):
        for cl in row: cl.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for r in range(4, n + 1): ws.cell(r, 6).number_format = "#,##0.00"
    for col, w in zip("ABCDEF", (5, 30, 12, 12, 14, 12)): ws.column_dimensions[col].width = w
    ws.oddFooter.center.text = "Il Responsabile dell'Area Economico-Finanziaria - rag. Franco Di Tella"
    wb.save(sys.argv[2])
