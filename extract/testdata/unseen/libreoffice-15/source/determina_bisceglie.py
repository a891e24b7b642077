"""Città di Bisceglie, determinazione RG 1342 del 18/12/2025 - Hypersic-like print (docx)."""
from docx_common import *
from logo import crest

logo = crest("logo-bisceglie.png", field=(20, 110, 60), charge=(245, 245, 245), variant=0)
doc = new_doc("Liberation Serif", 11, margins=(1.6, 1.8, 2.2, 2.0))
sec = doc.sections[0]
hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Cm(16.8)); no_borders(t)
t.cell(0, 0).paragraphs[0].add_run().add_picture(logo, width=Cm(1.5))
cell_text(t.cell(0, 1), "**CITTÀ DI BISCEGLIE**", align=C, size=17, font="Liberation Serif")
p = t.cell(0, 1).add_paragraph(); p.alignment = C; runs(p, "Provincia di Barletta – Andria – Trani", size=10)
set_col_widths(t, [2.3, 14.5])
fp = sec.footer.paragraphs[0]; fp.alignment = C
page_x_of_y(fp, prefix="Pagina ", mid=" di ", size=8.5)
p = sec.footer.add_paragraph(); p.alignment = C; runs(p, "//Determinazione R.G. n. 1342 del 18/12/2025//", size=7.5)

para(doc, "", space_after=0)
t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
cell_text(t.cell(0, 0), "**RIPARTIZIONE TECNICA**\nServizio Lavori Pubblici", align=C, size=11)
cell_text(t.cell(0, 1), "**DETERMINAZIONE DIRIGENZIALE**", align=C, size=11)
cell_text(t.cell(1, 0), "Registro Generale\nn. **1342** del **18/12/2025**", align=C, size=10)
cell_text(t.cell(1, 1), "Registro di Ripartizione\nn. **412** del **16/12/2025**", align=C, size=10)
shade(t.cell(0, 0), "EDEDED"); shade(t.cell(0, 1), "EDEDED")

p = para(doc, "", space_before=10, space_after=8)
runs(p, "**Oggetto:** __Lavori di manutenzione straordinaria della pavimentazione di via Aldo Moro. Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione del saldo all'impresa Edil Sud Costruzioni S.r.l. – CUP J97H24001230004 – CIG B2A91F0C55.__")
p.paragraph_format.left_indent = Cm(2.0); p.paragraph_format.first_line_indent = Cm(-2.0)

para(doc, "IL DIRIGENTE", align=C, bold=True, space_before=4, space_after=6)
for x in [
 "**Premesso** che con determinazione dirigenziale R.G. n. 611 del 12/06/2025 i lavori di manutenzione straordinaria della pavimentazione di via Aldo Moro sono stati affidati all'impresa Edil Sud Costruzioni S.r.l., con sede in Molfetta, via Terlizzi n. 112, P.IVA 07345120726, per l'importo contrattuale di € 186.322,40 oltre IVA, di cui € 5.200,00 per oneri della sicurezza;",
 "**Dato atto** che i lavori sono stati consegnati il 07/07/2025 e ultimati il 24/10/2025, entro il termine contrattuale, come risulta dal certificato di ultimazione redatto dal direttore dei lavori, Arch. Nicola Preziosa;",
 "**Visti** lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal direttore dei lavori in data 28/11/2025 e confermati dal Responsabile Unico del Progetto, dai quali risultano i seguenti importi:",
]:
    para(doc, x)
for a, b in [("Importo complessivo dei lavori eseguiti", "€ 185.904,10"),
             ("A dedurre: acconti corrisposti (S.A.L. n. 1 e n. 2)", "€ 176.400,00"),
             ("Credito netto dell'impresa", "€ 9.504,10"),
             ("IVA al 10%", "€ 950,41"),
             ("**Totale da liquidare**", "**€ 10.454,51**")]:
    p = para(doc, a + "\t" + b, align=L, indent=1.0, space_after=1)
    tabs(p, (16.0, "R", True))
for x in [
 "**Vista** la fattura elettronica n. 41/PA del 05/12/2025, acquisita al protocollo generale n. 61874 del 09/12/2025, di € 10.454,51 IVA compresa;",
 "**Accertata** la regolarità contributiva dell'impresa mediante DURC on line prot. INAIL_51298844, valido fino al 14/03/2026;",
 "**Dato atto** che ai sensi dell'art. 116, comma 2, del D.Lgs. 31 marzo 2023, n. 36, il certificato di regolare esecuzione ha carattere provvisorio e assume carattere definitivo decorsi due anni dalla sua emissione;",
 "**Visti** il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023, lo Statuto comunale e il Regolamento sull'ordinamento degli uffici e dei servizi;",
]:
    para(doc, x, space_before=3)
para(doc, "DETERMINA", align=C, bold=True, space_before=6, space_after=4)
for x in [
 "di approvare lo stato finale dei lavori e il certificato di regolare esecuzione relativi ai lavori di manutenzione straordinaria della pavimentazione di via Aldo Moro, dell'importo complessivo di € 185.904,10 oltre IVA;",
 "di liquidare all'impresa Edil Sud Costruzioni S.r.l., P.IVA 07345120726, la somma di **€ 9.504,10** a saldo, oltre IVA di € 950,41 da versare all'Erario in regime di //split payment//, a valere sull'impegno n. 1884/2025, capitolo 28110 del bilancio 2025;",
 "di autorizzare lo svincolo della cauzione definitiva prestata mediante polizza fideiussoria n. 2025/50/2218743, ai sensi dell'art. 117 del D.Lgs. n. 36/2023;",
 "di trasmettere il presente provvedimento alla Ripartizione Finanziaria per gli adempimenti di competenza.",
]:
    para(doc, x, style="List Bullet", space_after=3)

para(doc, "Il Responsabile del Procedimento\n//Geom. Mauro Di Pierro//", align=L, size=10, space_before=12)
para(doc, "IL DIRIGENTE DELLA RIPARTIZIONE TECNICA\nIng. Giuseppe Di Liddo\n//documento firmato digitalmente//", align=R, size=10, space_before=6)
doc.save("determina-bisceglie-hypersic.docx")
