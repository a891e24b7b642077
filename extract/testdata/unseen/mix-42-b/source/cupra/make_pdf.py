#!/usr/bin/env python3
"""Cupra Marittima: certificate of publication printed by a desktop (Qt 5)
albo client: QTextDocument (HTML subset) -> QPrinter PDF."""
import sys
from PyQt5.QtWidgets import QApplication
from PyQt5.QtGui import QTextDocument, QFont, QPageSize, QPageLayout
from PyQt5.QtPrintSupport import QPrinter
from PyQt5.QtCore import QMarginsF, QSizeF

app = QApplication(sys.argv[:1])
html = """
<table width="100%" cellspacing="0" cellpadding="2"><tr>
<td width="15%" align="center" style="font-size:7pt;color:#555555">[stemma]</td>
<td width="85%"><span style="font-size:17pt;font-weight:bold">COMUNE DI CUPRA MARITTIMA</span><br>
<span style="font-size:10pt">Provincia di Ascoli Piceno</span><br>
<span style="font-size:8.5pt">Servizio Segreteria – Albo Pretorio on line</span></td></tr></table>
<hr>
<p align="center" style="font-size:14pt;font-weight:bold">ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE</p>
<p align="center" style="font-size:10pt">(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)</p>
<br>
<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-color:#000000">
<tr><td width="30%" bgcolor="#eeeeee"><b>Tipo atto</b></td><td>Deliberazione della Giunta Comunale</td></tr>
<tr><td bgcolor="#eeeeee"><b>Numero</b></td><td>19</td></tr>
<tr><td bgcolor="#eeeeee"><b>Data adozione</b></td><td>17/02/2026</td></tr>
<tr><td bgcolor="#eeeeee"><b>Oggetto</b></td><td>Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio gratuito alle associazioni locali.</td></tr>
<tr><td bgcolor="#eeeeee"><b>N. Registro Albo</b></td><td>187/2026</td></tr>
<tr><td bgcolor="#eeeeee"><b>Periodo di pubblicazione</b></td><td>dal 20/02/2026 al 07/03/2026</td></tr>
</table>
<p align="justify" style="font-size:10.5pt">Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,</p>
<p align="center" style="font-size:12pt;font-weight:bold">A T T E S T A</p>
<p align="justify" style="font-size:10.5pt">che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, per quindici giorni consecutivi dal 20/02/2026 al 07/03/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 267/2000, senza che siano pervenuti reclami od opposizioni.</p>
<p align="justify" style="font-size:10.5pt">La deliberazione, dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, è stata contestualmente comunicata ai Capigruppo consiliari con nota prot. n. 1488 del 20/02/2026.</p>
<br>
<p style="font-size:10.5pt">Cupra Marittima, 09/03/2026</p>
<table width="100%"><tr><td width="50%"></td><td width="50%" align="center" style="font-size:10.5pt">IL RESPONSABILE DELLA PUBBLICAZIONE<br><b>Rag. Loredana Pignotti</b><br><span style="font-size:8pt">(firma apposta digitalmente ai sensi del D.Lgs. 82/2005)</span></td></tr></table>
<br>
<hr>
<p style="font-size:7.5pt;color:#444444">AlboWin – stampa attestazione – id pubblicazione 187/2026 – utente: lpignotti – 09/03/2026 09:14</p>
"""
doc = QTextDocument()
doc.setDefaultFont(QFont("Liberation Serif", 10))
doc.setHtml(html)
pr = QPrinter(QPrinter.HighResolution)
pr.setOutputFormat(QPrinter.PdfFormat)
pr.setOutputFileName(sys.argv[1])
pr.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(20, 18, 20, 18), QPageLayout.Millimeter))
pr.setDocName("Attestazione pubblicazione 187/2026")
pr.setCreator("AlboWin 3.2")
doc.print_(pr)
