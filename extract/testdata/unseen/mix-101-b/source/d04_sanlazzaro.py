# San Lazzaro di Savena: writes an HTML minute printed by wkhtmltopdf; roll table with Presente/Assente words and a Note column
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import SANLAZZARO
rows = "".join(f"<tr><td>{n}</td><td>{r}</td><td>{'Presente' if p else 'Assente'}</td><td>{nt}</td></tr>" for n, r, p, nt in SANLAZZARO)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:'DejaVu Sans';font-size:10pt}} table.r{{border-collapse:collapse;width:100%}} table.r td,table.r th{{border:1px solid #333;padding:2px 5px;font-size:9pt}}
table.r th{{background:#dde}} .lh{{border:2px solid #224;padding:6px;text-align:center}} .lh b{{font-size:15pt}} .box td{{border:1px solid #333;padding:3px 8px}}
</style></head><body>
<div class="lh"><b>COMUNE DI SAN LAZZARO DI SAVENA</b><br>Città metropolitana di Bologna<br><small>Piazza Bracci, 1 – 40068 San Lazzaro di Savena (BO)</small></div>
<h3 style="text-align:center">DELIBERAZIONE DEL CONSIGLIO COMUNALE</h3>
<table class="box" style="border-collapse:collapse;width:100%"><tr><td>Delibera n. 11</td><td>Data 12/03/2026</td><td>Ora 18:00</td><td>Proposta n. 27 del 26/02/2026</td></tr></table>
<p><b>OGGETTO: APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEI DEHORS E DELL'OCCUPAZIONE DI SUOLO PUBBLICO PER ATTIVITÀ DI SOMMINISTRAZIONE.</b></p>
<p>Il giorno 12/03/2026, alle ore 18:00, nella Sala consiliare "Renato Bentivogli", si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica, convocato dal Presidente del Consiglio.</p>
<p>Presiede il Presidente del Consiglio Luca Marchi. Assiste il Segretario Generale, dott.ssa Antonella Dall'Olio.</p>
<table class="r"><tr><th>Componente</th><th>Carica</th><th>Presenza</th><th>Note</th></tr>{rows}</table>
<p>PRESENTI: 15 &nbsp;&nbsp; ASSENTI: 2</p>
<p>IL CONSIGLIO COMUNALE</p>
<p>Vista la proposta di deliberazione del Settore Sviluppo Economico e SUAP; richiamati il D.Lgs. 42/2004 e la L.R. 14/2003; visto il parere favorevole della Commissione consiliare Assetto del Territorio del 5/03/2026; acquisiti i pareri favorevoli di regolarità tecnica e contabile;</p>
<p>Dato atto che prima della votazione sono usciti dall'aula i consiglieri Tonelli (ore 19.05) e Zucchini (ore 19.20), come annotato nell'appello;</p>
<p>Con la seguente votazione palese: presenti 13, votanti 12, favorevoli 9, contrari 3 (Barbieri, Rubbi, Taddia), astenuti 1 (Bonora);</p>
<p style="text-align:center"><b>DELIBERA</b></p>
<p>1) di approvare il Regolamento per la disciplina dei dehors e dell'occupazione di suolo pubblico per attività di somministrazione, composto da 24 articoli, allegato quale parte integrante;</p>
<p>2) di abrogare il precedente regolamento approvato con deliberazione consiliare n. 33/2014;</p>
<p>3) di stabilire che il Regolamento entra in vigore il 1° aprile 2026.</p>
<p>Con successiva votazione (presenti 13, favorevoli 9, contrari 3, astenuti 1) la deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<table style="width:100%;margin-top:20px"><tr><td>Il Presidente del Consiglio<br>Luca Marchi</td><td style="text-align:right">Il Segretario Generale<br>dott.ssa Antonella Dall'Olio</td></tr></table>
</body></html>"""
open(sys.argv[1], "w").write(html)
