// Comune di Montelupone - avviso (unnumbered) on school-bus enrolment
// .docx generated with the "docx" npm package (web-app Word export), converted to PDF by LibreOffice
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, Header, Footer, AlignmentType, PageNumber,
        Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType } = require('docx');

const F = 'Liberation Sans';
const p = (text, o = {}) => new Paragraph({ alignment: o.align || AlignmentType.JUSTIFIED, spacing: { after: o.after ?? 120, line: 300 },
  children: (Array.isArray(text) ? text : [text]).map(t => typeof t === 'string' ? new TextRun({ text: t, font: F, size: o.size || 22, bold: o.bold }) : t) });
const b = (t) => new TextRun({ text: t, font: F, size: 22, bold: true });
const cell = (t, o = {}) => new TableCell({ width: { size: o.w, type: WidthType.PERCENTAGE },
  shading: o.head ? { type: ShadingType.CLEAR, fill: 'DCE6F1', color: 'auto' } : undefined,
  children: [new Paragraph({ alignment: o.align || AlignmentType.LEFT, spacing: { before: 40, after: 40 },
    children: [new TextRun({ text: t, font: F, size: 20, bold: !!o.head })] })] });

const header = new Header({ children: [
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '[stemma]', font: F, size: 14, color: '666666' })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'COMUNE DI MONTELUPONE', font: F, size: 32, bold: true, color: '1F3864' })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Provincia di Macerata', font: F, size: 20 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 4 } },
    children: [new TextRun({ text: 'Settore Servizi alla Persona – Ufficio Pubblica Istruzione', font: F, size: 18, italics: true })] }),
] });
const footer = new Footer({ children: [
  new Paragraph({ alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
    children: [new TextRun({ font: F, size: 14, children: ['Comune di Montelupone – Avviso trasporto scolastico a.s. 2026/2027 – Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })] }),
] });

const tariffe = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
  new TableRow({ tableHeader: true, children: [cell('Fascia ISEE', { w: 50, head: true }), cell('Primo figlio', { w: 25, head: true, align: AlignmentType.CENTER }), cell('Dal secondo figlio', { w: 25, head: true, align: AlignmentType.CENTER })] }),
  new TableRow({ children: [cell('fino a € 8.000,00', { w: 50 }), cell('€ 120,00', { w: 25, align: AlignmentType.CENTER }), cell('€ 80,00', { w: 25, align: AlignmentType.CENTER })] }),
  new TableRow({ children: [cell('da € 8.000,01 a € 20.000,00', { w: 50 }), cell('€ 210,00', { w: 25, align: AlignmentType.CENTER }), cell('€ 150,00', { w: 25, align: AlignmentType.CENTER })] }),
  new TableRow({ children: [cell('oltre € 20.000,00 o ISEE non presentato', { w: 50 }), cell('€ 280,00', { w: 25, align: AlignmentType.CENTER }), cell('€ 200,00', { w: 25, align: AlignmentType.CENTER })] }),
] });

const doc = new Document({ creator: 'Comune di Montelupone', title: 'Avviso iscrizioni trasporto scolastico a.s. 2026/2027',
  sections: [{ properties: { page: { margin: { top: 2300, bottom: 1300, left: 1300, right: 1300, header: 500 } } },
    headers: { default: header }, footers: { default: footer }, children: [
      p('Prot. n. 2231 del 16/03/2026', { align: AlignmentType.RIGHT, size: 18, after: 240 }),
      p('AVVISO – ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027', { align: AlignmentType.CENTER, size: 26, bold: true, after: 240 }),
      p(['Si informano i genitori degli alunni residenti frequentanti la scuola dell\'infanzia, la scuola primaria e la scuola secondaria di primo grado del territorio comunale che ', b('dal 23 marzo al 30 aprile 2026'), ' sono aperte le iscrizioni al servizio di trasporto scolastico per l\'anno scolastico 2026/2027.']),
      p('Le domande devono essere presentate esclusivamente on line, accedendo con SPID o CIE allo Sportello telematico dei servizi scolastici raggiungibile dal sito istituzionale del Comune. Gli alunni già iscritti nell\'anno in corso devono comunque presentare una nuova domanda.'),
      p('Le domande presentate oltre il termine saranno accolte compatibilmente con la disponibilità di posti sui mezzi e con i percorsi già programmati.'),
      p([b('Tariffe annue.')], { after: 80 }),
      tariffe,
      p('', { after: 80 }),
      p('Il pagamento della tariffa avviene tramite avviso PagoPA in due rate, con scadenza 31 ottobre 2026 e 28 febbraio 2027. Non possono essere iscritti al servizio gli alunni il cui nucleo familiare risulti moroso per gli anni scolastici precedenti, salvo regolarizzazione della posizione debitoria.'),
      p('Per informazioni e assistenza nella compilazione della domanda è possibile rivolgersi all\'Ufficio Pubblica Istruzione, presso il Palazzo comunale, nei giorni di lunedì, mercoledì e venerdì dalle ore 9:00 alle ore 12:30.'),
      p('Montelupone, 16/03/2026', { align: AlignmentType.LEFT, after: 360 }),
      p('IL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA', { align: AlignmentType.RIGHT, after: 40 }),
      p('Dott.ssa Roberta Cingolani', { align: AlignmentType.RIGHT, bold: true, after: 40 }),
      p('Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993', { align: AlignmentType.RIGHT, size: 14 }),
    ] }] });
Packer.toBuffer(doc).then(buf => fs.writeFileSync(process.argv[2], buf));
