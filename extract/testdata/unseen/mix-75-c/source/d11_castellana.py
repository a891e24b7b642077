# Castellana Sicula: Allegato 1 list of beneficiaries, python-docx with header/footer on every page -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI CASTELLANA SICULA - Città Metropolitana di Palermo\nArea Servizi Sociali - Allegato 1 alla determinazione n. 27/AS del 2 marzo 2026"
f = sec.footer.paragraphs[0]; f.text = "Dati pseudonimizzati ai sensi del Reg. UE 2016/679 - Corso Umberto I n. 2 - 90020 Castellana Sicula (PA)"
p = d.add_paragraph(); r = p.add_run("ELENCO DEI BENEFICIARI DEL CONTRIBUTO ECONOMICO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNO 2025"); r.bold = True
d.add_paragraph("Elenco approvato con determinazione del Responsabile dell'Area Servizi Sociali n. 27/AS del 2 marzo 2026 (Reg. Gen. 119).")
import random; random.seed(75)
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, x in enumerate(["N.", "Codice beneficiario", "ISEE (€)", "Contributo (€)"]): t.rows[0].cells[i].text = x
tot = 0
for n in range(1, 46):
    isee = random.randint(3000, 14000); c = random.choice([480, 620, 750, 890, 1020])
    tot += c; row = t.add_row().cells
    row[0].text = str(n); row[1].text = "CSL-2025-%03d" % (n * 7 + 11); row[2].text = f"{isee:,}".replace(",", ".") + ",00"; row[3].text = f"{c:,}".replace(",", ".") + ",00"
row = t.add_row().cells; row[1].text = "TOTALE"; row[3].text = f"{tot:,}".replace(",", ".") + ",00"
d.add_paragraph(""); d.add_paragraph("Castellana Sicula, 2 marzo 2026 - La Responsabile dell'Area Servizi Sociali, dott.ssa Giuseppina Ilardo")
d.save(sys.argv[1])
