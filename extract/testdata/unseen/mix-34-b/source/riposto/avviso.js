// Comune di Riposto - avviso ai cittadini (unnumbered), printed with PDFKit (Node.js), Liberation Sans embedded
const PDFDocument = require('pdfkit');
const fs = require('fs');
const out = process.argv[2];
const FD = '/usr/share/fonts/truetype/liberation/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 50, bottom: 60, left: 62, right: 62 },
  info: { Title: 'Avviso apertura straordinaria Ufficio Anagrafe', Author: 'Comune di Riposto - Servizi Demografici', Creator: 'Portale istituzionale - modulo avvisi' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FD + 'LiberationSans-Regular.ttf');
doc.registerFont('B', FD + 'LiberationSans-Bold.ttf');
doc.registerFont('I', FD + 'LiberationSans-Italic.ttf');
const W = doc.page.width - 124, L = 62;

// letterhead
doc.rect(L, 48, 44, 52).lineWidth(0.6).strokeColor('#888').stroke();
doc.font('I').fontSize(6.5).fillColor('#777').text('stemma', L, 71, { width: 44, align: 'center' });
doc.fillColor('#000').font('B').fontSize(17).text('COMUNE DI RIPOSTO', L + 56, 52);
doc.font('R').fontSize(9.5).text('Città Metropolitana di Catania', L + 56, 73);
doc.font('R').fontSize(8.5).text('Area I – Affari Generali · Servizi Demografici', L + 56, 87);
doc.moveTo(L, 108).lineTo(L + W, 108).lineWidth(1.2).strokeColor('#000').stroke();

doc.font('B').fontSize(30).text('AVVISO', L, 140, { width: W, align: 'center' });
doc.moveDown(0.4);
doc.font('B').fontSize(13).text('APERTURA STRAORDINARIA DELL’UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D’IDENTITÀ ELETTRONICA', L + 20, doc.y, { width: W - 40, align: 'center', lineGap: 2 });
doc.moveDown(1.2);

doc.font('R').fontSize(11).text('Si informa la cittadinanza che, al fine di ridurre i tempi di attesa per il rilascio della Carta d’Identità Elettronica (CIE) e in vista della scadenza delle carte d’identità cartacee, l’Ufficio Anagrafe di via Gramsci effettuerà le seguenti aperture straordinarie, riservate esclusivamente alle richieste di CIE:', L, doc.y, { width: W, align: 'justify', lineGap: 3 });
doc.moveDown(0.8);

// table of openings
const rows = [['Giorno', 'Orario'], ['sabato 21 marzo 2026', 'dalle 9:00 alle 12:30'], ['giovedì 26 marzo 2026', 'dalle 15:30 alle 18:00'],
  ['sabato 28 marzo 2026', 'dalle 9:00 alle 12:30'], ['giovedì 2 aprile 2026', 'dalle 15:30 alle 18:00'], ['sabato 11 aprile 2026', 'dalle 9:00 alle 12:30']];
let y = doc.y; const cx = L + 60, cw = [180, 160], rh = 20;
rows.forEach((r, i) => {
  if (i === 0) doc.rect(cx, y, cw[0] + cw[1], rh).fillColor('#e6e6e6').fill().fillColor('#000');
  doc.rect(cx, y, cw[0], rh).rect(cx + cw[0], y, cw[1], rh).lineWidth(0.5).strokeColor('#000').stroke();
  doc.font(i === 0 ? 'B' : 'R').fontSize(10.5);
  doc.text(r[0], cx + 8, y + 5, { width: cw[0] - 16 });
  doc.text(r[1], cx + cw[0] + 8, y + 5, { width: cw[1] - 16 });
  y += rh;
});
doc.y = y + 16;
doc.font('R').fontSize(11);
doc.text('L’accesso avviene esclusivamente su prenotazione, da effettuarsi tramite l’Agenda CIE del Ministero dell’Interno oppure telefonando all’Ufficio Anagrafe nei giorni feriali dalle ore 9:00 alle ore 12:00.', L, doc.y, { width: W, align: 'justify', lineGap: 3 });
doc.moveDown(0.6);
doc.text('Il richiedente dovrà presentarsi munito di:', { width: W, lineGap: 3 });
doc.moveDown(0.3);
['documento di riconoscimento scaduto o in scadenza, ovvero denuncia di smarrimento o furto;', 'una fototessera recente, in formato cartaceo o digitale, conforme agli standard ICAO;', 'tessera sanitaria (codice fiscale);', 'ricevuta del pagamento di € 22,21 tramite la piattaforma pagoPA.'].forEach(t => {
  doc.text('•  ' + t, L + 14, doc.y, { width: W - 14, lineGap: 2, indent: 0 });
});
doc.moveDown(0.6);
doc.text('Per i minori è necessaria la presenza di entrambi i genitori o di chi esercita la responsabilità genitoriale.', L, doc.y, { width: W, align: 'justify', lineGap: 3 });
doc.moveDown(1.5);
doc.text('Riposto, 12/03/2026', L, doc.y);
doc.moveDown(1.5);
const sx = L + W / 2;
doc.font('R').text('IL RESPONSABILE DELL’AREA I', sx, doc.y, { width: W / 2, align: 'center' });
doc.font('R').text('Dott. Salvatore Leonardi', sx, doc.y, { width: W / 2, align: 'center' });
doc.font('I').fontSize(8.5).text('(firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, del D.Lgs. 39/1993)', sx, doc.y + 2, { width: W / 2, align: 'center' });

// footer
doc.page.margins.bottom = 0;
doc.font('R').fontSize(7.5).fillColor('#444').text('Comune di Riposto – Servizi Demografici – Avviso pubblicato all’Albo Pretorio on line e sul sito istituzionale', L, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
doc.end();
