# Comune di Grosotto - ordinanza del Responsabile, python-docx (header/footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI GROSOTTO – Provincia di Sondrio\nArea Tecnica – Servizio Viabilità e Polizia Locale"; h.alignment = A.CENTER
f = s.footer.paragraphs[0]; f.text = "Ordinanza n. 9 del 13/03/2026 – documento firmato digitalmente"; f.alignment = A.CENTER
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("ORDINANZA N. 9", True, A.CENTER, 14)
P("OGGETTO: Istituzione del senso unico alternato regolato da impianto semaforico in via Statale, tratto tra il civico 12 e il civico 40, per lavori di rifacimento della rete idrica.", True)
P("IL RESPONSABILE DELL'AREA TECNICA", True, A.CENTER)
P("Vista la richiesta della ditta Edilvaltellina S.r.l., esecutrice dei lavori di rifacimento della rete idrica, pervenuta in data 10/03/2026 prot. n. 1544; visti gli artt. 5, 6 e 7 del D.Lgs. 285/1992 (Codice della Strada) e il relativo regolamento di esecuzione; ritenuto necessario garantire la sicurezza della circolazione e dei lavoratori;")
P("ORDINA", True, A.CENTER)
for t in ["1. dal giorno 16/03/2026 al giorno 03/04/2026, dalle ore 7.30 alle ore 18.00, è istituito il senso unico alternato regolato da impianto semaforico in via Statale, tratto tra il civico 12 e il civico 40;",
          "2. è istituito il divieto di sosta con rimozione forzata su entrambi i lati del tratto interessato;",
          "3. la ditta esecutrice provvede alla posa e alla manutenzione della segnaletica prevista dal D.M. 10/07/2002."]:
    P(t)
P("Grosotto, 13/03/2026", al=A.LEFT)
P("IL RESPONSABILE DELL'AREA TECNICA\ngeom. Mattia Rinaldi", al=A.RIGHT)
d.save(sys.argv[1])
