# Deliberazione dell'Assemblea dell'Unione dei Comuni Marmilla (imitating a Zuddas-style print)
# .odt written with odfpy, converted by LibreOffice Writer (see build.sh)
import sys
from odtlib import Doc

out = sys.argv[1]
d = Doc(font="Liberation Serif", size="11pt", margins=("1.6cm", "1.6cm", "2.2cm", "2cm"))

# running head / foot
h = d.header()
d.para([("Unione dei Comuni Marmilla", {"i": True}), " – Deliberazione dell'Assemblea dell'Unione n. 7 del 24/03/2026"],
       target=h, size="8pt", align="right", after="0cm", font="Liberation Sans")
f = d.footer()
d.page_x_of_y(f, "Pagina ", size="8pt", align="center", font="Liberation Sans", after="0cm")

S = "Liberation Sans"
d.para("UNIONE DEI COMUNI MARMILLA", size="17pt", bold=True, align="center", font=S, after="0cm")
d.para("(art. 32 D.Lgs. 18 agosto 2000, n. 267 – L.R. 4 febbraio 2016, n. 2)", size="8.5pt", align="center", font=S, after="0cm")
d.para("Sede legale: Piazza Giovanni XXIII, 1 – 09020 Villamar – C.F. 91021460922\nPEC: protocollo@pec.unionemarmilla.it",
       size="8.5pt", align="center", font=S, after="0.35cm")

d.table([4.2, 8.5, 4.4], [[
    {"text": "COPIA", "kw": dict(bold=True, size="13pt", align="center", font=S)},
    {"text": [["VERBALE DI DELIBERAZIONE"], ["DELL'ASSEMBLEA DELL'UNIONE"]], "kw": dict(bold=True, size="12pt", align="center", font=S)},
    {"text": [["N. 7"], ["del 24/03/2026"]], "kw": dict(bold=True, size="12pt", align="center", font=S)},
]], border="1pt solid #000000", pad="0.15cm")

d.para("", after="0.1cm")
d.table([2.5, 14.6], [[
    {"text": "OGGETTO:", "kw": dict(bold=True, font=S, size="10.5pt", align="left")},
    {"text": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028 dell'Unione.",
     "kw": dict(bold=True, font=S, size="10.5pt", align="justify")},
]], border="none", pad="0.1cm")

d.para("L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 17:30, nella Sala Consiliare del Comune di Villamar, sede dell'Unione, convocata nei modi e nei termini previsti dallo Statuto con nota prot. n. 1402 del 17/03/2026, si è riunita l'Assemblea dell'Unione in seduta ordinaria di prima convocazione.",
       before="0.3cm")
d.para("Risultano presenti e assenti i componenti come di seguito indicato:")

roll = [
    ("CONTU ANDREA", "Barumini", "Sindaco", True),
    ("MELIS GIOVANNA", "Baradili", "Sindaco", True),
    ("PIRAS SALVATORE", "Baressa", "Sindaco", False),
    ("SERRA MARCO", "Collinas", "Vice Sindaco delegato", True),
    ("ATZENI FRANCESCA", "Furtei", "Sindaco", True),
    ("LAI GIANLUCA", "Genuri", "Sindaco", True),
    ("ORRÙ STEFANO", "Gesturi", "Sindaco", True),
    ("PUSCEDDU MARIA LUISA", "Lunamatrona", "Sindaco", True),
    ("CADDEO ROBERTO", "Pauli Arbarei", "Sindaco", False),
    ("FLORIS PAOLO", "Tuili", "Assessore delegato", True),
    ("SANNA ILARIA", "Villamar", "Sindaco – Presidente", True),
    ("MURGIA ANTONIO", "Villanovafranca", "Sindaco", True),
]
rows = [[{"text": t, "kw": dict(bold=True, size="9.5pt", font=S, align="center")} for t in
         ("N.", "Componente", "Comune", "Qualifica", "Presente", "Assente")]]
for i, (n, c, q, p) in enumerate(roll, 1):
    k = dict(size="9.5pt", font=S, align="left")
    kc = dict(size="9.5pt", font=S, align="center")
    rows.append([{"text": str(i), "kw": kc}, {"text": n, "kw": k}, {"text": c, "kw": k}, {"text": q, "kw": k},
                 {"text": "X" if p else "", "kw": kc}, {"text": "" if p else "X", "kw": kc}])
rows.append([{"text": "", "span": 4, "kw": dict(size="9.5pt", font=S)},
             {"text": "10", "kw": dict(size="9.5pt", font=S, align="center", bold=True)},
             {"text": "2", "kw": dict(size="9.5pt", font=S, align="center", bold=True)}])
d.table([1.0, 5.0, 3.6, 4.2, 1.7, 1.7], rows, header_bg="#e6e6e6")

d.para("Presiede la seduta la Sig.ra Ilaria Sanna, nella sua qualità di Presidente dell'Unione.", before="0.3cm")
d.para("Partecipa con funzioni consultive, referenti, di assistenza e di verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) il Segretario dell'Unione Dott. Mauro Cocco.")
d.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita l'Assemblea a deliberare sull'argomento in oggetto.")

d.para("L'ASSEMBLEA DELL'UNIONE", bold=True, align="center", before="0.35cm", after="0.25cm", keep=True)
prem = [
    "VISTO il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 32, 151, 162 e 174;",
    "VISTO il D.Lgs. 23 giugno 2011, n. 118, recante disposizioni in materia di armonizzazione dei sistemi contabili e degli schemi di bilancio, e il principio contabile applicato concernente la programmazione di bilancio (allegato 4/1);",
    "VISTO lo Statuto dell'Unione e il vigente Regolamento di contabilità;",
    "RICHIAMATA la deliberazione della Giunta dell'Unione n. 11 del 05/03/2026, con la quale sono stati approvati lo schema del Documento Unico di Programmazione 2026/2028 e lo schema del bilancio di previsione finanziario 2026/2028, con i relativi allegati;",
    "DATO ATTO che gli schemi sono stati messi a disposizione dei componenti dell'Assemblea nei termini previsti dal Regolamento di contabilità e che non sono pervenuti emendamenti;",
    "VISTO il parere favorevole espresso dal Revisore unico dei conti, Dott. Gianfranco Uccheddu, acquisito al protocollo dell'Unione al n. 1388 del 16/03/2026;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e di regolarità contabile espressi dal Responsabile del Servizio Finanziario ai sensi dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce al presente atto;",
    "UDITA l'illustrazione del Presidente, il quale evidenzia che il bilancio assicura il finanziamento dei servizi conferiti dai Comuni aderenti (polizia locale, servizio associato SUAPE, servizi sociali e raccolta dei rifiuti urbani) e che le quote di trasferimento a carico dei Comuni restano invariate rispetto all'esercizio 2025;",
    "UDITI gli interventi dei Sindaci Pusceddu e Murgia, quest'ultimo dichiarando voto contrario in ragione dei criteri di riparto dei costi del servizio di raccolta dei rifiuti, e dell'Assessore delegato Floris, che dichiara la propria astensione;",
]
for t in prem:
    d.para(t)
d.para("Con votazione espressa per alzata di mano, che dà il seguente risultato:", before="0.2cm")
d.para("Presenti n. 10 – Votanti n. 9 – Voti favorevoli n. 8 – Voti contrari n. 1 (Murgia) – Astenuti n. 1 (Floris)",
       bold=True, align="center")

d.para("D E L I B E R A", bold=True, align="center", before="0.3cm", after="0.25cm", keep=True)
pts = [
    "di approvare il Documento Unico di Programmazione (DUP) 2026/2028, allegato alla presente deliberazione sotto la lettera A) per farne parte integrante e sostanziale;",
    "di approvare il bilancio di previsione finanziario 2026/2028, redatto secondo lo schema di cui all'allegato 9 al D.Lgs. n. 118/2011, con i relativi allegati, nelle risultanze finali riportate nell'allegato sotto la lettera B), che pareggia per l'esercizio 2026 in euro 4.318.640,00;",
    "di dare atto che il bilancio garantisce il pareggio finanziario complessivo e il rispetto degli equilibri di cui all'art. 162, comma 6, del D.Lgs. n. 267/2000;",
    "di disporre la trasmissione dei dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione, ai sensi del D.M. 12 maggio 2016.",
]
for i, t in enumerate(pts, 1):
    d.para("%d)\t%s" % (i, t), indent="-0.7cm", margin_left="0.7cm")

d.para("Successivamente, stante l'urgenza di provvedere, con separata votazione che dà il seguente esito: presenti n. 10, favorevoli n. 9, astenuti n. 1 (Floris),",
       before="0.25cm")
d.para("D E L I B E R A", bold=True, align="center", keep=True)
d.para("di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")

d.para("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", bold=True, size="10pt", font=S, align="center",
       before="0.4cm", keep=True)
d.table([8.55, 8.55], [[
    {"text": [[("Regolarità tecnica", {"b": True})], ["Si esprime parere FAVOREVOLE."], ["Villamar, 16/03/2026"],
              ["Il Responsabile del Servizio Finanziario"], ["F.to Rag. Carla Lecca"]], "kw": dict(size="9.5pt", font=S, align="left")},
    {"text": [[("Regolarità contabile", {"b": True})], ["Si esprime parere FAVOREVOLE."], ["Villamar, 16/03/2026"],
              ["Il Responsabile del Servizio Finanziario"], ["F.to Rag. Carla Lecca"]], "kw": dict(size="9.5pt", font=S, align="left")},
]])

d.para("Letto, approvato e sottoscritto.", before="0.5cm", after="0.3cm", keep=True)
d.table([8.55, 8.55], [[
    {"text": [["IL PRESIDENTE"], ["F.to Ilaria Sanna"]], "kw": dict(align="center")},
    {"text": [["IL SEGRETARIO"], ["F.to Dott. Mauro Cocco"]], "kw": dict(align="center")},
]], border="none")

d.para("CERTIFICATO DI PUBBLICAZIONE", bold=True, size="10pt", font=S, align="center", before="0.6cm", keep=True)
d.para("Il sottoscritto Segretario attesta che copia della presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione per quindici giorni consecutivi, dal 27/03/2026 al 11/04/2026 (n. 156 del registro delle pubblicazioni), ai sensi dell'art. 124 del D.Lgs. n. 267/2000, ed è contestualmente trasmessa ai Comuni aderenti.",
       size="10pt", border="0.5pt solid #000000")
d.table([8.55, 8.55], [[{"text": "Villamar, 27/03/2026", "kw": dict(size="10pt", align="left")},
    {"text": [["IL SEGRETARIO"], ["F.to Dott. Mauro Cocco"]], "kw": dict(size="10pt", align="center")}]], border="none")
d.para("ESECUTIVITÀ", bold=True, size="10pt", font=S, align="center", before="0.4cm", keep=True)
d.para("La presente deliberazione è divenuta esecutiva il 24/03/2026, essendo stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000).",
       size="10pt", border="0.5pt solid #000000")
d.para("Copia conforme all'originale, in carta libera per uso amministrativo.", size="9pt", italic=True, before="0.4cm")
d.table([8.55, 8.55], [[{"text": "Villamar, 27/03/2026", "kw": dict(size="9pt", italic=True, align="left")},
    {"text": [["IL SEGRETARIO"], ["Dott. Mauro Cocco"]], "kw": dict(size="9pt", italic=True, align="center")}]], border="none")

d.save(out)
