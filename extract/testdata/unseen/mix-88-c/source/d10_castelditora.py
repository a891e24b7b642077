import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d=Document(); st=d.styles['Normal']; st.font.name='Carlito'; st.font.size=Pt(11)
h=d.sections[0].header.paragraphs[0]; h.text="COMUNE DI CASTEL DI TORA\nProvincia di Rieti\nAREA TECNICA – Servizio Lavori Pubblici"; h.alignment=A.CENTER
f=d.sections[0].footer.paragraphs[0]; f.text="Via Turanense, 2 – 02020 Castel di Tora (RI) – PEC: comune.castelditora@pec.it"; f.alignment=A.CENTER
p=d.add_paragraph(); p.alignment=A.CENTER; r=p.add_run("DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA"); r.bold=True
t=d.add_table(rows=2,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([("N. 23 del 04.03.2026 (Reg. Settore)","Reg. Gen. n. 61 del 05.03.2026"),("Proposta n. 29 del 02.03.2026","")]): t.cell(i,0).text=a; t.cell(i,1).text=b
p=d.add_paragraph(); p.add_run("OGGETTO: ").bold=True; p.add_run("Lavori di manutenzione straordinaria del pontile comunale sul Lago del Turano. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023. CIG B9F2A7E113 – CUP F17B25000330002.")
for s in ["IL RESPONSABILE DELL'AREA TECNICA","Visto il decreto sindacale n. 2/2026 di nomina; visto il preventivo della ditta Edil Turano S.r.l. di euro 18.300,00 oltre IVA; ritenuto congruo l'importo;","DETERMINA","1. di affidare alla ditta Edil Turano S.r.l. i lavori di manutenzione straordinaria del pontile comunale per euro 18.300,00 oltre IVA;","2. di impegnare la spesa complessiva di euro 22.326,00 al capitolo 2530 del bilancio 2026;","3. di pubblicare il presente atto all'Albo Pretorio on line.","Il Responsabile dell'Area Tecnica","geom. Stefano Mariantoni"]:
    p=d.add_paragraph(s)
    if s.isupper(): p.alignment=A.CENTER; p.runs[0].bold=True
d.save(sys.argv[1])
