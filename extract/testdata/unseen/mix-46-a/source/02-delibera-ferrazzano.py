# Typewriter-like Word document (Courier New 11, tab leaders) -> LibreOffice PDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_LEADER
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
st = doc.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.15
def P(text='', bold=False, center=False, underline=False, just=False, after=0, before=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.underline = underline
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if just: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    return p
# running foot
fp = sec.footer.paragraphs[0]; fp.text = "Delib. C.C. n. 9 del 30-03-2026 - pag."; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in fp.runs: r.font.size = Pt(9)
P('COMUNE DI FERRAZZANO', bold=True, center=True)
P('(PROVINCIA DI CAMPOBASSO)', center=True)
P('Piazza Spensieri n. 1 - 86010 Ferrazzano', center=True, after=14)
P('ORIGINALE', bold=True, center=True, after=8)
P('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, center=True)
P('N. 9 DEL 30-03-2026', bold=True, center=True, after=12)
p = P('OGGETTO: ', bold=True, just=True, after=10)
r = p.add_run("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICHE ALL'ART. 23."); r.bold = True; r.underline = True
P("L'anno duemilaventisei il giorno trenta del mese di marzo alle ore 18,00 nella sala consiliare del Comune suddetto, convocato con avviso scritto del Sindaco prot. n. 1418 del 24-03-2026, regolarmente notificato, si e' riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.", just=True, after=8)
P('Fatto l\'appello risultano:', after=4)
roll = [('DI IORIO ANTONIO','SINDACO','PRESENTE'),('COLASURDO MARIA GRAZIA','CONSIGLIERE','PRESENTE'),
        ('PETRELLA LUIGI','CONSIGLIERE','PRESENTE'),('FANELLI ROBERTA','CONSIGLIERE','PRESENTE'),
        ('MASTROPIETRO CARMINE','CONSIGLIERE','ASSENTE'),('D\'ALESSANDRO NICOLA','CONSIGLIERE','PRESENTE'),
        ('ZAPPONE ILARIA','CONSIGLIERE','PRESENTE'),('CIAMPITTI GIUSEPPE','CONSIGLIERE','PRESENTE'),
        ('TARTAGLIA FRANCESCO','CONSIGLIERE','ASSENTE'),('RUSSO ANGELA','CONSIGLIERE','PRESENTE'),
        ('PIETRANGELO DANIELE','CONSIGLIERE','PRESENTE')]
for i,(n,ro,pa) in enumerate(roll,1):
    p = doc.add_paragraph()
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(9.2), leader=WD_TAB_LEADER.DOTS); ts.add_tab_stop(Cm(13.2), leader=WD_TAB_LEADER.DOTS)
    p.add_run(f'{i:2d}) {n}\t{ro}\t{pa}')
P('Assegnati n. 11 - In carica n. 11 - Presenti n. 9 - Assenti n. 2', before=6, after=8)
P("Presiede il Sig. DI IORIO Antonio nella sua qualita' di Sindaco.", just=True)
P("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, c. 4, lett. a), D.Lgs. n. 267/2000) il Segretario Comunale Dott. Michele Santoro.", just=True)
P("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a trattare l'argomento in oggetto, iscritto al punto 3 dell'ordine del giorno.", just=True, after=10)
P('IL CONSIGLIO COMUNALE', bold=True, center=True, after=8)
for t in ["PREMESSO che con deliberazione consiliare n. 4 del 29-03-2021 e' stato approvato il regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
          "RITENUTO necessario modificare l'art. 23 del regolamento, relativo alle riduzioni ed esenzioni per le occupazioni realizzate in occasione di manifestazioni promosse da associazioni senza scopo di lucro;",
          "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Petrella e Russo, riportati nel resoconto di seduta;",
          "VISTO il parere favorevole del Revisore dei Conti, acquisito al prot. n. 1502 del 27-03-2026;",
          "VISTI i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "CON la seguente votazione, resa per alzata di mano: presenti n. 9, votanti n. 8, astenuti n. 1 (Colasurdo), voti favorevoli n. 6, voti contrari n. 2 (Zappone, Pietrangelo);"]:
    P(t, just=True, after=6)
P('D E L I B E R A', bold=True, center=True, after=8, before=4)
for t in ["1) DI APPROVARE le modifiche all'art. 23 del regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub \"A\";",
          "2) DI DARE ATTO che le modifiche hanno efficacia dal 1 gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge n. 388/2000;",
          "3) DI TRASMETTERE la presente deliberazione al Ministero dell'Economia e delle Finanze tramite il portale del federalismo fiscale."]:
    P(t, just=True, after=6)
P("Successivamente, con separata votazione dall'identico esito (presenti n. 9, votanti n. 8, favorevoli n. 6, contrari n. 2, astenuti n. 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", just=True, after=14)
P('Letto, approvato e sottoscritto.', after=14)
p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
p.add_run('IL SINDACO\tIL SEGRETARIO COMUNALE').bold = True
p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
p.add_run('F.to Antonio Di Iorio\tF.to Dott. Michele Santoro')
P('', after=10)
P('_' * 66)
P('CERTIFICATO DI PUBBLICAZIONE', bold=True, center=True, before=4)
P("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 03-04-2026 (Reg. Pubbl. n. 188).", just=True)
p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
p.add_run('\tIL SEGRETARIO COMUNALE')
p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
p.add_run('\tF.to Dott. Michele Santoro')
doc.save('02-delibera-ferrazzano.docx')
