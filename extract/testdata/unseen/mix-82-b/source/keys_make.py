# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-bozzolo-writer.pdf", "role": "act",
 "what": "numbered avviso di selezione pubblica (Avviso n. 3/2026 in a bordered box) for a fixed-term Istruttore Amministrativo list, 3-line capital title (HTML opened in LibreOffice Writer)",
 "act": {"municipality": "Comune di Bozzolo", "organ": "AREA AFFARI GENERALI", "office": "Ufficio Personale", "kind": "avviso", "number": 3, "date": "2026-03-12",
  "subject": "AVVISO DI SELEZIONE PUBBLICA, PER TITOLI E COLLOQUIO, PER LA FORMAZIONE DI UNA GRADUATORIA PER ASSUNZIONI A TEMPO DETERMINATO DI ISTRUTTORE AMMINISTRATIVO"}},
{"file": "bando-massalombarda-civilia.pdf", "role": "act",
 "what": "bando di gara n. 2/2026 (procedura aperta, works) with CUP and CIG in the 3-line capital heading; heading letter-spaced with Tc, body justified with Tw (reportlab)",
 "act": {"municipality": "Comune di Massa Lombarda", "organ": "Area Servizi al Territorio", "office": "Servizio Lavori Pubblici", "kind": "bando", "number": 2, "date": "2026-03-16",
  "subject": "PROCEDURA APERTA PER L'AFFIDAMENTO DEI LAVORI DI RIQUALIFICAZIONE DELLA PALESTRA DELLA SCUOLA PRIMARIA \"G. PASCOLI\" – CUP E67H25001230004 – CIG B8F2A41C90"}},
{"file": "esito-castelbolognese-wkhtml.pdf", "role": "notice",
 "what": "esito di gara (green maintenance service) as a label/value table naming the winner GREEN SERVICE SOC. COOP. SOCIALE and the awarding determinazione 97 of 18.03.2026 (wkhtmltopdf)",
 "act": {"municipality": "Comune di Castel Bolognese", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-03-20",
  "subject": "Servizio di manutenzione del verde pubblico comunale per il biennio 2026-2027"}},
{"file": "attestazione-rioloterme-word.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 233/2026) of determinazione 58 of 10/03/2026 approving a school-book grant graduatoria, published 11/03–26/03/2026; body name in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Riolo Terme", "kind": "attestazione", "number": 58, "date": "2026-03-10",
  "subject": "Approvazione della graduatoria definitiva delle domande di contributo per l'acquisto dei libri di testo – a.s. 2025/2026."}},
{"file": "manifestazione-bagnone-latex.pdf", "role": "act",
 "what": "unnumbered avviso pubblico di manifestazione d'interesse for the management of a mountain hut, 3-line bold title, date in words ('addì diciotto del mese di marzo'), letter-spaced name and RENDE NOTO (pdfLaTeX + microtype)",
 "act": {"municipality": "Comune di Bagnone", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "date": "2026-03-18",
  "subject": "AVVISO PUBBLICO DI MANIFESTAZIONE D’INTERESSE PER LA GESTIONE DEL RIFUGIO ESCURSIONISTICO DI LOCALITÀ LA FAGGETA – STAGIONI 2026-2028"}},
{"file": "avviso-liccianardi-groff.pdf", "role": "act",
 "what": "Avviso n. 4/2026 for grants to the upkeep of vicinal roads, number and date on one line ('Licciana Nardi, 24.3.2026'), 3-line bold title (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Licciana Nardi", "organ": "Area Tecnica e Manutentiva", "kind": "avviso", "number": 4, "date": "2026-03-24",
  "subject": "CONTRIBUTI PER LA MANUTENZIONE DELLE STRADE VICINALI DI USO PUBBLICO – ANNO 2026"}},
{"file": "avviso-bagnoliirpino-chromium.pdf", "role": "act",
 "what": "avviso pubblico n. 2/2026 of the Ufficio di Piano of Ambito Territoriale Sociale A03 (Piano di Zona) on the lead Comune's two-part letterhead; 4-line mixed-case title (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bagnoli Irpino", "office": "Ufficio di Piano", "kind": "avviso", "number": 2, "date": "2026-04-02",
  "subject": "AVVISO PUBBLICO per l'accesso al servizio di assistenza domiciliare integrata (ADI) in favore di anziani e persone con disabilità – annualità 2026 –"}},
{"file": "avviso-coreglia-halley.pdf", "role": "act",
 "what": "AVVISO N. 5/2026 (prot. 3412) for social vegetable plots, 80-column Courier in capitals with a character-drawn box and dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "COMUNE DI COREGLIA ANTELMINELLI", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZI SOCIALI", "kind": "avviso", "number": 5, "date": "2026-03-27",
  "subject": "AVVISO PUBBLICO PER L’ASSEGNAZIONE DI ORTI SOCIALI COMUNALI IN LOCALITA’ PIANO DI COREGLIA"}},
{"file": "avviso-destrasele-fpdf.pdf", "role": "notice",
 "what": "avviso ai consorziati of a Consorzio di bonifica (contribution payment and desk calendar), 3-line boxed title, table of desks; DejaVu embedded as CID font (fpdf2)",
 "act": {"municipality": "Consorzio di Bonifica in Destra del Fiume Sele", "organ": "Direttore Generale", "kind": "avviso", "date": "2026-03-30",
  "subject": "AVVISO AI CONSORZIATI Pagamento del contributo consortile 2026 e calendario degli sportelli territoriali"}},
{"file": "bando-sarteano-kibernetes.pdf", "role": "act",
 "what": "bando n. 1 del 9.3.2026 for market stalls; every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Sarteano", "organ": "Settore Attività Produttive", "kind": "bando", "number": 1, "date": "2026-03-09",
  "subject": "BANDO PER L'ASSEGNAZIONE IN CONCESSIONE DEI POSTEGGI DEL MERCATO SETTIMANALE – ANNO 2026"}},
{"file": "graduatoria-alife-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 63/2026: final nursery-school graduatoria of 12 applications by protocol number, merged header cells (Punteggio over Nucleo/Lavoro/Totale) (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Alife"}},
{"file": "esito-camerota-apkappa.pdf", "role": "notice",
 "what": "avviso di esito di gara (lifeguard service), winner SALVAMARE CILENTO S.R.L., award by determinazione 112 of 3.4.2026; letterhead and foot are Form XObjects; body and signature drawn before the heading (reportlab)",
 "act": {"municipality": "Comune di Camerota", "organ": "AREA TECNICA", "office": "Servizio Demanio Marittimo", "kind": "avviso", "date": "2026-04-07",
  "subject": "Affidamento del servizio di salvataggio e assistenza ai bagnanti sulle spiagge libere comunali – stagioni balneari 2026 e 2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
