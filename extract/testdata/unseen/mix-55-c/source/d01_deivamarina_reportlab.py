# Giunta deliberation, Comune di Deiva Marina - ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

out = sys.argv[1]
B = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=B, alignment=TA_CENTER)
H = ParagraphStyle('h', parent=C, fontName='Times-Bold', fontSize=12.5, leading=16)
S = ParagraphStyle('s', parent=B, fontSize=9, leading=11)

def page(c, doc):
    c.saveState()
    c.setFont('Times-Italic', 8.5)
    if doc.page > 1:
        c.drawString(20*mm, 285*mm, 'Comune di Deiva Marina - Deliberazione G.C. n. 38 del 09/04/2026')
        c.line(20*mm, 284*mm, 190*mm, 284*mm)
    c.line(20*mm, 15*mm, 190*mm, 15*mm)
    c.drawString(20*mm, 11*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.drawRightString(190*mm, 11*mm, 'Pag. %d' % doc.page)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=22*mm,
                      title='Deliberazione G.C. 38/2026', author='Comune di Deiva Marina', creator='ReportLab')
doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 20*mm, 170*mm, 257*mm, id='f')], onPage=page)])
st = []
st.append(Paragraph('COMUNE DI DEIVA MARINA', ParagraphStyle('m', parent=H, fontSize=17, leading=21)))
st.append(Paragraph('Provincia della Spezia', C))
st.append(Paragraph('Via della Rocca, 2 - 19013 Deiva Marina (SP) - C.F. 00206690117', ParagraphStyle('x', parent=C, fontSize=8.5)))
st.append(Spacer(1, 6*mm))
box = Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', C)],
             [Paragraph('<b>N. 38</b> &nbsp;&nbsp;&nbsp;&nbsp; del &nbsp;<b>09/04/2026</b>', C)]], colWidths=[170*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.black), ('LINEBELOW', (0,0), (-1,0), 0.5, colors.black),
                         ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 5)]))
st.append(box)
st.append(Spacer(1, 4*mm))
subj = Table([[Paragraph('<b>OGGETTO:</b>', B), Paragraph('<b>APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON LA PUBBLICA ASSISTENZA DI DEIVA MARINA PER IL SERVIZIO DI SORVEGLIANZA E SALVATAGGIO SULLE SPIAGGE LIBERE – STAGIONE BALNEARE 2026.</b>', B)]],
             colWidths=[25*mm, 145*mm])
subj.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (0,0), 0)]))
st.append(subj)
st.append(Spacer(1, 3*mm))
st.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>nove</b> del mese di <b>aprile</b> alle ore <b>12:30</b>, nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.", B))
st.append(Paragraph('All\'appello risultano:', B))
roll = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'BERTOLOTTI ANDREA', 'Sindaco', 'X', ''],
        ['2', 'CAVALLO ELISA', 'Vicesindaco', 'X', ''],
        ['3', 'RAFFO GIORGIO', 'Assessore', '', 'X'],
        ['', '', 'Totale', '2', '1']]
t = Table(roll, colWidths=[10*mm, 70*mm, 40*mm, 25*mm, 25*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 10.5), ('FONT', (0,0), (-1,0), 'Times-Bold', 10.5),
                       ('GRID', (0,0), (-1,-2), 0.5, colors.black), ('ALIGN', (3,0), (-1,-1), 'CENTER'),
                       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6')), ('FONT', (2,-1), (-1,-1), 'Times-Bold', 10.5)]))
st.append(t)
st.append(Spacer(1, 3*mm))
st.append(Paragraph("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a) del D.Lgs. n. 267/2000) il Segretario Comunale <b>Dott.ssa Paola Ghiglione</b>.", B))
st.append(Paragraph("Essendo legale il numero degli intervenuti, il Sig. <b>Andrea Bertolotti</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", B))
st.append(Spacer(1, 3*mm))
st.append(Paragraph('<b>LA GIUNTA COMUNALE</b>', H))
for p in [
 "PREMESSO che il Comune di Deiva Marina, località a vocazione turistico-balneare, intende garantire anche per la stagione 2026 il servizio di sorveglianza e di primo soccorso sulle spiagge libere del litorale comunale, in attuazione dell'Ordinanza di sicurezza balneare della Capitaneria di Porto della Spezia;",
 "CONSIDERATO che la Pubblica Assistenza di Deiva Marina, organizzazione di volontariato iscritta al Registro Unico Nazionale del Terzo Settore, ha manifestato la propria disponibilità allo svolgimento del servizio dal 1° giugno al 15 settembre 2026, con personale in possesso del brevetto di assistente bagnante;",
 "VISTO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle amministrazioni pubbliche di sottoscrivere convenzioni con le organizzazioni di volontariato finalizzate allo svolgimento in favore di terzi di attività o servizi sociali di interesse generale;",
 "RITENUTO di riconoscere all'Associazione, a titolo di rimborso delle spese effettivamente sostenute e documentate, un importo massimo di € 18.500,00, che trova copertura al capitolo 1872 \"Servizi di salvamento a mare\" del bilancio di previsione 2026/2028, annualità 2026;",
 "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dai Responsabili dei Servizi interessati;",
 "CON VOTI unanimi favorevoli, espressi nelle forme di legge;"]:
    st.append(Paragraph(p, B))
st.append(Paragraph('<b>D E L I B E R A</b>', H))
for i, p in enumerate([
 "di approvare lo schema di convenzione con la Pubblica Assistenza di Deiva Marina per il servizio di sorveglianza e salvataggio sulle spiagge libere per la stagione balneare 2026, allegato alla presente quale parte integrante e sostanziale;",
 "di riconoscere all'Associazione un rimborso spese massimo di € 18.500,00, da corrispondere in due soluzioni previa rendicontazione delle spese sostenute;",
 "di demandare al Responsabile dell'Area Tecnica la sottoscrizione della convenzione e l'adozione degli atti gestionali conseguenti, ivi compreso l'impegno di spesa;",
 "di trasmettere copia del presente atto all'Ufficio Locale Marittimo di Deiva Marina per opportuna conoscenza."], 1):
    st.append(Paragraph('%d. %s' % (i, p), ParagraphStyle('n', parent=B, leftIndent=8*mm, firstLineIndent=-6*mm)))
st.append(Paragraph("Successivamente, <b>LA GIUNTA COMUNALE</b>, stante l'urgenza di consentire l'avvio del servizio entro il 1° giugno 2026, con separata votazione unanime favorevole, <b>DICHIARA</b> la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", B))
st.append(Spacer(1, 6*mm))
sig = Table([[Paragraph('IL SINDACO<br/>Andrea Bertolotti', C), Paragraph('IL SEGRETARIO COMUNALE<br/>Dott.ssa Paola Ghiglione', C)],
             [Paragraph('<i>(firmato digitalmente)</i>', C), Paragraph('<i>(firmato digitalmente)</i>', C)]], colWidths=[85*mm, 85*mm])
st.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', B), sig]))
st.append(Spacer(1, 8*mm))
pub = Table([[Paragraph('<b>PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all\'Albo Pretorio on line per 15 giorni consecutivi dal 14/04/2026 al 29/04/2026 (n. 211 del Registro delle pubblicazioni) ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell\'art. 125 del D.Lgs. n. 267/2000.', S)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.7, colors.black), ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
st.append(pub)
doc.build(st)
