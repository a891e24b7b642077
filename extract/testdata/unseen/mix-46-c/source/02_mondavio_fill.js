// Fills the Mondavio Consiglio template with docxtemplater (as a web application's
// "genera documento" step would), writes the .docx that LibreOffice then converts to PDF.
// usage: node 02_mondavio_fill.js template.docx out.docx   (NODE_PATH must reach docxtemplater, pizzip)
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [tpl, out] = process.argv.slice(2);
const doc = new Docxtemplater(new PizZip(fs.readFileSync(tpl, "binary")), {
  paragraphLoop: true,
  linebreaks: true,
});
const X = "X";
doc.render({
  numero: "9",
  data: "26/02/2026",
  oggetto:
    "Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifica degli articoli 12 e 27.",
  tipo_seduta: "ordinaria",
  convocazione: "prima",
  anno_lettere: "duemilaventisei",
  giorno_lettere: "ventisei",
  mese: "febbraio",
  ora: "21:00",
  appello: [
    { nome: "CESARONI ALBERTO", carica: "Sindaco", p: X, a: "" },
    { nome: "GIULIANI MARTA", carica: "Consigliere", p: X, a: "" },
    { nome: "BARTOLUCCI ENRICO", carica: "Consigliere", p: X, a: "" },
    { nome: "PIERINI SARA", carica: "Consigliere", p: X, a: "" },
    { nome: "MARCHETTI DAVIDE", carica: "Consigliere", p: "", a: X },
    { nome: "ROMAGNOLI FEDERICA", carica: "Consigliere", p: X, a: "" },
    { nome: "TOMASSINI LUIGI", carica: "Consigliere", p: X, a: "" },
    { nome: "SERAFINI ANNALISA", carica: "Consigliere", p: X, a: "" },
    { nome: "DOMINICI PAOLO", carica: "Consigliere", p: X, a: "" },
    { nome: "FABBRI CHIARA", carica: "Consigliere", p: "", a: X },
    { nome: "BRUSCHI MATTEO", carica: "Consigliere", p: X, a: "" },
  ],
  presenti: "9",
  assenti: "2",
  segretario_ruolo: "Segretario Comunale",
  segretario: "Dott. Michele Paolucci",
  presidente_testo: "l'Avv. Alberto Cesaroni, nella sua qualità di Sindaco,",
  presidente_firma: "Avv. Alberto Cesaroni",
  premesse: [
    "Udita la relazione dell'Assessore al Bilancio, che illustra le modifiche proposte alla disciplina delle esenzioni per le occupazioni temporanee connesse a manifestazioni promosse dalle associazioni del territorio e alla misura delle riduzioni per i mercati straordinari;",
    "Richiamata la propria deliberazione n. 5 del 25/03/2021, con la quale è stato approvato il Regolamento per la disciplina del canone di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160, successivamente modificato con deliberazione n. 31 del 29/07/2024;",
    "Visto l'art. 52 del D.Lgs. 15 dicembre 1997, n. 446, in materia di potestà regolamentare degli enti locali;",
    "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 3 del 16/02/2026, ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Dato atto che, dopo la relazione, interviene il Consigliere Bruschi, il quale annuncia il voto contrario del gruppo di minoranza “Mondavio Futura”, ritenendo insufficienti le riduzioni previste per gli ambulanti;",
  ],
  votazione:
    "presenti n. 9, votanti n. 8, voti favorevoli n. 6, voti contrari n. 2 (Bruschi, Dominici), astenuti n. 1 (Serafini)",
  punti: [
    { n: "1", testo: "di approvare le modifiche agli articoli 12 e 27 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo riportato nell'allegato “A” che forma parte integrante e sostanziale del presente atto;" },
    { n: "2", testo: "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;" },
    { n: "3", testo: "di disporre la pubblicazione del regolamento aggiornato nella sezione “Amministrazione trasparente” del sito istituzionale." },
  ],
  ie:
    "Successivamente, con separata votazione che riporta il medesimo esito (presenti n. 9, votanti n. 8, favorevoli n. 6, contrari n. 2, astenuti n. 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.",
  pubblicazione:
    "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 04/03/2026 al 19/03/2026 (reg. pubbl. n. 187).\nMondavio, lì 04/03/2026 – Il Messo Comunale Sonia Paci",
});
fs.writeFileSync(out, doc.getZip().generate({ type: "nodebuffer" }));
