# Comune di Pozzomaggiore - Giunta deliberation as an old typewriter-like Word document
# (Courier New, tab-aligned roll with dotted leaders, underlined headings), printed by LibreOffice Writer.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
st = doc.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.15

def p(text='', bold=False, u=False, align=None, before=0, after=0):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.underline = u
    para.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    para.paragraph_format.space_before = Pt(before); para.paragraph_format.space_after = Pt(after)
    return para

p("COMUNE DI POZZOMAGGIORE", bold=True, align='c')
p("PROVINCIA DI SASSARI", align='c')
p("-------------------------------", align='c', after=10)
p("COPIA", bold=True, align='r', after=6)
p("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, u=True, align='c', after=6)
p("N. 38 del 08.04.2026", bold=True, align='c', after=12)
para = p(align='j', after=12)
r = para.add_run("OGGETTO: "); r.bold = True
para.add_run("Concessione in uso temporaneo dei locali dell'ex Montegranatico alla Pro Loco per le manifestazioni della Festa di San Giorgio 2026. Indirizzi al Responsabile del Servizio.")
p("L'anno DUEMILAVENTISEI il giorno OTTO del mese di APRILE alle ore 13,15 nella Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", align='j', after=6)
roll = [("SANNA MARIO ANTONIO", "SINDACO", "P"), ("FADDA GIOVANNA", "VICE SINDACO", "P"),
        ("CUGUSI PIETRO", "ASSESSORE", "A"), ("MURA ANGELA MARIA", "ASSESSORE", "P"), ("PIRAS SALVATORE", "ASSESSORE", "P")]
for n, role, pa in roll:
    para = doc.add_paragraph()
    ts = para.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    ts.add_tab_stop(Cm(14.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    para.paragraph_format.left_indent = Cm(0.8)
    para.add_run(f"{n}\t{role}\t{pa}")
p("Presenti n. 4    Assenti n. 1", align='r', before=6, after=6)
p("Partecipa il Segretario Comunale Dott. Gavino Cossu, con funzioni consultive, referenti e di assistenza.", align='j', after=4)
p("Il Sindaco Sig. Mario Antonio Sanna, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopra indicato.", align='j', after=10)
p("LA GIUNTA COMUNALE", bold=True, u=True, align='c', after=8)
for s in ["VISTA la nota della Pro Loco di Pozzomaggiore, acquisita al prot. n. 1904 del 30.03.2026, con la quale si chiede l'uso dei locali dell'ex Montegranatico dal 20 al 27 aprile 2026;",
          "CONSIDERATO che la Festa di San Giorgio costituisce un momento di rilevante interesse per la comunità e che l'Amministrazione intende sostenerne lo svolgimento;",
          "VISTO il Regolamento comunale per l'uso dei beni immobili, approvato con deliberazione del Consiglio Comunale n. 12 del 29.04.2019;",
          "ACQUISITO il parere favorevole di regolarità tecnica del Responsabile del Servizio Tecnico, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "CON VOTI UNANIMI espressi nelle forme di legge,"]:
    p(s, align='j', after=6)
p("D E L I B E R A", bold=True, align='c', before=4, after=8)
for s in ["- DI CONCEDERE alla Pro Loco di Pozzomaggiore l'uso temporaneo e gratuito dei locali dell'ex Montegranatico dal 20 al 27 aprile 2026;",
          "- DI DARE INDIRIZZO al Responsabile del Servizio Tecnico affinché provveda alla consegna dei locali previa verifica dell'agibilità;",
          "- DI STABILIRE che la Pro Loco provvederà a propria cura e spese alla pulizia dei locali e alla stipula di idonea polizza assicurativa."]:
    para = p(s, align='j', after=6); para.paragraph_format.left_indent = Cm(0.8); para.paragraph_format.first_line_indent = Cm(-0.5)
p("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18.08.2000 n. 267.", align='j', before=4, after=14)
p("Letto, approvato e sottoscritto.", after=10)
para = doc.add_paragraph(); para.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
para.add_run("IL SINDACO\tIL SEGRETARIO COMUNALE\nF.to Mario Antonio Sanna\tF.to Dott. Gavino Cossu")
p(after=14)
p("________________________________________________________________", after=4)
p("CERTIFICATO DI PUBBLICAZIONE", bold=True, align='c', after=4)
p("Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi a partire dal 20.04.2026.", align='j', after=6)
para = doc.add_paragraph(); para.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
para.add_run("Pozzomaggiore, 20.04.2026\tIL SEGRETARIO COMUNALE\n\tF.to Dott. Gavino Cossu")
p(after=8)
p("Copia conforme all'originale, in carta libera per uso amministrativo.", align='j')
doc.save('build/d06.docx')
