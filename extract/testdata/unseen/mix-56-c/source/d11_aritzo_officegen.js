// Convocation of the Consiglio Comunale, Comune di Aritzo - .docx written with officegen (Node), PDF by LibreOffice
const officegen = require('officegen'); const fs = require('fs');
const docx = officegen({ type: 'docx', title: 'Convocazione Consiglio Comunale', creator: 'Comune di Aritzo' });
const F = 'Times New Roman';
function p(text, o = {}, align) { const q = docx.createP(align ? { align } : {}); q.addText(text, Object.assign({ font_face: F, font_size: 12 }, o)); return q; }
p('COMUNE DI ARITZO', { bold: true, font_size: 18 }, 'center');
p('Provincia di Nuoro', { italic: true, font_size: 11 }, 'center');
p('Corso Umberto I, 33 – 08031 Aritzo (NU) – tel. 0784 629223', { font_size: 9 }, 'center');
p('________________________________________________________________', { font_size: 9 }, 'center');
p('Prot. n. 1187                                                                                   Aritzo, 11/03/2026', { font_size: 11 });
p('Ai Sigg. Consiglieri Comunali – LORO SEDI', { font_size: 11 }, 'right');
p('Al Sig. Prefetto di Nuoro', { font_size: 11 }, 'right');
p('All’Albo Pretorio on line – SEDE', { font_size: 11 }, 'right');
p('CONVOCAZIONE DEL CONSIGLIO COMUNALE', { bold: true, font_size: 15 }, 'center');
p('Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, e del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio Comunale che si terrà nella Sala Consiliare del Palazzo Municipale, in prima convocazione, il giorno mercoledì 18 marzo 2026 alle ore 18:00 e, occorrendo, in seconda convocazione il giorno giovedì 19 marzo 2026 alla stessa ora, per la trattazione del seguente', {}, 'justify');
p('ORDINE DEL GIORNO', { bold: true }, 'center');
const odg = [
  'Lettura e approvazione dei verbali della seduta precedente.',
  'Comunicazioni del Sindaco.',
  'Approvazione del Regolamento comunale per la gestione dei pascoli e degli usi civici.',
  'Ratifica della deliberazione della Giunta Comunale n. 14 del 19/02/2026 avente ad oggetto: “Variazione d’urgenza al bilancio di previsione 2026/2028”.',
  'Convenzione con il Comune di Belvì per la gestione associata del servizio di segreteria comunale – Approvazione schema.'];
odg.forEach((t, i) => p(`${i + 1}.  ${t}`, { font_size: 12 }, 'justify'));
p('La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio di Segreteria e consultabile dai Consiglieri nelle ore d’ufficio.', {}, 'justify');
p(' ');
p('IL SINDACO', {}, 'right');
p('Dott. Gualtiero Mameli', {}, 'right');
p('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', { italic: true, font_size: 8 }, 'center');
const out = fs.createWriteStream(process.argv[2]);
out.on('close', () => console.log('written'));
docx.generate(out);
