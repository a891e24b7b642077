// Comune di Staranzano - unnumbered avviso (notice), built with pdfmake 0.2 on Node (a web portal's "stampa avviso")
const PdfPrinter = require('pdfmake');
const fs = require('fs');
const L = '/usr/share/fonts/truetype/liberation/';
const fonts = { Sans: { normal: L + 'LiberationSans-Regular.ttf', bold: L + 'LiberationSans-Bold.ttf',
                        italics: L + 'LiberationSans-Italic.ttf', bolditalics: L + 'LiberationSans-BoldItalic.ttf' } };
const printer = new PdfPrinter(fonts);
const teal = '#0b6e74';
const dd = {
  pageSize: 'A4', pageMargins: [48, 70, 48, 60],
  info: { title: 'Avviso iscrizioni centri estivi 2026', author: 'Comune di Staranzano', creator: 'Portale istituzionale - stampa avviso' },
  defaultStyle: { font: 'Sans', fontSize: 10.5, lineHeight: 1.25 },
  header: { margin: [48, 24, 48, 0], columns: [
      { width: 40, stack: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 34, h: 40, r: 4, lineColor: teal }] }, { text: 'stemma', fontSize: 5, margin: [6, -24, 0, 0], color: teal }] },
      { width: '*', stack: [{ text: 'COMUNE DI STARANZANO', bold: true, fontSize: 15, color: teal },
                             { text: 'Regione Autonoma Friuli Venezia Giulia – Servizio Istruzione, Cultura e Politiche Giovanili', fontSize: 8.5 }] } ] },
  footer: (cur, tot) => ({ margin: [48, 18, 48, 0], columns: [
      { text: 'Piazza Dante, 11 – 34079 Staranzano (GO) – istruzione@comune.staranzano.go.it – www.comune.staranzano.go.it', fontSize: 7, color: '#555' },
      { text: cur + ' / ' + tot, alignment: 'right', fontSize: 7, width: 40 } ] }),
  content: [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 499, y2: 0, lineWidth: 1.5, lineColor: teal }], margin: [0, 0, 0, 14] },
    { text: 'AVVISO', fontSize: 28, bold: true, alignment: 'center', color: teal },
    { text: 'ISCRIZIONI AI CENTRI ESTIVI COMUNALI 2026', fontSize: 15, bold: true, alignment: 'center', margin: [0, 2, 0, 14] },
    { text: [ 'Si informano le famiglie che ', { text: 'dal 7 aprile al 30 aprile 2026', bold: true },
        ' sono aperte le iscrizioni ai Centri estivi comunali per bambine, bambini e ragazzi residenti a Staranzano o frequentanti le scuole del territorio.' ], alignment: 'justify' },
    { text: 'Periodi e sedi', bold: true, color: teal, fontSize: 12, margin: [0, 12, 0, 4] },
    { table: { headerRows: 1, widths: ['*', 120, 110, 70],
        body: [
          [{ text: 'Fascia d\'età', bold: true, fillColor: '#dceff0' }, { text: 'Sede', bold: true, fillColor: '#dceff0' }, { text: 'Periodo', bold: true, fillColor: '#dceff0' }, { text: 'Quota settim.', bold: true, fillColor: '#dceff0' }],
          ['3-5 anni (scuola dell\'infanzia)', 'Scuola dell\'infanzia “Girotondo”', '29/06 – 31/07/2026', '€ 75,00'],
          ['6-11 anni (scuola primaria)', 'Scuola primaria “E. De Amicis”', '15/06 – 07/08/2026', '€ 70,00'],
          ['12-14 anni (scuola secondaria)', 'Centro giovani “Pianeta”', '15/06 – 24/07/2026', '€ 60,00'] ] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#777', vLineColor: () => '#777' }, fontSize: 9.5 },
    { text: 'Come iscriversi', bold: true, color: teal, fontSize: 12, margin: [0, 12, 0, 4] },
    { ul: [
        'la domanda si presenta esclusivamente on line, con SPID o CIE, dalla sezione “Servizi scolastici” del portale del Comune;',
        'per il secondo figlio iscritto la quota settimanale è ridotta del 20%; sono previste ulteriori agevolazioni in base all\'ISEE;',
        'le domande presentate oltre il termine saranno accolte solo in caso di posti disponibili.' ], alignment: 'justify' },
    { text: [ 'Per informazioni: Ufficio Istruzione, tel. 0481 716911, il lunedì e il mercoledì dalle 9:00 alle 12:30 e il giovedì dalle 15:00 alle 17:00.' ], margin: [0, 12, 0, 0] },
    { columns: [
        { width: 90, stack: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 70, h: 70, lineColor: '#333' }] }, { text: 'Inquadra il QR code per accedere al servizio', fontSize: 6.5, margin: [0, 3, 0, 0] }] },
        { width: '*', stack: [ { text: 'Staranzano, 25 marzo 2026', margin: [0, 10, 0, 14] },
                               { text: 'LA RESPONSABILE DEL SERVIZIO', alignment: 'center' },
                               { text: 'dott.ssa Erica Furlan', alignment: 'center', bold: true },
                               { text: '(firmato digitalmente)', alignment: 'center', italics: true, fontSize: 8 } ] } ], margin: [0, 22, 0, 0] }
  ]
};
const doc = printer.createPdfKitDocument(dd);
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.end();
