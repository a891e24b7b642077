// Comune di Sauris / Gemeinde Zahre - ordinanza sindacale, built with the npm package "pdfjs" (rkusa) 2.5.4
const pdf = require('pdfjs')
const fs = require('fs')
const F = '/usr/share/fonts/truetype/liberation2/'
const reg = new pdf.Font(fs.readFileSync(F + 'LiberationSans-Regular.ttf'))
const bold = new pdf.Font(fs.readFileSync(F + 'LiberationSans-Bold.ttf'))
const ital = new pdf.Font(fs.readFileSync(F + 'LiberationSans-Italic.ttf'))

const doc = new pdf.Document({ font: reg, fontSize: 11, lineHeight: 1.25, paddingTop: 40, paddingBottom: 50, paddingLeft: 60, paddingRight: 60 })
doc.pipe(fs.createWriteStream(process.argv[2]))

const footer = doc.footer()
footer.text('Documento firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e s.m.i.', { fontSize: 8, font: ital })
footer.pageNumber((curr, total) => 'Ordinanza n. 6/2026 – pagina ' + curr + ' di ' + total, { fontSize: 8, textAlign: 'right' })

const head = doc.table({ widths: [70, null], borderWidth: 0 })
const hr = head.row()
hr.cell('stemma', { fontSize: 6, textAlign: 'center', paddingTop: 28, paddingBottom: 28, borderWidth: 0.5, borderColor: 0x777777 })
const hc = hr.cell({ paddingLeft: 14 })
hc.text('COMUNE DI SAURIS', { font: bold, fontSize: 18, color: 0x2a5d34 })
hc.text('GEMEINDE ZAHRE', { font: bold, fontSize: 12, color: 0x2a5d34 })
hc.text('Regione Autonoma Friuli Venezia Giulia', { fontSize: 9.5 })
hc.text('Sauris di Sotto, 91 – 33020 Sauris (UD) – tel. 0433 86076 – comune.sauris@certgov.fvg.it', { fontSize: 8.5 })
doc.cell({ paddingTop: 6, borderBottomWidth: 1.2, borderColor: 0x2a5d34 })

doc.cell({ paddingTop: 10 }).text('Prot. n. 1203 del 10/04/2026', { fontSize: 9, textAlign: 'right', font: ital })
const box = doc.cell({ borderWidth: 1, padding: 8, marginTop: 8 })
box.text('ORDINANZA N. 6/2026', { font: bold, fontSize: 15, textAlign: 'center' })
box.text('ordinanza sindacale in materia di circolazione stradale', { fontSize: 9, textAlign: 'center', font: ital })

const o = doc.table({ widths: [70, null], borderWidth: 0, marginTop: 12 })
const or_ = o.row()
or_.cell('OGGETTO:', { font: bold })
or_.cell('Chiusura temporanea al transito veicolare della strada comunale Sauris di Sopra – Lateis per lavori di consolidamento del versante, dal 20 aprile al 15 maggio 2026.', { font: bold })

const P = (t) => doc.text(t, { textAlign: 'justify', marginTop: 0 })
doc.cell({ paddingTop: 10 }).text('IL SINDACO', { font: bold, fontSize: 13, textAlign: 'center' })
doc.cell({ paddingTop: 6 })
P('PREMESSO che con deliberazione della Giunta Comunale n. 19 del 13/03/2026 è stato approvato il progetto esecutivo dei lavori di consolidamento del versante a monte della strada comunale Sauris di Sopra – Lateis, interessato da fenomeni franosi nel corso dell’inverno 2025/2026;')
doc.cell({ paddingTop: 4 })
P('VISTA la nota della Direzione Lavori del 07/04/2026, acquisita al prot. n. 1188, con cui si rappresenta la necessità di interdire il transito per l’intera durata delle lavorazioni, stante l’impiego di mezzi d’opera sulla sede stradale e il rischio di caduta di materiale;')
doc.cell({ paddingTop: 4 })
P('RITENUTO di dover adottare i provvedimenti necessari a tutela della pubblica incolumità;')
doc.cell({ paddingTop: 4 })
P('VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione, nonché l’art. 50 del D.Lgs. 267/2000;')
doc.cell({ paddingTop: 10 }).text('O R D I N A', { font: bold, fontSize: 13, textAlign: 'center' })
const L = doc.table({ widths: [18, null], borderWidth: 0, marginTop: 6 })
for (const t of [
  'la chiusura al transito veicolare e pedonale della strada comunale Sauris di Sopra – Lateis, nel tratto compreso tra il bivio per la località Velt e l’abitato di Lateis, dalle ore 8:00 del 20 aprile 2026 alle ore 18:00 del 15 maggio 2026;',
  'l’istituzione del divieto di sosta con rimozione forzata su entrambi i lati della carreggiata nel medesimo tratto e per il medesimo periodo;',
  'l’esclusione dal divieto dei mezzi dell’impresa esecutrice, dei mezzi di soccorso e delle Forze dell’ordine, nonché dei residenti di Lateis limitatamente alla fascia oraria 18:00 – 7:30, previa comunicazione all’Ufficio Tecnico.']) {
  const r = L.row(); r.cell('•', { textAlign: 'center' }); r.cell(t, { textAlign: 'justify', paddingBottom: 4 })
}
doc.cell({ paddingTop: 8 })
P('DISPONE che l’impresa esecutrice provveda all’installazione della prescritta segnaletica e della deviazione sul percorso alternativo per Lateis lungo la strada della Val Pesarina, e che la presente ordinanza sia pubblicata all’Albo pretorio on line e trasmessa alla Stazione Carabinieri di Ampezzo e al Corpo di Polizia Locale.')
doc.cell({ paddingTop: 4 })
P('AVVERTE che contro il presente provvedimento è ammesso ricorso al T.A.R. del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione ovvero, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
doc.cell({ paddingTop: 14 }).text('Sauris, 10 aprile 2026')
const s = doc.cell({ paddingTop: 6, paddingLeft: 280 })
s.text('IL SINDACO', { font: bold, textAlign: 'center' })
s.text('Ermes Petris', { textAlign: 'center' })
s.text('(firmato digitalmente)', { fontSize: 8.5, textAlign: 'center', font: ital })
doc.end().then(() => {})
