# Comune di San Leonardo / Občina Podutana - Consiglio deliberation, Italian with Slovene under each part.
# Insiel-like layout; letterhead and foot are Form XObjects reused on every page.
import sys, fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.lib import colors
out = sys.argv[1]
W, Hh = A4
B = ParagraphStyle('b', fontName='LSerif', fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY)
SL = ParagraphStyle('sl', parent=B, fontName='LSerif-Italic', fontSize=9.5, leading=12, textColor=colors.Color(.15,.15,.35), spaceBefore=1, spaceAfter=5)
C = ParagraphStyle('c', parent=B, alignment=TA_CENTER)
CB = ParagraphStyle('cb', parent=C, fontName='LSerif-Bold', fontSize=12, leading=15)
CSL = ParagraphStyle('csl', parent=SL, alignment=TA_CENTER)
SM = ParagraphStyle('sm', parent=B, fontName='LSans', fontSize=8.5, leading=10.5)

def page(c, d):
    if not getattr(d, '_forms', False):
        c.beginForm('insielHead')
        c.setFont('LSerif-Bold', 15); c.drawCentredString(W/2, Hh-18*mm, 'COMUNE DI SAN LEONARDO')
        c.setFont('LSerif-Italic', 12); c.drawCentredString(W/2, Hh-23.5*mm, 'OBČINA PODUTANA')
        c.setFont('LSans', 8); c.drawCentredString(W/2, Hh-28*mm, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina')
        c.setLineWidth(1); c.line(18*mm, Hh-31*mm, W-18*mm, Hh-31*mm)
        c.endForm()
        c.beginForm('insielFoot')
        c.setFont('LSans', 7)
        c.drawString(18*mm, 10*mm, 'Comune di San Leonardo – Deliberazione n. 12 del 24/03/2026')
        c.drawString(18*mm, 7*mm, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – Dokument digitalno podpisan')
        c.endForm()
        d._forms = True
    c.doForm('insielHead'); c.doForm('insielFoot')
    c.setFont('LSans', 7); c.drawRightString(W-18*mm, 10*mm, 'Pag. %d' % d.page)

doc = BaseDocTemplate(out, pagesize=A4, title='Deliberazione del Consiglio Comunale n. 12 del 24/03/2026', author='Comune di San Leonardo', creator='Insiel - Adweb Atti')
doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 16*mm, W-40*mm, Hh-52*mm)], onPage=page)])
st = []
box = Table([[Paragraph('<b>COPIA</b>', SM), Paragraph('<b>N. 12</b> del Reg. Delibere – <i>Št. 12</i>', SM)]], colWidths=[30*mm, W-40*mm-30*mm])
box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),.6,colors.black),('LINEAFTER',(0,0),(0,0),.6,colors.black)]))
st += [box, Spacer(1,4*mm)]
st.append(Paragraph('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', CB))
st.append(Paragraph('ZAPISNIK SKLEPA OBČINSKEGA SVETA', CSL))
st.append(Paragraph('Adunanza ordinaria di prima convocazione – seduta pubblica', C))
st.append(Paragraph('Redna seja prvega sklica – javna seja', CSL))
subj = 'VARIAZIONE N. 2 AL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028 AI SENSI DELL\'ART. 175 DEL D.LGS. N. 267/2000. APPROVAZIONE.'
subj_sl = 'SPREMEMBA ŠT. 2 FINANČNEGA PRORAČUNA 2026-2028 V SMISLU 175. ČLENA ZAKONSKEGA ODLOKA ŠT. 267/2000. ODOBRITEV.'
ob = Table([[Paragraph('<b>OGGETTO:</b>', B), Paragraph('<b>'+subj+'</b>', B)], [Paragraph('<i>ZADEVA:</i>', SL), Paragraph(subj_sl, SL)]], colWidths=[25*mm, W-40*mm-25*mm])
ob.setStyle(TableStyle([('BOX',(0,0),(-1,-1),.6,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
st += [Spacer(1,3*mm), ob, Spacer(1,4*mm)]
st.append(Paragraph('L\'anno duemilaventisei, il giorno ventiquattro del mese di marzo alle ore 20:00, nella sala consiliare del Municipio, a seguito di regolare convocazione, si è riunito il Consiglio Comunale.', B))
st.append(Paragraph('Leta dva tisoč šestindvajset, dne štiriindvajsetega marca ob 20:00 uri, se je v sejni dvorani občinske hiše na podlagi rednega sklica sestal Občinski svet.', SL))
st.append(Paragraph('Fatto l\'appello nominale risultano: / <i>Po poimenskem klicu so:</i>', B))
st.append(Spacer(1,2*mm))
left = [('Chiabai Antonio','Sindaco','P'),('Qualizza Mariella','Consigliere','P'),('Crisetig Davide','Consigliere','P'),('Cernoia Silvia','Consigliere','P'),('Trinco Paolo','Consigliere','A'),('Bergnach Elena','Consigliere','P')]
right = [('Martinig Stefano','Consigliere','P'),('Petricig Lucia','Consigliere','P'),('Dorbolò Marco','Consigliere','P'),('Sibau Renato','Consigliere','A'),('Cendou Ivan','Consigliere','P')]
rows = [['Cognome e nome', 'Carica', 'P/A', '', 'Cognome e nome', 'Carica', 'P/A']]
for i in range(6):
    a = left[i]; b = right[i] if i < len(right) else ('','','')
    rows.append([a[0], a[1], a[2], '', b[0], b[1], b[2]])
rt = Table(rows, colWidths=[38*mm, 24*mm, 10*mm, 8*mm, 38*mm, 24*mm, 10*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSans',9),('FONT',(0,0),(-1,0),'LSans-Bold',8),('LINEBELOW',(0,0),(2,0),.5,colors.black),('LINEBELOW',(4,0),(6,0),.5,colors.black),('ALIGN',(2,0),(2,-1),'CENTER'),('ALIGN',(6,0),(6,-1),'CENTER')]))
st += [rt, Spacer(1,2*mm)]
st.append(Paragraph('Presenti n. 9 – Assenti n. 2 / <i>Prisotni 9 – Odsotni 2</i>', C))
st.append(Spacer(1,2*mm))
st.append(Paragraph('Assiste il Segretario comunale dott.ssa Erika Sturam. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Antonio Chiabai nella sua qualità di Sindaco, il quale dichiara aperta la seduta.', B))
st.append(Paragraph('Seji prisostvuje občinska tajnica dr. Erika Sturam. Po ugotovitvi sklepčnosti predseduje seji župan Antonio Chiabai, ki sejo odpre.', SL))
st.append(Spacer(1,2*mm))
st.append(Paragraph('<b>IL CONSIGLIO COMUNALE</b>', C))
st.append(Paragraph('OBČINSKI SVET', CSL))
prem = [
 ('RICHIAMATA la propria deliberazione n. 38 del 19/12/2025, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;',
  'Ob sklicevanju na lastni sklep št. 38 z dne 19.12.2025, s katerim je bil odobren finančni proračun 2026-2028;'),
 ('VISTA la richiesta del Responsabile del Servizio tecnico di maggiori stanziamenti per la manutenzione straordinaria della scuola primaria bilingue e per il trasporto scolastico;',
  'Glede na zahtevo odgovornega za tehnično službo za višja sredstva za izredno vzdrževanje dvojezične osnovne šole in za šolski prevoz;'),
 ('ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell\'art. 49 del D.Lgs. n. 267/2000 e il parere favorevole del Revisore dei conti, verbale n. 4 del 17/03/2026;',
  'Na podlagi pozitivnih mnenj o tehnični in računovodski pravilnosti ter pozitivnega mnenja revizorja računov, zapisnik št. 4 z dne 17.03.2026;'),
 ('UDITI gli interventi del consigliere Crisetig, capogruppo di maggioranza, e della consigliera Bergnach, che preannuncia il voto contrario del gruppo di minoranza;',
  'Po posegih svetnika Crisetiga in svetnice Bergnach;'),
 ('Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 8, astenuti n. 1 (Cendou), voti favorevoli n. 6, voti contrari n. 2 (Bergnach, Martinig);',
  'Z naslednjim glasovanjem z dvigom rok: prisotni 9, glasujoči 8, vzdržan 1, za 6, proti 2;'),
]
for a, b in prem:
    st.append(Paragraph(a, B)); st.append(Paragraph(b, SL))
st.append(Paragraph('<b>D E L I B E R A</b>', C))
st.append(Paragraph('S K L E N E', CSL))
pts = [
 ('di approvare la variazione n. 2 al bilancio di previsione finanziario 2026-2028, come risultante dagli allegati prospetti A) e B), che formano parte integrante e sostanziale del presente atto;',
  'odobri spremembo št. 2 finančnega proračuna 2026-2028, kot izhaja iz priloženih prikazov A) in B), ki sta sestavni del tega sklepa;'),
 ('di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all\'art. 193 del D.Lgs. n. 267/2000;',
  'ugotovi, da so po spremembi ohranjena proračunska ravnovesja;'),
 ('di trasmettere il presente atto al Tesoriere comunale;',
  'pošlje ta sklep občinskemu blagajniku;'),
 ('di pubblicare la presente deliberazione all\'Albo pretorio on line in lingua italiana e slovena ai sensi della legge n. 38/2001.',
  'objavi ta sklep na spletni oglasni deski v italijanskem in slovenskem jeziku v smislu zakona št. 38/2001.'),
]
for i, (a, b) in enumerate(pts, 1):
    st.append(Paragraph('%d. %s' % (i, a), B)); st.append(Paragraph('%d. %s' % (i, b), SL))
st.append(Paragraph('Successivamente, con separata votazione avente il medesimo esito, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell\'art. 1, comma 19, della L.R. n. 21/2003.', B))
st.append(Paragraph('S posebnim glasovanjem z enakim izidom je ta sklep takoj izvršljiv.', SL))
st.append(Spacer(1,6*mm))
sig = Table([[Paragraph('IL PRESIDENTE / <i>PREDSEDNIK</i><br/>F.to Antonio Chiabai', C), Paragraph('IL SEGRETARIO COMUNALE / <i>OBČINSKA TAJNICA</i><br/>F.to dott.ssa Erika Sturam', C)]], colWidths=[(W-40*mm)/2]*2)
st.append(KeepTogether([sig]))
doc.build(st)
