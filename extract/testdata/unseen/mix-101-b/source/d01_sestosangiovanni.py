# Sesto San Giovanni: writes an HTML minute (opened by LibreOffice Writer and exported to PDF)
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import SESTO
rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{r}</td><td>{g}</td><td align=center>{'X' if p else ''}</td><td align=center>{'' if p else 'X'}</td><td>{nt}</td></tr>"
               for i,(n,r,g,p,nt) in enumerate(SESTO,1))
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Sans';font-size:10pt}} td,th{{border:1px solid #000;padding:1px 4px;font-size:9pt}}
table{{border-collapse:collapse}} h1{{font-size:15pt;text-align:center;margin:0}} h2{{font-size:11pt;text-align:center;margin:2pt}}
</style></head><body>
<h1>CITTÀ DI SESTO SAN GIOVANNI</h1><h2>Città Metropolitana di Milano – Medaglia d'Oro al Valor Militare</h2>
<p align=center><b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b></p>
<table width=100%><tr><td><b>N. 14 del 9.3.2026</b></td><td>Seduta pubblica ordinaria di prima convocazione</td></tr>
<tr><td colspan=2><b>OGGETTO:</b> Approvazione del Piano di Governo del Territorio (PGT) – variante generale al Piano delle Regole e al Piano dei Servizi – controdeduzioni alle osservazioni.</td></tr></table>
<p>L'anno duemilaventisei, il giorno nove del mese di marzo, alle ore 19:00, nella sala consiliare del Palazzo Comunale di piazza della Resistenza, previo avviso scritto notificato a norma di Regolamento, si è riunito il Consiglio Comunale.</p>
<p>Presiede la Presidente del Consiglio Comunale sig.ra Manuela Caruso. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Generale dott. Gianfranco Lattuada.</p>
<p>All'appello nominale risultano:</p>
<table width=100%><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Gruppo consiliare</th><th>Pres.</th><th>Ass.</th><th>Note</th></tr>{rows}</table>
<p>Presenti n. 22 – Assenti n. 3. La Presidente, riconosciuta la validità della seduta, dichiara aperta la discussione sull'argomento in oggetto.</p>
<p>Sono presenti, senza diritto di voto, gli Assessori Tremolada, Casiraghi e Pessina.</p>
<p><b>IL CONSIGLIO COMUNALE</b></p>
<p>Premesso che con deliberazione del Consiglio Comunale n. 41 del 18.9.2025 è stata adottata la variante generale al Piano delle Regole e al Piano dei Servizi del vigente PGT; che nei termini sono pervenute n. 87 osservazioni, istruite dal Settore Governo del Territorio; visti il parere della Commissione consiliare Territorio del 26.2.2026 e i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
<p>Dato atto che nel corso della discussione il consigliere Ornaghi ha presentato l'<b>emendamento n. 1</b>, volto a stralciare l'ambito di trasformazione ATU-7 "ex Falck – comparto Vulcano", e che la Presidente lo ha posto in votazione prima della proposta, con il seguente esito: presenti 22, votanti 22, favorevoli 8, contrari 14, astenuti 0. L'emendamento n. 1 è <b>respinto</b>.</p>
<p>Dato atto che alle ore 21:10 esce dall'aula la consigliera Sironi (presenti n. 21);</p>
<p>Con voti espressi in forma palese per alzata di mano, con il seguente esito: presenti n. 21, votanti n. 20, favorevoli n. 13, contrari n. 7 (Ornaghi, Crippa, Biffi, Zanaboni, Longoni, Tagliabue, Pirovano), astenuti n. 1 (Vergani);</p>
<p align=center><b>DELIBERA</b></p>
<ol><li>di controdedurre alle osservazioni pervenute come indicato nell'Allegato A, che forma parte integrante del presente atto;</li>
<li>di approvare definitivamente la variante generale al Piano delle Regole e al Piano dei Servizi del PGT, composta dagli elaborati elencati nell'Allegato B;</li>
<li>di demandare al Settore Governo del Territorio la pubblicazione sul BURL e sul portale regionale ai sensi dell'art. 13 della L.R. 12/2005;</li>
<li>di dare atto che la variante acquista efficacia dalla data di pubblicazione dell'avviso di approvazione sul BURL.</li></ol>
<p>Successivamente, con separata votazione (presenti 21, favorevoli 13, contrari 7, astenuti 1), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<table width=100% style="border:none"><tr><td style="border:none">LA PRESIDENTE DEL CONSIGLIO<br>Manuela Caruso</td><td style="border:none" align=right>IL SEGRETARIO GENERALE<br>dott. Gianfranco Lattuada</td></tr></table>
<p style="font-size:8pt">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005.</p>
</body></html>"""
open(sys.argv[1], "w").write(html)
