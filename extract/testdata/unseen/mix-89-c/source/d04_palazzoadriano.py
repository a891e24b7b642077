# Ufficio Tributi IMU notice: python-docx -> LibreOffice Writer; issuer in the Word header
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d=Document(); s=d.styles["Normal"]; s.font.name="Liberation Serif"; s.font.size=Pt(11.5)
sec=d.sections[0]; sec.top_margin=Cm(3.2)
h=sec.header.paragraphs[0]; h.alignment=AL.CENTER
r=h.add_run("COMUNE DI PALAZZO ADRIANO\n"); r.bold=True; r.font.size=Pt(15)
h.add_run("Città Metropolitana di Palermo\nSETTORE II – ECONOMICO FINANZIARIO – Ufficio Tributi").font.size=Pt(10)
f=sec.footer.paragraphs[0]; f.alignment=AL.CENTER; f.add_run("Piazza Umberto I – 90030 Palazzo Adriano (PA) – tributi@comune.palazzoadriano.pa.it").font.size=Pt(8)
p=d.add_paragraph(); p.alignment=AL.RIGHT; p.add_run("Palazzo Adriano, 20 maggio 2026")
p=d.add_paragraph(); p.alignment=AL.CENTER; r=p.add_run("IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO 2026"); r.bold=True; r.font.size=Pt(14)
p=d.add_paragraph(); p.alignment=AL.CENTER; r=p.add_run("SCADENZA DELL'ACCONTO AL 16 GIUGNO 2026"); r.bold=True
p=d.add_paragraph(); p.alignment=AL.CENTER; r=p.add_run("IL RESPONSABILE DEL SETTORE II"); r.bold=True
p=d.add_paragraph(); p.alignment=AL.CENTER; r=p.add_run("INFORMA"); r.bold=True
for t in ["che entro il 16 giugno 2026 deve essere versata la prima rata (acconto) dell'IMU dovuta per l'anno 2026, pari al 50% dell'imposta calcolata sulla base delle aliquote approvate con deliberazione del Consiglio Comunale n. 9 del 26 febbraio 2026; il saldo dovrà essere versato entro il 16 dicembre 2026;",
 "che il versamento si effettua con modello F24, utilizzando il codice catastale del Comune G263, ovvero con bollettino postale dedicato;",
 "che l'abitazione principale e le relative pertinenze, ad eccezione delle categorie catastali A/1, A/8 e A/9, sono esenti dall'imposta."]:
    p=d.add_paragraph(style="List Bullet"); p.alignment=AL.JUSTIFY; p.add_run(t)
t=d.add_table(rows=1,cols=3); t.style="Table Grid"
for c,x in zip(t.rows[0].cells,["Tipologia","Aliquota","Codice tributo F24"]): c.text=x; c.paragraphs[0].runs[0].bold=True
for row in [("Abitazione principale A/1, A/8, A/9","5,0 per mille","3912"),("Fabbricati rurali strumentali","1,0 per mille","3913"),("Aree fabbricabili","9,6 per mille","3916"),("Altri fabbricati","9,6 per mille","3918"),("Fabbricati gruppo D (quota Stato)","7,6 per mille","3925")]:
    cs=t.add_row().cells
    for c,x in zip(cs,row): c.text=x
d.add_paragraph()
p=d.add_paragraph("L'Ufficio Tributi è aperto al pubblico il martedì e il giovedì dalle ore 9:00 alle ore 12:30 per l'assistenza al calcolo dell'imposta."); p.alignment=AL.JUSTIFY
p=d.add_paragraph(); p.alignment=AL.RIGHT; p.add_run("Il Responsabile del Settore II\nDott.ssa Rosalia Cuccia")
d.core_properties.title="Avviso IMU acconto 2026"; d.save(sys.argv[1])
