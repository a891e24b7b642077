# Busto Arsizio: writes an HTML/CSS minute printed by headless Chromium; the roll is a two-column CSS flow grouped by council group
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import BUSTO
blocks, cur = [], None
for n, r, g, p in BUSTO:
    if g != cur: blocks.append(f'<div class="grp">{g}</div>'); cur = g
    extra = f" ({r})" if r != "Consigliere" else ""
    blocks.append(f'<div class="m"><span>{n}{extra}</span><b>{"P" if p else "A"}</b></div>')
html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page{{size:A4;margin:18mm 17mm 22mm 17mm}} body{{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.3}}
.head{{display:flex;align-items:center;border-bottom:2px solid #7a0019;padding-bottom:6px}} .stemma{{width:48px;height:58px;background:#7a0019;border-radius:0 0 24px 24px;margin-right:14px}}
.head h1{{font-size:19pt;margin:0;letter-spacing:1px}} .head p{{margin:0;font-size:9pt}}
.reg{{display:grid;grid-template-columns:1fr 1fr 1fr;border:1px solid #444;margin:10px 0;font-size:10pt}} .reg div{{padding:4px 6px;border-right:1px solid #444}}
.reg span{{display:block;font-size:7.5pt;color:#555;text-transform:uppercase}}
.roll{{columns:2;column-gap:24px;font-size:10pt;border:1px solid #999;padding:6px}} .grp{{font-weight:bold;font-size:8.5pt;text-transform:uppercase;color:#7a0019;margin-top:4px}}
.m{{display:flex;justify-content:space-between;break-inside:avoid;border-bottom:1px dotted #bbb}}
.foot{{position:fixed;bottom:-12mm;left:0;right:0;font-size:8pt;border-top:1px solid #999;text-align:center;color:#444}}
h3{{text-align:center;margin:8px 0 4px}}
</style></head><body>
<div class="foot">Città di Busto Arsizio – Consiglio Comunale – Deliberazione C.C. N. 22/2026 – Documento informatico firmato digitalmente</div>
<div class="head"><div class="stemma"></div><div><h1>CITTÀ DI BUSTO ARSIZIO</h1><p>Provincia di Varese – Via F.lli d'Italia, 12 – 21052 Busto Arsizio</p></div></div>
<h3>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h3>
<div class="reg"><div><span>Numero</span>N. 22/2026</div><div><span>Data seduta</span>16/03/2026 – ore 20:30</div><div style="border:none"><span>Seduta</span>ordinaria pubblica</div></div>
<p><b>Oggetto:</b> Regolamento per la concessione di contributi e vantaggi economici ad enti e associazioni senza scopo di lucro – modifiche agli articoli 5, 9 e 14.</p>
<p>Nella sala consiliare di Palazzo Gilardoni, convocato con avviso prot. n. 31877 del 10/03/2026, si è riunito il Consiglio Comunale. Assume la presidenza il Presidente del Consiglio Comunale avv. Claudio Rimoldi; assiste il Segretario Generale dott.ssa Paola Vignati, che cura la redazione del verbale.</p>
<p>Effettuato l'appello nominale (P = presente, A = assente) risultano:</p>
<div class="roll">{''.join(blocks)}</div>
<p>Presenti 18, assenti 3: il Presidente, constatato il numero legale, dichiara aperta la seduta.</p>
<p><b>IL CONSIGLIO COMUNALE</b></p>
<p>Richiamata la propria deliberazione n. 58 del 21/07/2022 con cui è stato approvato il vigente Regolamento; vista la proposta del Settore 3 – Servizi alla Persona e Cultura n. 118/2026; acquisito il parere favorevole della 2ª Commissione consiliare permanente espresso nella seduta del 5/03/2026; visti i pareri di cui all'art. 49 del D.Lgs. 267/2000;</p>
<p>Udita la relazione dell'Assessore alla Cultura e gli interventi dei consiglieri Azzimonti, Crespi e Ferrario, riportati nella registrazione integrale della seduta;</p>
<p>Con votazione palese, mediante sistema elettronico, che dà il seguente risultato: presenti 18 – votanti 18 – voti favorevoli 12 – voti contrari 6 (Azzimonti, Candiani, Lualdi, Crespi, Tettamanti, Provasoli) – astenuti nessuno;</p>
<h3>DELIBERA</h3>
<p>1. di approvare le modifiche agli articoli 5, 9 e 14 del Regolamento per la concessione di contributi e vantaggi economici, nel testo riportato nell'allegato "A";</p>
<p>2. di stabilire che le modifiche si applicano alle domande presentate a decorrere dal 1° maggio 2026;</p>
<p>3. di incaricare il Settore 3 della pubblicazione del testo coordinato nella sezione Amministrazione Trasparente.</p>
<p>La presente deliberazione non è dichiarata immediatamente eseguibile e diverrà esecutiva decorsi dieci giorni dalla pubblicazione.</p>
<table style="width:100%;margin-top:18px"><tr><td>Il Presidente del Consiglio<br><i>avv. Claudio Rimoldi</i></td><td style="text-align:right">Il Segretario Generale<br><i>dott.ssa Paola Vignati</i></td></tr></table>
</body></html>"""
open(sys.argv[1], "w").write(html)
