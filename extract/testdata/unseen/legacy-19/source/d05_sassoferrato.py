# Determinazione del Settore II di Sassoferrato - typed in Writer in Times New
# Roman, tabs for the table, autocorrected apostrophes and dashes.
from fodt import build

P = []
a = P.append
a(("C", "[b]COMUNE DI SASSOFERRATO[/b]"))
a(("C", "Provincia di Ancona"))
a(("C", "Piazza Matteotti, 1 – 60041 Sassoferrato (AN)"))
a(("C", "__________________________________________________________________________"))
a(("Standard", ""))
a(("Standard", "[b]SETTORE II – ECONOMICO FINANZIARIO[/b]"))
a(("Standard", "Servizio Tributi"))
a(("Standard", ""))
a(("C", "[b]DETERMINAZIONE N. 27 DEL 09/03/2026[/b]"))
a(("C", "(Registro Generale n. 176 del 09/03/2026)"))
a(("Standard", ""))
a(("HS", "OGGETTO:\t[b]Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU – anni d’imposta 2022-2024. Liquidazione.[/b]"))
a(("Standard", ""))
a(("C", "[b]IL RESPONSABILE DEL SETTORE[/b]"))
a(("Standard", ""))
a(("J", "[b]Visto[/b] il decreto sindacale n. 2 del 07/01/2026 con il quale è stata conferita al sottoscritto la responsabilità del Settore II – Economico Finanziario;"))
a(("J", "[b]Premesso[/b] che sono pervenute all’Ufficio Tributi istanze di rimborso dell’Imposta municipale propria (IMU) relative a versamenti eseguiti in misura superiore al dovuto o per immobili non soggetti all’imposta;"))
a(("J", "[b]Esaminate[/b] le istanze e verificato, sulla base delle banche dati catastali e dei versamenti F24, il diritto al rimborso dei seguenti contribuenti:"))
a(("Standard", ""))
a(("TT", "[b]N.\tProt. istanza\tContribuente\tAnno\tImporto €[/b]"))
rows = [
    ("1", "11872/2025", "cod. 004417", "2022", "612,00"),
    ("2", "12305/2025", "cod. 010923", "2023", "1.148,00"),
    ("3", "  431/2026", "cod. 002271", "2023", "394,00"),
    ("4", "  958/2026", "cod. 015602", "2024", "870,00"),
    ("5", "1207/2026", "cod. 007738", "2024", "458,00"),
]
for r in rows:
    a(("TT", "\t".join(r)))
a(("TT", "\t\t[b]TOTALE[/b]\t\t[b]3.482,00[/b]"))
a(("Standard", ""))
a(("J", "[b]Dato atto[/b] che sulle somme da rimborsare sono dovuti gli interessi nella misura del tasso legale, già compresi negli importi sopra indicati;"))
a(("J", "[b]Visti[/b] l’art. 1, comma 164, della L. 296/2006, il Regolamento comunale per la disciplina dell’IMU e l’art. 184 del D.Lgs. 267/2000;"))
a(("Standard", ""))
a(("C", "[b]D E T E R M I N A[/b]"))
a(("Standard", ""))
a(("H", "a)\tdi liquidare ai contribuenti indicati in premessa, a titolo di rimborso IMU per gli anni d’imposta 2022-2024, la somma complessiva di € 3.482,00;"))
a(("H", "b)\tdi imputare la spesa al capitolo 1380 “Rimborsi di tributi comunali” del bilancio 2026-2028, esercizio 2026, impegno n. 188/2026;"))
a(("H", "c)\tdi trasmettere il presente atto al Servizio Ragioneria per l’emissione dei mandati di pagamento a favore dei singoli beneficiari."))
a(("Standard", ""))
a(("T2", "Sassoferrato, 09/03/2026\tIl Responsabile del Settore II"))
a(("T2", "\tF.to Dott. Andrea Cesaroni"))
a(("Standard", "__________________________________________________________________________"))
a(("Standard", ""))
a(("C", "[b]VISTO DI REGOLARITÀ CONTABILE[/b]"))
a(("J", "Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000."))
a(("T2", "Sassoferrato, 09/03/2026\tIl Responsabile del Servizio Ragioneria"))
a(("T2", "\tF.to Rag. Marisa Brunetti"))
a(("Standard", "__________________________________________________________________________"))
a(("Standard", ""))
a(("J", "Copia della presente determinazione viene pubblicata all’Albo Pretorio on line per quindici giorni consecutivi dal 10/03/2026."))
a(("Standard", ""))
a(("T2", "\tIl Messo Comunale"))
a(("T2", "\tF.to Giorgio Santoni"))

build(P, "build/sassoferrato.fodt", font="Times New Roman", generic="roman",
      pitch="variable", size=12, margins=("2cm", "2cm", "2.5cm", "2cm"),
      tabsets={
          "HS": [(2.2, "left")],
          "TT": [(1.2, "left"), (4.5, "left"), (8.5, "left"), (11.5, "right"), (15.0, "right")],
          "T2": [(9.5, "left")],
      },
      hangs={"HS": 2.2}, hang="0.8cm", title="Determina 27-2026 tributi",
      generator="LibreOffice/7.4.7.2$Windows_X86_64 LibreOffice_project/723314e595e8007d3cf785c16538505a1c878ca5")
