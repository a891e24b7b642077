# AVVISO PUBBLICO N. 3/2026, Castellina in Chianti: office as a right-aligned block (python-docx -> LibreOffice Writer)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
def p(t, al=A.JUSTIFY, b=False, sz=None, after=4, it=False):
    q = d.add_paragraph(); q.alignment = al; q.paragraph_format.space_after = Pt(after)
    r = q.add_run(t); r.bold = b; r.italic = it
    if sz: r.font.size = Pt(sz)
    return q
p("COMUNE DI CASTELLINA IN CHIANTI", A.CENTER, True, 17, 0)
p("Provincia di Siena", A.CENTER, False, 10, 0, True)
p("Viale Rimembranza, 14 – 53011 Castellina in Chianti (SI) – PEC: comune.castellinainchianti@postacert.toscana.it", A.CENTER, False, 8, 14)
p("Settore Servizi alla Persona", A.RIGHT, True, 11, 0)
p("Servizio Istruzione e Politiche Sociali", A.RIGHT, False, 11, 0)
p("Responsabile: dott.ssa Lucia Bernabei", A.RIGHT, False, 9.5, 0, True)
p("tel. 0577 742311 – scuola@comune.castellina.si.it", A.RIGHT, False, 9.5, 14, True)
p("Prot. n. 2874 del 16/03/2026", A.LEFT, False, 10.5, 14)
p("AVVISO PUBBLICO N. 3/2026", A.CENTER, True, 15, 6)
p("Contributi per il trasporto scolastico degli studenti delle scuole secondarie di secondo grado – anno scolastico 2025/2026", A.CENTER, True, 12, 14)
p("LA RESPONSABILE DEL SETTORE", A.CENTER, True, 11.5, 6)
p("In esecuzione della determinazione n. 61 del 13/03/2026 e della deliberazione della Giunta Comunale n. 22 del 26/02/2026, con la quale sono stati approvati i criteri per l'erogazione dei contributi per le spese di trasporto sostenute dalle famiglie degli studenti pendolari;")
p("RENDE NOTO", A.CENTER, True, 11.5, 6)
p("che dal 16 marzo al 17 aprile 2026 i genitori degli studenti residenti nel Comune di Castellina in Chianti, iscritti per l'anno scolastico 2025/2026 a un istituto secondario di secondo grado con sede in altro Comune, possono presentare domanda di contributo per l'abbonamento al trasporto pubblico locale.")
for t in ["Art. 1 – Requisiti. Residenza nel Comune; ISEE del nucleo familiare non superiore a euro 30.000,00; titolarità di un abbonamento annuale o mensile intestato allo studente.",
          "Art. 2 – Misura del contributo. Il contributo è pari al 50% della spesa documentata, fino a un massimo di euro 250,00 per studente, nei limiti dello stanziamento di euro 12.000,00.",
          "Art. 3 – Domanda. La domanda, redatta sul modulo allegato, è presentata all'Ufficio Protocollo o via PEC entro le ore 12:00 del 17 aprile 2026, con copia dell'abbonamento e dell'attestazione ISEE.",
          "Art. 4 – Trattamento dei dati. I dati sono trattati ai sensi del Regolamento UE 2016/679 esclusivamente per le finalità del presente avviso."]:
    p(t)
p("Castellina in Chianti, 16 marzo 2026", A.LEFT, False, None, 14)
p("La Responsabile del Settore Servizi alla Persona", A.RIGHT, False, None, 0)
p("dott.ssa Lucia Bernabei", A.RIGHT, False, None, 0, True)
p("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", A.RIGHT, False, 8.5, 0)
d.save(sys.argv[1])
