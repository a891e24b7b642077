import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI CONCESIO\nProvincia di Brescia – Piazza Paolo VI, 1 – 25062 Concesio (BS)"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "PEC: protocollo@pec.comune.concesio.bs.it – C.F. 00368680178"; f.alignment = AL.CENTER
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = AL.CENTER if c else AL.JUSTIFY
    return p
P("BANDO DI GARA", True, True, 16)
P("PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER GLI ANNI SCOLASTICI 2026/2027 – 2027/2028 – 2028/2029", True, True)
P("CIG: B9F4A21C6E", True, True)
P("Prot. n. 5127 del 16.03.2026")
for t in [
 "1. Amministrazione aggiudicatrice: Comune di Concesio, Piazza Paolo VI n. 1, 25062 Concesio (BS).",
 "2. Oggetto: servizio di preparazione, trasporto e somministrazione dei pasti agli alunni delle scuole dell'infanzia e primarie e al personale avente diritto. CPV 55524000-9.",
 "3. Importo a base di gara: euro 1.284.600,00 oltre IVA, di cui euro 3.200,00 per oneri della sicurezza non soggetti a ribasso.",
 "4. Procedura e criterio: procedura aperta ai sensi dell'art. 71 del D.Lgs. 36/2023, con il criterio dell'offerta economicamente più vantaggiosa (offerta tecnica 80 punti, offerta economica 20 punti).",
 "5. Termine di presentazione delle offerte: ore 12:00 del giorno 20 aprile 2026, esclusivamente tramite la piattaforma Sintel di ARIA S.p.A.",
 "6. Prima seduta pubblica: ore 9:30 del giorno 22 aprile 2026, in modalità telematica.",
 "7. Responsabile unico del progetto: dott. Fabio Bontempi."]:
    P(t)
P("Concesio, 16 marzo 2026")
p = P("IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA E ALLA FAMIGLIA\ndott. Fabio Bontempi"); p.alignment = AL.RIGHT
d.save(sys.argv[1])
