# Ente Parco Nazionale delle Cinque Terre - Deliberazione del Consiglio Direttivo
# HTML printed by Chromium (as web-based act managers like J-Iride print), roll in two side-by-side halves.
import os, subprocess, tempfile, shutil, html
from common import save_key, out

FN = 'deliberazione-parcocinqueterre-jiride.pdf'
SUBJ = 'Approvazione del Regolamento per il rilascio del nulla osta agli interventi di manutenzione dei muretti a secco e dei terrazzamenti agricoli.'
roll = [('Bonanni Lorenzo', 'Presidente', True), ('Pasini Marta', 'Vicepresidente', True),
        ('Lucchi Giacomo', 'Consigliere', True), ('Ferrari Renato', 'Consigliere', False),
        ('Cozzani Ilaria', 'Consigliere', True), ('Bianchini Davide', 'Consigliere', True),
        ('Raffo Andrea', 'Consigliere', True), ('Tognoni Silvia', 'Consigliere', False)]
def cells(i):
    n, r, pr = roll[i]
    return '<td class="n">%d</td><td>%s</td><td>%s</td><td class="c">%s</td><td class="c">%s</td>' % (i + 1, html.escape(n), r, 'X' if pr else '', '' if pr else 'X')
half = len(roll) // 2
rows = ''.join('<tr>%s<td class="gap"></td>%s</tr>' % (cells(i), cells(i + half)) for i in range(half))
H = '''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Deliberazione del Consiglio Direttivo n. 7/2026</title>
<style>
@page { size: A4; margin: 18mm 17mm 10mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; line-height: 1.38; color: #111; }
.head { display: flex; align-items: center; border-bottom: 2px solid #2d6a2d; padding-bottom: 6px; }
.logo { width: 62px; height: 62px; border-radius: 50%; background: #2d6a2d; color: #fff; font: bold 8pt 'DejaVu Sans'; display:flex; align-items:center; justify-content:center; text-align:center; margin-right: 12px; }
.ente { font-size: 14.5pt; font-weight: bold; color: #2d6a2d; letter-spacing: .5px; }
.addr { font-size: 7.8pt; color: #444; }
.reg { margin: 14px 0 8px 0; border: 1px solid #777; }
.reg td { padding: 3px 7px; font-size: 9pt; }
.reg .t { background: #e8efe8; font-weight: bold; font-size: 11pt; text-align: center; }
h2 { text-align: center; font-size: 10.5pt; margin: 12px 0 4px; letter-spacing: 3px; }
.ogg { border-left: 4px solid #2d6a2d; padding: 4px 8px; margin: 8px 0 10px; font-weight: bold; }
table.roll { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 6px 0; }
table.roll th, table.roll td { border: 1px solid #999; padding: 2px 4px; }
table.roll th { background: #eee; font-weight: bold; }
table.roll td.gap { border: none; width: 10px; }
td.c { text-align: center; width: 22px; } td.n { text-align: right; width: 14px; }
p { text-align: justify; margin: 4px 0; }
ol { margin: 4px 0 4px 0; padding-left: 22px; } ol li { text-align: justify; margin-bottom: 3px; }
.firme { display: flex; justify-content: space-between; margin-top: 22px; text-align: center; }
.firme div { width: 45%; }
.pubbl { margin-top: 18px; border: 1px dashed #555; padding: 6px 8px; font-size: 8.2pt; }
.foot { font-size: 7pt; color: #555; border-top: 1px solid #bbb; padding-top: 2px; text-align: center; height: 9mm; vertical-align: bottom; }
table.page { width: 100%; border-collapse: collapse; } table.page > tbody > tr > td { padding: 0; }
</style></head><body>
<table class="page"><tfoot><tr><td class="foot">Ente Parco Nazionale delle Cinque Terre – Deliberazione del Consiglio Direttivo n. 7 del 09/03/2026 – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate</td></tr></tfoot><tbody><tr><td>
<div class="head"><div class="logo">PARCO<br>5 TERRE</div><div><div class="ente">ENTE PARCO NAZIONALE DELLE CINQUE TERRE</div>
<div class="addr">Via Discovolo snc – 19017 Manarola (SP) – C.F. 91030050114 – PEC parconazionale5terre@legalmail.it</div></div></div>
<table class="reg" width="100%"><tr><td class="t" colspan="4">DELIBERAZIONE DEL CONSIGLIO DIRETTIVO</td></tr>
<tr><td>Numero</td><td><b>7</b></td><td>Data</td><td><b>09/03/2026</b></td></tr>
<tr><td>Proposta n.</td><td>11 del 02/03/2026</td><td>Ufficio proponente</td><td>Servizio Pianificazione e Tutela del Paesaggio</td></tr></table>
<div class="ogg">OGGETTO: ''' + html.escape(SUBJ) + '''</div>
<p>L'anno duemilaventisei, il giorno nove del mese di marzo, alle ore 15:00, presso la sede dell'Ente in Manarola, a seguito di regolare convocazione prot. n. 1288 del 27/02/2026, si è riunito il Consiglio Direttivo dell'Ente Parco Nazionale delle Cinque Terre, nelle persone dei Signori:</p>
<table class="roll"><tr><th>#</th><th>Componente</th><th>Carica</th><th>P</th><th>A</th><th class="gap" style="border:none;background:none"></th><th>#</th><th>Componente</th><th>Carica</th><th>P</th><th>A</th></tr>''' + rows + '''</table>
<p style="font-size:8.2pt">(P = presente; A = assente). Presenti n. 6, assenti n. 2.</p>
<p>Presiede la seduta il Presidente dell'Ente, Dott. Lorenzo Bonanni, il quale, constatata la presenza del numero legale, dichiara aperta la seduta. Assiste con funzioni di Segretario verbalizzante il Direttore dell'Ente, Arch. Paolo Ghiglione.</p>
<h2>IL CONSIGLIO DIRETTIVO</h2>
<p>VISTA la legge 6 dicembre 1991, n. 394, legge quadro sulle aree protette, e in particolare l'articolo 13, concernente il nulla osta dell'Ente Parco;</p>
<p>VISTO il D.P.R. 6 ottobre 1999, istitutivo dell'Ente Parco Nazionale delle Cinque Terre, e il vigente Statuto dell'Ente;</p>
<p>VISTO il Piano del Parco approvato con deliberazione del Consiglio regionale della Liguria n. 35 del 25/11/2002 e successive varianti;</p>
<p>CONSIDERATO che la manutenzione dei muretti a secco costituisce presidio essenziale contro il dissesto idrogeologico del territorio terrazzato e che è interesse dell'Ente semplificare i procedimenti per gli interventi di modesta entità eseguiti dai conduttori dei fondi;</p>
<p>VISTA la proposta di Regolamento predisposta dal Servizio Pianificazione e Tutela del Paesaggio, composta da 14 articoli e da due allegati tecnici, esaminata dalla Comunità del Parco nella seduta del 20/02/2026;</p>
<p>ACQUISITO il parere favorevole di regolarità tecnica del Direttore e dato atto che il presente provvedimento non comporta oneri a carico del bilancio dell'Ente;</p>
<p>UDITO l'intervento del Consigliere Lucchi, che dichiara voto contrario ritenendo necessario un ulteriore confronto con le associazioni agricole;</p>
<p>CON voti favorevoli n. 5 e contrari n. 1 (Consigliere Lucchi), espressi per alzata di mano dai n. 6 componenti presenti;</p>
<h2>DELIBERA</h2>
<ol>
<li>di approvare il Regolamento per il rilascio del nulla osta agli interventi di manutenzione dei muretti a secco e dei terrazzamenti agricoli, composto da 14 articoli e da due allegati tecnici, che allegato alla presente ne costituisce parte integrante e sostanziale;</li>
<li>di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'albo on line dell'Ente;</li>
<li>di trasmettere la presente deliberazione al Ministero dell'Ambiente e della Sicurezza Energetica per gli adempimenti di vigilanza di cui all'articolo 9 della legge n. 394/1991.</li>
</ol>
<p>Successivamente, con separata votazione unanime, il Consiglio Direttivo dichiara il presente atto immediatamente eseguibile.</p>
<div class="firme"><div>IL PRESIDENTE<br><b>Dott. Lorenzo Bonanni</b><br><i style="font-size:8pt">firmato digitalmente</i></div>
<div>IL SEGRETARIO VERBALIZZANTE<br><b>Arch. Paolo Ghiglione</b><br><i style="font-size:8pt">firmato digitalmente</i></div></div>
<div class="pubbl"><b>PUBBLICAZIONE</b> – La presente deliberazione è pubblicata all'Albo on line dell'Ente dal 13/03/2026 al 28/03/2026 (registro pubblicazioni n. 96).</div>
</td></tr></tbody></table></body></html>'''
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'delibera.html'); open(src, 'w').write(H)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=' + tmp + '/c',
                '--print-to-pdf=' + out(FN), 'file://' + src], check=True, capture_output=True)
save_key({"file": FN, "role": "act",
 "what": "deliberation 7/2026 of the Consiglio Direttivo of the Cinque Terre national park (Chromium HTML print): register box, roll in two side-by-side halves with P/A columns, vote 5 to 1 in prose, numbered points",
 "operative_points": 3,
 "act": {"municipality": "Ente Parco Nazionale delle Cinque Terre", "organ": "Consiglio Direttivo", "kind": "deliberazione", "number": 7,
         "date": "2026-03-09", "time": "15:00", "subject": SUBJ,
         "proposing_office": "Servizio Pianificazione e Tutela del Paesaggio", "proposal_number": 11, "proposal_date": "2026-03-02",
         "attendees": [{"name": n, "role": r, "present": pr} for n, r, pr in roll],
         "president": {"title": "Dott.", "role": "Presidente", "name": "Lorenzo Bonanni"},
         "secretary": {"title": "Arch.", "role": "Segretario verbalizzante", "name": "Paolo Ghiglione"},
         "vote": "majority", "vote_counts": {"present": 6, "in_favour": 5, "against": 1}, "immediately_executive": True}})
