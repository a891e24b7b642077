// Numbered public notice of the Comune di Citerna laid out like a DTP poster
// (QuarkXPress-style: coloured band, two text columns, boxed deadline), drawn with pdf-lib.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import fs from 'fs';
const out = process.argv[2];
const doc = await PDFDocument.create();
doc.setTitle('Avviso pubblico n. 3/2026 - Orti sociali Pistrino');
doc.setAuthor('Comune di Citerna - Area Amministrativa');
doc.setCreator('Avviso_orti_2026.qxp');
doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
doc.setCreationDate(new Date('2026-03-26T09:40:00+01:00'));
const H = await doc.embedFont(StandardFonts.Helvetica);
const HB = await doc.embedFont(StandardFonts.HelveticaBold);
const T = await doc.embedFont(StandardFonts.TimesRoman);
const TB = await doc.embedFont(StandardFonts.TimesRomanBold);
const TI = await doc.embedFont(StandardFonts.TimesRomanItalic);
const green = rgb(0.16, 0.36, 0.18), pale = rgb(0.92, 0.95, 0.90);

function wrap(text, font, size, width) {
  const words = text.split(' '); const lines = []; let cur = '';
  for (const w of words) {
    const t = cur ? cur + ' ' + w : w;
    if (font.widthOfTextAtSize(t, size) > width && cur) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}
let page = doc.addPage([595.28, 841.89]);
const W = 595.28;
// band
page.drawRectangle({ x: 0, y: 742, width: W, height: 100, color: green });
page.drawRectangle({ x: 40, y: 756, width: 56, height: 72, borderColor: rgb(1,1,1), borderWidth: 1 });
page.drawText('STEMMA', { x: 50, y: 760, size: 6, font: H, color: rgb(1,1,1) });
page.drawText('COMUNE DI CITERNA', { x: 112, y: 800, size: 26, font: HB, color: rgb(1,1,1) });
page.drawText('Provincia di Perugia', { x: 112, y: 782, size: 11, font: H, color: rgb(1,1,1) });
page.drawText('Corso Garibaldi n. 1 - 06010 Citerna (PG)  -  www.comune.citerna.pg.it', { x: 112, y: 764, size: 8, font: H, color: rgb(0.9,0.95,0.9) });
// area + number
page.drawText('AREA AMMINISTRATIVA', { x: 40, y: 718, size: 10, font: HB, color: green });
page.drawText('Servizi Sociali e Demografici', { x: 40, y: 705, size: 9, font: H });
page.drawText('Prot. n. 2291 del 26/03/2026', { x: 420, y: 718, size: 9, font: H });
page.drawText('Citerna, 26/03/2026', { x: 420, y: 705, size: 9, font: H });
page.drawText('AVVISO PUBBLICO N. 3/2026', { x: 40, y: 672, size: 22, font: HB, color: green });
// title (subject)
const title = 'AVVISO PUBBLICO PER L\u2019ASSEGNAZIONE IN COMODATO D\u2019USO GRATUITO DEGLI ORTI SOCIALI COMUNALI DI PISTRINO \u2013 TRIENNIO 2026/2028';
let y = 648;
for (const l of wrap(title, HB, 13, W - 80)) { page.drawText(l, { x: 40, y, size: 13, font: HB }); y -= 16; }
y -= 4;
page.drawLine({ start: { x: 40, y }, end: { x: W - 40, y }, thickness: 1.5, color: green });
y -= 18;
// intro full width
const intro = 'In esecuzione della deliberazione della Giunta Comunale n. 27 del 12/03/2026 e della determinazione del Responsabile dell\u2019Area Amministrativa n. 64 del 24/03/2026, si rende noto che il Comune di Citerna intende assegnare in comodato d\u2019uso gratuito n. 18 lotti di terreno destinati a orto sociale, situati in Pistrino, Via dei Tigli, della superficie di circa 50 mq ciascuno.';
for (const l of wrap(intro, T, 11, W - 80)) { page.drawText(l, { x: 40, y, size: 11, font: T }); y -= 14; }
y -= 10;
// two columns
const colW = (W - 80 - 20) / 2; const colX = [40, 40 + colW + 20];
const sections = [
  ['1. Destinatari', 'Possono presentare domanda i cittadini residenti nel Comune di Citerna che abbiano compiuto il 18\u00b0 anno di et\u00e0, non siano proprietari o affittuari di terreni agricoli nel territorio comunale e non abbiano in uso altro orto sociale. Il 50% dei lotti \u00e8 riservato a pensionati e a persone con pi\u00f9 di 60 anni.'],
  ['2. Durata e obblighi', 'Il comodato ha durata triennale, dal 1\u00b0 maggio 2026 al 30 aprile 2029. L\u2019assegnatario coltiva personalmente il lotto, non utilizza prodotti chimici di sintesi, non costruisce manufatti e partecipa alle spese per il consumo idrico nella misura stabilita dal Regolamento comunale degli orti sociali.'],
  ['3. Criteri di assegnazione', 'Le domande sono collocate in graduatoria secondo i punteggi del Regolamento: et\u00e0 (fino a 10 punti), composizione del nucleo familiare (fino a 6 punti), ISEE (fino a 8 punti), residenza nella frazione di Pistrino (4 punti). A parit\u00e0 di punteggio prevale la domanda presentata prima.'],
  ['4. Modalit\u00e0 di presentazione', 'La domanda, redatta sul modulo allegato e corredata dalla copia di un documento di identit\u00e0 e dall\u2019attestazione ISEE in corso di validit\u00e0, pu\u00f2 essere consegnata all\u2019Ufficio Protocollo, negli orari di apertura al pubblico, oppure trasmessa a mezzo PEC all\u2019indirizzo comune.citerna@postacert.umbria.it.'],
  ['5. Trattamento dei dati', 'I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalit\u00e0 del presente avviso. Titolare del trattamento \u00e8 il Comune di Citerna. Responsabile del procedimento \u00e8 la Sig.ra Rita Mancini, Ufficio Servizi Sociali.'],
];
let col = 0, cy = y; const bottom = 190;
for (const [h, t] of sections) {
  const lines = wrap(t, T, 10, colW);
  if (cy - 16 - lines.length * 12.5 < bottom && col === 0) { col = 1; cy = y; }
  page.drawText(h.toUpperCase(), { x: colX[col], y: cy, size: 9.5, font: HB, color: green }); cy -= 14;
  for (const l of lines) { page.drawText(l, { x: colX[col], y: cy, size: 10, font: T }); cy -= 12.5; }
  cy -= 10;
}
// deadline box
page.drawRectangle({ x: 40, y: 112, width: W - 80, height: 62, color: pale, borderColor: green, borderWidth: 1.2 });
page.drawText('SCADENZA PER LA PRESENTAZIONE DELLE DOMANDE', { x: 56, y: 152, size: 10, font: HB, color: green });
page.drawText('ore 12:00 del giorno 20 aprile 2026', { x: 56, y: 128, size: 18, font: TB });
// signature
page.drawText('IL RESPONSABILE DELL\u2019AREA AMMINISTRATIVA', { x: 320, y: 86, size: 9, font: HB });
page.drawText('Dott.ssa Francesca Bartolini', { x: 352, y: 72, size: 10, font: T });
page.drawText('(firmato digitalmente ai sensi del D.Lgs. 82/2005)', { x: 336, y: 60, size: 8, font: TI });
page.drawLine({ start: { x: 0, y: 36 }, end: { x: W, y: 36 }, thickness: 6, color: green });
page.drawText('Comune di Citerna - Ufficio Servizi Sociali: aperto il luned\u00ec, mercoled\u00ec e venerd\u00ec dalle 9:00 alle 12:30', { x: 40, y: 20, size: 7.5, font: H, color: rgb(0.3,0.3,0.3) });
fs.writeFileSync(out, await doc.save());
