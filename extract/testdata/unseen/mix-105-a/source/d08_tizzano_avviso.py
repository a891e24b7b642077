# Tizzano Val Parma: numbered AVVISO PUBBLICO as a Word document (python-docx), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("COMUNE DI TIZZANO VAL PARMA\n"); r.bold = True; r.font.size = Pt(14)
h.add_run("Provincia di Parma – SETTORE AFFARI GENERALI – Servizio Patrimonio").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = AL.CENTER
f.add_run("Piazza Roma, 1 – 43028 Tizzano Val Parma (PR) – tel. 0521 868935 – protocollo@comune.tizzano-val-parma.pr.it").font.size = Pt(8)
def P(t, b=False, al=AL.JUSTIFY, size=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    return p
P("Prot. n. 3318 del 24.4.2026", al=AL.RIGHT, size=10)
P("AVVISO PUBBLICO N. 3/2026", True, AL.CENTER, 15)
P("MANIFESTAZIONE DI INTERESSE PER LA CONCESSIONE IN USO DEI LOCALI DEL CENTRO SOCIALE DI CAPOPONTE AD ASSOCIAZIONI DEL TERZO SETTORE PER IL TRIENNIO 2026-2029", True, AL.CENTER)
P("IL RESPONSABILE DEL SETTORE AFFARI GENERALI", True, AL.CENTER)
P("In esecuzione della deliberazione della Giunta Comunale n. 36 del 14.4.2026 e della propria determinazione n. 44/2026 R.G.,")
P("RENDE NOTO", True, AL.CENTER)
P("che il Comune di Tizzano Val Parma intende concedere in uso, a titolo non esclusivo, i locali del piano terra del Centro Sociale di Capoponte, via Nazionale n. 12 (superficie utile di circa 140 mq), ad associazioni iscritte al Registro Unico Nazionale del Terzo Settore che svolgano attività culturali, ricreative o socio-assistenziali a favore della comunità locale.")
for t in ["1. Soggetti ammessi: enti del Terzo Settore con sede o operatività nel territorio dell'Unione Montana Appennino Parma Est.",
          "2. Durata: tre anni dalla sottoscrizione della convenzione, con canone ricognitorio di € 300,00 annui e rimborso forfettario delle utenze.",
          "3. Modalità di presentazione: la domanda, redatta sul modulo allegato, deve pervenire entro le ore 12:00 del 15 maggio 2026 all'indirizzo PEC protocollo@postacert.comune.tizzano-val-parma.pr.it o a mano all'Ufficio Protocollo.",
          "4. Criteri di valutazione: radicamento nel territorio, qualità del programma di attività, apertura dei locali alla cittadinanza."]:
    P(t)
P("Responsabile del procedimento: dott.ssa Valeria Borsi – tel. 0521 868935 int. 3.")
P("Tizzano Val Parma, 24.4.2026")
P("IL RESPONSABILE DEL SETTORE AFFARI GENERALI\ndott.ssa Valeria Borsi", al=AL.RIGHT)
d.save(sys.argv[1])
