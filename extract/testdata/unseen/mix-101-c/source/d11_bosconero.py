# python-docx: Word document with Area/Servizio in the header and a footer on every page; converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI BOSCONERO – Città Metropolitana di Torino\nAREA AMMINISTRATIVA – Servizi alla Persona e Istruzione"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Via Trento, 9 – 10080 Bosconero (TO) – PEC: protocollo@pec.comune.bosconero.to.it"; f.alignment = AL.CENTER
def P(t, b=False, al=AL.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if size: r.font.size = Pt(size)
    return p
P("AVVISO PUBBLICO N. 3/2026", True, AL.CENTER, 15)
P("Prot. n. 3317 del 20/04/2026", False, AL.RIGHT)
P("INDAGINE DI MERCATO PER L'AFFIDAMENTO DEL SERVIZIO DI CENTRO ESTIVO COMUNALE 2026", True, AL.CENTER, 12)
P("In esecuzione della determinazione del Responsabile dell'Area Amministrativa Reg. Gen. n. 2026/DET/0041 del 17/04/2026, il Comune di Bosconero intende acquisire manifestazioni di interesse da parte di operatori economici qualificati per l'affidamento del servizio di centro estivo per i bambini e i ragazzi dai 6 ai 13 anni, da svolgersi dal 15 giugno al 31 luglio 2026 presso il plesso scolastico di via Roma.")
for t in ["1. Stazione appaltante: Comune di Bosconero – Area Amministrativa, Servizi alla Persona e Istruzione.",
          "2. Importo stimato dell'affidamento: € 24.500,00 oltre IVA se dovuta.",
          "3. Requisiti: iscrizione alla C.C.I.A.A. o al Registro del Terzo Settore per attività coerenti con l'oggetto; esperienza almeno biennale nella gestione di centri estivi.",
          "4. Modalità di presentazione: le manifestazioni di interesse devono pervenire entro le ore 12:00 del 06/05/2026 tramite PEC all'indirizzo indicato in calce.",
          "5. Procedura: il servizio sarà affidato ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023 previa richiesta di preventivo agli operatori che avranno manifestato interesse."]:
    P(t)
P("Il presente avviso non costituisce proposta contrattuale e non vincola in alcun modo l'Amministrazione. Responsabile del procedimento: dott.ssa Valentina Gillio.")
P("Bosconero, 20/04/2026", al=AL.LEFT)
P("La Responsabile dell'Area Amministrativa\ndott.ssa Valentina Gillio", al=AL.RIGHT)
d.save(sys.argv[1])
