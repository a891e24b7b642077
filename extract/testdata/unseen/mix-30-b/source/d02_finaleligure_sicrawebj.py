#!/usr/bin/env python3
"""Consiglio deliberation of Comune di Finale Ligure laid out like a
Maggioli Sicr@web J print: letterhead, a label grid with number/date,
roll as a table, vote in a table.  Written as flat ODF (.fodt), converted
by LibreOffice Writer (soffice --convert-to pdf)."""
import subprocess, sys, os
from xml.sax.saxutils import escape as E
out = sys.argv[1]

def p(text, style='Body'):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)

def cell(text, style='Cell', cs=1, pst='CellP'):
    a = ' table:number-columns-spanned="%d"' % cs if cs > 1 else ''
    s = '<table:table-cell table:style-name="%s"%s office:value-type="string">%s</table:table-cell>' % (style, a, p(text, pst))
    s += '<table:covered-table-cell/>' * (cs - 1)
    return s

def table(name, widths, rows):
    cols = ''.join('<table:table-column table:style-name="%s.%s"/>' % (name, chr(65 + i)) for i in range(len(widths)))
    body = ''.join('<table:table-row>%s</table:table-row>' % ''.join(r) for r in rows)
    return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (name, name, cols, body)

def colstyles(name, widths):
    total = sum(widths)
    s = '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="center"/></style:style>' % (name, total)
    for i, w in enumerate(widths):
        s += '<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, chr(65 + i), w)
    return s

subject = "APPROVAZIONE DI MODIFICHE AL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO (ARTT. 4, 7 E 11) CON DECORRENZA 1° APRILE 2026."

grid = table('Grid', [4.2, 3.6, 4.2, 5.0], [
    [cell('<text:span text:style-name="B">DELIBERAZIONE N.</text:span>', 'Lab'), cell('9', 'Val'),
     cell('<text:span text:style-name="B">DATA SEDUTA</text:span>', 'Lab'), cell('26/02/2026', 'Val')],
    [cell('<text:span text:style-name="B">SEDUTA</text:span>', 'Lab'), cell('pubblica', 'Val'),
     cell('<text:span text:style-name="B">CONVOCAZIONE</text:span>', 'Lab'), cell('prima - sessione ordinaria', 'Val')],
    [cell('<text:span text:style-name="B">CODICE MATERIA</text:span>', 'Lab'), cell('01.03', 'Val'),
     cell('<text:span text:style-name="B">PROPOSTA N.</text:span>', 'Lab'), cell('PRCC-2026-11', 'Val')],
])

roll = [('FRASCHERELLI ANDREA', 'Sindaco', 'P'),
        ('REMBADO ELENA', 'Presidente del Consiglio', 'P'),
        ('BERRUTI MATTEO', 'Consigliere', 'P'),
        ('CALLERI FRANCESCA', 'Consigliere', 'P'),
        ('DELFINO GIORGIO', 'Consigliere', 'P'),
        ('FERRO MARINA', 'Consigliere', 'A'),
        ('GAGGERO LUCA', 'Consigliere', 'P'),
        ('MAGLIO STEFANIA', 'Consigliere', 'P'),
        ('NAVONE FABRIZIO', 'Consigliere', 'P'),
        ('OLIVERI CARLA', 'Consigliere', 'P'),
        ('PASTORINO DAVIDE', 'Consigliere', 'P'),
        ('ROSCIANO ILARIA', 'Consigliere', 'P'),
        ('SCARRONE PIETRO', 'Consigliere', 'A'),
        ('TORTAROLO GIULIA', 'Consigliere', 'P'),
        ('VALLARINO SIMONE', 'Consigliere', 'P'),
        ('VIGNOLO ROBERTA', 'Consigliere', 'P'),
        ('ZUNINO MARCO', 'Consigliere', 'P')]
rrows = [[cell('<text:span text:style-name="B">Cognome e Nome</text:span>', 'Hd'), cell('<text:span text:style-name="B">Carica</text:span>', 'Hd'), cell('<text:span text:style-name="B">Presente</text:span>', 'Hd', pst='CellC'), cell('<text:span text:style-name="B">Assente</text:span>', 'Hd', pst='CellC')]]
for n, r, s in roll:
    rrows.append([cell(n), cell(r), cell('X' if s == 'P' else '', pst='CellC'), cell('X' if s == 'A' else '', pst='CellC')])
rrows.append([cell('<text:span text:style-name="B">Totale</text:span>', cs=2), cell('<text:span text:style-name="B">15</text:span>', pst='CellC'), cell('<text:span text:style-name="B">2</text:span>', pst='CellC')])
rolltab = table('Roll', [6.6, 5.4, 2.4, 2.4], rrows)

vote = table('Vote', [4.0, 2.0, 11.0], [
    [cell('<text:span text:style-name="B">Presenti</text:span>', 'Hd'), cell('15', pst='CellC'), cell('')],
    [cell('<text:span text:style-name="B">Votanti</text:span>', 'Hd'), cell('14', pst='CellC'), cell('')],
    [cell('<text:span text:style-name="B">Favorevoli</text:span>', 'Hd'), cell('11', pst='CellC'), cell('')],
    [cell('<text:span text:style-name="B">Contrari</text:span>', 'Hd'), cell('3', pst='CellC'), cell('Berruti, Navone, Vignolo')],
    [cell('<text:span text:style-name="B">Astenuti</text:span>', 'Hd'), cell('1', pst='CellC'), cell('Tortarolo')],
])
vote2 = vote.replace('table:name="Vote"', 'table:name="Vote2"')

body = []
B = body.append
B(p('<text:span text:style-name="B">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</text:span>', 'Title'))
B(p('ORIGINALE', 'CenterSmall'))
B(grid)
B(p('', 'Body'))
B(p('<text:span text:style-name="B">OGGETTO:</text:span> ' + E(subject), 'Subject'))
B(p("L'anno <text:span text:style-name=\"B\">duemilaventisei</text:span>, il giorno <text:span text:style-name=\"B\">ventisei</text:span> del mese di <text:span text:style-name=\"B\">febbraio</text:span>, alle ore <text:span text:style-name=\"B\">20:30</text:span>, nella Sala Consiliare del Palazzo Comunale di Via Pertica, convocato nei modi di legge, si è riunito il Consiglio Comunale in seduta pubblica di prima convocazione.", 'Body'))
B(p('Risultano all\'appello nominale:', 'Body'))
B(rolltab)
B(p('', 'Body'))
B(p("Partecipa il Segretario Generale <text:span text:style-name=\"B\">Dott. Marco Parodi</text:span>, incaricato della redazione del verbale.", 'Body'))
B(p("Riconosciuto legale il numero degli intervenuti, la <text:span text:style-name=\"B\">Sig.ra Elena Rembado</text:span>, in qualità di Presidente del Consiglio, dichiara aperta la seduta e pone in discussione l'argomento indicato in oggetto, iscritto al punto 3 dell'ordine del giorno.", 'Body'))
B(p('IL CONSIGLIO COMUNALE', 'Center'))
for t in ["Udita la relazione dell'Assessore al Bilancio e Tributi, il cui intervento, unitamente a quelli dei Consiglieri, è registrato su supporto digitale conservato agli atti;",
          "Richiamato l'art. 4 del D.Lgs. 14 marzo 2011, n. 23, che consente ai comuni inclusi negli elenchi regionali delle località turistiche di istituire un'imposta di soggiorno a carico di coloro che alloggiano nelle strutture ricettive situate sul proprio territorio;",
          "Richiamata la propria deliberazione n. 61 del 28/11/2023, con la quale è stato approvato il vigente Regolamento comunale per l'applicazione dell'imposta di soggiorno;",
          "Ritenuto di modificare gli articoli 4 (Esenzioni), 7 (Obblighi dei gestori) e 11 (Sanzioni) del Regolamento, come da testo coordinato allegato alla presente sotto la lettera \"A\";",
          "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 4 del 16/02/2026 ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Dirigente del Settore Finanziario;",
          "Dato atto che la Commissione consiliare Bilancio ha esaminato la proposta nella seduta del 19/02/2026;",
          "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"]:
    B(p(E(t), 'Body'))
B(vote)
B(p('DELIBERA', 'Center'))
for i, t in enumerate(["di approvare le modifiche agli articoli 4, 7 e 11 del Regolamento comunale per l'applicazione dell'imposta di soggiorno, nel testo coordinato allegato sotto la lettera \"A\" quale parte integrante e sostanziale;",
                       "di stabilire che le modifiche decorrono dal 1° aprile 2026;",
                       "di disporre la trasmissione della presente deliberazione al Ministero dell'Economia e delle Finanze, Dipartimento delle Finanze, mediante inserimento nel Portale del federalismo fiscale, ai sensi dell'art. 13, comma 15, del D.L. 201/2011."], 1):
    B(p('%d. %s' % (i, E(t)), 'Point'))
B(p("Quindi, con separata votazione dall'esito identico a quello sopra riportato (presenti 15, votanti 14, favorevoli 11, contrari 3, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", 'Body'))
B(p('Letto, approvato e sottoscritto.', 'Body'))
sig = table('Sig', [8.5, 8.5], [
    [cell('IL PRESIDENTE DEL CONSIGLIO', 'None', pst='CellC'), cell('IL SEGRETARIO GENERALE', 'None', pst='CellC')],
    [cell('Elena Rembado', 'None', pst='CellC'), cell('Dott. Marco Parodi', 'None', pst='CellC')],
    [cell('(documento firmato digitalmente)', 'None', pst='Small'), cell('(documento firmato digitalmente)', 'None', pst='Small')],
])
B(sig)

styles = colstyles('Grid', [4.2, 3.6, 4.2, 5.0]) + colstyles('Roll', [6.6, 5.4, 2.4, 2.4]) + colstyles('Vote', [4.0, 2.0, 11.0]) + colstyles('Sig', [8.5, 8.5])

doc = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd02_template.fodt'), encoding='utf-8').read()
doc = doc.replace('@@AUTOSTYLES@@', styles).replace('@@BODY@@', '\n'.join(body))
open('/tmp/d02.fodt', 'w', encoding='utf-8').write(doc)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', '/tmp', '/tmp/d02.fodt'], check=True, stdout=subprocess.DEVNULL)
os.replace('/tmp/d02.pdf', out)
