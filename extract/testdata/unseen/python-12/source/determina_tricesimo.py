from common import *

S = styles('Times', 11.5, 14.5)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/determina-tricesimo-atto.pdf'


def page(c, d):
    c.saveState()
    if d.page == 1:
        crest(c, 22 * mm, A4[1] - 31 * mm, 28, 34)
        c.setFont('Times-Bold', 16); c.drawString(36 * mm, A4[1] - 20 * mm, 'COMUNE DI TRICESIMO')
        c.setFont('Times-Roman', 10); c.drawString(36 * mm, A4[1] - 25 * mm, 'Regione Autonoma Friuli Venezia Giulia')
        c.setFont('Times-Italic', 9); c.drawString(36 * mm, A4[1] - 29.5 * mm, 'Piazza Ellero, 1 – 33019 Tricesimo (UD)')
    c.setFont('Times-Roman', 8.5)
    c.drawString(22 * mm, 11 * mm, 'Comune di Tricesimo – Determinazione n. 312 del 18/09/2025')
    c.drawRightString(A4[0] - 22 * mm, 11 * mm, 'pag. %d' % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=40 * mm, bottomMargin=20 * mm)
box = Table([[P('<b>AREA TECNICA</b>', 'cell'), P('Atto n. <b>312</b> del <b>18-09-2025</b>', 'cell')],
             [P('Servizio Lavori Pubblici e Manutenzioni', 'cell'), P('n. 87 del Servizio', 'cell')]],
            colWidths=[105 * mm, 61 * mm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black),
                         ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 3)]))
st = [box, Spacer(1, 12),
      P('DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', 'h'), Spacer(1, 4),
      P('<b><u>OGGETTO</u>:</b> Affidamento diretto, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, del servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2025-2026. CIG B7D4E2A91F. Determinazione a contrarre e contestuale affidamento.', 'body'),
      Spacer(1, 8), P('IL RESPONSABILE DEL SERVIZIO', 'h'),
      P('<b>VISTO</b> il decreto del Sindaco n. 4 del 02.01.2025, con il quale al sottoscritto è stato conferito l\'incarico di Elevata Qualificazione dell\'Area Tecnica;'),
      P('<b>RICHIAMATE</b> la deliberazione consiliare n. 52 del 19.12.2024, di approvazione del bilancio di previsione 2025-2027, e la deliberazione giuntale n. 3 del 14.01.2025, di approvazione del Piano Esecutivo di Gestione;'),
      P('<b>PREMESSO</b> che il servizio di sfalcio dei cigli stradali e delle aree verdi comunali, affidato per la stagione 2024-2025, è in scadenza al 30 settembre 2025 e che il personale operaio in servizio non è sufficiente a garantirne lo svolgimento in economia;'),
      P('<b>VISTA</b> la L.R. 31 maggio 2002, n. 14, in materia di lavori pubblici, per quanto compatibile con il D.Lgs. 31 marzo 2023, n. 36;'),
      P('<b>DATO ATTO</b> che il servizio è presente sulla piattaforma regionale eAppaltiFVG e che è stata richiesta, con RdO n. rfq_48211, un\'offerta alla ditta Verde Collinare S.r.l. di Pagnacco (UD), in possesso dei requisiti e di documentata esperienza nel settore;'),
      P('<b>VISTA</b> l\'offerta presentata dalla ditta, pari a euro 34.850,00 oltre IVA al 22%, ritenuta congrua in rapporto ai prezzi di mercato;'),
      P('<b>ACCERTATA</b> la regolarità contributiva della ditta (DURC prot. INAIL_49927315 con scadenza 21.12.2025);'),
      P('<b>VISTO</b> l\'art. 107 del D.Lgs. 267/2000 e la L.R. 18/2015;'),
      Spacer(1, 4), P('D E T E R M I N A', 'h'),
      P('1.&nbsp;&nbsp;di affidare, per le motivazioni in premessa, alla ditta Verde Collinare S.r.l., con sede in Pagnacco (UD), via Udine n. 41, P.IVA 02918470307, il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2025-2026, per l\'importo di euro 34.850,00 oltre IVA, per complessivi euro 42.517,00;', 'point'),
      P('2.&nbsp;&nbsp;di impegnare la spesa di euro 42.517,00 al capitolo 2460/5 "Manutenzione verde pubblico – prestazioni di servizi" del bilancio 2025-2027, per euro 12.755,10 sull\'esercizio 2025 ed euro 29.761,90 sull\'esercizio 2026;', 'point'),
      P('3.&nbsp;&nbsp;di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. 36/2023;', 'point'),
      P('4.&nbsp;&nbsp;di dare atto che il Responsabile Unico del Progetto è il geom. Daniele Zuliani;', 'point'),
      P('5.&nbsp;&nbsp;di disporre la pubblicazione del presente atto nella sezione "Amministrazione trasparente" del sito istituzionale.', 'point'),
      Spacer(1, 14),
      P('Tricesimo, 18 settembre 2025', 'left'),
      P('IL RESPONSABILE DEL SERVIZIO<br/>geom. Daniele Zuliani<br/><font size="8">(documento firmato digitalmente)</font>', 'right')]
doc.build(st, onFirstPage=page, onLaterPages=page)
