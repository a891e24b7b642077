# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file":"determinazione-siliqua-halley.pdf","role":"act","operative_points":4,"act":{"municipality":"COMUNE DI SILIQUA","organ":"AREA TECNICA","office":"SERVIZIO LAVORI PUBBLICI E PATRIMONIO","kind":"determinazione","number":187,"sector_number":45,"date":"2026-03-10",
 "subject":"LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA DI VIA MANNO - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA DI EURO 38.420,00 - CIG B9D41E27A3 - CUP E27H26000150004"}},
{"file":"determinazione-caltavuturo-writer.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI CALTAVUTURO","organ":"Area Amministrativa","office":"Servizio Sociale","kind":"determinazione","number":96,"sector_number":14,"date":"2026-03-12","proposal_number":21,"proposal_date":"2026-03-10",
 "subject":"Servizio di assistenza domiciliare agli anziani (SAD) – Impegno di spesa per il periodo 1° aprile – 31 dicembre 2026 in favore della Cooperativa Sociale “Madonie Solidale”. CIG B8F20C41D9."}},
{"file":"determinazione-mandas-halleyglyph.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI MANDAS","organ":"AREA FINANZIARIA","office":"Servizio Bilancio e Contabilità","kind":"determinazione","number":92,"sector_number":8,"date":"2026-03-13",
 "subject":"Liquidazione alla società Abbanoa S.p.A. delle fatture relative alla fornitura idrica degli immobili comunali - quarto bimestre 2025."}},
{"file":"ordinanza-butera-latex.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI BUTERA","organ":"Area Tecnica","office":"Servizio Urbanistica e Protezione Civile","kind":"ordinanza","number":7,"date":"2026-03-18",
 "subject":"Divieto di transito veicolare in via Vittorio Emanuele nel tratto compreso tra piazza Duomo e via Garibaldi per lavori di consolidamento del muro di sostegno."}},
{"file":"determinazione-marianopoli-chromium.pdf","role":"act","operative_points":3,"act":{"municipality":"Comune di Marianopoli","organ":"Area Economico-Finanziaria","office":"Servizio Ragioneria e Tributi","kind":"determinazione","number":74,"sector_number":9,"date":"2026-03-16",
 "subject":"Liquidazione della fattura n. 112/2026 alla ditta Tipografia Nissena s.n.c. per la fornitura di stampati per gli uffici comunali. CIG B6A13F50E2."}},
{"file":"determinazione-gairo-wkhtml.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI GAIRO","organ":"Area Tecnica","office":"Servizio Tecnico Manutentivo","kind":"determinazione","number":61,"sector_number":12,"date":"2026-03-06",
 "subject":"RIMOZIONE E SMALTIMENTO DI RIFIUTI ABBANDONATI LUNGO LA S.P. 11 E LE STRADE RURALI - LIQUIDAZIONE ALLA DITTA OGLIASTRA AMBIENTE S.R.L. - CIG B71C0D3E58"}},
{"file":"determinazione-buscemi-reportlab.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI BUSCEMI","organ":"Area Amministrativa","office":"Servizio Pubblica Istruzione","kind":"determinazione","number":83,"sector_number":19,"date":"2026-03-11",
 "subject":"Servizio di trasporto scolastico degli alunni pendolari frequentanti gli istituti di Palazzolo Acreide - Impegno di spesa per il periodo gennaio-giugno 2026."}},
{"file":"determinazione-sommatino-groff.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI SOMMATINO","organ":"Area Servizi alla Persona","office":"Servizio Sociale","kind":"determinazione","number":118,"sector_number":31,"date":"2026-03-05",
 "subject":"Erogazione del contributo economico straordinario a nuclei familiari in condizione di disagio — Impegno e liquidazione primo trimestre 2026."}},
{"file":"decreto-villamar-xobject.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI VILLAMAR","organ":"Sindaco","kind":"decreto","number":4,"date":"2026-03-02",
 "subject":"Nomina del Responsabile dell'Area Tecnica - Servizio Lavori Pubblici, Urbanistica e Ufficio Espropri - con attribuzione della posizione organizzativa."}},
{"file":"ordinanza-assoro-fpdf.pdf","role":"act","operative_points":3,"act":{"municipality":"COMUNE DI ASSORO","organ":"Sindaco","kind":"ordinanza","number":11,"date":"2026-03-20",
 "subject":"Misure urgenti per la prevenzione degli incendi boschivi e di interfaccia per la stagione estiva 2026 - Obbligo di pulizia dei terreni incolti."}},
{"file":"attestazione-perdasdefogu-word.pdf","role":"certificate","act":{"municipality":"COMUNE DI PERDASDEFOGU","kind":"attestazione","number":58,"sector_number":22,"date":"2026-03-02",
 "subject":"Acquisto di materiale per la manutenzione ordinaria della rete idrica comunale - Impegno di spesa."}},
{"file":"allegato-nuraminis-calc.pdf","role":"attachment","act":{"municipality":"COMUNE DI NURAMINIS"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad=0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; miss=[(f,a[f]) for f in ("municipality","organ","office","subject") if f in a and norm(a[f]).lower() not in txt.lower()]
    bad+=bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
EXC=set()
raise SystemExit(1 if bad else 0)
