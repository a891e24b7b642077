# Comune di Castiglione delle Stiviere - determinazione typed in a typewriter-like Word document (Courier New)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
def P(t, c=False, b=False, u=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.underline = u
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(0); return p
P("COMUNE DI CASTIGLIONE DELLE STIVIERE", c=True, b=True)
P("(Provincia di Mantova)", c=True)
P("")
P("AREA SERVIZI ALLA PERSONA", c=True, b=True)
P("Servizio Pubblica Istruzione", c=True)
P("")
P("DETERMINAZIONE N. 156 DEL 02/03/2026", c=True, b=True, u=True)
P("")
P("OGGETTO: LIQUIDAZIONE CONTRIBUTO ALL'ISTITUTO COMPRENSIVO")
P("         \"G. TOSONI\" PER IL PIANO DEL DIRITTO ALLO STUDIO")
P("         A.S. 2025/2026 - PRIMO ACCONTO.")
P("")
P("IL RESPONSABILE DELL'AREA", c=True)
P("")
for t in ["VISTA la deliberazione del Consiglio Comunale n. 52 del",
"29/09/2025, con la quale e' stato approvato il Piano per il",
"diritto allo studio per l'anno scolastico 2025/2026;",
"",
"VISTA la propria determinazione n. 812 del 14/11/2025 con la",
"quale e' stata impegnata la somma complessiva di Euro 64.000,00",
"a favore dell'Istituto Comprensivo \"G. Tosoni\";",
"",
"VISTA la nota dell'Istituto prot. n. 2291 del 20/02/2026 con",
"la quale si chiede l'erogazione del primo acconto;",
"",
"RITENUTO di provvedere in merito;"]:
    P(t)
P("")
P("D E T E R M I N A", c=True, b=True)
P("")
for t in ["1) di liquidare all'Istituto Comprensivo \"G. Tosoni\" la somma",
"   di Euro 32.000,00 quale primo acconto del contributo per il",
"   Piano del diritto allo studio a.s. 2025/2026;",
"2) di imputare la spesa al cap. 4520 \"Trasferimenti a istituti",
"   scolastici\" del bilancio 2026, imp. n. 1874/2025;",
"3) di trasmettere il presente atto al Servizio Finanziario",
"   per l'emissione del mandato di pagamento."]:
    P(t)
P("")
P("Castiglione delle Stiviere, li' 02/03/2026")
P("")
P("                          IL RESPONSABILE DELL'AREA")
P("                          SERVIZI ALLA PERSONA")
P("                          (Dott.ssa Chiara Bonatti)")
P("")
P("___________________________________________________________")
P("VISTO DI REGOLARITA' CONTABILE attestante la copertura")
P("finanziaria (art. 183, comma 7, D.Lgs. 267/2000).")
P("Castiglione delle Stiviere, li' 03/03/2026")
P("                          IL RESPONSABILE DEL SERVIZIO")
P("                          FINANZIARIO - Rag. Mauro Zanardi")
d.save("determinazione-castiglionedellestiviere-word.docx")
