# Cessaniti: Word document (python-docx) converted by LibreOffice. Settore/Servizio in the page
# header (repeated on both pages), register grid with merged cells, running footer with page field.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.6)
h = s.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("COMUNE DI CESSANITI"); r.bold = True; r.font.size = Pt(13)
h2 = s.header.add_paragraph(); h2.alignment = AL.CENTER
r = h2.add_run("Provincia di Vibo Valentia  ·  Settore 2 – Economico-Finanziario  ·  Servizio Tributi e Entrate"); r.font.size = Pt(8.5); r.italic = True
f = s.footer.paragraphs[0]; f.alignment = AL.CENTER
r = f.add_run("Determinazione Reg. Gen. n. 203/2026 – pagina "); r.font.size = Pt(8)
def field(par, code):
    run = par.add_run(); run.font.size = Pt(8)
    for t, txt in (("begin", None), (None, code), ("end", None)):
        if t: e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t)
        else: e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        run._r.append(e)
field(f, "PAGE"); f.add_run(" di ").font.size = Pt(8); field(f, "NUMPAGES")
p = d.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE"); r.bold = True; r.font.size = Pt(13)
t = d.add_table(rows=3, cols=4); t.style = "Table Grid"
cells = [["REGISTRO GENERALE", "", "REGISTRO DI SETTORE", ""], ["Numero 203", "Data 25/03/2026", "Numero 38", "Data 24/03/2026"], ["PROPOSTA", "n. 51 del 23/03/2026", "", ""]]
for i, row in enumerate(cells):
    for j, v in enumerate(row): t.cell(i, j).text = v
t.cell(0, 0).merge(t.cell(0, 1)).text = "REGISTRO GENERALE"; t.cell(0, 2).merge(t.cell(0, 3)).text = "REGISTRO DI SETTORE"
t.cell(2, 1).merge(t.cell(2, 3)).text = "n. 51 del 23/03/2026"
for c in (t.cell(0, 0), t.cell(0, 2), t.cell(2, 0)):
    for pp in c.paragraphs:
        pp.alignment = AL.CENTER
        for rr in pp.runs: rr.bold = True
d.add_paragraph()
p = d.add_paragraph(); p.alignment = AL.JUSTIFY
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) PER GLI ANNI D'IMPOSTA 2022 E 2023 – CONTRIBUENTI DIVERSI."); r.bold = True
p = d.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run("IL RESPONSABILE DEL SETTORE"); r.bold = True
B = [
 "PREMESSO che sono pervenute all'Ufficio n. 9 istanze di rimborso di somme versate a titolo di IMU per gli anni 2022 e 2023 in misura superiore al dovuto, per errori di calcolo e per duplicazione di versamenti;",
 "VISTO l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, in base al quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;",
 "VISTO il vigente Regolamento comunale per la disciplina dell'IMU approvato con deliberazione del Consiglio comunale n. 14 del 29/07/2020;",
 "ESAMINATA l'istruttoria condotta dal responsabile del procedimento, sig. Domenico Mazzeo, dalla quale risulta che le istanze sono fondate per l'importo complessivo di € 3.118,47, come da prospetto che resta agli atti dell'Ufficio;",
 "ACCERTATA la disponibilità sul capitolo 3640 «Rimborsi di imposte e tasse» del bilancio di previsione 2026-2028, esercizio 2026;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 23 giugno 2011, n. 118, lo Statuto comunale e il decreto sindacale n. 4 del 03/01/2026 di attribuzione della responsabilità del Settore;",
 "ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
]
for b in B:
    p = d.add_paragraph(b); p.alignment = AL.JUSTIFY; p.paragraph_format.space_after = Pt(6)
p = d.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run("DETERMINA"); r.bold = True
P = [
 "di disporre il rimborso in favore dei contribuenti indicati nel prospetto istruttorio delle somme indebitamente versate a titolo di IMU per gli anni 2022 e 2023, per l'importo complessivo di € 3.118,47;",
 "di impegnare e liquidare la spesa al capitolo 3640 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di dare atto che agli importi rimborsati sono applicati gli interessi nella misura legale, come previsto dal Regolamento comunale;",
 "di trasmettere il presente provvedimento al Servizio Ragioneria per l'emissione dei mandati di pagamento;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line, omettendo i dati personali dei contribuenti.",
]
for i, b in enumerate(P, 1):
    p = d.add_paragraph("%d. %s" % (i, b)); p.alignment = AL.JUSTIFY; p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6); p.paragraph_format.space_after = Pt(6)
d.add_paragraph()
for line, it in (("Il Responsabile del Settore", False), ("dott. Nicola Franzè", True)):
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9.5); p.alignment = AL.CENTER; r = p.add_run(line); r.italic = it
d.add_paragraph()
p = d.add_paragraph(); r = p.add_run("VISTO DI REGOLARITÀ CONTABILE"); r.bold = True
d.add_paragraph("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 221/2026. Cessaniti, 25/03/2026.")
d.save(sys.argv[1])
