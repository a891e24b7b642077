# Bilingual Italian/Slovene Consiglio deliberation of Faedis/Fojda, one language under the other.
# Written with python-docx as a Word document, printed to PDF by LibreOffice (see build.sh).
import os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(15); sec.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
def P(text='', bold=False, italic=False, size=None, align=None, after=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
def SL(text, **k):  # Slovene text: italic, smaller, as the office prints it
    k.setdefault('align', 'j')
    return P(text, italic=True, size=10, **k)
hp = sec.header.paragraphs[0]; hp.text = 'Comune di Faedis – Občina Fojda   ·   Deliberazione C.C. n. 14 del 24/03/2026'; hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.text = 'Piazza I Maggio 11 – 33040 Faedis (UD) – tel. 0432 728007 – PEC comune.faedis@certgov.fvg.it'; fp.runs[0].font.size = Pt(7.5); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
P('COMUNE DI FAEDIS', bold=True, size=16, align='c', after=0)
P('OBČINA FOJDA', bold=True, size=13, align='c', after=0)
P('Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina', size=9, align='c')
P('')
P('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=12, align='c', after=0)
SL('ZAPISNIK SKLEPA OBČINSKEGA SVETA', align='c')
P('COPIA', bold=True, size=9, align='r')
t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'
t.cell(0, 0).text = 'N. 14 del 24/03/2026'
t.cell(0, 1).text = 'Št. 14 z dne 24. 3. 2026'
t.cell(1, 0).text = 'Sessione ordinaria – seduta pubblica di prima convocazione'
t.cell(1, 1).text = 'Redno zasedanje – javna seja prvega sklica'
P('')
p = d.add_paragraph(); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L\'USO DELLA LINGUA SLOVENA NEI RAPPORTI CON IL PUBBLICO AI SENSI DELL\'ART. 8 DELLA LEGGE 23 FEBBRAIO 2001, N. 38.'); r.bold = True
p = d.add_paragraph(); r = p.add_run('ZADEVA: '); r.italic = True; r.font.size = Pt(10)
r = p.add_run('ODOBRITEV OBČINSKEGA PRAVILNIKA O RABI SLOVENSKEGA JEZIKA V ODNOSIH Z JAVNOSTJO V SMISLU 8. ČLENA ZAKONA ŠT. 38 Z DNE 23. FEBRUARJA 2001.'); r.italic = True; r.font.size = Pt(10)
P('L\'anno duemilaventisei, il giorno ventiquattro del mese di marzo alle ore 20:30, nella sala consiliare del Municipio, a seguito di regolare convocazione, si è riunito il Consiglio Comunale. Fatto l\'appello nominale risultano:', align='j')
SL('Leta dva tisoč šestindvajset, dne štiriindvajsetega marca ob 20.30 se je v sejni dvorani županstva na podlagi rednega sklica sestal občinski svet. Po poimenskem klicu so:')
members = [('ZANI MARCO', 'Sindaco', 'P'), ('COMUZZI ELISA', 'Consigliere', 'P'), ('QUALIZZA DAVIDE', 'Consigliere', 'P'), ('DRECOGNA ANNA', 'Consigliere', 'P'),
           ('BERGNACH LUCA', 'Consigliere', 'A'), ('MICHELIZZA SARA', 'Consigliere', 'P'), ('PASCOLINI GIORGIO', 'Consigliere', 'P'),
           ('CRAINICH TIZIANA', 'Consigliere', 'P'), ('DOMINIG ROBERTO', 'Consigliere', 'P'), ('SIMIZ FRANCESCA', 'Consigliere', 'P'),
           ('CHIABAI NICOLA', 'Consigliere', 'P'), ('TOMASETIG MAURO', 'Consigliere', 'P'), ('BUTTOLO IRENE', 'Consigliere', 'P')]
t = d.add_table(rows=1 + 7, cols=6); t.style = 'Table Grid'
for j, h in enumerate(['Nominativo / Ime in priimek', 'Carica / Funkcija', 'P/A'] * 2):
    t.cell(0, j).text = h
for i, (n, r, pa) in enumerate(members):
    row, off = (i % 7) + 1, 0 if i < 7 else 3
    t.cell(row, off).text = '%d. %s' % (i + 1, n); t.cell(row, off + 1).text = r; t.cell(row, off + 2).text = pa
t.autofit = False
for j, col in enumerate(t.columns):
    col.width = [Mm(48), Mm(24), Mm(13)][j % 3]
for row in t.rows:
    for j, c in enumerate(row.cells):
        c.width = [Mm(48), Mm(24), Mm(13)][j % 3]
        for pp in c.paragraphs:
            for rr in pp.runs: rr.font.size = Pt(9)
P('Presenti n. 12 – Assenti n. 1 (P = presente / prisoten; A = assente / odsoten)', size=9)
P('Assume la presidenza il Sig. Marco Zani nella sua qualità di Sindaco. Partecipa il Segretario comunale dott.ssa Erika Qualizza. Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta.', align='j')
SL('Predseduje župan Marco Zani. Prisotna je občinska tajnica dr. Erika Qualizza. Predsednik ugotovi, da je svet sklepčen, in začne sejo.')
P('IL CONSIGLIO COMUNALE', bold=True, align='c', after=0)
SL('OBČINSKI SVET', align='c')
P('PREMESSO che il Comune di Faedis è compreso nell\'ambito territoriale di applicazione delle misure di tutela della minoranza linguistica slovena di cui alla legge 23 febbraio 2001, n. 38;', align='j')
SL('UGOTOVIL, da Občina Fojda spada na ozemlje, na katerem se izvajajo ukrepi za zaščito slovenske jezikovne manjšine po zakonu št. 38 z dne 23. februarja 2001;')
P('VISTO lo schema di regolamento predisposto dal Servizio Affari Generali e l\'allegato parere favorevole della competente commissione consiliare espresso nella seduta del 10/03/2026;', align='j')
SL('NA PODLAGI osnutka pravilnika, ki ga je pripravila služba za splošne zadeve, in pozitivnega mnenja pristojne svetniške komisije z dne 10. 3. 2026;')
P('ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell\'art. 49 del D.Lgs. 18 agosto 2000, n. 267;', align='j')
SL('PO PRIDOBITVI pozitivnih mnenj o tehnični in računovodski pravilnosti v smislu 49. člena zakonske uredbe št. 267/2000;')
P('UDITI gli interventi dei Consiglieri Crainich, Chiabai e Tomasetig riportati nel resoconto della seduta;', align='j')
P('Con la seguente votazione, espressa per alzata di mano: presenti n. 12, votanti n. 11, astenuti n. 1 (Buttolo), voti favorevoli n. 9, voti contrari n. 2 (Chiabai, Tomasetig);', align='j')
SL('Z naslednjim glasovanjem z dvigom rok: prisotnih 12, glasujočih 11, vzdržan 1 (Buttolo), glasov za 9, glasov proti 2 (Chiabai, Tomasetig);')
P('D E L I B E R A', bold=True, align='c', after=0)
SL('S K L E N E', align='c')
pts = [('di approvare il Regolamento comunale per l\'uso della lingua slovena nei rapporti con il pubblico, composto di n. 12 articoli, allegato alla presente quale parte integrante e sostanziale;',
        'da odobri občinski pravilnik o rabi slovenskega jezika v odnosih z javnostjo, ki obsega 12 členov in je priložen temu sklepu kot njegov sestavni del;'),
       ('di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all\'Albo pretorio on line;',
        'da pravilnik stopi v veljavo petnajsti dan po objavi na spletni oglasni deski;'),
       ('di trasmettere copia della presente al Comitato istituzionale paritetico per i problemi della minoranza slovena.',
        'da pošlje izvod tega sklepa Paritetnemu institucionalnemu odboru za vprašanja slovenske manjšine.')]
for i, (a, b) in enumerate(pts, 1):
    P('%d. %s' % (i, a), align='j', after=0)
    SL('%d. %s' % (i, b))
P('Successivamente, con separata votazione dal seguente esito: presenti n. 12, votanti n. 11, astenuti n. 1, favorevoli n. 9, contrari n. 2, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell\'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.', align='j')
SL('Nato se z ločenim glasovanjem (prisotnih 12, glasujočih 11, vzdržan 1, za 9, proti 2) sklep razglasi za takoj izvršljiv v smislu 19. odstavka 1. člena deželnega zakona št. 21 z dne 11. decembra 2003.')
P('Letto, confermato e sottoscritto. / Prebrano, potrjeno in podpisano.', size=10)
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = 'IL PRESIDENTE / PREDSEDNIK\nMarco Zani'; t.cell(0, 1).text = 'IL SEGRETARIO COMUNALE / OBČINSKA TAJNICA\ndott.ssa Erika Qualizza'
t.cell(1, 0).text = '(firmato digitalmente / digitalno podpisano)'; t.cell(1, 1).text = '(firmato digitalmente / digitalno podpisano)'
for row in t.rows:
    for c in row.cells:
        for pp in c.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rr in pp.runs: rr.font.size = Pt(9.5)
P('')
P('ATTESTATO DI PUBBLICAZIONE – POTRDILO O OBJAVI', bold=True, size=9)
P('La presente deliberazione viene pubblicata all\'Albo pretorio on line dal 27/03/2026 al 10/04/2026 per quindici giorni consecutivi. / Sklep je objavljen na spletni oglasni deski od 27. 3. 2026 do 10. 4. 2026.', size=9, align='j')
os.makedirs(os.path.join(OUT, 'work'), exist_ok=True)
d.save(os.path.join(OUT, 'work', 'delibera-faedis-insiel.docx'))
