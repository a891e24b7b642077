from common import *
from reportlab.platypus import ListFlowable, ListItem

S = styles('DejaVuSans', 10, 14)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/determina-pontelongo-segretario.pdf'


def page(c, d):
    c.saveState()
    if d.page == 1:
        c.setFont('DejaVuSans-Bold', 14); c.drawCentredString(A4[0] / 2, A4[1] - 18 * mm, 'COMUNE DI PONTELONGO')
        c.setFont('DejaVuSans', 9.5); c.drawCentredString(A4[0] / 2, A4[1] - 23 * mm, 'Provincia di Padova')
        c.setFont('DejaVuSans', 7.5); c.drawCentredString(A4[0] / 2, A4[1] - 27 * mm, 'Piazza G. Matteotti, 1 – 35029 Pontelongo – C.F. 80009570284')
        c.setLineWidth(0.4); c.line(25 * mm, A4[1] - 30 * mm, A4[0] - 25 * mm, A4[1] - 30 * mm)
    c.setFont('DejaVuSans', 7.5); c.drawRightString(A4[0] - 25 * mm, 10 * mm, 'Determinazione n. 21/RG – pag. %d' % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=36 * mm, bottomMargin=18 * mm)
st = [P('DETERMINAZIONE DEL SEGRETARIO COMUNALE', 'h'),
      P('n. 21/RG', 'center'),
      P('<u>Servizio Personale</u>', 'center'), Spacer(1, 6),
      P('Il giorno ventitré del mese di gennaio dell\'anno duemilaventisei, nella sede municipale, il Segretario comunale, dott.ssa Elena Zanon, in qualità di Responsabile del Servizio Personale, ha adottato la seguente determinazione:'),
      Spacer(1, 4)]
ot = Table([[P('<b>OGGETTO:</b>', 'cell'), P('<b>COSTITUZIONE DEL FONDO PER LE RISORSE DECENTRATE DEL PERSONALE NON DIRIGENTE – PARTE STABILE – ANNO 2026.</b>', 'cell')]], colWidths=[25 * mm, 135 * mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEABOVE', (0, 0), (-1, 0), 0.5, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 0.5, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
st += [ot, Spacer(1, 8), P('IL SEGRETARIO COMUNALE', 'h')]
for t in ['Visto il decreto del Sindaco n. 2 del 08.01.2026, con il quale è stata attribuita alla sottoscritta la responsabilità del Servizio Personale;',
          'Visto il C.C.N.L. del personale del comparto Funzioni Locali sottoscritto in data 16.11.2022, e in particolare l\'art. 79, che disciplina la costituzione del fondo risorse decentrate;',
          'Visto l\'art. 23, comma 2, del D.Lgs. 25 maggio 2017, n. 75, il quale dispone che l\'ammontare complessivo delle risorse destinate al trattamento accessorio del personale non può superare il corrispondente importo determinato per l\'anno 2016;',
          'Richiamata la deliberazione della Giunta comunale n. 7 del 15.01.2026, con la quale sono stati forniti gli indirizzi per la costituzione del fondo e per la contrattazione decentrata integrativa per l\'anno 2026;',
          'Ritenuto di provvedere alla costituzione della parte stabile del fondo, rinviando a successivo atto la quantificazione delle risorse variabili;',
          'Dato atto dell\'insussistenza di situazioni di conflitto di interessi ai sensi dell\'art. 6-bis della L. 241/1990;']:
    st.append(P(t))
st += [Spacer(1, 4), P('DETERMINA', 'h')]
items = ['di costituire la parte stabile del fondo per le risorse decentrate del personale non dirigente per l\'anno 2026 nell\'importo complessivo di € 61.274,35, come da prospetto allegato sub A), che forma parte integrante e sostanziale del presente atto;',
         'di dare atto che l\'importo del fondo rispetta il limite di cui all\'art. 23, comma 2, del D.Lgs. n. 75/2017;',
         'di trasmettere il presente provvedimento al Revisore dei conti per la certificazione di competenza e alle organizzazioni sindacali per opportuna informazione.']
st.append(ListFlowable([ListItem(P(t), leftIndent=14) for t in items], bulletType='bullet', start='•', leftIndent=14, bulletFontName='DejaVuSans'))
st += [Spacer(1, 16),
       P('Pontelongo, 23.01.2026', 'left'),
       P('IL SEGRETARIO COMUNALE<br/>F.to dott.ssa Elena Zanon', 'right'),
       Spacer(1, 14),
       KeepTogether([P('<b>RELATA DI PUBBLICAZIONE</b>', 'center'),
       P('N. 74 Reg. Pubbl.', 'center'),
       P('Si attesta che copia della presente determinazione n. 21/RG del 23.01.2026 è pubblicata all\'Albo on line del Comune dal 27.01.2026 al 11.02.2026.', 'small'),
       P('L\'addetto alla pubblicazione – F.to Luca Bertin', 'right')])]
doc.build(st, onFirstPage=page, onLaterPages=page)
