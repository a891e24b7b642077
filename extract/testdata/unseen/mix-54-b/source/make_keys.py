# Writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed).
import json, subprocess, re, os, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def A(n, r, p=True): return {"name": n, "role": r, "present": p}
K = [
 {"file": "delibera-garessio-studioamica.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 (LibreOffice Writer from an odfpy ODT): centred letterhead, number under the title, OGGETTO paragraph, roll table with Presente/Assente X columns, numbered DELIBERA 1-4, two-column signature table, running foot with page number",
  "operative_points": 4,
  "act": {"municipality": "Comune di Garessio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38,
   "date": "2026-04-07", "time": "17:30",
   "subject": "Approvazione del progetto di fattibilità tecnico-economica per la manutenzione straordinaria della copertura della Scuola Primaria “Don Bosco” – CUP C57H26000410004.",
   "attendees": [A("FERRARIS SERGIO", "Sindaco"), A("MUSSO ELENA", "Vice Sindaco"), A("BRUNENGO DAVIDE", "Assessore", False),
                 A("ODDONE MARTA", "Assessore"), A("GARELLI PIERCARLO", "Assessore")],
   "president": {"title": "Sig.", "role": "Sindaco", "name": "Sergio Ferraris"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Bottero"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-busseto-publiweb.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 (wkhtmltopdf from HTML): register box top right (Deliberazione n. / in data), boxed Oggetto, 13-member roll in a two-column table numbered across rows, vote in a small table (majority), DELIBERA 1)-3), 2 pages",
  "operative_points": 3,
  "act": {"municipality": "Comune di Busseto", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
   "date": "2026-03-30", "time": "20:30",
   "subject": "MODIFICA DEGLI ARTICOLI 12, 18 E 27 DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
   "attendees": [A("CAVALLI MATTEO", "Sindaco"), A("FERRARI GIULIA", "Consigliere"), A("BOLZONI ANDREA", "Consigliere"),
                 A("CORRADI SILVIA", "Consigliere"), A("GHIRARDI LUCA", "Consigliere"), A("PALLADINI ROBERTA", "Consigliere", False),
                 A("MAGNANI PIETRO", "Consigliere"), A("ZANICHELLI ANNA", "Consigliere"), A("TAGLIAVINI MARCO", "Consigliere"),
                 A("BERTOLI CHIARA", "Consigliere"), A("MORI ENRICO", "Consigliere"), A("VOLPI FRANCESCA", "Consigliere"),
                 A("RIZZI GIANLUCA", "Consigliere")],
   "president": {"title": "Sig.", "role": "Sindaco", "name": "Matteo Cavalli"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Stefano Panciroli"},
   "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
   "immediately_executive": True}},
 {"file": "delibera-nusco-sinapsi.pdf", "role": "act",
  "what": "Giunta deliberation 52/2026 (ReportLab): COPIA / title / N. 52 del 09/04/2026 band, proposal line, OGGETTO in a two-cell row, roll in prose (three present, one absent), DELIBERA 1.-5., opinions table, publication box, running head on page 2",
  "operative_points": 5,
  "act": {"municipality": "Comune di Nusco", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52,
   "date": "2026-04-09", "time": "12:30",
   "subject": "Adesione al progetto “Borghi in Rete – Alta Irpinia” per la promozione turistica integrata. Approvazione schema di accordo di partenariato e designazione del referente comunale.",
   "proposing_office": "Area Amministrativa – Servizi Sociali", "proposal_number": 61, "proposal_date": "2026-04-03",
   "attendees": [A("Antonio Pescatore", "Sindaco"), A("Gerardo Lepore", "Vicesindaco"), A("Maria Rosaria Gallo", "Assessore"),
                 A("Carmine Marra", "Assessore", False)],
   "president": {"title": "Avv.", "role": "Sindaco", "name": "Antonio Pescatore"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Pasquale Iannaccone"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-unionevallitaroceno-dataconsult.pdf", "role": "act",
  "what": "determinazione of an Unione (Chromium print of HTML): green letterhead, Area and Servizio centred, register table (Registro Generale / Registro di Area / Proposta), OGGETTO beside its label, numbered DETERMINA 1-4, visto contabile box",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni Valli Taro e Ceno", "organ": "Area Servizi Finanziari", "office": "Servizio Personale Associato",
   "kind": "determinazione", "number": 214, "sector_number": 37, "date": "2026-04-08",
   "subject": "Liquidazione dei compensi per lavoro straordinario svolto dal personale del Corpo Unico di Polizia Locale nel periodo gennaio–febbraio 2026."}},
 {"file": "determina-perfugas-infobit.pdf", "role": "act",
  "what": "determinazione (fpdf2): letterhead with crest box, label grid SETTORE / SERVIZIO / DETERMINAZIONE Reg. Gen. + DATA / N. SETTORIALE + DEL, OGGETTO between rules, bulleted DETERMINA (4), financial attestation and publication boxes, 2 pages",
  "operative_points": 4,
  "act": {"municipality": "Comune di Perfugas", "organ": "Settore Tecnico", "office": "Servizio Lavori Pubblici e Manutenzioni",
   "kind": "determinazione", "number": 312, "sector_number": 61, "date": "2026-04-10",
   "subject": "Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di sfalcio e diserbo delle banchine stradali comunali – stagione 2026. Impegno di spesa. CIG B8C3F27A15."}},
 {"file": "determina-pollica-elcos.pdf", "role": "act",
  "what": "determinazione (python-docx .docx converted by LibreOffice): Word header with Comune and Settore, number and date in the heading line, OGGETTO in a two-cell table, DETERMINA 1)-5), signature right, visto contabile table",
  "operative_points": 5,
  "act": {"municipality": "Comune di Pollica", "organ": "Settore II – Economico Finanziario", "kind": "determinazione", "number": 143,
   "date": "2026-04-13",
   "subject": "Impegno di spesa per la fornitura di materiale di cancelleria e carta per gli uffici comunali – anno 2026. Affidamento alla ditta Cartotecnica Cilentana s.r.l. – CIG B7A2C41D9E."}},
 {"file": "ordinanza-ormea-gecom.pdf", "role": "act",
  "what": "ordinanza sindacale (TCPDF): protocol stamp box top right, grey band ORDINANZA SINDACALE N. 9 DEL 11/04/2026, OGGETTO in capitals, ORDINA 1.-4., Code 128 barcode with caption, foot with page x of y",
  "operative_points": 4,
  "act": {"municipality": "Comune di Ormea", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-11",
   "subject": "DIVIETO DI TRANSITO VEICOLARE E DI SOSTA IN VIA ROMA, PIAZZA SAN MARTINO E VIA NAZIONALE (TRATTO URBANO) IN OCCASIONE DELLA MANIFESTAZIONE “ORMEA IN FIORE” DEL 25 E 26 APRILE 2026."}},
 {"file": "avviso-orgosolo-apogeo.pdf", "role": "act",
  "what": "numbered avviso pubblico (pdfLaTeX, Latin Modern): Area and Servizio under the letterhead, protocol line, boxed title with AVVISO PUBBLICO N. 3 DEL 08/04/2026, RENDE NOTO, articles 1-5, fancyhdr foot",
  "act": {"municipality": "Comune di Orgosolo", "organ": "Area Socio-Assistenziale e Culturale", "office": "Servizio Sociale",
   "kind": "avviso", "number": 3, "date": "2026-04-08",
   "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026"}},
 {"file": "attestazione-santangelodeilombardi-ceinfo.pdf", "role": "certificate",
  "what": "certificate of publication (OpenPDF) of Giunta deliberation 47 of 02/04/2026: label/value table (N. Registro Albo 287/2026, Tipo atto, Numero atto, Data atto, Oggetto, period), attestation sentence, two signatures",
  "act": {"municipality": "Comune di Sant’Angelo dei Lombardi", "kind": "attestazione", "number": 47, "date": "2026-04-02",
   "subject": "CONCESSIONE IN COMODATO D’USO GRATUITO ALL’ASSOCIAZIONE “PRO LOCO ALTA IRPINIA” DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI VIA SAN ROCCO. APPROVAZIONE SCHEMA DI CONTRATTO."}},
 {"file": "allegato-unionevalnurevalchero-softline.pdf", "role": "attachment",
  "what": "annex A to Giunta dell'Unione deliberation 19/2026 (LibreOffice Calc, landscape): school-transport tariffs by ISEE band, 5 rows x 7 columns, notes, page header and footer",
  "act": {"municipality": "Unione dei Comuni Valnure e Valchero"}},
 {"file": "convocazione-galliate-tecnosys.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale (groff -ms, PostScript through Ghostscript): letterhead, Prot. and date, addressees, title, CONVOCA, agenda of 6 items, second-call date, signature of the Presidente del Consiglio",
  "act": {"municipality": "Comune di Galliate", "kind": "convocazione", "date": "2026-04-13", "time": "21:00",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-aggius-duemme.pdf", "role": "notice",
  "what": "unnumbered avviso to citizens (WeasyPrint): letterhead with Area and Servizi Demografici, date right, spaced AVVISO with its title below, boxed closure dates, list, signature; running head and foot from @page",
  "act": {"municipality": "Comune di Aggius", "organ": "Area Amministrativa", "office": "Servizi Demografici", "kind": "avviso",
   "date": "2026-04-13",
   "subject": "CHIUSURA TEMPORANEA DELL’UFFICIO SERVIZI DEMOGRAFICI PER MIGRAZIONE DEL SOFTWARE ANAGRAFICO"}},
]
json.dump(K, open(os.path.join(O, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# check
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower().replace("’", "'")
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(O, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k["act"]
    strs = [a.get(f) for f in ("municipality", "organ", "office", "subject", "proposing_office") if a.get(f)]
    for at in a.get("attendees", []): strs += [at["name"], at["role"]]
    for p in ("president", "secretary"):
        if p in a: strs += [a[p]["name"], a[p]["role"], a[p].get("title", "")]
    for s in strs:
        if s and norm(s) not in txt:
            print("MISSING", k["file"], "|", s); bad += 1
print("checked", len(K), "missing", bad)
