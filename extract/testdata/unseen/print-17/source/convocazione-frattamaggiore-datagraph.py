import sys, os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
d=Document()
st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Liberation Serif')
st.paragraph_format.space_after=Pt(4)
s=d.sections[0]; s.page_height=Mm(297); s.page_width=Mm(210); s.left_margin=Mm(25); s.right_margin=Mm(20); s.top_margin=Mm(12); s.bottom_margin=Mm(15)
h=s.header.paragraphs[0]; h.alignment=WD_ALIGN_PARAGRAPH.CENTER
h.add_run().add_picture(os.path.join(os.path.dirname(os.path.abspath(__file__)),'stemma.png'),width=Mm(11))
p=s.header.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run('COMUNE DI FRATTAMAGGIORE'); r.bold=True; r.font.size=Pt(15)
p=s.header.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run('Città Metropolitana di Napoli'); r.italic=True; r.font.size=Pt(10)
p=s.header.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run('PRESIDENZA DEL CONSIGLIO COMUNALE'); r.bold=True; r.font.size=Pt(10)
f=s.footer.paragraphs[0]; f.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=f.add_run('Piazza Umberto I – 80027 Frattamaggiore (NA) – PEC: protocollo@pec.comune.frattamaggiore.na.it'); r.font.size=Pt(8)
def P(t='',b=False,al=None,i=False,sz=None,after=None,ind=None):
    p=d.add_paragraph()
    if t:
        r=p.add_run(t); r.bold=b; r.italic=i
        if sz: r.font.size=Pt(sz)
    if al=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    if al=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    if al=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after=Pt(after)
    if ind: p.paragraph_format.left_indent=Mm(ind)
    return p
P('Prot. n. 2931 del 03/02/2026',sz=10,after=0)
P('Frattamaggiore, 03/02/2026',al='r',after=8)
for t in ['Ai Sigg. Consiglieri Comunali','Al Sig. Sindaco','Al Segretario Generale','Ai Responsabili di Settore','Al Collegio dei Revisori dei Conti','e p.c. Al Sig. Prefetto di Napoli','Al Comandante della Polizia Municipale']:
    P(t,al=None,after=0,ind=95,sz=10.5)
P(after=6)
p=P(al='j',after=10); r=p.add_run('Oggetto: '); r.bold=True
r=p.add_run('Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 10 febbraio 2026.'); r.bold=True
p.paragraph_format.left_indent=Mm(18); p.paragraph_format.first_line_indent=Mm(-18)
P("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 21 e 22 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà, in sessione ordinaria e in prima convocazione, presso la Sala Consiliare \"Sosio Capasso\" della Casa Comunale, il giorno",al='j')
P('martedì 10 febbraio 2026 alle ore 17:00',b=True,al='c')
P("e, occorrendo, in seconda convocazione il giorno mercoledì 11 febbraio 2026 alla stessa ora, per la trattazione del seguente",al='j')
P('ORDINE DEL GIORNO',b=True,al='c',after=6)
items=["Lettura e approvazione dei verbali della seduta del 22 dicembre 2025;",
"Comunicazioni del Presidente del Consiglio e del Sindaco;",
"Riconoscimento di legittimità di debiti fuori bilancio ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000 – sentenze del Giudice di Pace di Frattamaggiore nn. 1127/2025 e 1302/2025;",
"Approvazione del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – modifiche;",
"Interrogazione presentata dal consigliere Pezzella in merito allo stato dei lavori di riqualificazione di Piazza Pertini;",
"Mozione dei consiglieri Del Prete, Capasso e Spena sull'istituzione della consulta comunale dei giovani."]
for it in items:
    p=d.add_paragraph(it,style='List Number'); p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
P(after=4)
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Presidenza del Consiglio e consultabili, negli orari d'ufficio, a decorrere dalla data di notifica della presente. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.",al='j')
P(after=8)
P('IL PRESIDENTE DEL CONSIGLIO COMUNALE',b=True,al='r',after=0)
P('Avv. Raffaele Pezzullo',al='r',after=0)
P('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993)',i=True,sz=8,al='r')
d.save(sys.argv[1])
