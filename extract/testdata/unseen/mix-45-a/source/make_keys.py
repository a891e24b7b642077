# writes ../keys.json (the answers) - values read off the PDFs, kept here as a record
import json
A = lambda n, r=None, p=True: {k: v for k, v in (("name", n), ("role", r), ("present", p)) if v is not None}
K = []
K.append({"file": "delibera-lagundo-libreoffice.pdf", "role": "act",
  "what": "Giunta deliberation 84/2026 of a South Tyrol municipality, German and Italian side by side in two columns (labels 'Nr. / n.'), roll table with bilingual roles, subject one under the other (LibreOffice Writer)",
  "operative_points": 4,
  "act": {"municipality": "Comune di Lagundo", "organ": "Giunta comunale", "kind": "deliberazione",
          "number": 84, "date": "2026-03-17", "time": "17:30",
          "subject": "Approvazione del progetto esecutivo per la riqualificazione del parco giochi in via Peter Thalguter e impegno di spesa – CUP H31B25000980004",
          "attendees": [A("HOFER ULRICH", "Sindaco"), A("PIRCHER MARIA THERESIA", "Vicesindaca"),
                        A("GAMPER ANDREAS", "Assessore"), A("ROSSI DAVIDE", "Assessore", False),
                        A("KOFLER SABINE", "Assessora"), A("TSCHENETT MARKUS", "Assessore")],
          "president": {"role": "Sindaco", "name": "Ulrich Hofer"},
          "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Stefan Mair"},
          "vote": "unanimous", "immediately_executive": True}})
roll = [("CARUSO DOMENICO", True), ("LACQUANITI ROCCO", True), ("FAZZARI MARIA GRAZIA", True),
 ("SPANO’ GIUSEPPE", True), ("CUTRI’ ANNUNZIATA", False), ("BELCASTRO FRANCESCO", True),
 ("MONTELEONE ILARIA", True), ("ZUMBO ANTONINO", True), ("RASO CATERINA", True),
 ("PRONESTI’ VINCENZO", True), ("CONDO’ MICHELE", False), ("GALATI SERENA", True),
 ("ARENA PASQUALE", True), ("TRIPODI LUCIA", True), ("SCARAMOZZINO ENZO", False),
 ("ALVARO GIOVANNI", True), ("BAGALA’ FRANCESCA", True)]
att = [A(n, None, p) for n, p in roll]; att[0]["role"] = "SINDACO"
K.append({"file": "delibera-rosarno-datagraph.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 printed as a legacy 80-column Courier report (enscript + Ghostscript): character boxes, roll in two side-by-side character columns (1-9 | 10-17), dotted-leader vote counts, capitals with apostrophe accents",
  "operative_points": 3,
  "act": {"municipality": "Comune di Rosarno", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 14, "date": "2026-03-16", "time": "18:00",
          "subject": "APPROVAZIONE REGOLAMENTO PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICA DEGLI ARTT. 23 E 31 (RIDUZIONI ED ESENZIONI).",
          "proposing_office": "SETTORE ECONOMICO FINANZIARIO", "proposal_number": 18, "proposal_date": "2026-03-02",
          "attendees": att,
          "president": {"title": "SIG.", "role": "PRESIDENTE DEL CONSIGLIO", "name": "LACQUANITI ROCCO"},
          "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO GENERALE", "name": "MARINA FERRARO"},
          "vote": "majority",
          "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
          "immediately_executive": True}})
K.append({"file": "delibera-unionebarbagia-halley.pdf", "role": "act",
  "what": "deliberation 3/2026 of the Assemblea of a Sardinian Unione dei Comuni (Halley-like boxes), roll in prose (present, then absent), vote with one abstention, dash-bulleted dispositive",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni Barbagia", "organ": "Assemblea dell'Unione", "kind": "deliberazione",
          "number": 3, "date": "2026-03-12", "time": "16:00",
          "subject": "Approvazione dello schema di convenzione per la gestione associata delle funzioni di Polizia Locale tra i Comuni aderenti all'Unione – triennio 2026/2028.",
          "attendees": [A("MELE GIOVANNI ANTONIO", "Sindaco del Comune di Ollolai"),
                        A("PIRAS FRANCESCA", "Sindaco del Comune di Olzai"),
                        A("CHESSA SALVATORE", "Sindaco del Comune di Lodine"),
                        A("SEDDA MARIO", "Sindaco del Comune di Ovodda"),
                        A("LADU PIETRO PAOLO", "Sindaco del Comune di Gavoi", False)],
          "president": {"role": "Presidente dell'Unione", "name": "Giovanni Antonio Mele"},
          "secretary": {"title": "Dott.", "role": "Segretario dell'Unione", "name": "Efisio Deiana"},
          "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
          "immediately_executive": True}})
K.append({"file": "determina-stregna-insiel.pdf", "role": "act",
  "what": "determinazione of a FVG municipality with a Slovene minority, Italian and Slovene one under the other (Slovene in italics), typeset by pdfLaTeX (hyphenated justified body, running head); area register 27, general register 61",
  "operative_points": 4,
  "act": {"municipality": "Comune di Stregna", "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 61, "sector_number": 27, "date": "2026-03-13",
          "subject": "Integrazione dell’impegno di spesa per il servizio di sgombero neve e trattamento antighiaccio delle strade comunali nella stagione invernale 2025/2026 – Ditta Vogrig Costruzioni S.r.l. – CIG B6F2A91C07."}})
K.append({"file": "ordinanza-charvensod-civilia.pdf", "role": "act",
  "what": "ordinanza 9/2026 of the Sindaco of a Valle d'Aosta commune, French text (page 1) then Italian text (page 2); justified with Tw word spacing, letter-spaced headings (Tc)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Charvensod", "organ": "Sindaco", "kind": "ordinanza",
          "number": 9, "date": "2026-03-16",
          "subject": "Chiusura temporanea al transito veicolare della strada comunale di Plan-Félinaz per il rifacimento della rete dell'acquedotto, dal 23 al 27 marzo 2026."}})
K.append({"file": "determina-uslumbria2-jiride.pdf", "role": "act",
  "what": "determinazione dirigenziale 412/2026 (printed 0000412) of a local health authority; letterhead, register strip and footer are Form XObjects reused on both pages; register table with proposing structure and proposal",
  "operative_points": 5,
  "act": {"municipality": "Azienda USL Umbria 2", "organ": "U.O.C. ACQUISTI E LOGISTICA", "office": "Ufficio Gare Beni Sanitari",
          "kind": "determinazione", "number": 412, "date": "2026-03-11",
          "subject": "Fornitura di dispositivi medici per stomia per le esigenze dei Distretti sanitari dell'Azienda – Adesione alla convenzione stipulata dal Soggetto Aggregatore regionale – CIG derivato B8E44A1F20 – Impegno di spesa anno 2026.",
          "proposing_office": "U.O.C. ACQUISTI E LOGISTICA", "proposal_number": 487, "proposal_date": "2026-03-09"}})
K.append({"file": "determina-vitulano-word.pdf", "role": "act",
  "what": "determinazione on a typewriter-style Word form (monospaced), numbers and dates filled in blanks of underscores; sector register 38, general register 112",
  "operative_points": 4,
  "act": {"municipality": "Comune di Vitulano", "organ": "Area Amministrativa", "office": "Servizio Affari Generali, Cultura e Turismo",
          "kind": "determinazione", "number": 112, "sector_number": 38, "date": "2026-03-12",
          "subject": "Liquidazione contributo all'Associazione Pro Loco Vitulano per l'organizzazione della manifestazione «Carnevale Vitulanese 2026»."}})
K.append({"file": "avviso-bonificaogliastra-chromium.pdf", "role": "act",
  "what": "numbered avviso pubblico 2/2026 of a consorzio di bonifica (Chromium print of an HTML page), subject in a shaded box, numbered sections that are not dispositive points",
  "act": {"municipality": "Consorzio di Bonifica dell'Ogliastra", "organ": "Area Tecnica",
          "office": "Servizio Esercizio e Manutenzione Opere", "kind": "avviso", "number": 2, "date": "2026-03-16",
          "subject": "Formazione di un elenco di operatori economici per l'affidamento di lavori di manutenzione ordinaria e straordinaria della rete irrigua consortile nei distretti di Tortolì-Girasole, Lotzorai e Bari Sardo – anno 2026."}})
K.append({"file": "attestazione-ferentillo-sicraweb.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 22 of 12/03/2026, affixed 18/03/2026 (Reg. Pubbl. 214); Albo stamp rotated along the left margin; content drawn out of reading order (signature, body bottom-up, title, letterhead last)",
  "act": {"municipality": "Comune di Ferentillo", "kind": "attestazione", "number": 22, "date": "2026-03-12",
          "subject": "APPROVAZIONE DEL PROGETTO \"FERENTILLO PAESE DELLE MUMMIE – PERCORSI DI VISITA ACCESSIBILI\" E RICHIESTA DI CONTRIBUTO A VALERE SUL BANDO REGIONALE PER LA VALORIZZAZIONE DEI BORGHI STORICI 2026."}})
K.append({"file": "allegato-csacuneese-calc.pdf", "role": "attachment",
  "what": "Allegato A to a determinazione of a consorzio socio-assistenziale: spreadsheet (LibreOffice Calc) of 46 admitted applications, landscape, repeated header row, 2 pages",
  "act": {"municipality": "Consorzio Socio Assistenziale del Cuneese"}})
K.append({"file": "convocazione-salzano-wkhtmltopdf.pdf", "role": "notice",
  "what": "convocation of the Consiglio comunale for 26/03/2026 20:30, dated 13/03/2026 (wkhtmltopdf); the letterhead name is a picture, caption and footer are text; order of the day in two columns",
  "act": {"municipality": "Comune di Salzano", "kind": "convocazione", "date": "2026-03-13",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "avviso-atersir-word.pdf", "role": "notice",
  "what": "unnumbered avviso of the regional water and waste agency on its Word letter template, title as subject, dated 16/03/2026",
  "act": {"municipality": "Agenzia territoriale dell'Emilia-Romagna per i servizi idrici e rifiuti", "kind": "avviso",
          "date": "2026-03-16",
          "subject": "AVVISO DI DEPOSITO DELLA PROPOSTA DI AGGIORNAMENTO DEL PIANO D'AMBITO DEL SERVIZIO IDRICO INTEGRATO PER IL BACINO TERRITORIALE DI FERRARA E DI AVVIO DELLA CONSULTAZIONE PUBBLICA"}})
json.dump(K, open("../keys.json", "w"), ensure_ascii=False, indent=1)
print(len(K), "keys")
