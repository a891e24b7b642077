# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-aslnapoli2nord-reportlab.pdf", "role": "act",
 "what": "deliberazione del Direttore Generale n. 214 del 12.3.2026 of an ASL (Campania), proposal 287 of 9.3.2026 of the U.O.C. Gestione Risorse Umane; every justified line sets Tw, letterhead letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Azienda Sanitaria Locale Napoli 2 Nord", "organ": "Direttore Generale", "office": "U.O.C. Gestione Risorse Umane", "kind": "deliberazione",
  "number": 214, "date": "2026-03-12", "proposal_number": 287, "proposal_date": "2026-03-09",
  "subject": "Presa d'atto della graduatoria finale dell'avviso di mobilità per n. 6 posti di Collaboratore Professionale Sanitario – Infermiere (cat. D) e assunzione in servizio a tempo indeterminato dei primi sei candidati.",
  "immediately_executive": True}},
{"file": "decreto-territoridelmincio-latex.pdf", "role": "act",
 "what": "decreto del Presidente n. 7 del 4.2.2026 of a Consorzio di bonifica (Lombardia), urgent authorisation to resist in court; fancyhdr running head repeating body and number, Times (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Consorzio di Bonifica Territori del Mincio", "organ": "Presidente", "kind": "decreto", "number": 7, "date": "2026-02-04",
  "subject": "Autorizzazione a resistere nel giudizio promosso dinanzi al Tribunale Regionale delle Acque Pubbliche presso la Corte d’Appello di Milano dalla società Agricola Corte Bianca s.s. e conferimento dell’incarico di patrocinio legale."}},
{"file": "determinazione-parcovalgrande-chromium.pdf", "role": "act",
 "what": "determinazione del Direttore of a national park authority (Piemonte); number and date only in the register grid at the end of the act (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Ente Parco Nazionale della Val Grande", "organ": "Direttore", "office": "Servizio Conservazione della Natura e Ricerca Scientifica", "kind": "determinazione",
  "number": 58, "date": "2026-03-17",
  "subject": "Affidamento diretto del servizio di monitoraggio della fauna ungulata mediante fototrappolaggio nelle aree di Pogallo e Scaredi per la stagione 2026 – CIG B8F2A61C0D – Impegno di spesa."}},
{"file": "determinazione-bassavallescrivia-wkhtml.pdf", "role": "act",
 "what": "determinazione of an Unione dei Comuni (Piemonte): 'N. 47/2026 R.G. del 10/03/2026' in a box of the head, sector n. 12 del 09/03/2026 and proposal n. 61 del 05/03/2026 in a grey label grid; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 5,
 "act": {"municipality": "Unione dei Comuni della Bassa Valle Scrivia", "organ": "Area Tecnica e Protezione Civile", "office": "Servizio Manutenzioni e Verde Pubblico", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-10", "proposal_number": 61, "proposal_date": "2026-03-05",
  "subject": "SERVIZIO DI SFALCIO DELLE BANCHINE STRADALI E DEGLI ARGINI DELLE ROGGE NEI COMUNI DELL'UNIONE – ANNO 2026 – AFFIDAMENTO E IMPEGNO DI SPESA – CIG B7A9C3E250."}},
{"file": "deliberazione-caloresalernitano-writer.pdf", "role": "act",
 "what": "delibera della Giunta Esecutiva n. 19 of a Comunità montana (Campania); date and time in words ('addì ventisei del mese di marzo, alle ore undici e trenta'); roll table with P/A columns (HTML opened in LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comunità Montana Calore Salernitano", "organ": "Giunta Esecutiva", "kind": "deliberazione", "number": 19, "date": "2026-03-26", "time": "11:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica degli interventi di sistemazione idraulico-forestale del vallone Fiumicello in agro di Castel San Lorenzo.",
  "attendees": [A("Nicola Vairo", "Presidente"), A("Angela Cembalo", "Vice Presidente"), A("Gerardo D'Angelo", "Assessore", False), A("Carmine Peduto", "Assessore"), A("Rosa Mottola", "Assessore")],
  "president": {"role": "Presidente", "name": "Nicola Vairo"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Antonio Guglielmotti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "avviso-arpalazio-fpdf.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 of a regional environment agency (Lazio) for two fixed-term chemists, prot. 18604 of 18/03/2026; TrueType fonts embedded as Type0/CID (fpdf2)",
 "act": {"municipality": "ARPA Lazio", "organ": "Direzione Amministrativa", "office": "Servizio Risorse Umane", "kind": "avviso", "number": 4, "date": "2026-03-18",
  "subject": "AVVISO PUBBLICO, PER TITOLI E COLLOQUIO, PER IL CONFERIMENTO DI N. 2 INCARICHI A TEMPO DETERMINATO DI COLLABORATORE TECNICO PROFESSIONALE – CHIMICO PRESSO LA SEZIONE PROVINCIALE DI FROSINONE"}},
{"file": "ordinanza-aspragusa-nuance.pdf", "role": "act",
 "what": "ordinanza n. 3/2026 del 13.3.2026 of the U.O.C. Sanità Animale of an ASP (Sicilia), brucellosis outbreak; every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the right margin, drawn before the text",
 "operative_points": 4,
 "act": {"municipality": "Azienda Sanitaria Provinciale di Ragusa", "organ": "Direttore dell'U.O.C. Sanità Animale", "office": "Dipartimento di Prevenzione Veterinario", "kind": "ordinanza", "number": 3, "date": "2026-03-13",
  "subject": "Misure sanitarie urgenti per il focolaio di brucellosi ovina accertato nell'allevamento codice aziendale 012RG047 in contrada Cozzo Ruvetto del Comune di Chiaramonte Gulfi."}},
{"file": "certificato-bonificagallura-enscript.pdf", "role": "certificate",
 "what": "certificate of publication (reg. pubbl. 164/2026, 12/03-27/03/2026, issued 30/03/2026) of deliberazione del Consiglio di Amministrazione n. 23 del 10/03/2026 of a Consorzio di bonifica (Sardegna); 80-column Courier report (enscript + Ghostscript)",
 "act": {"municipality": "CONSORZIO DI BONIFICA DELLA GALLURA", "kind": "attestazione", "number": 23, "date": "2026-03-10",
  "subject": "APPROVAZIONE DEL PIANO DI RIPARTO DELLE SPESE DI ESERCIZIO E MANUTENZIONE DEGLI IMPIANTI IRRIGUI PER L’ANNO 2026"}},
{"file": "allegato-atotoscanacentro-calc.pdf", "role": "attachment",
 "what": "Allegato A to deliberazione dell'Assemblea n. 6 del 20/03/2026 of the waste-management ATO (Toscana): cost split per Comune, merged two-level header, title rows repeated on both pages (openpyxl .xlsx printed by LibreOffice Calc, landscape)",
 "act": {"municipality": "Autorità ATO Toscana Centro"}},
{"file": "convocazione-cmlaghibergamaschi-groff.pdf", "role": "notice",
 "what": "letter convening the Assemblea of a Comunità montana (Lombardia) for 30/03/2026 at 18:00 (second call 31/03/2026), prot. 2318 of 16/03/2026 in a boxed tbl table; 6-item agenda (groff -ms, gropdf)",
 "act": {"municipality": "COMUNITÀ MONTANA LAGHI BERGAMASCHI", "kind": "convocazione", "date": "2026-03-16",
  "subject": "Convocazione dell’Assemblea della Comunità Montana – seduta ordinaria del 30 marzo 2026."}},
{"file": "deliberazione-aato3marche-reportlab.pdf", "role": "act",
 "what": "deliberazione dell'Assemblea n. 5 of an ATO for water services (Marche): roll of the member bodies' representatives in two side-by-side column groups, qualifica under each name; letterhead/foot Form XObjects on both pages; page 2 draws points and signatures before the heading; majority vote with counts",
 "operative_points": 4,
 "act": {"municipality": "AATO 3 Marche Centro – Macerata", "organ": "Assemblea", "kind": "deliberazione", "number": 5, "date": "2026-03-19", "time": "10:00",
  "subject": "Servizio idrico integrato – Approvazione dell'aggiornamento del Programma degli Interventi 2026-2029 e della predisposizione tariffaria del gestore APM S.p.A.",
  "attendees": [A("Sandro Parcaroli", "Presidente"), A("Francesca D'Alessandro", "Assessore delegato"), A("Mauro Sclavi", "Sindaco"), A("Emanuele Pepa", "Sindaco", False),
                A("Giuliana Giampaoli", "Sindaco"), A("Franco Capponi", "Sindaco"), A("Noemi Tartabini", "Sindaco"), A("Andrea Staffolani", "Sindaco"),
                A("Rosa Piermattei", "Sindaco", False), A("Reano Malaisi", "Sindaco"), A("Andrea Michelini", "Sindaco"), A("Mauro Romoli", "Sindaco")],
  "president": {"role": "Presidente", "name": "Sandro Parcaroli"},
  "secretary": {"title": "ing.", "role": "Direttore", "name": "Massimo Principi"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
  "immediately_executive": True}},
{"file": "avviso-parchiromagna-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO of a regional parks authority (Emilia-Romagna): temporary closure of a trail; body and service in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "ENTE DI GESTIONE PER I PARCHI E LA BIODIVERSITÀ – ROMAGNA", "organ": "Servizio Aree Protette e Fruizione", "kind": "avviso", "date": "2026-03-20",
  "subject": "CHIUSURA TEMPORANEA DEL SENTIERO CAI 511 \"CRESTA DELLA VENA DEL GESSO\" PER LAVORI DI MESSA IN SICUREZZA"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
