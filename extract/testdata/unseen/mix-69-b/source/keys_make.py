# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-caliceligure-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the release of building permit n. 14/2026 (the permit's number, not the notice's) of Calice Ligure (SV); Area/Servizio in a Word header table, Prot. n. 4127 del 09/11/2026 top right, permit data in a ruled table, dated 'Calice Ligure, 9 novembre 2026' (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Calice Ligure", "organ": "Area Tecnica", "office": "Servizio Edilizia Privata e Urbanistica", "kind": "avviso", "date": "2026-11-09",
  "subject": "AVVISO DI RILASCIO DEL PERMESSO DI COSTRUIRE N. 14/2026"}},
{"file": "avviso-cairano-civilia.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the release of a landscape authorisation (art. 146 c. 13 D.Lgs. 42/2004) of Cairano (AV), Prot. n. 3318 del 10/11/2026: letterhead, foot and a rotated Albo stamp are Form XObjects; page drawn out of reading order (foot, signature, body bottom-up, stamp, letterhead, title); headings letter-spaced with Tc, body justified with Tw (ReportLab)",
 "act": {"municipality": "Comune di Cairano", "organ": "AREA TECNICA", "office": "Ufficio Urbanistica e Paesaggio", "kind": "avviso", "date": "2026-11-10",
  "subject": "AVVISO DI RILASCIO DI AUTORIZZAZIONE PAESAGGISTICA"}},
{"file": "determinazione-valduggia-halley.pdf", "role": "act",
 "what": "determinazione granting a cemetery niche for 50 years: 80-column Latin-1 Courier report in capitals, register box with dotted labels 'DETERMINAZIONE N. ........: 41 DEL 05/11/2026 / REG. GENERALE N. .........: 312 DEL 06/11/2026', points 1)-4) (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Valduggia", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZI CIMITERIALI", "kind": "determinazione", "number": 312, "sector_number": 41, "date": "2026-11-06",
  "subject": "CONCESSIONE CIMITERIALE DEL LOCULO N. 118, FILA III, BLOCCO C DEL CIMITERO DEL CAPOLUOGO AL SIG. ZANETTA PIERO - DURATA ANNI 50."}},
{"file": "pubblicazione-ovodda-groff.pdf", "role": "notice",
 "what": "marriage banns of Ovodda (NU): 'Atto n. 3 – Parte I – Serie A / Anno 2026' (the banns register, not keyed as a number), boxed SPOSO/SPOSA table, dateline 'Ovodda, 11/11/2026', empty relata box, running foot (groff -ms + tbl, gropdf, base-14 Times)",
 "act": {"municipality": "Comune di Ovodda", "organ": "Ufficiale dello Stato Civile", "office": "Ufficio dello Stato Civile", "kind": "pubblicazione di matrimonio", "date": "2026-11-11",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "avviso-montagnareale-siscom.pdf", "role": "notice",
 "what": "avviso di deposito di atto nella casa comunale (art. 140 c.p.c.) of the messo comunale of Montagnareale (ME), 12.11.2026: 'Registro depositi n. 58/2026' and 'Cron. notifiche n. 1127' boxes (registers, not keyed), deposited act in a label|value table, protocol stamp rotated up the right margin; DejaVu as CID Identity-H subsets (fpdf2)",
 "act": {"municipality": "Comune di Montagnareale", "organ": "AREA AMMINISTRATIVA", "office": "UFFICIO MESSI COMUNALI", "kind": "avviso", "date": "2026-11-12",
  "subject": "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE"}},
{"file": "avviso-montaguto-latex.pdf", "role": "act",
 "what": "numbered AVVISO D'ASTA PUBBLICA N. 2/2026 (sale of the timber of a municipal wood) of Montaguto (AV), dated only in words ('addì tredici del mese di novembre dell'anno duemilaventisei'); letter-spaced headings (microtype \\lsstyle), small-caps Area/Servizio line, lot data in a ruled table, number in the running foot (pdfLaTeX)",
 "act": {"municipality": "Comune di Montaguto", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "number": 2, "date": "2026-11-13",
  "subject": "VENDITA DEL MATERIALE LEGNOSO RITRAIBILE DAL TAGLIO DEL BOSCO COMUNALE “COSTA DELLA CROCE” – LOTTO UNICO"}},
{"file": "decreto-mendatica-chromium.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO 'N. 7 del 2.11.2026' (no leading zeros) of Mendatica (IM) naming the Responsabile del Servizio Finanziario with an EQ post; boxed OGGETTO, DECRETA 1-5 as an ordered list, running head 'Decreto n. 7 del 2.11.2026' and 'Pagina X di Y' as CSS @page margin boxes; signature and acceptance alone on page 2 (headless Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Mendatica", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-11-02",
  "subject": "Nomina del Responsabile del Servizio Finanziario e conferimento dell'incarico di Elevata Qualificazione per il periodo dal 3 novembre 2026 al 31 dicembre 2027."}},
{"file": "autorizzazione-casteldilucio-wkhtml.pdf", "role": "act",
 "what": "AUTORIZZAZIONE n. 19/2026 of the SUAP of Castel di Lucio (ME) for a public show (art. 68 T.U.L.P.S.): number, date, protocol and subject only in a label grid under the letterhead (Oggetto spanning three cells), AUTORIZZA with four numbered prescriptions (wkhtmltopdf)",
 "act": {"municipality": "Comune di Castel di Lucio", "organ": "Area Amministrativa", "office": "Servizio Attività Produttive – SUAP", "kind": "autorizzazione", "number": 19, "date": "2026-11-06",
  "subject": "Autorizzazione allo svolgimento della manifestazione di pubblico spettacolo “San Martino in Piazza 2026” in piazza Umberto I nei giorni 10 e 11 novembre 2026 (art. 68 T.U.L.P.S.)."}},
{"file": "ordinanza-escolca-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente 22/2026 of Escolca (SU) closing the schools for a red weather alert: every glyph its own Tm+Tj, spaces never drawn, justified by moving glyphs; spaced 'O R D I N A' with points 1)-3); Albo stamp rotated 90° in the left margin (ReportLab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Escolca", "organ": "Sindaco", "kind": "ordinanza", "number": 22, "date": "2026-11-16",
  "subject": "Chiusura delle scuole di ogni ordine e grado del territorio comunale nella giornata di martedì 17 novembre 2026 per allerta meteo di livello rosso."}},
{"file": "decreto-savignanoirpino-openpdf.pdf", "role": "act",
 "what": "DECRETO DI ESPROPRIO n. 1/2026 of the Area Tecnica (autorità espropriante) of Savignano Irpino (AV): label grid with merged cells (Registro Decreti n. | 1/2026 | del | 04/11/2026; Oggetto spanning 3 columns), parcels table with a two-row header (Catasto Terreni over Foglio/Particella/Sup.) and a Totale row, Art. 1-5; letterhead and foot with the number from a page event on both pages; Liberation Sans as Identity-H (Java, OpenPDF 1.3.30)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Savignano Irpino", "organ": "AREA TECNICA", "office": "Ufficio per le Espropriazioni", "kind": "decreto", "number": 1, "date": "2026-11-04",
  "subject": "Lavori di messa in sicurezza e adeguamento della strada comunale Fontana Vecchia – CUP D57H24001120002. Decreto di esproprio ai sensi dell'art. 23 del D.P.R. 8 giugno 2001, n. 327."}},
{"file": "avviso-ailoche-calc.pdf", "role": "notice",
 "what": "AVVISO – OGGETTI RINVENUTI of Ailoche (BI) (arts. 927-929 c.c.): a spreadsheet with merged title rows, a ruled list of 5 found objects, dated 'Ailoche, 13/11/2026', 'Pagina 1 di 1' foot (openpyxl .xlsx, LibreOffice Calc)",
 "act": {"municipality": "Comune di Ailoche", "office": "Ufficio Oggetti Rinvenuti", "kind": "avviso", "date": "2026-11-13",
  "subject": "ELENCO DEGLI OGGETTI RINVENUTI NEL TERRITORIO COMUNALE E DEPOSITATI PRESSO IL COMUNE"}},
{"file": "determinazione-valleufita-writer.pdf", "role": "act",
 "what": "determinazione of the CUC of an Unione dei Comuni (Campania): register grid with row-spanning cells ('DETERMINAZIONE / N. 118/2026 R.G.', 'N. di Settore | 27', 'Proposta n. | 131 del 09.11.2026', 'Data di adozione 10.11.2026'), OGGETTO spanning three cells, DETERMINA 1.-5. (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 5,
 "act": {"municipality": "Unione dei Comuni Valle Ufita", "organ": "SETTORE AMMINISTRATIVO – CENTRALE UNICA DI COMMITTENZA", "kind": "determinazione", "number": 118, "sector_number": 27, "date": "2026-11-10",
  "proposal_number": 131, "proposal_date": "2026-11-09",
  "subject": "Servizio di trasporto scolastico per i Comuni dell'Unione – A.S. 2026/2027 – Approvazione dei verbali di gara e aggiudicazione – CIG B9A3F27C15"}},
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
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
