# Avviso alla cittadinanza (non numerato) su modello dell'ufficio: intestazione a fascia,
# titolo in riquadro, testo libero, orari in tabella (fpdf2, font DejaVu).
from fpdf import FPDF

pdf = FPDF(format='A4')
pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.add_font('DS', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.add_font('DS', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
pdf.set_title('Avviso apertura straordinaria Ufficio Anagrafe'); pdf.set_creator('Servizi Demografici'); pdf.set_producer('PyFPDF/fpdf2.8.9')
pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_fill_color(232, 236, 243)
pdf.rect(0, 10, 210, 30, style='F')
pdf.set_xy(22, 13); pdf.set_font('DV', '', 7); pdf.cell(20, 4, '[stemma]')
pdf.set_xy(22, 17); pdf.set_font('DS', 'B', 19); pdf.cell(166, 9, 'COMUNE DI GRAMMICHELE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 8.5); pdf.cell(166, 4.5, 'Città Metropolitana di Catania', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', 'B', 8.5); pdf.cell(166, 4.5, 'AREA AMMINISTRATIVA – Servizi Demografici ed Elettorali', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(14)
pdf.set_font('DS', 'B', 30); pdf.cell(166, 14, 'AVVISO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('DV', 'B', 12.5)
pdf.multi_cell(166, 7, 'APERTURA STRAORDINARIA DELL’UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D’IDENTITÀ ELETTRONICA', border=1, align='C', padding=3, new_x='LMARGIN', new_y='NEXT')
pdf.ln(7)
pdf.set_font('DS', '', 11)
for t in [
 'Si informa la cittadinanza che, in vista della cessazione di validità delle carte d’identità in formato cartaceo prevista dal Regolamento (UE) 2019/1157 e al fine di ridurre i tempi di attesa, l’Ufficio Anagrafe osserverà un’apertura straordinaria dedicata esclusivamente al rilascio della Carta d’Identità Elettronica (CIE) nelle seguenti giornate:',
]:
    pdf.multi_cell(166, 5.8, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
pdf.set_font('DV', 'B', 10); pdf.set_x(37)
for h, w in (('Giorno', 60), ('Orario', 76)): pdf.cell(w, 8, h, border=1, align='C', fill=True)
pdf.ln()
pdf.set_font('DV', '', 10)
for g, o in (('Sabato 21 marzo 2026', 'dalle ore 9:00 alle ore 13:00'), ('Sabato 28 marzo 2026', 'dalle ore 9:00 alle ore 13:00'),
             ('Martedì 31 marzo 2026', 'dalle ore 15:30 alle ore 18:30'), ('Sabato 11 aprile 2026', 'dalle ore 9:00 alle ore 13:00')):
    pdf.set_x(37); pdf.cell(60, 7.5, g, border=1); pdf.cell(76, 7.5, o, border=1, align='C'); pdf.ln()
pdf.ln(5)
pdf.set_font('DS', '', 11)
for t in [
 'L’accesso avviene esclusivamente su prenotazione, da effettuare tramite l’Agenda CIE del Ministero dell’Interno oppure telefonando all’Ufficio Anagrafe nei giorni feriali dalle ore 9:00 alle ore 12:00.',
 'Il richiedente deve presentarsi munito del documento di riconoscimento scaduto o in scadenza (o della denuncia di smarrimento/furto), di una fototessera recente su sfondo bianco, della tessera sanitaria e della ricevuta del pagamento dei diritti, pari a € 22,21, da effettuare tramite PagoPA. Per i minori è necessaria la presenza di entrambi i genitori.',
 'Si ricorda che le carte d’identità cartacee, anche se in corso di validità, cesseranno di essere valide dal 3 agosto 2026.',
]:
    pdf.multi_cell(166, 5.8, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2.5)
pdf.ln(4)
pdf.cell(0, 6, 'Grammichele, 12/03/2026', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_x(100); pdf.set_font('DS', 'B', 11); pdf.multi_cell(88, 6, 'IL RESPONSABILE DELL’AREA AMMINISTRATIVA\nDott. Salvatore Nicotra', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(100); pdf.set_font('DV', '', 7); pdf.multi_cell(88, 4, 'Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, del D.Lgs. 39/1993', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_auto_page_break(False); pdf.set_y(-16); pdf.set_font('DV', '', 7)
pdf.cell(0, 4, 'Comune di Grammichele – Piazza Carafa – 95042 Grammichele (CT) – Ufficio Anagrafe: piano terra del Palazzo municipale', align='C')
pdf.output('avviso-grammichele.pdf')
