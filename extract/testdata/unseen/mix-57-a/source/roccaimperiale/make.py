# Comune di Rocca Imperiale - ordinanza sindacale typed as a typewriter-like Word document (Courier New, 12 pt)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Courier New"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
def p(text="", bold=False, center=False, under=False, size=None, after=0):
    para = d.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.underline = under
    if size: r.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(after)
    return para
p("COMUNE DI ROCCA IMPERIALE", bold=True, center=True, size=14)
p("(PROVINCIA DI COSENZA)", center=True)
p("Corso Vittorio Emanuele, 1 - 87074 ROCCA IMPERIALE (CS) - Tel. 0981/936027", center=True, size=9)
p("_" * 62, center=True, after=10)
p("Prot. n. 2218" + " " * 21 + "Rocca Imperiale, li 11/03/2026", after=10)
p("ORDINANZA SINDACALE N. 9 DEL 11/03/2026", bold=True, center=True, after=6)
p("OGGETTO: Ordinanza contingibile e urgente per la chiusura al transito veicolare e pedonale di Via Castello e Vico II Castello per pericolo di crollo del muro di contenimento.", bold=True, after=10)
p("IL SINDACO", bold=True, center=True, after=8)
for t in [
 "PREMESSO che in data 10/03/2026, a seguito delle abbondanti precipitazioni piovose, si e' verificato il parziale cedimento del muro di contenimento in pietrame a sostegno di Via Castello, all'altezza del civico n. 14;",
 "VISTA la relazione di sopralluogo del Responsabile dell'Area Tecnica, geom. Vincenzo Aurelio, acquisita al prot. n. 2201 in data 11/03/2026, dalla quale risulta il pericolo di ulteriori crolli e la necessita' di interdire il transito;",
 "RITENUTO necessario ed urgente adottare provvedimenti a tutela della pubblica e privata incolumita';",
 "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada);"]:
    p(t, after=6)
p("O R D I N A", bold=True, center=True, after=8)
for t in [
 "1) la chiusura immediata al transito veicolare e pedonale di Via Castello, nel tratto compreso tra Piazza Municipio e l'intersezione con Vico II Castello, e dell'intero Vico II Castello, a decorrere dalla data di notifica della presente e fino al completamento dei lavori di messa in sicurezza;",
 "2) all'Area Tecnica comunale di provvedere all'apposizione della prescritta segnaletica e delle transenne;",
 "3) ai proprietari dei fabbricati di Via Castello nn. 10, 12 e 14 di non utilizzare i locali prospicienti il muro lesionato fino a nuova disposizione;",
 "4) al Comando di Polizia Locale e alle Forze dell'Ordine di vigilare sull'esatta osservanza della presente ordinanza."]:
    p(t, after=6)
p("AVVERTE", bold=True, center=True, after=6)
p("che contro la presente ordinanza e' ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", after=6)
p("DISPONE", bold=True, center=True, after=6)
p("che la presente ordinanza sia pubblicata all'Albo Pretorio on line del Comune e trasmessa alla Prefettura di Cosenza, alla Stazione Carabinieri di Rocca Imperiale e al Comando di Polizia Locale.", after=20)
p("                                        IL SINDACO")
p("                                  (Dott. Giuseppe Ranù)")
p("                              Firma autografa sostituita a mezzo")
p("                              stampa ai sensi dell'art.3, c.2,")
p("                              D.Lgs. 39/1993")
d.save(sys.argv[1])
