"""Consiglio, Comune di Policoro: raw ReportLab canvas with embedded DejaVu Serif, ruled attendance
grid drawn line by line (no role column, presence as words Presente/Assente), counted vote
with named opponents, points lettered a) b) c), footer '- n -'."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from common import register_dejavu, out, CanvasWriter

register_dejavu()
F, FB, FI = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
c = canvas.Canvas(out("consiglio-policoro-canvas.pdf"), pagesize=A4)
c.setTitle("Deliberazione C.C. 58/2025")

def on_page(w):
    cc = w.c
    if w.page == 1:
        cc.setFont(FB, 15); cc.drawString(22*mm, A4[1]-22*mm, "COMUNE DI POLICORO")
        cc.setFont(F, 8.5); cc.drawString(22*mm, A4[1]-27*mm, "Provincia di Matera")
        cc.drawRightString(A4[0]-20*mm, A4[1]-22*mm, "Piazza Aldo Moro, 1")
        cc.drawRightString(A4[0]-20*mm, A4[1]-26.5*mm, "75025 Policoro (MT)")
        cc.setLineWidth(1); cc.line(22*mm, A4[1]-30*mm, A4[0]-20*mm, A4[1]-30*mm)
    else:
        cc.setFont(FI, 7.5); cc.drawString(22*mm, A4[1]-14*mm, "Comune di Policoro – Deliberazione di Consiglio Comunale n. 58 del 27/11/2025")
    cc.setFont(F, 8); cc.drawCentredString(A4[0]/2, 12*mm, "- %d -" % w.page)

w = CanvasWriter(c, 22*mm, 20*mm, 34*mm, 22*mm, on_page)
w.center("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", FB, 11.5)
w.center("N. 58 del 27/11/2025", FB, 11.5, after=8)
w.para("Oggetto: Variazione al bilancio di previsione 2025-2027 ai sensi dell'art. 175 del D.Lgs. n. 267/2000 "
       "e verifica del permanere degli equilibri generali di bilancio.", FB, 10, justify=False, after=8)
w.para("L'anno duemilaventicinque, il giorno ventisette del mese di novembre, alle ore 17.30, nella sala "
       "consiliare \"Giovanni Paolo II\", a seguito di avviso di convocazione prot. n. 38811 del 20/11/2025, "
       "notificato ai consiglieri nei termini di legge, si è riunito il Consiglio Comunale in sessione "
       "straordinaria e in seduta pubblica di prima convocazione.", F, 9.5)
w.para("Eseguito l'appello nominale, risultano presenti e assenti i seguenti consiglieri:", F, 9.5, after=4)
members = [("Ferrara Donato", 1), ("Guida Maria Teresa", 1), ("Lofrano Vincenzo", 1), ("Cospito Anna", 1),
           ("Di Pierro Antonio", 1), ("Sisto Rocco", 1), ("Mele Giuseppina", 1), ("Lacava Nicola", 0),
           ("Grieco Carmela", 1), ("Tarantino Franco", 1), ("Viggiani Luisa", 1), ("Romano Egidio", 0),
           ("Stigliano Pasquale", 1), ("D'Onofrio Rosa", 0), ("Padula Michele", 1), ("Lapenta Caterina", 1),
           ("Santarsiero Gianluca", 1)]
x = [40*mm, 52*mm, 120*mm, 160*mm]
rh = 5.2*mm
top = w.y
c.setLineWidth(0.5)
c.setFont(FB, 9)
c.drawCentredString((x[0]+x[1])/2, top - rh + 1.6*mm, "N.")
c.drawString(x[1] + 2*mm, top - rh + 1.6*mm, "Consiglieri")
c.drawCentredString((x[2]+x[3])/2, top - rh + 1.6*mm, "Presenza")
c.setFont(F, 9)
for i, (n, p) in enumerate(members, 1):
    yy = top - (i+1)*rh + 1.6*mm
    c.drawCentredString((x[0]+x[1])/2, yy, str(i))
    c.drawString(x[1] + 2*mm, yy, n)
    c.drawCentredString((x[2]+x[3])/2, yy, "Presente" if p else "Assente")
nrows = len(members) + 1
for r in range(nrows + 1):
    c.line(x[0], top - r*rh, x[3], top - r*rh)
for xx in x:
    c.line(xx, top, xx, top - nrows*rh)
w.y = top - nrows*rh - 3*mm
w.para("Consiglieri assegnati n. 17 – presenti n. 14 – assenti n. 3.", FB, 9.5, after=4)
w.para("Presiede l'adunanza la Presidente del Consiglio, Avv. Maria Teresa Guida. Partecipa con funzioni consultive, "
       "referenti e di assistenza il Segretario Comunale Dott.ssa Angela Summa, che cura la verbalizzazione. È presente "
       "il Sindaco Donato Ferrara.", F, 9.5)
w.para("La Presidente, constatato il numero legale, introduce il punto n. 2 dell'ordine del giorno e cede la "
       "parola all'Assessore al Bilancio, Dott. Nicola Bonelli, per l'illustrazione della proposta.", F, 9.5, after=6)
w.center("IL CONSIGLIO COMUNALE", FB, 10.5, after=4)
for p in [
    "Premesso che con propria deliberazione n. 21 del 30/04/2025 è stato approvato il bilancio di previsione "
    "finanziario 2025-2027 e con deliberazione n. 44 del 29/07/2025 si è provveduto all'assestamento generale e "
    "alla salvaguardia degli equilibri;",
    "Viste le richieste di variazione pervenute dai Responsabili dei Settori, conservate agli atti dell'Ufficio "
    "Ragioneria, relative in particolare al maggior gettito del contributo regionale per il trasporto scolastico e "
    "alla necessità di integrare gli stanziamenti per la manutenzione della rete di pubblica illuminazione;",
    "Visto il prospetto delle variazioni di entrata e di spesa, allegato sotto la lettera A, dal quale risulta "
    "il permanere del pareggio finanziario e degli equilibri generali di bilancio;",
    "Visto il parere favorevole dell'Organo di Revisione economico-finanziaria, reso con verbale n. 27 del "
    "21/11/2025;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Udito il dibattito, nel corso del quale intervengono i consiglieri Lofrano, Cospito e Padula, come da "
    "registrazione audio conservata agli atti;",
    "Con la seguente votazione resa per appello nominale: presenti n. 14, votanti n. 13, voti favorevoli n. 9, "
    "contrari n. 4 (Lofrano, Cospito, Di Pierro e Sisto), astenuti n. 1 (Mele);"]:
    w.para(p, F, 9.5)
w.space(3)
w.center("D E L I B E R A", FB, 10.5, after=4)
for lab, p in [
    ("a)", "di approvare le variazioni al bilancio di previsione 2025-2027, competenza e cassa, come riportate "
           "nell'allegato A, che costituisce parte integrante e sostanziale del presente atto;"),
    ("b)", "di dare atto del permanere degli equilibri generali di bilancio e del rispetto dei vincoli di finanza "
           "pubblica, come da prospetto allegato sotto la lettera B;"),
    ("c)", "di trasmettere il presente provvedimento al Tesoriere comunale per gli adempimenti di competenza.")]:
    w.para(p, F, 9.5, hang=(lab, 7*mm))
w.space(2)
w.para("Successivamente il Consiglio Comunale, con separata votazione resa per alzata di mano, con voti favorevoli "
       "n. 10 e contrari n. 4 (Lofrano, Cospito, Di Pierro e Sisto), dichiara la presente deliberazione "
       "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", F, 9.5, after=10)
w.need(30*mm)
c.setFont(F, 9.5)
c.drawCentredString(60*mm, w.y - 5*mm, "La Presidente del Consiglio")
c.drawCentredString(150*mm, w.y - 5*mm, "Il Segretario Comunale")
c.drawCentredString(60*mm, w.y - 10*mm, "Avv. Maria Teresa Guida")
c.drawCentredString(150*mm, w.y - 10*mm, "Dott.ssa Angela Summa")
c.showPage(); c.save()
