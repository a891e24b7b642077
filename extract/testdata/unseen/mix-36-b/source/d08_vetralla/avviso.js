// jsPDF 2.5.1 (Node): numbered avviso pubblico laid out by hand, Liberation Sans embedded.
const { jsPDF } = require('jspdf');
const fs = require('fs');
const out = process.argv[2];
const FD = '/usr/share/fonts/truetype/liberation/';
const doc = new jsPDF({ unit: 'mm', format: 'a4' });
for (const [f, n, s] of [['LiberationSans-Regular.ttf', 'LS', 'normal'], ['LiberationSans-Bold.ttf', 'LS', 'bold'], ['LiberationSans-Italic.ttf', 'LS', 'italic']]) {
  doc.addFileToVFS(f, fs.readFileSync(FD + f).toString('base64'));
  doc.addFont(f, n, s);
}
doc.setProperties({ title: 'Avviso pubblico n. 3/2026 - Contributi canoni di locazione', author: 'Comune di Vetralla', creator: 'jsPDF' });
const L = 20, R = 190, W = R - L, TOP = 40, BOT = 275;
let y = 0, page = 1;

function letterhead() {
  doc.setDrawColor(30, 60, 110); doc.setLineWidth(0.3); doc.ellipse(L + 7, 19, 6, 7.5);
  doc.setFont('LS', 'normal'); doc.setFontSize(5.5); doc.text('stemma', L + 7, 19.8, { align: 'center' });
  doc.setFont('LS', 'bold'); doc.setFontSize(16); doc.setTextColor(30, 60, 110); doc.text('COMUNE DI VETRALLA', L + 17, 17);
  doc.setTextColor(0); doc.setFont('LS', 'normal'); doc.setFontSize(9); doc.text('Provincia di Viterbo', L + 17, 22);
  doc.setFontSize(7.5); doc.text('Piazza Umberto I, 1 – 01019 Vetralla (VT) – www.comune.vetralla.vt.it', L + 17, 26.5);
  doc.setLineWidth(0.6); doc.line(L, 31, R, 31);
}
function foot() {
  doc.setFont('LS', 'normal'); doc.setFontSize(7); doc.setLineWidth(0.2); doc.line(L, 281, R, 281);
  doc.text('Avviso pubblico n. 3/2026 – Settore II – Servizi Sociali, Scolastici e Culturali', L, 285);
  doc.text('pagina ' + page, R, 285, { align: 'right' });
}
function newPage() { foot(); doc.addPage(); page++; letterhead(); y = TOP; }
function para(text, { size = 10, style = 'normal', align = 'justify', indent = 0, gap = 2.2, lh = 4.6 } = {}) {
  doc.setFont('LS', style); doc.setFontSize(size);
  const lines = doc.splitTextToSize(text, W - indent);
  lines.forEach((ln, i) => {
    if (y > BOT) newPage();
    doc.setFont('LS', style); doc.setFontSize(size);
    const last = i === lines.length - 1;
    if (align === 'center') doc.text(ln, L + W / 2, y, { align: 'center' });
    else if (align === 'justify' && !last) doc.text(ln, L + indent, y, { align: 'justify', maxWidth: W - indent });
    else doc.text(ln, L + indent, y);
    y += lh;
  });
  y += gap;
}

letterhead(); y = TOP;
doc.setFont('LS', 'bold'); doc.setFontSize(10);
doc.text('SETTORE II – SERVIZI SOCIALI, SCOLASTICI E CULTURALI', L, y); y += 5;
doc.setFont('LS', 'italic'); doc.setFontSize(9.5); doc.text('Ufficio Servizi Sociali', L, y);
doc.setFont('LS', 'normal'); doc.setFontSize(8.5);
doc.rect(135, y - 9, 55, 12); doc.text('Prot. n. 3318', 138, y - 4.5); doc.text('del 16/02/2026', 138, y);
y += 12;
para('AVVISO PUBBLICO N. 3/2026', { size: 14, style: 'bold', align: 'center', gap: 1 });
para('CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025', { size: 11.5, style: 'bold', align: 'center', gap: 0, lh: 5.4 });
para('(art. 11 della Legge 9 dicembre 1998, n. 431)', { size: 9.5, style: 'italic', align: 'center', gap: 5 });
para('IL RESPONSABILE DEL SETTORE', { size: 10.5, style: 'bold', align: 'center', gap: 2 });
para('In esecuzione della deliberazione della Giunta Regionale del Lazio n. 1190 del 18/12/2025 e della propria determinazione n. 96 del 13/02/2026, di approvazione del presente avviso,', {});
para('RENDE NOTO', { size: 10.5, style: 'bold', align: 'center', gap: 2 });
para('che dal 16 febbraio 2026 al 20 marzo 2026 i cittadini residenti nel Comune di Vetralla, conduttori di alloggi in locazione ad uso abitativo, possono presentare domanda per ottenere il contributo a sostegno del pagamento dei canoni di locazione relativi all’anno 2025, nei limiti delle risorse assegnate dalla Regione Lazio.', {});

const arts = [
 ['Art. 1 – Destinatari', ['Possono accedere al contributo i nuclei familiari titolari, nell’anno 2025, di un contratto di locazione ad uso abitativo regolarmente registrato, relativo a un alloggio di proprietà privata o pubblica, con esclusione degli alloggi di edilizia residenziale pubblica destinati all’assistenza abitativa e degli immobili delle categorie catastali A/1, A/8 e A/9.']],
 ['Art. 2 – Requisiti', ['Alla data di presentazione della domanda il richiedente deve possedere i seguenti requisiti:',
   'a) cittadinanza italiana o di uno Stato dell’Unione Europea, ovvero titolo di soggiorno in corso di validità;',
   'b) residenza anagrafica nel Comune di Vetralla e nell’alloggio oggetto del contratto di locazione;',
   'c) valore ISEE ordinario del nucleo familiare non superiore a € 15.853,63, con incidenza del canone annuo sul valore ISE non inferiore al 24%;',
   'd) assenza di titolarità, in capo ai componenti del nucleo, di diritti di proprietà, usufrutto, uso o abitazione su alloggio adeguato nel territorio della Regione Lazio.']],
 ['Art. 3 – Entità del contributo', ['Il contributo è calcolato in misura pari alla differenza tra il canone annuo effettivamente corrisposto e il canone sopportabile, e non può in ogni caso superare l’importo di € 2.500,00 annui. In caso di risorse insufficienti, i contributi sono ridotti in misura proporzionale.']],
 ['Art. 4 – Modalità e termini di presentazione', ['La domanda, redatta esclusivamente sul modulo allegato al presente avviso e corredata dalla copia del contratto di locazione, delle ricevute di pagamento del canone 2025 e dell’attestazione ISEE, deve pervenire entro le ore 12:00 del 20 marzo 2026 con una delle seguenti modalità: consegna a mano all’Ufficio Protocollo, in Piazza Umberto I, 1; invio a mezzo PEC all’indirizzo comune.vetralla@legalmail.it; invio a mezzo raccomandata con avviso di ricevimento (non fa fede il timbro postale).']],
 ['Art. 5 – Controlli', ['L’Amministrazione effettua controlli, anche a campione, sulla veridicità delle dichiarazioni rese, ai sensi degli artt. 71 e seguenti del D.P.R. 28 dicembre 2000, n. 445. In caso di dichiarazioni mendaci il richiedente decade dal beneficio, ferme restando le responsabilità penali.']],
 ['Art. 6 – Trattamento dei dati personali', ['I dati personali forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Vetralla.']],
 ['Art. 7 – Informazioni', ['Responsabile del procedimento è la Dott.ssa Silvia Ceccarelli, Ufficio Servizi Sociali (tel. 0761 466 921), presso il quale è possibile ricevere informazioni il martedì e il giovedì dalle ore 9:00 alle ore 12:30.']]];
for (const [h, ps] of arts) {
  if (y > BOT - 12) newPage();
  para(h, { size: 10, style: 'bold', align: 'left', gap: 0.6 });
  ps.forEach(p => para(p, { indent: /^[a-d]\)/.test(p) ? 5 : 0, gap: 1.4 }));
  y += 1;
}
y += 2;
para('Vetralla, 16/02/2026', { align: 'left', gap: 4 });
if (y > BOT - 15) newPage();
doc.setFont('LS', 'normal'); doc.setFontSize(10);
doc.text('Il Responsabile del Settore II', 145, y, { align: 'center' }); y += 5;
doc.text('Dott.ssa Federica Anselmi', 145, y, { align: 'center' }); y += 4;
doc.setFontSize(7.5); doc.text('(firma digitale ai sensi dell’art. 21 del D.Lgs. 82/2005)', 145, y, { align: 'center' });
foot();
fs.writeFileSync(out, Buffer.from(doc.output('arraybuffer')));
