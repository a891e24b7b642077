// pdf-lib 1.17.1 + @pdf-lib/fontkit: letter-style convocation of the Consiglio Comunale,
// Liberation Serif subset-embedded, protocol box, order of the day, signature.
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');
const fs = require('fs');

(async () => {
  const out = process.argv[2];
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const FD = '/usr/share/fonts/truetype/liberation/';
  const R = await pdf.embedFont(fs.readFileSync(FD + 'LiberationSerif-Regular.ttf'), { subset: true });
  const B = await pdf.embedFont(fs.readFileSync(FD + 'LiberationSerif-Bold.ttf'), { subset: true });
  const I = await pdf.embedFont(fs.readFileSync(FD + 'LiberationSerif-Italic.ttf'), { subset: true });
  pdf.setTitle('Convocazione Consiglio Comunale 23/02/2026'); pdf.setAuthor('Comune di Busalla');
  pdf.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)'); pdf.setCreator('Protocollo – modulo lettere');
  const mm = v => v * 72 / 25.4;
  const page = pdf.addPage([mm(210), mm(297)]);
  const H = mm(297), L = mm(25), RM = mm(185), W = RM - L;
  let y = H - mm(18);
  const t = (s, x, yy, f = R, size = 11, color = rgb(0, 0, 0)) => page.drawText(s, { x, y: yy, font: f, size, color });
  const center = (s, yy, f, size, color) => t(s, (mm(210) - f.widthOfTextAtSize(s, size)) / 2, yy, f, size, color);

  // letterhead
  page.drawRectangle({ x: mm(97), y: y - mm(12), width: mm(16), height: mm(13), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
  t('stemma', mm(100.2), y - mm(6.5), I, 7, rgb(0.3, 0.3, 0.3));
  y -= mm(18);
  center('COMUNE DI BUSALLA', y, B, 16); y -= mm(5.5);
  center('Città Metropolitana di Genova', y, R, 10); y -= mm(4.5);
  center('Piazza Macciò, 1 – 16012 Busalla (GE) – Tel. 010 9760011 – PEC: comune.busalla@cert.legalmail.it', y, R, 8);
  y -= mm(3);
  page.drawLine({ start: { x: L, y }, end: { x: RM, y }, thickness: 0.8 });
  y -= mm(9);

  // protocol box left, addressees right
  page.drawRectangle({ x: L, y: y - mm(13), width: mm(58), height: mm(16), borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
  t('COMUNE DI BUSALLA', L + mm(2), y - mm(2), B, 8);
  t('Protocollo n. 1873', L + mm(2), y - mm(6.5), R, 9);
  t('del 16/02/2026 – Partenza', L + mm(2), y - mm(10.5), R, 9);
  const dest = ['Ai Signori Consiglieri Comunali', 'LORO SEDI', 'Al Segretario Comunale', 'Al Revisore dei Conti', 'Al Prefetto di Genova', 'All’Albo Pretorio on line'];
  let yy = y;
  dest.forEach((s, i) => { t(s, mm(118), yy, i === 1 ? B : R, 10); yy -= mm(4.6); });
  y = yy - mm(6);
  t('Busalla, 16/02/2026', L, y, R, 11); y -= mm(10);

  function wrap(text, font, size, width) {
    const words = text.split(' '); const lines = []; let cur = '';
    for (const w of words) {
      const trial = cur ? cur + ' ' + w : w;
      if (font.widthOfTextAtSize(trial, size) > width && cur) { lines.push(cur); cur = w; } else cur = trial;
    }
    if (cur) lines.push(cur); return lines;
  }
  function para(text, { font = R, size = 11, indent = 0, lead = 0, gap = mm(2.2), first = null, lh = mm(5.0) } = {}) {
    const lines = wrap(text, font, size, W - indent - lead);
    lines.forEach((ln, i) => {
      if (i === 0 && first) t(first, L + indent, y, font, size);
      t(ln, L + indent + lead, y, font, size); y -= lh;
    });
    y -= gap;
  }
  // OGGETTO with hanging indent
  const ogg = 'Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 23 febbraio 2026.';
  t('OGGETTO:', L, y, B, 11);
  wrap(ogg, B, 11, W - mm(22)).forEach(ln => { t(ln, L + mm(22), y, B, 11); y -= mm(5); });
  y -= mm(4);

  para('Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 10 e 12 del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale convocata in sessione ordinaria, in seduta pubblica e in prima convocazione, per il giorno');
  center('LUNEDÌ 23 FEBBRAIO 2026 ALLE ORE 20:30', y, B, 12); y -= mm(6.5);
  para('presso la Sala consiliare del Palazzo comunale, Piazza Macciò, 1, per la trattazione dei seguenti argomenti iscritti all’');
  center('ORDINE DEL GIORNO', y, B, 11.5); y -= mm(7);
  const odg = [
    'Lettura e approvazione dei verbali delle sedute del 18 e del 29 dicembre 2025.',
    'Comunicazioni del Sindaco.',
    'Ratifica della deliberazione della Giunta Comunale n. 9 del 29/01/2026 avente ad oggetto “Variazione d’urgenza al bilancio di previsione 2026/2028 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000”.',
    'Approvazione del Regolamento comunale per la concessione in uso delle sale e degli impianti sportivi comunali.',
    'Rinnovo della convenzione con l’Unione dei Comuni dello Scrivia per la gestione associata del servizio di Polizia Locale. Approvazione.',
    'Interpellanza presentata dal gruppo consiliare “Busalla in Comune” in merito alla viabilità di via Vittorio Veneto durante i lavori sulla S.P. 35 dei Giovi.'];
  odg.forEach((s, i) => para(s, { first: `${i + 1}.`, lead: mm(7), gap: mm(1.2) }));
  y -= mm(2);
  para('Qualora la seduta di prima convocazione vada deserta per mancanza del numero legale, la seduta di seconda convocazione è fin d’ora fissata per il giorno mercoledì 25 febbraio 2026, alle ore 20:30, nello stesso luogo.');
  para('La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio Segreteria e consultabile dai Consiglieri negli orari di apertura degli uffici, a norma dell’art. 14 del Regolamento.');
  y -= mm(6);
  t('IL PRESIDENTE DEL CONSIGLIO COMUNALE', mm(108), y, R, 10.5); y -= mm(5);
  t('Dott. Enrico Parodi', mm(125), y, R, 10.5); y -= mm(4.5);
  t('(firmato digitalmente)', mm(126), y, I, 8.5);

  // foot
  page.drawLine({ start: { x: L, y: mm(16) }, end: { x: RM, y: mm(16) }, thickness: 0.4 });
  t('Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 – Ufficio Segreteria – segreteria@comune.busalla.ge.it', L, mm(12), R, 7);
  fs.writeFileSync(out, await pdf.save());
})();
