#!/usr/bin/env python3
"""Carmiano (LE) - graduatoria provvisoria ERP, HTML for wkhtmltopdf (build.sh).
House style "halley": centred letterhead, protocol at left, the Settore under
the title, an OGGETTO label, the roll of applicants in two columns side by
side, place and date at left and signature at right."""
import sys, random
out = sys.argv[1] if len(sys.argv) > 1 else "c3.html"
random.seed(18112027)
N = 46
rows = []
prot = 9020
for i in range(N):
    prot += random.randint(4, 90)
    pts = random.randint(3, 22) + random.choice([0, 0.5])
    comp = random.randint(1, 6)
    rows.append((prot, pts, comp))
rows.sort(key=lambda r: (-r[1], r[0]))
half = (N + 1) // 2


def cellset(i):
    if i >= N:
        return "<td></td><td></td><td></td><td></td>"
    p, pts, comp = rows[i]
    s = ("%.1f" % pts).replace(".", ",")
    return "<td class=n>%d</td><td>%d/2027</td><td class=n>%d</td><td class=n>%s</td>" % (i + 1, p, comp, s)


trs = "\n".join("<tr>%s<td class=sep></td>%s</tr>" % (cellset(i), cellset(i + half)) for i in range(half))
html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Graduatoria provvisoria ERP 2027</title>
<style>
body { font-family: "Liberation Serif", serif; font-size: 11.5pt; margin: 0 4mm; zoom: 1.32; }
.lh { text-align: center; border-bottom: 1.5px solid #7a1f1f; padding-bottom: 2mm; }
.lh .n { font-size: 20pt; font-weight: bold; color: #7a1f1f; }
.lh .p { font-style: italic; }
.lh .a { font-size: 8pt; }
.prot { margin: 3mm 0 8mm 0; font-size: 10pt; }
h1 { text-align: center; font-size: 14pt; margin: 0; }
.unit { text-align: center; font-weight: bold; margin: 2mm 0 6mm 0; }
table.ogg td { vertical-align: top; font-weight: bold; }
p { text-align: justify; margin: 0 0 2.5mm 0; line-height: 1.3; }
table.roll { border-collapse: collapse; width: 100%%; font-size: 10pt; margin: 3mm 0 4mm 0; }
table.roll th { border-bottom: 1px solid #000; text-align: left; padding: 1mm 1.5mm; font-size: 9pt; }
table.roll td { padding: 0.6mm 1.5mm; border-bottom: 0.4px solid #bbb; }
table.roll td.n { text-align: right; }
table.roll td.sep, table.roll th.sep { width: 8mm; border: none; }
.sig { width: 100%%; margin-top: 10mm; }
.sig td { vertical-align: top; width: 50%%; }
.sig .r { text-align: center; }
.foot { text-align: center; font-size: 7.5pt; border-top: 0.5px solid #999; margin-top: 12mm; padding-top: 1mm; }
</style></head><body>
<div class="lh"><div class="n">COMUNE DI CARMIANO</div><div class="p">Provincia di Lecce</div>
<div class="a">Piazza Assunta, 1 – 73041 Carmiano (LE) – tel. 0832 600 200 – protocollo.comune.carmiano@pec.rupar.puglia.it</div></div>
<div class="prot">Prot. n. 22415 del 18/11/2027</div>
<h1>AVVISO</h1>
<div class="unit">SETTORE AFFARI GENERALI E SERVIZI SOCIALI</div>
<table class="ogg"><tr><td style="width:24mm">OGGETTO:</td><td>Bando di concorso per l’assegnazione in locazione semplice degli alloggi di edilizia residenziale pubblica disponibili nel Comune di Carmiano. Pubblicazione della graduatoria provvisoria.</td></tr></table>
<p style="margin-top:4mm">Si rende noto che, in esito all’istruttoria delle domande presentate a seguito del bando di concorso prot. n. 9011 del 03/05/2027, indetto ai sensi della Legge Regionale Puglia 7 aprile 2014, n. 10, la Commissione provinciale per la formazione delle graduatorie ha trasmesso la graduatoria provvisoria, di seguito riportata, approvata con determinazione del Responsabile del Settore n. 212 del 16/11/2027 (Reg. Gen. n. 869).</p>
<p>Nel rispetto del Regolamento UE 2016/679, i concorrenti sono indicati con il numero di protocollo della domanda; il dettaglio dei punteggi può essere consultato dagli interessati presso l’Ufficio Servizi Sociali.</p>
<table class="roll">
<tr><th>Pos.</th><th>Prot. domanda</th><th>Comp.</th><th>Punti</th><th class=sep></th><th>Pos.</th><th>Prot. domanda</th><th>Comp.</th><th>Punti</th></tr>
%s
</table>
<p>Sono escluse le domande prot. n. 9114/2027 (reddito superiore al limite di accesso) e prot. n. 9387/2027 (titolarità di altro alloggio adeguato).</p>
<p>Ai sensi dell’art. 7 della L.R. n. 10/2014, entro trenta giorni dalla pubblicazione della graduatoria all’Albo Pretorio on line gli interessati possono presentare opposizione alla Commissione, per il tramite del Comune. Esaminate le opposizioni, la Commissione formula la graduatoria definitiva.</p>
<table class="sig"><tr><td>Carmiano, lì 18/11/2027</td>
<td class="r"><b>IL RESPONSABILE DEL SETTORE<br>AFFARI GENERALI E SERVIZI SOCIALI</b><br>dott.ssa Maria Rosaria De Pascalis<br><i style="font-size:8pt">(firmato digitalmente ai sensi del D.Lgs. 82/2005)</i></td></tr></table>
<div class="foot">Comune di Carmiano – C.F. 80010130751 – P.IVA 00451790753 – www.comune.carmiano.le.it</div>
</body></html>""" % trs
open(out, "w", encoding="utf-8").write(html)
