# Consiglio Comunale di Tiriolo - typewriter-style Writer document in
# Courier New (tabs and spaces for layout, "_" rules, F.to signatures).
from fodt import build

U = "_" * 62
P = []
a = P.append
a(("C", "[b]COMUNE DI TIRIOLO[/b]"))
a(("C", "Provincia di Catanzaro"))
a(("C", U))
a(("Standard", ""))
a(("Standard", "COPIA"))
a(("Standard", ""))
a(("C", "[b]VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE[/b]"))
a(("Standard", ""))
a(("T1", "N. 7\tdel 27.02.2026"))
a(("Standard", ""))
a(("H2", "Oggetto:\t[b]Approvazione delle tariffe della Tassa sui Rifiuti (TARI) per l'anno 2026 e modifica del relativo Regolamento comunale.[/b]"))
a(("Standard", U))
a(("Standard", ""))
a(("JI", "L'anno duemilaventisei, il giorno ventisette del mese di febbraio, alle ore 17,30, nella sala delle adunanze consiliari, convocato con avviso prot. n. 1487 del 20.02.2026 regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione."))
a(("Standard", "All'appello nominale risultano:"))
a(("Standard", ""))
roll = [
    ("GALLO Domenico", "Sindaco", True),
    ("MAZZEI Antonio", "Consigliere", True),
    ("ROTUNDO Maria Grazia", "Consigliere", True),
    ("SCALISE Francesco", "Consigliere", True),
    ("COSTANZO Luigi", "Consigliere", False),
    ("PUCCI Teresa", "Consigliere", True),
    ("FALVO Giuseppe", "Consigliere", True),
    ("VOCI Caterina", "Consigliere", True),
    ("TALARICO Pasquale", "Consigliere", True),
    ("MERCURIO Raffaele", "Consigliere", False),
    ("STRANGES Angela", "Consigliere", True),
]
a(("T2", "N.\tCognome e Nome\tCarica\tPres.\tAss."))
for i, (n, r, p) in enumerate(roll, 1):
    a(("T2", "%d\t%s\t%s\t%s\t%s" % (i, n, r, "X" if p else "", "" if p else "X")))
a(("T2", "\t\tTOTALE\t9\t2"))
a(("Standard", ""))
a(("JI", "Assume la presidenza il Sig. Domenico Gallo, nella sua qualità di Sindaco."))
a(("JI", "Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale Dott.ssa Rosanna Citriniti."))
a(("JI", "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'argomento in oggetto."))
a(("Standard", ""))
a(("C", "[b]IL CONSIGLIO COMUNALE[/b]"))
a(("Standard", ""))
a(("JI", "PREMESSO che l'art. 1, comma 639, della Legge 27 dicembre 2013, n. 147 ha istituito la tassa sui rifiuti (TARI) destinata a finanziare i costi del servizio di raccolta e smaltimento dei rifiuti;"))
a(("JI", "VISTO il Piano Economico Finanziario 2026/2029 validato dall'Ente territorialmente competente (ARRICAL) con determinazione n. 31 del 12.02.2026;"))
a(("JI", "RITENUTO di dover modificare gli artt. 14 e 22 del vigente Regolamento comunale per l'applicazione della TARI, in materia di riduzioni per il compostaggio domestico e di rateizzazione degli avvisi di pagamento;"))
a(("JI", "UDITA la relazione del Sindaco e gli interventi dei Consiglieri Talarico e Stranges, i quali preannunciano il voto contrario del gruppo di minoranza;"))
a(("JI", "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 ed il parere del Revisore dei Conti;"))
a(("JI", "Con voti favorevoli n. 7, contrari n. 2 (Talarico, Stranges), astenuti n. 0, resi per alzata di mano dai n. 9 consiglieri presenti e votanti,"))
a(("Standard", ""))
a(("C", "[b]D E L I B E R A[/b]"))
a(("Standard", ""))
a(("H", "1.\tdi approvare le modifiche agli artt. 14 e 22 del Regolamento comunale per l'applicazione della Tassa sui Rifiuti (TARI), nel testo allegato sotto la lettera \"A\" quale parte integrante e sostanziale;"))
a(("H", "2.\tdi approvare per l'anno 2026 le tariffe TARI per le utenze domestiche e non domestiche riportate nell'allegato \"B\", determinate sulla base del Piano Economico Finanziario validato;"))
a(("H", "3.\tdi trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale, nei termini di legge."))
a(("Standard", ""))
a(("JI", "Successivamente, stante l'urgenza, con separata votazione che dà il seguente risultato: favorevoli n. 7, contrari n. 2 (Talarico, Stranges), astenuti n. 0,"))
a(("C", "[b]D E L I B E R A[/b]"))
a(("J", "di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267."))
a(("Standard", U))
a(("Standard", ""))
a(("Standard", "Letto, confermato e sottoscritto."))
a(("Standard", ""))
a(("T3", "\tIL PRESIDENTE\tIL SEGRETARIO COMUNALE"))
a(("T3", "\tF.to Domenico Gallo\tF.to Dott.ssa Rosanna Citriniti"))
a(("Standard", U))
a(("Standard", ""))
a(("Standard", "[b]PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000[/b]"))
a(("J", "Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica."))
a(("T4", "\tIl Responsabile dell'Area Tributi"))
a(("T4", "\tF.to Dott. Pietro Paonessa"))
a(("J", "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile."))
a(("T4", "\tIl Responsabile dell'Area Finanziaria"))
a(("T4", "\tF.to Rag. Vincenzo Chiefari"))
a(("Standard", U))
a(("Standard", ""))
a(("C", "[b]CERTIFICATO DI PUBBLICAZIONE[/b]"))
a(("J", "Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione è stata affissa all'Albo Pretorio on line del Comune il giorno 04.03.2026 (n. 214 del Registro delle pubblicazioni) e vi rimarrà per quindici giorni consecutivi."))
a(("T4", "Tiriolo, lì 04.03.2026\tIL SEGRETARIO COMUNALE"))
a(("T4", "\tF.to Dott.ssa Rosanna Citriniti"))
a(("Standard", U))
a(("Standard", ""))
a(("C", "[b]ESECUTIVITA'[/b]"))
a(("J", "La presente deliberazione è divenuta esecutiva il 27.02.2026:"))
a(("Standard", "[X] perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)"))
a(("Standard", "[ ] decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)"))
a(("T4", "\tIL SEGRETARIO COMUNALE"))
a(("T4", "\tF.to Dott.ssa Rosanna Citriniti"))
a(("Standard", U))
a(("Standard", ""))
a(("J", "È copia conforme all'originale, in carta libera per uso amministrativo."))
a(("T4", "Tiriolo, lì 04.03.2026\tIL SEGRETARIO COMUNALE"))
a(("T4", "\tDott.ssa Rosanna Citriniti"))

build(P, "build/tiriolo.fodt", font="Courier New", size=10.5,
      margins=("2cm", "2cm", "2.5cm", "2cm"),
      tabsets={
          "T1": [(12.5, "left")],
          "H2": [(2.2, "left")],
          "T2": [(1.0, "left"), (8.0, "left"), (11.6, "left"), (14.0, "left")],
          "T3": [(1.0, "left"), (9.5, "left")],
          "T4": [(8.0, "left")],
      },
      hang="1cm", hangs={"H2": 2.2}, title="Delibera C.C. 7/2026",
      generator="LibreOffice/7.4.7.2$Windows_X86_64 LibreOffice_project/723314e595e8007d3cf785c16538505a1c878ca5")
