# Provincia di Cremona - determinazione dirigenziale, Word template -> LibreOffice PDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.5)
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)
ftr = s.footer.paragraphs[0]; ftr.text = "Provincia di Cremona – Corso Vittorio Emanuele II, 17 – 26100 Cremona – protocollo@provincia.cr.it"; ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER; ftr.runs[0].font.size = Pt(7)
def P(t, b=False, c=False, sz=None, just=True):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else (WD_ALIGN_PARAGRAPH.JUSTIFY if just else WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(3)
    return p
P("PROVINCIA DI CREMONA", b=True, c=True, sz=15)
P("SETTORE INFRASTRUTTURE STRADALI", b=True, c=True, sz=11)
P("Servizio Manutenzione Strade e Ponti", c=True)
P("")
t = d.add_table(rows=2, cols=3); t.style='Table Grid'
for i,(a,b) in enumerate([("DETERMINAZIONE DIRIGENZIALE","Reg. Gen. n. 214"),("Data 11/03/2026","Reg. Settore n. 37")]):
    pass
t.cell(0,0).merge(t.cell(0,2)); t.cell(0,0).text = "DETERMINAZIONE DIRIGENZIALE"
t.cell(0,0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; t.cell(0,0).paragraphs[0].runs[0].bold = True
t.cell(1,0).text = "N. Reg. Gen. 214"; t.cell(1,1).text = "N. Reg. Settore 37"; t.cell(1,2).text = "del 11/03/2026"
P("")
p = P("Oggetto: ", b=True); p.add_run("S.P. n. 33 \"Seriana\" – Lavori di ripristino della pavimentazione stradale dal km 4+200 al km 7+850. Affidamento diretto alla ditta Bitumi Padani S.r.l. ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. n. 36/2023. CIG B5D7A21F09 – CUP G17H26000110003.")
P("IL DIRIGENTE DEL SETTORE", b=True, c=True)
for t_ in ["Richiamato il decreto del Presidente della Provincia n. 12 del 30/01/2026 di conferimento dell'incarico dirigenziale;",
 "Vista la deliberazione del Consiglio Provinciale n. 4 del 27/02/2026 di approvazione del bilancio di previsione 2026/2028;",
 "Considerato che il tratto della S.P. n. 33 compreso tra il km 4+200 e il km 7+850 presenta ammaloramenti diffusi del manto di usura, tali da richiedere un intervento urgente;",
 "Visto il preventivo della ditta Bitumi Padani S.r.l. con sede in Pizzighettone (CR), acquisito al prot. n. 9874 del 04/03/2026, per un importo di € 118.400,00 oltre IVA, ritenuto congruo;",
 "Accertata la regolarità contributiva della ditta (DURC prot. INAIL_51877214);"]:
    P(t_)
P("DETERMINA", b=True, c=True)
for i,t_ in enumerate(["di affidare alla ditta Bitumi Padani S.r.l. i lavori in oggetto per l'importo di € 118.400,00 oltre IVA 22% per complessivi € 144.448,00;",
 "di impegnare la spesa di € 144.448,00 al capitolo 2031/4 \"Manutenzione straordinaria strade provinciali\" del bilancio 2026/2028, esercizio 2026;",
 "di nominare Responsabile Unico del Progetto l'Ing. Stefano Ghisolfi;",
 "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione Amministrazione Trasparente."],1):
    P(f"{i}) {t_}")
P("")
P("Cremona, 11/03/2026", just=False)
P("IL DIRIGENTE", b=True, c=True)
P("Ing. Roberta Amighetti", c=True)
P("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", c=True, sz=8)
d.save("determinazione-cremona-word.docx")
