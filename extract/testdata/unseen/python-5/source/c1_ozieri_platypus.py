"""Consiglio deliberation, Comune di Ozieri: Halley-Sardegna-like, 17 members in a two-half table, counted non-unanimous vote. ReportLab platypus, embedded DejaVu Sans."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import out, reg_dejavu

reg_dejavu('DejaVuSans')
F = 'DejaVuSans'
base = ParagraphStyle('b', fontName=F, fontSize=9.5, leading=13, alignment=TA_JUSTIFY)
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
bc = ParagraphStyle('bc', parent=cen, fontName=F + '-Bold', fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=5)
pt = ParagraphStyle('pt', parent=base, leftIndent=14, firstLineIndent=-14, spaceAfter=3)

def deco(c, d):
    c.saveState()
    c.setFont(F, 7)
    c.drawString(18*mm, 9*mm, 'Deliberazione del Consiglio Comunale n. 47 del 27/11/2025')
    c.drawRightString(192*mm, 9*mm, 'pag. %d' % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out('consiglio-ozieri-voti-contati.pdf'), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=14*mm, bottomMargin=16*mm,
                        title='Delibera CC 47/2025')
s = []
hdr = Table([[Paragraph('<b>COMUNE DI OZIERI</b>', ParagraphStyle('h', parent=cen, fontSize=15, leading=18)),],
             [Paragraph('Provincia di Sassari', ParagraphStyle('h', parent=cen, fontSize=9))]], colWidths=[174*mm])
s.append(hdr); s.append(Spacer(1, 4*mm))
box = Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>', cen)],
             [Paragraph('<b>Numero 47 del 27/11/2025</b>', cen)]], colWidths=[174*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.black)]))
s.append(box); s.append(Spacer(1, 3*mm))
s.append(Table([[Paragraph('<b>Oggetto:</b>', base), Paragraph('<b>Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di occupazione del suolo pubblico e di esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27.</b>', base)]],
               colWidths=[20*mm, 154*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 0)]))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("L'anno <b>2025</b> il giorno <b>27</b> del mese di <b>novembre</b>, alle ore <b>18:00</b>, nella sala consiliare del Palazzo Civico, "
                   "in seduta pubblica ordinaria di prima convocazione, previa notifica degli avvisi ai Consiglieri, si è riunito il Consiglio Comunale.", base))
s.append(Spacer(1, 2*mm))
s.append(Paragraph('Risultano all\'appello nominale:', base))
s.append(Spacer(1, 2*mm))
m = [('SINI ANTONIO MARIA', 'P'), ('PORCU GIOVANNA', 'P'), ('DERIU FRANCESCO', 'P'), ('MURA PIETRINA', 'A'), ('CHESSA GAVINO', 'P'),
     ('SOLINAS MARIA ANTONIETTA', 'P'), ('FIORI SALVATORE', 'P'), ('PINNA ROBERTA', 'P'), ('COSSU GIOVANNI BATTISTA', 'P'),
     ('TEDDE MARTINA', 'P'), ('MELONI ANDREA', 'A'), ('SATTA LUCIA', 'P'), ('DETTORI MARIO', 'P'), ('BUDRONI ILARIA', 'P'),
     ('CARTA SEBASTIANO', 'A'), ('PIRAS ELEONORA', 'P'), ('ZIRULIA PAOLO', 'P')]
rows = [['', 'Cognome e nome', 'Pres.', 'Ass.', '', 'Cognome e nome', 'Pres.', 'Ass.']]
for i in range(9):
    l = m[i]; r = m[i + 9] if i + 9 < len(m) else None
    row = [str(i + 1), l[0], 'X' if l[1] == 'P' else '', 'X' if l[1] == 'A' else '']
    row += [str(i + 10), r[0], 'X' if r[1] == 'P' else '', 'X' if r[1] == 'A' else ''] if r else ['', '', '', '']
    rows.append(row)
t = Table(rows, colWidths=[7*mm, 54*mm, 12*mm, 12*mm, 7*mm, 58*mm, 12*mm, 12*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), F, 8.5), ('FONT', (0,0), (-1,0), F + '-Bold', 8.5),
                       ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('ALIGN', (2,0), (3,-1), 'CENTER'), ('ALIGN', (6,0), (7,-1), 'CENTER'),
                       ('ALIGN', (0,0), (0,-1), 'RIGHT'), ('ALIGN', (4,0), (4,-1), 'RIGHT'), ('LINEAFTER', (3,0), (3,-1), 1.2, colors.black),
                       ('TOPPADDING', (0,0), (-1,-1), 1.5), ('BOTTOMPADDING', (0,0), (-1,-1), 1.5)]))
s.append(t)
s.append(Spacer(1, 2*mm))
s.append(Paragraph('<b>Totale presenti: 14          Totale assenti: 3</b>', cen))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("Risultato legale il numero degli intervenuti, assume la presidenza la Dott.ssa <b>Giovanna Porcu</b>, in qualità di <b>Presidente del Consiglio</b>. "
                   "Partecipa il <b>Segretario Comunale</b> Dott. <b>Raimondo Mastino</b>, con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del T.U.E.L.).", base))
s.append(Spacer(1, 2*mm))
s.append(Paragraph('IL CONSIGLIO COMUNALE', bc))
for p in [
 "<b>Premesso</b> che con propria deliberazione n. 9 del 30/03/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall'art. 1, commi 816-836, della Legge 27 dicembre 2019, n. 160;",
 "<b>Ritenuto</b> necessario modificare gli articoli 12 (occupazioni per dehors stagionali), 18 (riduzioni per manifestazioni culturali) e 27 (esposizioni pubblicitarie temporanee) al fine di semplificare i procedimenti e adeguarli alle esigenze delle attività commerciali del centro storico;",
 "<b>Visto</b> il parere favorevole espresso dalla Seconda Commissione consiliare permanente nella seduta del 19/11/2025;",
 "<b>Acquisito</b> il parere favorevole del Revisore dei conti, reso ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. n. 267/2000 (verbale n. 22 del 21/11/2025);",
 "<b>Visti</b> i pareri di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
 "<b>Udita</b> la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Satta, Dettori e Zirulia, riportati nella registrazione integrale della seduta;",
]:
    s.append(Paragraph(p, base)); s.append(Spacer(1, 1.5*mm))
s.append(Paragraph("Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, astenuti n. 1 (Budroni), voti favorevoli n. 10, voti contrari n. 3 (Satta, Dettori, Zirulia),", base))
s.append(Paragraph('DELIBERA', bc))
for i, p in enumerate([
 "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone patrimoniale, nel testo riportato nell'allegato A) alla presente deliberazione;",
 "di stabilire che le modifiche entrano in vigore il 1° gennaio 2026;",
 "di disporre la pubblicazione del Regolamento aggiornato nella sezione \"Amministrazione trasparente\" del sito istituzionale;",
 "di trasmettere copia della presente al Ministero dell'Economia e delle Finanze tramite il portale del federalismo fiscale.",
], 1):
    s.append(Paragraph('%d. %s' % (i, p), pt))
s.append(Spacer(1, 2*mm))
s.append(Paragraph("Successivamente, con separata votazione che dà il seguente esito: presenti n. 14, favorevoli n. 10, contrari nessuno, astenuti n. 4, "
                   "il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", base))
s.append(Spacer(1, 8*mm))
sig = Table([['IL PRESIDENTE', 'IL SEGRETARIO COMUNALE'], ['Dott.ssa Giovanna Porcu', 'Dott. Raimondo Mastino']], colWidths=[87*mm, 87*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), F + '-Bold', 9.5), ('FONT', (0,1), (-1,1), F, 9.5), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
s.append(KeepTogether([sig]))
doc.build(s, onFirstPage=deco, onLaterPages=deco)
