"""Comune di Larino - AVVISO PUBBLICO n. 3/2026 as a typewriter-like Word document (Courier New, alignment
by spaces, accents typed as apostrophes, underlined title), python-docx -> LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm
out = sys.argv[1]
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = Cm(2.2); s.right_margin = Cm(2); s.top_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Courier New"; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.0
def p(t="", b=False, u=False):
    para = d.add_paragraph(); r = para.add_run(t); r.bold = b; r.underline = u
for t, b in [("                           COMUNE DI LARINO", True), ("                        (Provincia di Campobasso)", False),
             ("          AREA AMMINISTRATIVA - Servizio Pubblica Istruzione", False), ("=" * 72, False), ("", False),
             ("Prot. n. 3318                                     Larino, li 16/03/2026", False), ("", False),
             ("                      AVVISO PUBBLICO N. 3/2026", True), ("", False)]:
    p(t, b)
p("    CONTRIBUTO PER LA FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI", True, True)
p("    DI TESTO - ANNO SCOLASTICO 2025/2026", True, True)
p()
txt = """IL RESPONSABILE DELL'AREA AMMINISTRATIVA

Vista la Legge 23 dicembre 1998, n. 448, art. 27;
Vista la deliberazione della Giunta Regionale del Molise n. 41 del
20/02/2026 di riparto dei fondi ai Comuni;
In esecuzione della propria determinazione n. 77 del 13/03/2026;

                              RENDE NOTO

che i genitori degli alunni residenti nel Comune di Larino, frequentanti
nell'anno scolastico 2025/2026 le scuole secondarie di primo e secondo
grado, possono presentare domanda per ottenere il contributo per
l'acquisto dei libri di testo.

1) REQUISITI: residenza nel Comune di Larino; indicatore ISEE in corso di
   validita' non superiore a euro 15.493,71.

2) MODALITA' DI PRESENTAZIONE: la domanda, redatta sul modello
   disponibile presso l'Ufficio Pubblica Istruzione e sul sito
   istituzionale, dovra' pervenire all'Ufficio Protocollo entro e non
   oltre le ore 12:00 del giorno 17/04/2026, a mano o tramite PEC.

3) DOCUMENTAZIONE: attestazione ISEE; fatture o scontrini di acquisto
   dei libri; copia del documento di identita' del richiedente.

4) CONTROLLI: l'Amministrazione effettuera' controlli a campione sulla
   veridicita' delle dichiarazioni rese, ai sensi del D.P.R. 445/2000.

Per informazioni: Ufficio Pubblica Istruzione, tel. 0874 8xxxxx, dal
lunedi' al venerdi' dalle ore 9:00 alle ore 12:00.

Larino, li 16/03/2026
                               IL RESPONSABILE DELL'AREA AMMINISTRATIVA
                                      (Dott.ssa Teresa Di Pietro)"""
for line in txt.split("\n"):
    p(line, line.strip() in ("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "RENDE NOTO"))
d.save(out)
