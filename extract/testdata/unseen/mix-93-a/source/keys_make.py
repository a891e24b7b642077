# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-ertoecasso-kibernetes.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 5/2026 on grants for mowing mountain meadows; Area/Servizio only in the letterhead, place and date only at the end; every glyph its own Tm+Tj, justified by moving glyphs (reportlab)",
 "act": {"municipality": "Comune di Erto e Casso", "organ": "Area Tecnica", "office": "Servizio Patrimonio e Territorio", "kind": "avviso", "number": 5, "date": "2026-04-14",
  "subject": "CONCESSIONE DI CONTRIBUTI PER LO SFALCIO E LA MANUTENZIONE DEI PRATI E DEI PASCOLI DI MONTAGNA – ANNO 2026"}},
{"file": "avviso-cimolais-halley.pdf", "role": "notice",
 "what": "AVVISO publishing the GRADUATORIA PROVVISORIA of the allotment gardens, prot. 1187 of 9.4.2026, bordered ranking table; Area/Servizi only in the signature (fpdf2)",
 "act": {"municipality": "Comune di Cimolais", "organ": "Area Amministrativa", "office": "Servizi Demografici e Sociali", "kind": "avviso", "date": "2026-04-09",
  "subject": "GRADUATORIA PROVVISORIA PER L'ASSEGNAZIONE IN COMODATO DEGLI ORTI SOCIALI COMUNALI DI VIA DEI PRADI – TRIENNIO 2026-2028"}},
{"file": "avviso-andreis-writer.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 2/2026, GRADUATORIA DEFINITIVA of summer-camp grants; ranking table with merged (rowspan/colspan) cells; date in words at the end (HTML -> LibreOffice Writer)",
 "act": {"municipality": "Comune di Andreis", "organ": "Area Amministrativa", "office": "Ufficio Servizi Sociali e Scolastici", "kind": "avviso", "number": 2, "date": "2026-04-21",
  "subject": "GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO PER LA FREQUENZA DEI CENTRI ESTIVI 2026"}},
{"file": "avviso-barcis-chromium.pdf", "role": "notice",
 "what": "AVVISO DI AGGIUDICAZIONE (esito di gara) of lakeside works, CIG/CUP in the title, label grid; office in the right half of the letterhead, place and date at the end (Chromium)",
 "act": {"municipality": "Comune di Barcis", "organ": "Ufficio Tecnico Comunale", "office": "Lavori Pubblici e Manutenzioni", "kind": "avviso", "date": "2026-04-16",
  "subject": "LAVORI DI RIQUALIFICAZIONE DEL LUNGOLAGO E DELLA PASSEGGIATA PEDONALE DI VIA VALCELLINA – CUP E37B25000290006 – CIG B9F2A31C07"}},
{"file": "bando-revinelago-wkhtml.pdf", "role": "act",
 "what": "BANDO DI GARA N. 1/2026 (open procedure, school catering, CIG in the title); number and date in a label grid under the title (wkhtmltopdf)",
 "act": {"municipality": "Comune di Revine Lago", "organ": "Area Servizi alla Persona", "office": "Ufficio Scuola e Cultura", "kind": "bando", "number": 1, "date": "2026-04-10",
  "subject": "PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER LA SCUOLA PRIMARIA E DELL'INFANZIA – ANNI SCOLASTICI 2026/2027 E 2027/2028 – CIG B7D41E29A6"}},
{"file": "avviso-fregona-latex.pdf", "role": "notice",
 "what": "AVVISO D'ASTA for the sale of a former school; letter-spaced heading (microtype \\lsstyle), small-caps Area/Servizio line, place and date at the end (pdfLaTeX)",
 "act": {"municipality": "Comune di Fregona", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "date": "2026-04-15",
  "subject": "ALIENAZIONE MEDIANTE ASTA PUBBLICA DELL’EX SCUOLA ELEMENTARE DI OSIGO E DELL’AREA DI PERTINENZA"}},
{"file": "avviso-tarzo-enscript.pdf", "role": "notice",
 "what": "AVVISO DI DEPOSITO of Variante parziale n. 12 al Piano degli Interventi (L.R. Veneto 11/2004); 80-column Courier text with character-drawn box and dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Tarzo", "organ": "AREA TECNICA", "office": "SERVIZIO URBANISTICA ED EDILIZIA PRIVATA", "kind": "avviso", "date": "2026-04-13",
  "subject": "VARIANTE PARZIALE N. 12 AL PIANO DEGLI INTERVENTI - MODIFICHE PUNTUALI ALLA ZONIZZAZIONE E ALLE NORME TECNICHE OPERATIVE (ART. 18 DELLA LEGGE REGIONALE 23 APRILE 2004, N. 11)"}},
{"file": "avviso-trambileno-groff.pdf", "role": "notice",
 "what": "AVVISO of a public assembly on a square redevelopment project; signed by the Sindaco, no office; place and date at the end (groff -ms, gropdf, hyphenated justified text)",
 "act": {"municipality": "Comune di Trambileno", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-15",
  "subject": "ASSEMBLEA PUBBLICA SUL PROGETTO DI RIQUALIFICAZIONE DELLA PIAZZA E DEI PERCORSI PEDONALI DELLA FRAZIONE DI MOSCHERI"}},
{"file": "avviso-sagronmis-reportlab.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 4/2026, expression of interest for running a bivouac; two-column body justified with Tw, right column drawn before the left, letterhead letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Sagron Mis", "organ": "Segretario comunale", "office": "Servizio Segreteria e Patrimonio", "kind": "avviso", "number": 4, "date": "2026-04-17",
  "subject": "MANIFESTAZIONE DI INTERESSE PER LA CONCESSIONE IN GESTIONE DEL BIVACCO E DELL'AREA PICNIC DI MALGA SCANAIOL – STAGIONI 2026-2028"}},
{"file": "avviso-frassilongo-formx.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 2/2026 of a selection for fixed-term workers, 2 pages; letterhead/foot/Albo stamp are Form XObjects on both pages, stamp rotated 90°, body drawn before the heading; office only in the signature, place and date on the last page (reportlab)",
 "act": {"municipality": "Comune di Frassilongo", "organ": "Segretario comunale", "kind": "avviso", "number": 2, "date": "2026-04-20",
  "subject": "SELEZIONE PUBBLICA PER ESAMI PER ASSUNZIONI A TEMPO DETERMINATO DI OPERAIO QUALIFICATO – CATEGORIA B, LIVELLO EVOLUTO"}},
{"file": "attestazione-ronzochienis-civilia.pdf", "role": "certificate",
 "what": "certificate of publication of AVVISO PUBBLICO n. 6/2026 of 02/04/2026 (published 02/04–17/04/2026, register n. 148); Courier form with dotted blanks (fpdf2)",
 "act": {"municipality": "Comune di Ronzo-Chienis", "kind": "attestazione", "number": 6, "date": "2026-04-02",
  "subject": "CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE E CULTURALI PER L'ATTIVITA' ORDINARIA - ANNO 2026"}},
{"file": "avviso-frisanco-word.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 8/2026 on firewood lots (uso civico di legnatico), 2 pages; letterhead with Area/Servizio and footer repeated on every page as Word header/footer (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Frisanco", "organ": "Area Tecnica", "office": "Servizio Boschi e Usi Civici", "kind": "avviso", "number": 8, "date": "2026-04-16",
  "subject": "ASSEGNAZIONE DEI LOTTI BOSCHIVI PER L'ESERCIZIO DELL'USO CIVICO DI LEGNATICO – STAGIONE SILVANA 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
