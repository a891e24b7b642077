# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed):
# subjects exactly, the other strings (municipality, organ, office, proposing office, names, roles,
# titles) without regard to case. Exits 1 if a string is missing that is not a listed exception.
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."

def A(name, role=None, present=True):
    a = {"name": name}
    if role is not None:
        a["role"] = role
    a["present"] = present
    return a

K = [
{"file": "deliberazione-villadossola-fodt.pdf", "role": "act",
 "what": "Giunta comunale deliberation 58/2026 of Villadossola (VB): flat ODF exported by LibreOffice Writer; date and hour only in words in the body, number and date in figures only in the page foot ('n. 58 del 28.4.2026'); roll in prose with 'Assenti giustificati'",
 "operative_points": 4,
 "act": {"municipality": "Comune di Villadossola", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 58, "date": "2026-04-28", "time": "18:30",
  "proposal_number": 71, "proposal_date": "2026-04-22", "proposing_office": "Area Tecnica – Servizio Lavori Pubblici",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della palestra comunale di via Sempione – CUP H73D26000120004.",
  "attendees": [A("MELLERIO Bruno", "Sindaco"), A("ZANOLETTI Paola", "Vicesindaco"), A("TOGNETTI Marco", "Assessore"),
                A("PIRAZZI Elisa", "Assessore"), A("BIONDA Stefano", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Bruno Mellerio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Ferraris"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-ortanova-duecolonne.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026 of Orta Nova (FG), council of 17: roll in two numbered blocks side by side (1-9 | 10-17) with Carica and P/A columns; label grid with proposal and proposing Settore; vote by roll call 11-4 with the four against named, separate vote for immediate executivity; running head repeated on both pages (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Orta Nova", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 14, "date": "2026-04-29", "time": "17:30",
  "proposal_number": 19, "proposal_date": "2026-04-08", "proposing_office": "Settore Economico-Finanziario",
  "subject": "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025 ai sensi dell'art. 227 del D.Lgs. n. 267/2000.",
  "attendees": [A("CARELLA Domenico", "Sindaco"), A("LAVACCA Michele", "Presidente"), A("MASTROLUCA Anna", "Consigliere"),
                A("D'AMICO Raffaele", "Consigliere"), A("STOICO Teresa", "Consigliere"), A("RUSSO Gianluca", "Consigliere"),
                A("CAVALLONE Nicola", "Consigliere"), A("TARANTINO Lucia", "Consigliere"), A("PAZIENZA Vincenzo", "Consigliere"),
                A("RINALDI Sabrina", "Consigliere"), A("SPECCHIO Antonio", "Consigliere", False), A("LOMBARDI Giuseppe", "Consigliere"),
                A("TORTORA Maria", "Consigliere"), A("SGARRO Leonardo", "Consigliere"), A("DE VITO Carmela", "Consigliere"),
                A("CIUFFREDA Matteo", "Consigliere", False), A("FRISOLI Pasquale", "Consigliere")],
  "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Michele Lavacca"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Antonio Scopece"},
  "vote": "majority", "vote_counts": {"present": 15, "voters": 15, "in_favour": 11, "against": 4, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-cupello-reportlab.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026 of Cupello (CH), council of 13: 'N. 11 del 30.4.2026', time '18,00'; ruled roll table N. / CONSIGLIERI / CARICA / Presente / Assente with X and a TOTALE row; vote 'favorevoli n. 9, contrari n. 2 (Di Nardo e Ranieri), astenuti n. 1 (Mariotti)', separate vote 9-3 for immediate executivity; Tw-justified lines, Tc-spaced headings (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cupello", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 11, "date": "2026-04-30", "time": "18:00",
  "subject": "Modifica del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Approvazione.",
  "attendees": [A("DI PIETRO Graziano", "Sindaco"), A("MENNA Lucia", "Consigliere"), A("BUCCIARELLI Fabio", "Consigliere"),
                A("D'ALESSANDRO Rita", "Consigliere"), A("CIANCI Emidio", "Consigliere"), A("SABATINI Tiziana", "Consigliere"),
                A("PICCIRILLI Marco", "Consigliere"), A("MARCOVECCHIO Ivana", "Consigliere"), A("DEL VILLANO Sergio", "Consigliere"),
                A("MONACO Giulia", "Consigliere", False), A("DI NARDO Carlo", "Consigliere"), A("RANIERI Paola", "Consigliere"),
                A("MARIOTTI Alessio", "Consigliere")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Graziano Di Pietro"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Michela Tascone"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-budoni-word.pdf", "role": "act",
 "what": "Giunta comunale deliberation 47/2026 of Budoni: Word model (python-docx, LibreOffice), labels over values in the header grid, roll table with Vicesindaco and an absent Assessore esterno, Word numbered list, act number in the page header",
 "operative_points": 4,
 "act": {"municipality": "Comune di Budoni", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 47, "date": "2026-05-05", "time": "12:30",
  "subject": "Approvazione del piano operativo del servizio di salvamento a mare per la stagione balneare 2026 e indirizzi al Responsabile dell'Area Vigilanza.",
  "attendees": [A("PORCU Giuseppe", "Sindaco"), A("SATTA Maria Grazia", "Vicesindaco"), A("MULA Antonello", "Assessore"),
                A("CAREDDU Salvatore", "Assessore"), A("DEIANA Federica", "Assessore esterno", False)],
  "president": {"role": "Sindaco", "name": "Giuseppe Porcu"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Antonella Fresi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-sestagodano-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Sesta Godano (SP), council of 11: date only in words ('addì ventisette del mese di aprile'), roll with a 'Consigliere anziano' and Sì/No presence, 7 in favour and 2 abstentions named; letter-spaced letterhead (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sesta Godano", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 9, "date": "2026-04-27", "time": "21:00",
  "subject": "Adesione alla Comunità Energetica Rinnovabile della Val di Vara e approvazione dello statuto e dello schema di atto costitutivo.",
  "attendees": [A("COZZANI Andrea", "Sindaco"), A("TASSANO Piero", "Consigliere anziano"), A("BERTONI Marina", "Consigliere"),
                A("CASTAGNETTI Luca", "Consigliere"), A("FERRARI Elena", "Consigliere", False), A("PAGANINI Roberto", "Consigliere"),
                A("BIASSA Davide", "Consigliere"), A("RIVAROLA Silvia", "Consigliere"), A("LAGOMARSINO Franco", "Consigliere"),
                A("SQUADRONI Ilaria", "Consigliere", False), A("MORACCHIOLI Enzo", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Andrea Cozzani"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Giovanna Lagorio"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "deliberazione-specchia-fpdf.pdf", "role": "act",
 "what": "Giunta comunale deliberation 63/2026 of Specchia (LE): members 'indicati nel prospetto riportato in calce', the roll (PROSPETTO DELLE PRESENZE) printed after the decision and the signatures on the last page; running head with the act's number on every page; CID TrueType fonts (fpdf2)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Specchia", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 63, "date": "2026-05-06", "time": "13:15",
  "proposal_number": 88, "proposal_date": "2026-04-30", "proposing_office": "Settore Affari Generali – Servizio Cultura e Turismo",
  "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Loco Specchia per la gestione dell'Ufficio di informazione e accoglienza turistica (IAT) – anno 2026.",
  "attendees": [A("RICCHIUTO Anna Rita", "Sindaca"), A("CAZZATO Luigi", "Vice Sindaco"), A("ZOCCO Marta", "Assessora"),
                A("FERRARO Antonio", "Assessore", False), A("CHIARELLO Vito", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaca", "name": "Anna Rita Ricchiuto"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Cosimo Martella"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-peveragno-groff.pdf", "role": "act",
 "what": "Giunta comunale deliberation 52/2026 of Peveragno (CN): boxed roll with a single P/A column and a legend, date in words, 'ore 18.00'; not declared immediately executive (groff -ms + tbl, Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Peveragno", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 52, "date": "2026-04-23", "time": "18:00",
  "subject": "Contributo straordinario alla Società di Mutuo Soccorso di Peveragno per il restauro della sede sociale. Provvedimenti.",
  "attendees": [A("GIORDANO Paolo", "Sindaco"), A("DUTTO Silvia", "Vicesindaco"), A("GHIBAUDO Marco", "Assessore", False),
                A("AIMAR Chiara", "Assessore"), A("BERTAINA Luca", "Assessore")],
  "president": {"role": "Sindaco", "name": "Paolo Giordano"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio Mattalia"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "deliberazione-barumini-openpdf.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 8/2026 of Barumini (SU), council of 11: 'Numero 8 del 24-04-2026', 'ore 18 e minuti 30'; the roll as two boxes side by side, CONSIGLIERI PRESENTI (9) and CONSIGLIERI ASSENTI (2); every glyph placed with its own Tm, no space characters; rotated margin note; letterhead drawn last (OpenPDF)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Barumini", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 8, "date": "2026-04-24", "time": "18:30",
  "subject": "Approvazione dello schema di convenzione tra i Comuni di Barumini e Las Plassas per la gestione in forma associata del servizio di Segreteria comunale.",
  "attendees": [A("LILLIU Emanuele", "Sindaco"), A("PISANO Giovanni"), A("CADEDDU Franca"), A("ATZORI Marco"), A("MELIS Roberta"),
                A("MURGIA Stefano"), A("ORRÙ Daniela"), A("SERRA Luigi"), A("PUSCEDDU Nicola"),
                A("GARAU Alessandra", None, False), A("FLORIS Mauro", None, False)],
  "president": {"title": "geom.", "role": "Sindaco", "name": "Emanuele Lilliu"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Bonaria Piras"},
  "vote": "unanimous", "vote_counts": {"present": 9, "voters": 9, "in_favour": 9},
  "immediately_executive": True}},
{"file": "deliberazione-torredepasseri-wkhtml.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38/2026 of Torre de' Passeri (PE), Giunta of three: 'n. 38 del 5.5.2026' in a header table with merged cells, roll table with a two-level heading (Presenza over Presente / Assente) and a merged Totale row (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torre de' Passeri", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 38, "date": "2026-05-05", "time": "12:00",
  "subject": "Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio gratuito alle associazioni organizzatrici.",
  "attendees": [A("D'OTTAVIO Mario", "Sindaco"), A("ZUCCARINI Lucia", "Vice Sindaco"), A("DI GREGORIO Franco", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Mario D'Ottavio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Emanuela De Santis"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-apricale-a2ps.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Apricale (IM), sector n. 24 of 21/04/2026, Reg. Gen. n. 87 of 22/04/2026, in a box drawn with + - |: an 80-column Courier report in capitals, a2ps + Ghostscript (hyphens become U+2212 in the text layer, apostrophes U+2019)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Apricale", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E PATRIMONIO",
  "kind": "determinazione", "number": 87, "sector_number": 24, "date": "2026-04-22",
  "subject": "LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DEL MURO DI SOSTEGNO DELLA STRADA COMUNALE APRICALE \u2212 LA PIAZZA DANNEGGIATO DAGLI EVENTI METEOROLOGICI DEL 9 APRILE 2026 \u2212 APPROVAZIONE PERIZIA GIUSTIFICATIVA E IMPEGNO DI SPESA \u2212 CUP F57H26000210004 \u2212 CIG B9D35E1A72"}},
{"file": "determinazione-bibiana-gofpdf.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Bibiana (TO): register box at the top right ('N. 47/2026 R.G.', date, the Area's number 12, proposal 58 of 27/04/2026), Area and Servizio at the top left; signature and accounting visa on page 2 (Go, go-pdf/fpdf, Tw justification)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Bibiana", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Istruzione, Cultura e Sport",
  "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-04-30",
  "proposal_number": 58, "proposal_date": "2026-04-27",
  "subject": "Servizio di trasporto scolastico per gli anni scolastici 2026/2027 e 2027/2028 – Determinazione a contrarre e avvio della procedura negoziata sulla piattaforma telematica – CIG B9C4F27A10."}},
{"file": "avviso-rodigarganico-handmade.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the SUAP of Rodi Garganico (FG) on summer occupation of public land; a PDF written object by object: letterhead and foot as Form XObjects, page drawn out of reading order (rotated Albo stamp first, letterhead last), 'AVVISO' letter-spaced with Tc, body justified with Tw",
 "act": {"municipality": "Comune di Rodi Garganico", "organ": "SETTORE ATTIVITÀ PRODUTTIVE",
  "office": "Sportello Unico per le Attività Produttive (SUAP)", "kind": "avviso", "date": "2026-05-04",
  "subject": "OCCUPAZIONE TEMPORANEA DI SUOLO PUBBLICO PER DEHORS E ATTIVITÀ STAGIONALI – ESTATE 2026"}},
]

# deliberate exceptions: (file, field, string) expected NOT to be found as keyed
# Torre de' Passeri: the label "OGGETTO" is centred vertically beside the two lines of the subject, so
# pdftotext -layout prints it on a line of its own between them: the subject's words are all there, in
# order, but "OGGETTO" stands between "del" and "patrocinio".
EXCEPTIONS = {
    ("deliberazione-torredepasseri-wkhtml.pdf", "subject",
     "Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio gratuito alle associazioni organizzatrici."),
}

if __name__ == "__main__":
    json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
    open(D + "/keys.json", "a").write("\n")
    def norm(s): return re.sub(r"\s+", " ", s).strip()
    bad = 0
    for k in K:
        txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
        low = txt.lower()
        a = k.get("act", {})
        strs = []
        for f in ("municipality", "organ", "office", "proposing_office", "subject"):
            if f in a: strs.append((f, a[f]))
        for p in a.get("attendees", []):
            strs.append(("att", p["name"]))
            if "role" in p: strs.append(("role", p["role"]))
        for f in ("president", "secretary"):
            if f in a: strs += [(f, v) for v in a[f].values()]
        miss = []
        for f, s in strs:
            found = (s in txt) if f == "subject" else (s.lower() in low)
            if not found and (k["file"], f, s) not in EXCEPTIONS:
                miss.append((f, s))
        exc = [f for f, s in strs if (k["file"], f, s) in EXCEPTIONS
               and not ((s in txt) if f == "subject" else (s.lower() in low))]
        if miss: bad += 1
        print(k["file"], "MISSING: %s" % miss if miss else "ok",
              "(listed exception, not found as keyed: %s)" % ", ".join(exc) if exc else "")
    sys.exit(1 if bad else 0)
