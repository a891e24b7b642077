# Writes ../keys.json and checks every keyed string against `pdftotext -layout` (whitespace collapsed).
import json, os, subprocess, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def A(name, role, present=True):
    return {'name': name, 'role': role, 'present': present}


keys = [
 {"file": "deliberazione-frignano-libreoffice.pdf", "role": "act",
  "what": "Giunta dell'Unione deliberation 14/2026 of an Unione dei Comuni (Emilia-Romagna), LibreOffice Writer print of a Word-style template: subject in a bordered box under the title, roll table with X in Presente/Assente columns, numbered points 1-5, signature table, certificate of publication and executivity on page 3",
  "operative_points": 5,
  "act": {
   "municipality": "Unione dei Comuni del Frignano",
   "organ": "Giunta dell'Unione",
   "kind": "deliberazione", "number": 14, "date": "2026-02-12", "time": "17:30",
   "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DELLE FUNZIONI DI PROTEZIONE CIVILE – TRIENNIO 2026/2028",
   "proposing_office": "Servizio Protezione Civile", "proposal_number": 19, "proposal_date": "2026-02-05",
   "attendees": [A("GIANASI ROBERTO", "Presidente"), A("BORTOLANI ELENA", "Vice Presidente"),
                 A("CORSINI MAURO", "Assessore"), A("PALLADINI SIMONE", "Assessore", False),
                 A("TORRI ANNALISA", "Assessore"), A("BERNARDONI LUCA", "Assessore"),
                 A("MARCHIONI PAOLO", "Assessore", False), A("FRANCESCHINI GIULIA", "Assessore"),
                 A("ZANNI DAVIDE", "Assessore"), A("VENTURELLI MARCO", "Assessore")],
   "president": {"title": "Sig.", "role": "Presidente", "name": "Roberto Gianasi"},
   "secretary": {"title": "Dott.", "role": "Segretario dell'Unione", "name": "Alessandro Fiorini"},
   "vote": "unanimous",
   "immediately_executive": True}},
 {"file": "determinazione-asufc-msword.pdf", "role": "act",
  "what": "determinazione dirigenziale 312/2026 of a regional health trust (FVG), Word-like template printed by LibreOffice: logo header, shaded number box, Struttura/Articolazione table, boxed subject, numbered points 1-4, publication box",
  "operative_points": 4,
  "act": {
   "municipality": "Azienda sanitaria universitaria Friuli Centrale",
   "organ": "SOC Gestione Risorse Umane",
   "office": "SOS Concorsi e Assunzioni",
   "kind": "determinazione", "number": 312, "date": "2026-02-19",
   "subject": "Liquidazione dei compensi ai componenti esterni della commissione esaminatrice del concorso pubblico, per titoli ed esami, per la copertura di n. 4 posti di Collaboratore professionale sanitario – Fisioterapista (area dei professionisti della salute e dei funzionari)."}},
 {"file": "avviso-circeo-chromium.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 of a national park authority (Lazio), HTML printed by headless Chromium: green letterhead, protocol line, title in two parts (number line, then the object in capitals), articles 1-7 with a table, signature of the Direttore f.f.",
  "act": {
   "municipality": "Ente Parco Nazionale del Circeo",
   "office": "Direttore",
   "kind": "avviso", "number": 3, "date": "2026-02-10",
   "subject": "PER LA CONCESSIONE DI CONTRIBUTI ALLE AZIENDE AGRICOLE E ZOOTECNICHE DEL TERRITORIO DEL PARCO PER L'ACQUISTO DI SISTEMI DI PREVENZIONE DEI DANNI DA FAUNA SELVATICA – ANNUALITÀ 2026"}},
 {"file": "avviso-bonificasardegnacentrale-fpdf.pdf", "role": "notice",
  "what": "unnumbered notice of a land-reclamation consortium (Sardinia) on the deposit of its contribution rolls, fpdf2 with a coloured letterhead band, boxed title, dash-bulleted RENDE NOTO, signed by the Commissario Straordinario",
  "act": {
   "municipality": "Consorzio di Bonifica della Sardegna Centrale",
   "office": "Commissario Straordinario",
   "kind": "avviso", "date": "2026-02-16",
   "subject": "AVVISO DI PUBBLICAZIONE DEI RUOLI DI CONTRIBUENZA CONSORTILE – ANNO 2025"}},
 {"file": "deliberazione-caluso-courier80.pdf", "role": "act",
  "what": "Consiglio comunale deliberation 7/2026 as a legacy 80-column Courier report (enscript + Ghostscript): capitals, box of +-| characters, roll in two numbered side-by-side columns with SI/NO, dotted-leader vote counts (majority), points 1)-3), publication referto with dotted leaders",
  "operative_points": 3,
  "act": {
   "municipality": "Comune di Caluso",
   "organ": "Consiglio Comunale",
   "kind": "deliberazione", "number": 7, "date": "2026-02-26", "time": "21:00",
   "subject": "REGOLAMENTO PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICA DEGLI ARTICOLI 12, 18 E 27 - APPROVAZIONE.",
   "attendees": [A("BERTOLA MAURO", "SINDACO"), A("CHIANALE SILVIA", "CONSIGLIERE"),
                 A("GIACHINO ALBERTO", "CONSIGLIERE"), A("MOSSO ELENA", "CONSIGLIERE"),
                 A("BRUNETTO DARIO", "CONSIGLIERE"), A("PERINO GIORGIO", "CONSIGLIERE", False),
                 A("FERRERO LAURA", "CONSIGLIERE"), A("OBERTO MARCO", "CONSIGLIERE"),
                 A("VIGNA CARLA", "CONSIGLIERE"), A("BOGGIO ROBERTO", "CONSIGLIERE"),
                 A("REVIGLIO ANNA", "CONSIGLIERE"), A("CAVAGLIA’ PIERO", "CONSIGLIERE"),
                 A("TESIO FRANCO", "CONSIGLIERE", False)],
   "president": {"title": "SIG.", "role": "SINDACO", "name": "BERTOLA MAURO"},
   "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "ROSSETTO MARIA GRAZIA"},
   "vote": "majority",
   "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
   "immediately_executive": True}},
 {"file": "determinazione-pontecorvo-datagraph132.pdf", "role": "act",
  "what": "determinazione of a Settore as a legacy 132-column landscape report in Courier with program running head, asterisk banner, sector and general register numbers side by side, refund table with = and - rules, points 1)-4), boxed accounting visa; grey bars every third line",
  "operative_points": 4,
  "act": {
   "municipality": "Comune di Pontecorvo",
   "organ": "SETTORE II - ECONOMICO FINANZIARIO",
   "office": "SERVIZIO TRIBUTI",
   "kind": "determinazione", "number": 188, "sector_number": 45, "date": "2026-02-18",
   "subject": "RIMBORSO IMU ANNUALITA' 2023 E 2024 A CONTRIBUENTI VARI PER VERSAMENTI NON DOVUTI - IMPEGNO E LIQUIDAZIONE DI SPESA."}},
 {"file": "attestazione-roccadaspide-modulo.pdf", "role": "certificate",
  "what": "certificate of publication as a pre-printed form (Times) whose blanks are underscores, filled with typed values in Courier drawn last and a little above the blanks; it certifies Giunta deliberation 21 of 05/02/2026 (reg. pubbl. 173, 09/02-24/02/2026)",
  "act": {
   "municipality": "Comune di Roccadaspide",
   "kind": "attestazione", "number": 21, "date": "2026-02-05",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DI PIAZZA MUNICIPIO E DELLE AREE PEDONALI ANNESSE. CUP E37H25001140004."}},
 {"file": "allegato-codigoro-calc.pdf", "role": "attachment",
  "what": "Allegato A) to a determinazione: a spreadsheet of 66 admitted rent-support applications printed by LibreOffice Calc over 2 pages (repeated header row, sheet name in the page head, 'Pagina x di y' and file name in the foot)",
  "act": {"municipality": "Comune di Codigoro"}},
 {"file": "deliberazione-cormons-latex.pdf", "role": "act",
  "what": "Giunta comunale deliberation 18/2026 (FVG) typeset by pdfLaTeX in Times: bilingual letterhead, letter-spaced headings, roll in two side-by-side tables with P/A, subject printed after the roll and the president's lines, small-caps premises, TeX quotes, points 1.-4., immediate executivity under L.R. 21/2003",
  "operative_points": 4,
  "act": {
   "municipality": "Comune di Cormons",
   "organ": "Giunta comunale",
   "kind": "deliberazione", "number": 18, "date": "2026-02-11", "time": "18:00",
   "subject": "Concessione del patrocinio e di un contributo straordinario all’associazione «Pro Loco Cormons» per la manifestazione “Cormons Libri – Festival dell’editoria regionale” – edizione 2026.",
   "attendees": [A("ZORZENON Marco", "Sindaco"), A("VISINTIN Elena", "Vicesindaco"),
                 A("DRIUSSI Fabio", "Assessore"), A("MARIZZA Sara", "Assessore", False),
                 A("TOMASIN Luca", "Assessore"), A("CUMAR Ilaria", "Assessore")],
   "president": {"title": "dott.", "role": "Sindaco", "name": "Marco Zorzenon"},
   "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Cociancig"},
   "vote": "unanimous",
   "immediately_executive": True}},
 {"file": "determinazione-rogliano-glyphs.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica: letterhead, register box and subject drawn glyph by glyph (no space glyphs), premises justified with Tw and the dispositive part with Tc, Albo stamp rotated along the left margin, running foot painted first; area n. 19 and general register n. 77 in a two-cell box; points 1.-5.",
  "operative_points": 5,
  "act": {
   "municipality": "Comune di Rogliano",
   "organ": "AREA TECNICA",
   "office": "Servizio Lavori Pubblici e Manutenzioni",
   "kind": "determinazione", "number": 77, "sector_number": 19, "date": "2026-02-20",
   "subject": "Lavori di messa in sicurezza della strada comunale “Serra – Cuti”. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 e impegno di spesa. CIG B7C4E21A90 – CUP J67H25000880004."}},
 {"file": "ordinanza-sommavesuviana-xobject.pdf", "role": "act",
  "what": "ordinanza sindacale 9/2026: letterhead, register box and running foot are Form XObjects reused on both pages, heading letter-spaced with Tc, blocks painted out of reading order (ORDINA first, premises last), three bulleted orders, signature alone on page 2",
  "operative_points": 3,
  "act": {
   "municipality": "Comune di Somma Vesuviana",
   "organ": "Sindaco",
   "kind": "ordinanza", "number": 9, "date": "2026-02-17",
   "subject": "Chiusura delle scuole di ogni ordine e grado, dei parchi e dei cimiteri comunali per il giorno 18 febbraio 2026 – Allerta meteo di livello arancione."}},
 {"file": "convocazione-villasor-twocolumn.pdf", "role": "notice",
  "what": "convocation of the Consiglio comunale: letterhead is a picture (name as pixels) with a text caption line under it, title across the page, body in two newspaper columns with an 8-item numbered agenda",
  "act": {
   "municipality": "Comune di Villasor",
   "kind": "convocazione", "date": "2026-02-20",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
]

json.dump(keys, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


bad = 0
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'],
                              capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    checks = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a:
            checks.append((f, a[f]))
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'):
                checks.append((p + '.' + f, a[p][f]))
    for at in a.get('attendees', []):
        checks.append(('attendee', at['name']))
        checks.append(('attendee.role', at['role']))
    for f, v in checks:
        ok = (v in txt) if f == 'subject' else (v.lower() in low)
        if not ok:
            bad += 1
            print('MISSING', k['file'], f, repr(v))
print('checked', len(keys), 'bad', bad)
