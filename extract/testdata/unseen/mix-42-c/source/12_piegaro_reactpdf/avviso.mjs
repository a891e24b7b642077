// Unnumbered notice of the Comune di Piegaro, as printed by a municipal web portal whose
// "news" items are exported to PDF with @react-pdf/renderer (no JSX: React.createElement).
import React from 'react';
import { Document, Page, Text, View, StyleSheet, Font, renderToFile } from '@react-pdf/renderer';
const h = React.createElement;
const FD = '/usr/share/fonts/truetype/liberation/';
Font.register({ family: 'LSans', fonts: [
  { src: FD + 'LiberationSans-Regular.ttf' },
  { src: FD + 'LiberationSans-Bold.ttf', fontWeight: 'bold' },
  { src: FD + 'LiberationSans-Italic.ttf', fontStyle: 'italic' } ] });
Font.registerHyphenationCallback(w => [w]);
const blue = '#1d3f72';
const s = StyleSheet.create({
  page: { fontFamily: 'LSans', fontSize: 10.5, paddingTop: 36, paddingBottom: 60, paddingHorizontal: 48, lineHeight: 1.45 },
  band: { flexDirection: 'row', alignItems: 'center', borderBottomWidth: 2, borderBottomColor: blue, paddingBottom: 8, marginBottom: 6 },
  crest: { width: 38, height: 46, borderWidth: 0.8, borderColor: '#999', marginRight: 10, justifyContent: 'flex-end', alignItems: 'center' },
  ente: { fontSize: 18, fontWeight: 'bold', color: blue, lineHeight: 1.15, marginBottom: 2 },
  prov: { fontSize: 9, color: '#333' },
  crumbs: { fontSize: 7.5, color: '#666', marginBottom: 18 },
  area: { fontSize: 9, fontWeight: 'bold', color: blue, marginBottom: 2 },
  date: { fontSize: 9, color: '#444', marginBottom: 14 },
  title: { fontSize: 15, fontWeight: 'bold', marginBottom: 14, color: '#111' },
  p: { textAlign: 'justify', marginBottom: 8 },
  li: { flexDirection: 'row', marginBottom: 4, paddingLeft: 8 },
  box: { borderWidth: 1, borderColor: blue, backgroundColor: '#eef2f8', padding: 8, marginVertical: 8 },
  sig: { marginTop: 22, marginLeft: 250, textAlign: 'center', fontSize: 10 },
  foot: { position: 'absolute', bottom: 24, left: 48, right: 48, borderTopWidth: 0.5, borderTopColor: '#999', paddingTop: 4, fontSize: 7, color: '#555', textAlign: 'center' },
});
const bullet = t => h(View, { style: s.li }, h(Text, { style: { width: 12 } }, '•'), h(Text, { style: { flex: 1, textAlign: 'justify' } }, t));
const doc = h(Document, { title: 'Avviso chiusura cimitero di Pietrafitta', author: 'Comune di Piegaro', producer: 'react-pdf', creator: 'Portale istituzionale - esporta PDF' },
  h(Page, { size: 'A4', style: s.page },
    h(View, { style: s.band },
      h(View, { style: s.crest }, h(Text, { style: { fontSize: 5, color: '#888' } }, 'stemma')),
      h(View, null, h(Text, { style: s.ente }, 'COMUNE DI PIEGARO'), h(Text, { style: s.prov }, 'Provincia di Perugia'))),
    h(Text, { style: s.crumbs }, 'Home  >  Novità  >  Avvisi'),
    h(Text, { style: s.area }, 'AREA TECNICA – Servizio Lavori Pubblici e Manutenzioni'),
    h(Text, { style: s.date }, 'Piegaro, 27 marzo 2026'),
    h(Text, { style: s.title }, 'AVVISO – CHIUSURA TEMPORANEA DEL CIMITERO DI PIETRAFITTA DAL 7 AL 10 APRILE 2026'),
    h(Text, { style: s.p }, 'Si informa la cittadinanza che, per consentire l’esecuzione dei lavori di consolidamento del muro di cinta lato nord e di rifacimento dei vialetti interni del cimitero comunale di Pietrafitta, affidati con determinazione dell’Area Tecnica n. 58 del 16/03/2026, il cimitero resterà chiuso al pubblico'),
    h(View, { style: s.box }, h(Text, { style: { fontWeight: 'bold', textAlign: 'center' } }, 'da martedì 7 aprile a venerdì 10 aprile 2026 compresi.')),
    h(Text, { style: s.p }, 'Durante il periodo di chiusura:'),
    bullet('le operazioni di tumulazione e inumazione eventualmente necessarie saranno garantite previo accordo con l’Ufficio Servizi Cimiteriali, con accesso riservato ai familiari e al personale delle imprese di onoranze funebri;'),
    bullet('non sarà possibile accedere ai loculi e alle tombe di famiglia per la cura e la pulizia delle sepolture;'),
    bullet('il parcheggio antistante il cimitero sarà occupato dal cantiere e non potrà essere utilizzato.'),
    h(Text, { style: [s.p, { marginTop: 6 }] }, 'Il cimitero sarà riaperto con il consueto orario a partire da sabato 11 aprile 2026. L’Amministrazione si scusa per il disagio e ringrazia i cittadini per la collaborazione.'),
    h(Text, { style: s.p }, 'Per informazioni: Ufficio Tecnico comunale, Piazza Matteotti n. 7, Piegaro, dal lunedì al venerdì dalle 9:00 alle 12:30.'),
    h(View, { style: s.sig },
      h(Text, null, 'IL RESPONSABILE DELL’AREA TECNICA'),
      h(Text, { style: { fontWeight: 'bold' } }, 'Geom. Luca Ceccarelli'),
      h(Text, { style: { fontSize: 7.5, fontStyle: 'italic' } }, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005')),
    h(Text, { style: s.foot, fixed: true }, 'Comune di Piegaro – Piazza Matteotti n. 7 – 06066 Piegaro (PG) – Documento pubblicato all’Albo Pretorio on line – Pagina 1 di 1')));
await renderToFile(doc, process.argv[2]);
