import sys
from docx import Document
from docx.shared import Pt
d=Document(); st=d.styles['Normal']; st.font.name='Courier New'; st.font.size=Pt(11)
h=d.sections[0].header.paragraphs[0]; h.text="COMUNE DI PERDASDEFOGU - Provincia di Nuoro - Area Amministrativa / Servizio Segreteria / Ufficio Albo"
p=d.add_paragraph(); r=p.add_run("CERTIFICATO DI PUBBLICAZIONE"); r.bold=True
for t in ["Il sottoscritto Messo Comunale certifica che la",
 "DETERMINAZIONE n. __22/AT__ (Reg. Gen. n. __58__) del __02/03/2026__",
 "avente ad oggetto:",
 "Acquisto di materiale per la manutenzione ordinaria della rete idrica comunale - Impegno di spesa.",
 "e' stata pubblicata all'Albo Pretorio on line dal __04/03/2026__ al __19/03/2026__ (n. reg. pubbl. __141__).",
 "Perdasdefogu, 20/03/2026","IL MESSO COMUNALE","Giovanni Mura"]:
    d.add_paragraph(t)
d.save(sys.argv[1])
