"""Giunta Municipale deliberation, Comune di Cefalù: Sicilian layout, proposal adopted, two-column roll. ReportLab canvas, Times."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from common import out, Flow

W, H = A4
c = canvas.Canvas(out('giunta-cefalu-due-colonne.pdf'), pagesize=A4)
c.setTitle('Deliberazione Giunta Municipale n. 96 del 03/09/2025')

def head(f):
    c.setFont('Times-Roman', 8)
    c.drawRightString(W - 20*mm, 12*mm, 'Deliberazione G.M. n. 96 del 03/09/2025 - pagina %d' % f.page)
    if f.page == 1:
        c.setFont('Times-Bold', 17); c.drawCentredString(W/2, H - 22*mm, 'COMUNE DI CEFALÙ')
        c.setFont('Times-Italic', 10.5); c.drawCentredString(W/2, H - 28*mm, 'Città Metropolitana di Palermo')
        c.setLineWidth(0.6); c.line(25*mm, H - 31*mm, W - 25*mm, H - 31*mm)
        f.y = H - 38*mm

f = Flow(c, 25*mm, W - 25*mm, H - 20*mm, 20*mm, on_page=head)
f.para('ORIGINALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE', 'Times-Bold', 12.5, align='center')
f.space(4)
f.para('N. 96 del 03/09/2025', 'Times-Bold', 12, align='center')
f.space(10)
f.para(('OGGETTO:', "Concessione contributo economico all'Associazione \"Cefalù Musica Antica\" per la realizzazione della rassegna \"Note sul Duomo\" - edizione 2025. Atto di indirizzo."),
       'Times-Bold', 11.5, hang=24*mm)
f.space(10)
f.para("L'anno duemilaventicinque, il giorno tre del mese di settembre, alle ore 13,15 e seguenti, nella Casa Comunale e nella consueta sala delle adunanze, "
       "in seguito a regolare convocazione, si è riunita la Giunta Municipale nelle persone dei Signori:", 'Times-Roman', 11.5)
f.space(8)
# two-column roll, drawn as text without lines
roll = [('1)', 'SCIORTINO ANTONIO', 'Sindaco', 'Presente'),
        ('2)', 'CICERO MARIA GRAZIA', 'Vice Sindaco', 'Presente'),
        ('3)', 'LO PRESTI VINCENZO', 'Assessore', 'Assente'),
        ('4)', 'GLORIOSO FRANCESCA', 'Assessore', 'Presente'),
        ('5)', 'MAZZOLA SALVATORE', 'Assessore', 'Presente'),
        ('6)', 'CULOTTA ROSALIA', 'Assessore', 'Presente')]
y0 = f.y - 14
for i, (n, name, role, pr) in enumerate(roll):
    col = i // 3; row = i % 3
    x = 23*mm + col * 86*mm
    y = y0 - row * 15
    c.setFont('Times-Roman', 11); c.drawString(x, y, n)
    c.setFont('Times-Bold', 10); c.drawString(x + 6*mm, y, name)
    c.setFont('Times-Italic', 10); c.drawString(x + 51*mm, y, role)
    c.setFont('Times-Roman', 10); c.drawString(x + 71*mm, y, pr)
f.y = y0 - 3 * 15
f.space(6)
f.para('Presenti n. 5                Assenti n. 1', 'Times-Bold', 11)
f.space(8)
f.para("Presiede l'adunanza il Sindaco Avv. Antonio Sciortino. Partecipa il Segretario Generale Dott. Giuseppe Ferrara, con funzioni consultive, referenti e di assistenza, "
       "ai sensi dell'art. 97 del D.Lgs. n. 267/2000. Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita i convenuti a deliberare sulla proposta in oggetto.", 'Times-Roman', 11.5)
f.space(12)
f.para('LA GIUNTA MUNICIPALE', 'Times-Bold', 12, align='center')
f.space(6)
for t in [
 "VISTA la proposta di deliberazione predisposta dal Settore II - Servizi Culturali e Turistici, di pari oggetto, che si allega al presente atto per farne parte integrante e sostanziale;",
 "VISTA l'istanza presentata dall'Associazione \"Cefalù Musica Antica\", acquisita al protocollo generale dell'Ente al n. 31844 del 12/08/2025, con la quale si chiede un contributo per la realizzazione della rassegna \"Note sul Duomo\", che si terrà dal 20 al 28 settembre 2025;",
 "RICHIAMATO il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 44 del 27/06/2019;",
 "CONSIDERATO che l'iniziativa riveste particolare rilievo culturale e turistico e contribuisce alla destagionalizzazione dei flussi turistici;",
 "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991, e dell'art. 147-bis del D.Lgs. n. 267/2000;",
 "VISTO l'O.R.EE.LL. vigente nella Regione Siciliana;",
 ]:
    f.para(t, 'Times-Roman', 11.5); f.space(4)
f.para("Con votazione unanime espressa in forma palese,", 'Times-Roman', 11.5)
f.space(8)
f.para('D E L I B E R A', 'Times-Bold', 12, align='center')
f.space(6)
for n, t in [('1.', "di approvare la proposta di deliberazione in premessa richiamata, che qui si intende integralmente riportata e trascritta;"),
             ('2.', "di concedere all'Associazione \"Cefalù Musica Antica\", C.F. 91003370827, un contributo economico di € 4.500,00 per la realizzazione della rassegna \"Note sul Duomo\" - edizione 2025;"),
             ('3.', "di dare atto che la somma trova copertura alla Missione 5, Programma 2, capitolo 7310 del bilancio 2025/2027, esercizio 2025;"),
             ('4.', "di demandare al Responsabile del Settore II l'adozione dei successivi adempimenti gestionali, ivi compresa la liquidazione del contributo a seguito di presentazione del rendiconto.")]:
    f.para((n, t), 'Times-Roman', 11.5, hang=8*mm); f.space(3)
f.space(6)
f.para("Successivamente, la Giunta Municipale, ravvisata l'urgenza di provvedere, con separata e unanime votazione, dichiara la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.", 'Times-Roman', 11.5)
f.space(18)
f.need(90)
f.para('Letto, approvato e sottoscritto.', 'Times-Italic', 11)
f.space(14)
y = f.y - 14
for x, a, b in [(25*mm, "L'ASSESSORE ANZIANO", 'Maria Grazia Cicero'), (W/2 - 25*mm, 'IL SINDACO', 'Avv. Antonio Sciortino'), (W - 70*mm, 'IL SEGRETARIO GENERALE', 'Dott. Giuseppe Ferrara')]:
    c.setFont('Times-Bold', 10); c.drawString(x, y, a)
    c.setFont('Times-Roman', 10.5); c.drawString(x, y - 14, b)
c.showPage(); c.save()
