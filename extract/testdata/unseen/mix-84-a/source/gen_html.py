# writes d01_scandicci.html, d02_aversa.html, d03_bomporto.html into the directory given as argv[1]
import sys, os
T = sys.argv[1]
CSS = """<style>body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0 8mm}
h1{font-size:15pt;margin:0}table.r{border-collapse:collapse;width:100%%;margin:6px 0}
table.r td,table.r th{border:1px solid #000;padding:2px 5px;font-size:10pt}th{background:#ddd}
.hd{border-bottom:2px solid #000;margin-bottom:8px}.box{border:1px solid #000;padding:4px 8px;margin:6px 0}
p{text-align:justify;margin:4px 0}.c{text-align:center}%s</style>"""
def roll(rows, cols=("Cognome e Nome", "Carica", "Presente", "Assente"), mark=("X", "")):
    h = "<table class=r width=\"100%\" border=1 cellpadding=3 cellspacing=0><tr>" + "".join("<th>%s</th>" % c for c in cols) + "</tr>"
    for n, r, p in rows:
        h += "<tr><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>" % (n, r, mark[0] if p else mark[1], mark[1] if p else mark[0])
    return h + "</table>"
# 1 Scandicci: Giunta, Sindaco absent, Vicesindaco presides, Vice Segretario Generale
g = [("Dott. Fallani Sandro Maria", "Sindaco", False), ("Avv. Lombardini Andrea", "Vicesindaco", True),
     ("Dott.ssa Ndiaye Awa", "Assessore", True), ("Ing. Palomba Riccardo", "Assessore", True),
     ("Dott.ssa Sereni Lucia", "Assessore", False), ("Arch. Bencini Tommaso", "Assessore", True),
     ("Prof.ssa Giachi Elena", "Assessore", True)]
open(os.path.join(T, "d01_scandicci.html"), "w").write("<html><head><meta charset=utf-8>" + CSS % "" + """</head><body>
<div class=hd><h1>COMUNE DI SCANDICCI</h1>Città Metropolitana di Firenze</div>
<p class=c align=center><b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b></p>
<div class=box>Deliberazione n. <b>58</b> del <b>24/03/2026</b><br>
<b>OGGETTO:</b> Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del Parco dell'Acciaiolo – CUP B41B26000120004.</div>
<p>L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 15:30, nella Residenza Municipale, si è riunita la Giunta Comunale, convocata nei modi di legge. Sono intervenuti i Signori:</p>
""" + roll(g) + """<p>Presiede la seduta l'Avv. Andrea Lombardini, Vicesindaco, in assenza del Sindaco. Partecipa il Vice Segretario Generale Dott.ssa Chiara Bartolozzi, incaricata della redazione del verbale.</p>
<p>LA GIUNTA COMUNALE, richiamato il D.Lgs. 36/2023 e visto il parere favorevole di regolarità tecnica espresso dal Dirigente del Settore Opere Pubbliche;</p>
<p>Con voti unanimi favorevoli, espressi nelle forme di legge,</p><p class=c align=center><b>DELIBERA</b></p>
<p>1. di approvare il progetto di fattibilità tecnico-economica per la riqualificazione del Parco dell'Acciaiolo, per un importo complessivo di € 480.000,00;</p>
<p>2. di dare atto che la spesa trova copertura al capitolo 2091/3 del bilancio 2026-2028;</p>
<p>3. di nominare Responsabile Unico del Progetto l'Ing. Marco Ciampi.</p>
<p>Con successiva e separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<table style="width:100%;margin-top:18px"><tr><td class=c>IL PRESIDENTE<br>Avv. Andrea Lombardini</td><td class=c>IL VICE SEGRETARIO GENERALE<br>Dott.ssa Chiara Bartolozzi</td></tr></table>
</body></html>""")
# 2 Aversa: Consiglio, 16 members, Presente/Assente words
c = [("Avv. Matacena Francesco", "Sindaco", False), ("Dott. Sagliocco Carmine", "Presidente del Consiglio", True),
     ("Ing. Di Martino Luigi", "Consigliere", True), ("Dott.ssa Ferrara Rosa", "Consigliere", True),
     ("Avv. Golia Antonio", "Consigliere", True), ("Dott. Caterino Vincenzo", "Consigliere", True),
     ("Sig.ra Marrandino Teresa", "Consigliere", True), ("Dott. Oliva Pasquale", "Consigliere", True),
     ("Arch. Romano Giuseppina", "Consigliere", True), ("Avv. Mottola Raffaele", "Consigliere", True),
     ("Dott. Santoro Gennaro", "Consigliere", True), ("Ing. Petrella Anna", "Consigliere", False),
     ("Sig. Buonanno Salvatore", "Consigliere", True), ("Dott.ssa Russo Maria Grazia", "Consigliere", True),
     ("Avv. Virgilio Domenico", "Consigliere", True), ("Geom. Esposito Ciro", "Consigliere", True)]
h = "<table class=r width=\"100%\" border=1 cellpadding=3 cellspacing=0><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presenza</th></tr>"
for i, (n, r, p) in enumerate(c, 1):
    h += "<tr><td class=c>%d</td><td>%s</td><td>%s</td><td class=c>%s</td></tr>" % (i, n, r, "Presente" if p else "Assente")
h += "</table>"
open(os.path.join(T, "d02_aversa.html"), "w").write("<html><head><meta charset=utf-8>" + CSS % "body{font-family:'DejaVu Serif',serif}" + """</head><body>
<table style="width:100%" class=hd><tr><td><h1>CITTÀ DI AVERSA</h1>Provincia di Caserta</td><td style="text-align:right">Originale<br>Seduta pubblica ordinaria<br>di prima convocazione</td></tr></table>
<p class=c align=center><b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b><br>N. 19/2026 del 27.3.2026</p>
<p><b>Oggetto:</b> Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione per l'occupazione delle aree dei mercati – modifiche agli articoli 8, 12 e 21.</p>
<p>L'anno 2026 addì ventisette del mese di marzo alle ore 18:00 nella sala consiliare, si è riunito il Consiglio Comunale. All'appello nominale risultano:</p>""" + h + """
<p>Presenti n. 14 – Assenti n. 2.</p>
<p>Presiede il Dott. Carmine Sagliocco, Presidente del Consiglio. Assiste il Vice Segretario Generale Avv. Giovanna Iodice.</p>
<p>IL CONSIGLIO COMUNALE, udita la relazione dell'Assessore al Commercio, visto il parere della II Commissione consiliare;</p>
<p>Si passa alla votazione, che dà il seguente esito: Presenti 14, Votanti 13, Favorevoli 10, Contrari 3, Astenuti 1 (Russo).</p>
<p class=c align=center><b>DELIBERA</b></p>
<p>1) di approvare le modifiche agli articoli 8, 12 e 21 del Regolamento per la disciplina del canone patrimoniale, come da testo allegato;</p>
<p>2) di stabilire che le modifiche si applicano dal 1° maggio 2026;</p>
<p>3) di trasmettere la presente al Settore Attività Produttive per gli adempimenti di competenza.</p>
<p>Il Consiglio, con separata votazione (Presenti 14, Votanti 13, Favorevoli 10, Contrari 3, Astenuti 1), dichiara il presente atto immediatamente eseguibile.</p>
<table style="width:100%;margin-top:18px"><tr><td class=c>IL PRESIDENTE DEL CONSIGLIO<br>Dott. Carmine Sagliocco</td><td class=c>IL VICE SEGRETARIO GENERALE<br>Avv. Giovanna Iodice</td></tr></table>
</body></html>""")
# 3 Bomporto: Giunta, P/A single column
b = [("Dott. Borghi Tania", "Sindaco", False), ("Ing. Guerzoni Angelo", "Vicesindaco", True),
     ("Dott.ssa Tosi Federica", "Assessore", True), ("Avv. Malagoli Stefano", "Assessore", True),
     ("Dott. Zanoli Matteo", "Assessore", True)]
h = "<table class=r width=\"100%\" border=1 cellpadding=3 cellspacing=0><tr><th>Componenti</th><th>Qualifica</th><th>P/A</th></tr>" + "".join(
    "<tr><td>%s</td><td>%s</td><td class=c>%s</td></tr>" % (n, r, "P" if p else "A") for n, r, p in b) + "</table>"
open(os.path.join(T, "d03_bomporto.html"), "w").write("<html><head><meta charset=utf-8>" + CSS % "" + """</head><body>
<p class=c align=center><b>COMUNE DI BOMPORTO</b><br>Provincia di Modena</p>
<p class=c align=center>COPIA<br><b>DELIBERAZIONE DELLA GIUNTA COMUNALE N. 31 DEL 19/03/2026</b></p>
<p><b>OGGETTO: CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER L'ANNO 2026.</b></p>
<p>L'anno duemilaventisei il giorno diciannove del mese di marzo alle ore 12:15 presso la sede comunale si è riunita la Giunta Comunale.</p>""" + h + """
<p>Assume la presidenza l'Ing. Angelo Guerzoni in qualità di Vicesindaco. Assiste il Vice Segretario Generale Dott. Luca Benatti.</p>
<p>LA GIUNTA COMUNALE, visto il Regolamento comunale per la concessione di contributi; a voti unanimi e palesi,</p><p class=c align=center><b>DELIBERA</b></p>
<p>1. di concedere i contributi alle associazioni sportive dilettantistiche indicate nell'allegato prospetto per complessivi € 23.500,00;</p>
<p>2. di demandare al Responsabile dell'Area Servizi alla Persona l'adozione dei conseguenti atti di impegno e liquidazione.</p>
<p>Inoltre, con separata votazione unanime, la presente è dichiarata immediatamente eseguibile.</p>
<p>Letto, approvato e sottoscritto.<br>IL VICESINDACO F.to Ing. Angelo Guerzoni &nbsp;&nbsp;&nbsp; IL VICE SEGRETARIO GENERALE F.to Dott. Luca Benatti</p>
</body></html>""")
