# Consiglio Comunale deliberation of the Comune di Troina, written as XSL-FO
# (the way Java document-management suites render their "stampa atto"
# through Apache FOP). Run: python3 02_troina.py out.fo ; fop -fo out.fo -pdf x.pdf
import sys
from xml.sax.saxutils import escape as e

councillors = [  # numbered row-wise in a two-column roll
    ('LO GIUDICE SALVATORE', 'Presidente', True),
    ('SCHILLACI ROSALIA', 'Consigliere', True),
    ('FIORENZA GIUSEPPE', 'Vice Presidente', True),
    ('PIDALÀ ANTONINO', 'Consigliere', False),
    ('CALCAGNO MARIA CONCETTA', 'Consigliere', True),
    ('MANCUSO FILIPPO', 'Consigliere', True),
    ('SINAGRA LUCIA', 'Consigliere', True),
    ('D\'AMICO CARMELO', 'Consigliere', True),
    ('BONOMO VINCENZO', 'Consigliere', False),
    ('RUSSO GRAZIELLA', 'Consigliere', True),
    ('CASTROGIOVANNI PAOLO', 'Consigliere', True),
    ('ZAMMATARO SEBASTIANO', 'Consigliere', True),
]
subject = ("Regolamento comunale per la disciplina del canone patrimoniale di concessione per "
           "l’occupazione delle aree e degli spazi appartenenti al demanio o al patrimonio "
           "indisponibile, destinati a mercati – Modifica degli articoli 12 e 18.")

def blk(text, **a):
    attrs = ' '.join(f'{k.replace("_","-")}="{v}"' for k, v in a.items())
    return f'<fo:block {attrs}>{text}</fo:block>'

def roll():
    rows = []
    for i in range(0, len(councillors), 2):
        cells = []
        for j in (i, i + 1):
            n, r, p = councillors[j]
            for v, al in ((str(j + 1), 'right'), (e(n), 'left'), (e(r), 'left'), ('P' if p else 'A', 'center')):
                cells.append(f'<fo:table-cell border="0.4pt solid #555" padding="2pt"><fo:block text-align="{al}">{v}</fo:block></fo:table-cell>')
        rows.append('<fo:table-row>' + ''.join(cells) + '</fo:table-row>')
    hdr = ''.join(f'<fo:table-cell border="0.4pt solid #555" padding="2pt" background-color="#e4e4e4"><fo:block font-weight="bold">{h}</fo:block></fo:table-cell>'
                  for h in ['N.', 'Consigliere', 'Carica', 'P/A'] * 2)
    cols = ''.join('<fo:table-column column-width="%s"/>' % w for w in ['0.7cm', '4.6cm', '2.4cm', '0.9cm'] * 2)
    return (f'<fo:table table-layout="fixed" width="100%" font-size="8.5pt" space-before="4pt" space-after="4pt">{cols}'
            f'<fo:table-header><fo:table-row>{hdr}</fo:table-row></fo:table-header><fo:table-body>{"".join(rows)}</fo:table-body></fo:table>')

J = dict(text_align='justify', space_after='4pt')
body = []
body.append(blk('L’anno <fo:inline font-weight="bold">duemilaventisei</fo:inline>, il giorno <fo:inline font-weight="bold">sedici</fo:inline> del mese di <fo:inline font-weight="bold">marzo</fo:inline>, alle ore 19,30 e seguenti, nella sala delle adunanze consiliari del Palazzo Municipale, '
                'a seguito di regolare convocazione del Presidente del Consiglio prot. n. 4412 del 10/03/2026, notificata a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.', **J))
body.append(blk('Presiede la seduta il Presidente del Consiglio Comunale Sig. Salvatore Lo Giudice. Partecipa il Segretario Generale Dott. Calogero Ferrante, che cura la redazione del verbale. Dall’appello nominale effettuato alle ore 19,40 risultano:', **J))
body.append(roll())
body.append(blk('Presenti n. 10 – Assenti n. 2 (Pidalà, Bonomo). Sono presenti, senza diritto di voto, il Sindaco Dott. Alfio Bonanno e gli Assessori Scardino e Fiore. Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in trattazione il punto n. 3 dell’ordine del giorno.', **J))
body.append(blk('IL CONSIGLIO COMUNALE', font_weight='bold', text_align='center', space_before='6pt', space_after='4pt'))
for t in [
    'Vista la proposta di deliberazione n. 9 del 02/03/2026 dell’Area Economico-Finanziaria – Servizio Tributi, allegata al presente atto per farne parte integrante e sostanziale;',
    'Visto l’art. 1, commi 816-847, della Legge 27 dicembre 2019, n. 160;',
    'Richiamata la propria deliberazione n. 7 del 29/03/2021, con la quale è stato approvato il Regolamento per la disciplina del canone di concessione dei mercati;',
    'Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 5 del 09/03/2026;',
    'Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 53 della Legge n. 142/1990, come recepito dalla L.R. n. 48/1991 e successive modifiche;',
    'Udita la relazione dell’Assessore al Bilancio e gli interventi dei Consiglieri Russo e Castrogiovanni, riportati nel resoconto di seduta;',
    'Con la seguente votazione, espressa per alzata di mano e accertata dal Presidente con l’assistenza degli scrutatori Sinagra, Mancuso e Zammataro:']:
    body.append(blk(e(t), **J))
vt = [('Consiglieri presenti', '10'), ('Votanti', '9'), ('Voti favorevoli', '7'), ('Voti contrari', '2 (Russo, Castrogiovanni)'), ('Astenuti', '1 (Zammataro)')]
body.append('<fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="6pt"><fo:table-column column-width="3cm"/><fo:table-column column-width="5cm"/><fo:table-column column-width="5cm"/><fo:table-body>'
            + ''.join(f'<fo:table-row><fo:table-cell><fo:block/></fo:table-cell><fo:table-cell border="0.4pt solid #555" padding="2pt"><fo:block>{a}</fo:block></fo:table-cell><fo:table-cell border="0.4pt solid #555" padding="2pt"><fo:block>{b}</fo:block></fo:table-cell></fo:table-row>' for a, b in vt)
            + '</fo:table-body></fo:table>')
body.append(blk('DELIBERA', keep_with_next='always', font_weight='bold', text_align='center', space_after='4pt', letter_spacing='3pt'))
pts = ['di approvare le modifiche agli articoli 12 (“Assegnazione dei posteggi e graduatoria di spunta”) e 18 (“Riduzioni e maggiorazioni”) del Regolamento comunale per la disciplina del canone di concessione dei mercati, nel testo riportato nell’allegato “A”;',
       'di dare atto che le modifiche hanno effetto dal 1° aprile 2026;',
       'di trasmettere copia della presente al Servizio Tributi e al Comando di Polizia Municipale per gli adempimenti di competenza.']
body.append('<fo:list-block provisional-distance-between-starts="0.8cm" space-after="6pt">' + ''.join(
    f'<fo:list-item space-after="3pt"><fo:list-item-label end-indent="label-end()"><fo:block>{i}.</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">{e(p)}</fo:block></fo:list-item-body></fo:list-item>'
    for i, p in enumerate(pts, 1)) + '</fo:list-block>')
body.append(blk('Successivamente, su proposta del Presidente, con separata votazione (presenti 10, votanti 10, favorevoli 8, contrari 2), il Consiglio Comunale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell’art. 12, comma 2, della L.R. n. 44/1991.', **J))
body.append('<fo:table table-layout="fixed" width="100%" space-before="14pt" font-size="9pt"><fo:table-column column-width="33%"/><fo:table-column column-width="34%"/><fo:table-column column-width="33%"/><fo:table-body><fo:table-row>'
            '<fo:table-cell><fo:block text-align="center" font-weight="bold">IL PRESIDENTE</fo:block><fo:block text-align="center">Salvatore Lo Giudice</fo:block></fo:table-cell>'
            '<fo:table-cell><fo:block text-align="center" font-weight="bold">IL CONSIGLIERE ANZIANO</fo:block><fo:block text-align="center">Rosalia Schillaci</fo:block></fo:table-cell>'
            '<fo:table-cell><fo:block text-align="center" font-weight="bold">IL SEGRETARIO GENERALE</fo:block><fo:block text-align="center">Dott. Calogero Ferrante</fo:block></fo:table-cell>'
            '</fo:table-row></fo:table-body></fo:table>')
body.append(blk('ATTESTAZIONE DI ESECUTIVITÀ', font_weight='bold', font_size='8.5pt', space_before='22pt', border_top='0.6pt solid black', padding_top='3pt'))
body.append(blk('Il sottoscritto Segretario Generale attesta che la presente deliberazione è divenuta esecutiva il 16/03/2026, essendo stata dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. 44/1991), ed è pubblicata all’Albo Pretorio on line dal 19/03/2026 per quindici giorni consecutivi (Reg. n. 612).', font_size='8.5pt', text_align='justify'))
body.append(blk('Il Segretario Generale – Dott. Calogero Ferrante (firmato digitalmente)', font_size='8.5pt', text_align='end', space_before='4pt'))

fo = f'''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Helvetica" font-size="9.5pt">
<fo:layout-master-set>
 <fo:simple-page-master master-name="A4" page-height="29.7cm" page-width="21cm" margin-top="1cm" margin-bottom="1cm" margin-left="1.8cm" margin-right="1.8cm">
  <fo:region-body margin-top="3.4cm" margin-bottom="1.6cm"/>
  <fo:region-before extent="3.2cm"/>
  <fo:region-after extent="1.3cm"/>
 </fo:simple-page-master>
</fo:layout-master-set>
<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Delibera CC 14/2026</dc:title><dc:creator>Protocollo e Atti - modulo Delibere</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>
<fo:page-sequence master-reference="A4">
 <fo:static-content flow-name="xsl-region-before">
  <fo:table table-layout="fixed" width="100%"><fo:table-column column-width="11cm"/><fo:table-column column-width="6.4cm"/><fo:table-body><fo:table-row>
   <fo:table-cell><fo:block font-size="15pt" font-weight="bold">COMUNE DI TROINA</fo:block>
     <fo:block font-size="8.5pt">Libero Consorzio Comunale di Enna</fo:block>
     <fo:block font-size="7.5pt" color="#444">Via Conte Ruggero, 1 – 94018 Troina (EN) – PEC: protocollo@pec.comune.troina.en.it</fo:block>
     <fo:block font-size="7pt" color="#666" space-before="2pt">[stemma comunale]</fo:block></fo:table-cell>
   <fo:table-cell border="0.8pt solid black" padding="4pt">
     <fo:block font-size="8pt" font-weight="bold" text-align="center" background-color="#e4e4e4">DELIBERAZIONE DEL CONSIGLIO COMUNALE</fo:block>
     <fo:block font-size="9pt" space-before="2pt">Numero: <fo:inline font-weight="bold">14</fo:inline></fo:block>
     <fo:block font-size="9pt">Data: <fo:inline font-weight="bold">16/03/2026</fo:inline></fo:block>
     <fo:block font-size="7.5pt">COPIA CONFORME ALL’ORIGINALE DIGITALE</fo:block></fo:table-cell>
  </fo:table-row></fo:table-body></fo:table>
 </fo:static-content>
 <fo:static-content flow-name="xsl-region-after">
  <fo:block border-top="0.4pt solid #777" font-size="7pt" color="#333" padding-top="2pt">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.</fo:block>
  <fo:block font-size="7pt" text-align="end">Delibera C.C. n. 14 del 16/03/2026 – Pag. <fo:page-number/> di <fo:page-number-citation ref-id="end"/></fo:block>
 </fo:static-content>
 <fo:flow flow-name="xsl-region-body">
  <fo:table table-layout="fixed" width="100%" space-after="8pt"><fo:table-column column-width="2.4cm"/><fo:table-column column-width="15cm"/><fo:table-body><fo:table-row>
   <fo:table-cell padding="3pt"><fo:block font-weight="bold">OGGETTO:</fo:block></fo:table-cell>
   <fo:table-cell padding="3pt" border-bottom="0.6pt solid black"><fo:block font-weight="bold" text-align="justify">{e(subject)}</fo:block></fo:table-cell>
  </fo:table-row></fo:table-body></fo:table>
  {''.join(body)}
  <fo:block id="end"/>
 </fo:flow>
</fo:page-sequence>
</fo:root>'''
open(sys.argv[1], 'w', encoding='utf-8').write(fo)
