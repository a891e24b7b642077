# Ente Parco dell'Etna - Comitato Esecutivo deliberation, Word template (python-docx -> LibreOffice PDF export)
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d=Document()
s=d.sections[0]; s.page_height=Cm(29.7); s.page_width=Cm(21); s.left_margin=s.right_margin=Cm(2.2); s.top_margin=Cm(1.6); s.bottom_margin=Cm(1.8)
st=d.styles['Normal']; st.font.name='Times New Roman'; st.font.size=Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Times New Roman')
def P(text='',bold=False,al=WD_ALIGN_PARAGRAPH.JUSTIFY,size=None,italic=False,after=4,color=None,caps=False):
    p=d.add_paragraph(); p.alignment=al; p.paragraph_format.space_after=Pt(after); p.paragraph_format.space_before=Pt(0)
    if text:
        r=p.add_run(text); r.bold=bold; r.italic=italic
        if size: r.font.size=Pt(size)
        if color: r.font.color.rgb=RGBColor.from_string(color)
    return p
def runs(parts,al=WD_ALIGN_PARAGRAPH.JUSTIFY,after=4):
    p=d.add_paragraph(); p.alignment=al; p.paragraph_format.space_after=Pt(after)
    for t,b in parts:
        r=p.add_run(t); r.bold=b
    return p
# header (in the section header, as in the Ente's Word template)
h=s.header; hp=h.paragraphs[0]; hp.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=hp.add_run('ENTE PARCO DELL\'ETNA'); r.bold=True; r.font.size=Pt(16); r.font.color.rgb=RGBColor(0x1F,0x4E,0x2C); r.font.name='Times New Roman'
hp2=h.add_paragraph(); hp2.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=hp2.add_run('Via del Convento, 45 – 95030 Nicolosi (CT) – Tel. 095 821111 – PEC: parcoetna@pec.it'); r.font.size=Pt(8.5); r.italic=True
f=s.footer.paragraphs[0]; f.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=f.add_run('Deliberazione del Comitato Esecutivo n. 9 del 24/02/2026'); r.font.size=Pt(8)
P('',after=2)
P('DELIBERAZIONE DEL COMITATO ESECUTIVO',bold=True,al=WD_ALIGN_PARAGRAPH.CENTER,size=14,after=2)
P('N. 9 del 24/02/2026',bold=True,al=WD_ALIGN_PARAGRAPH.CENTER,size=13,after=10)
t=d.add_table(rows=1,cols=2); t.style='Table Grid'; t.alignment=WD_TABLE_ALIGNMENT.CENTER
t.autofit=False
t.columns[0].width=Cm(3); t.columns[1].width=Cm(13.6)
c0,c1=t.rows[0].cells; c0.width=Cm(3); c1.width=Cm(13.6)
c0.paragraphs[0].add_run('OGGETTO:').bold=True
c1.paragraphs[0].add_run('Approvazione dello schema di convenzione con il Comune di Zafferana Etnea per la manutenzione ordinaria dei sentieri natura del versante orientale – Annualità 2026-2027.').bold=True
P('',after=4)
P("L'anno duemilaventisei, il giorno ventiquattro del mese di febbraio, alle ore 11:00 e seguenti, nella sede dell'Ente in Nicolosi, Via del Convento n. 45, a seguito di regolare convocazione prot. n. 1184 del 18/02/2026, si è riunito il Comitato Esecutivo dell'Ente Parco dell'Etna.")
P("Risultano presenti: il Presidente, Dott. Giuseppe Ferlito; il componente Sig. Antonino Musumeci; il componente Arch. Carmela Pappalardo. Risulta assente giustificato il componente Dott. Alfio Russo.")
P("Presiede la seduta il Presidente, Dott. Giuseppe Ferlito, il quale, constatato il numero legale, dichiara aperta la seduta. Svolge le funzioni di Segretario verbalizzante la Dott.ssa Rosaria Cantarella, Direttore dell'Ente.")
P('IL COMITATO ESECUTIVO',bold=True,al=WD_ALIGN_PARAGRAPH.CENTER,after=6)
for x in ["Vista la L.R. 6 maggio 1981, n. 98, e successive modifiche ed integrazioni, recante norme per l'istituzione nella Regione siciliana di parchi e riserve naturali;",
 "Visto il D.P.R.S. 17 marzo 1987, n. 37, istitutivo del Parco dell'Etna;",
 "Premesso che la rete dei sentieri natura del versante orientale, ricadente nei territori di Zafferana Etnea, Milo e Sant'Alfio, necessita di interventi periodici di decespugliamento, ripristino della segnaletica e messa in sicurezza dei tratti danneggiati dagli eventi meteorici dell'autunno 2025;",
 "Vista la nota del Comune di Zafferana Etnea prot. n. 3352 del 04/02/2026, con la quale l'Amministrazione comunale manifesta la disponibilità a eseguire, con proprio personale e mezzi, gli interventi di manutenzione ordinaria a fronte di un contributo forfettario dell'Ente;",
 "Visto lo schema di convenzione predisposto dall'Unità Operativa Fruizione e Sentieristica, allegato alla presente per farne parte integrante e sostanziale;",
 "Visti i pareri favorevoli di regolarità tecnica e contabile espressi, rispettivamente, dal Responsabile dell'U.O. Fruizione e Sentieristica e dal Responsabile dell'U.O. Bilancio e Ragioneria;",
 "Con voti unanimi dei presenti, espressi per alzata di mano,"]:
    P(x)
P('DELIBERA',bold=True,al=WD_ALIGN_PARAGRAPH.CENTER,after=6)
for i,x in enumerate(["di approvare lo schema di convenzione con il Comune di Zafferana Etnea per la manutenzione ordinaria dei sentieri natura del versante orientale per le annualità 2026-2027, allegato alla presente;",
 "di quantificare il contributo forfettario dell'Ente in € 18.000,00 annui, da imputare al capitolo 1420 \"Manutenzione rete sentieristica\" del bilancio di previsione 2026-2028;",
 "di autorizzare il Presidente alla sottoscrizione della convenzione e il Direttore all'adozione dei successivi atti gestionali."],1):
    p=P(f'{i}.  {x}'); p.paragraph_format.left_indent=Cm(0.8); p.paragraph_format.first_line_indent=Cm(-0.6)
P("Con successiva e separata votazione unanime, il Comitato Esecutivo dichiara la presente deliberazione immediatamente esecutiva, stante l'urgenza di avviare gli interventi prima della stagione escursionistica.")
P('Letto, confermato e sottoscritto.',italic=True,after=14)
t=d.add_table(rows=3,cols=2); t.alignment=WD_TABLE_ALIGNMENT.CENTER
vals=[('IL PRESIDENTE','IL SEGRETARIO VERBALIZZANTE'),('Dott. Giuseppe Ferlito','Dott.ssa Rosaria Cantarella'),('(firmato digitalmente ai sensi del D.Lgs. 82/2005)','(firmato digitalmente ai sensi del D.Lgs. 82/2005)')]
for i,(a,b) in enumerate(vals):
    for c,v in zip(t.rows[i].cells,(a,b)):
        p=c.paragraphs[0]; p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run(v); r.bold=(i<2); r.font.size=Pt(8 if i==2 else 11)
d.save(sys.argv[1])
