# HTML page opened by LibreOffice Writer; R.G. number only in the closing certificate on the last page
import sys, html
from acts import A, PREM
a = A["castelforte"]; e = html.escape
pts = "".join("<p style='text-align:justify'>%d. %s</p>" % (i, e(p)) for i, p in enumerate(a["pts"], 1))
prem = "".join("<p style='text-align:justify'>%s</p>" % e(p) for p in PREM + [
  "PREMESSO che con determinazione n. 402 del 28/04/2025 il servizio di assistenza domiciliare è stato affidato alla Cooperativa Sociale “Aurunca Solidale” fino al 30/04/2026;",
  "CONSIDERATO che la nuova procedura di gara, avviata dalla Centrale Unica di Committenza, non si concluderà prima del 31/07/2026 e che occorre garantire la continuità di un servizio essenziale;"])
doc = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Serif';font-size:11pt}}</style></head><body>
<p align="center"><b><font size="5">{e(a['muni'])}</font></b><br>{e(a['prov'])}<br><i>Via Municipio, 1 – 04021 Castelforte (LT)</i></p><hr>
<table width="100%" border="0"><tr><td><b>{e(a['organ'])}</b><br>{e(a['office'])}</td>
<td align="right">Proposta n. {a['prop']} del {a['propdate']}</td></tr></table>
<p align="center"><b><font size="4">DETERMINAZIONE N. {a['sec']} DEL {a['secdate']}</font></b><br>(numerazione del Settore)</p>
<table width="100%" border="1" cellpadding="6"><tr><td width="15%" valign="top"><b>OGGETTO:</b></td><td valign="top"><b>{e(a['subj'])}</b></td></tr></table>
<p align="center"><b>IL RESPONSABILE DEL SETTORE</b></p>{prem}
<p align="center"><b>D E T E R M I N A</b></p>{pts}
<p align="right">{e(a['sign'])}<br>{e(a['signer'])}</p>
<p style="page-break-before:always" align="center"><b>VISTO DI REGOLARITÀ CONTABILE</b></p>
<p>Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. 244/2026.</p>
<p align="right">Il Responsabile del Settore Finanziario<br>Dott. Ernesto Cardillo</p><hr>
<p align="center"><b>CERTIFICATO DI REGISTRAZIONE E PUBBLICAZIONE</b></p>
<p style="text-align:justify">La presente determinazione è stata registrata al n. {a['rg']} del Registro Generale in data {a['rgdate']} e viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi dal 10/04/2026.</p>
<p align="right">Il Messo Comunale<br>Giovanni Ruggiero</p></body></html>"""
open(sys.argv[1], "w").write(doc)
