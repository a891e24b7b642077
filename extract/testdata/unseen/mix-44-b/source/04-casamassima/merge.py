#!/usr/bin/env python3
"""Fills the template with docx-mailmerge (the record of determinazione RG 214/2026)."""
import sys
from mailmerge import MailMerge
tpl, out = sys.argv[1], sys.argv[2]
data = dict(
    Area='AREA TECNICA',
    Servizio='Servizio Lavori Pubblici e Manutenzioni',
    NumeroRG='214', DataRG='10/03/2026', NumeroSettore='38', DataSettore='09/03/2026',
    NumeroProposta='251', DataProposta='06/03/2026', UfficioProponente='Servizio Lavori Pubblici e Manutenzioni',
    Oggetto='Lavori di rifacimento della segnaletica orizzontale sulle strade comunali – Affidamento diretto ai sensi '
            'dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Segnal Sud S.r.l. – Impegno di spesa. CIG B4F1C27A93',
    Premesse='Premesso che con decreto sindacale n. 4 del 02/01/2026 è stata attribuita al sottoscritto la responsabilità '
             'dell’Area Tecnica; che il bilancio di previsione 2026/2028 è stato approvato con deliberazione del Consiglio '
             'Comunale n. 7 del 27/02/2026; che la segnaletica orizzontale di numerose strade comunali, tra cui via Noicattaro, '
             'via Acquaviva e viale Dante Alighieri, risulta deteriorata e non più visibile, con pregiudizio per la sicurezza '
             'della circolazione; Visto l’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36; Dato atto che, a seguito '
             'di richiesta di preventivo tramite la piattaforma di approvvigionamento digitale, la ditta Segnal Sud S.r.l., '
             'con sede in Gioia del Colle (BA), ha offerto l’esecuzione dei lavori per euro 38.700,00 oltre IVA, ritenuto congruo; '
             'Verificata la regolarità contributiva della ditta (DURC prot. INAIL_51234567, valido fino al 24/06/2026); '
             'Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;',
    Punto1='di affidare alla ditta Segnal Sud S.r.l. (P.IVA 06123450729) i lavori di rifacimento della segnaletica orizzontale sulle strade comunali per euro 38.700,00 oltre IVA al 22%, per complessivi euro 47.214,00;',
    Punto2='di impegnare la somma di euro 47.214,00 sul capitolo 2814.1 “Manutenzione straordinaria strade – segnaletica” del bilancio 2026/2028, esercizio 2026;',
    Punto3='di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;',
    Punto4='di nominare Responsabile Unico del Progetto il Geom. Vito Colonna, dipendente dell’Area Tecnica;',
    Punto5='di trasmettere il presente provvedimento al Servizio Finanziario per l’apposizione del visto di regolarità contabile.',
    Firmatario='Ing. Giuseppe Lorusso',
    Visto='Si appone il visto di regolarità contabile attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 412/2026. Casamassima, 10/03/2026 – Il Responsabile dell’Area Economico-Finanziaria Dott.ssa Angela Sgobba',
    Pubblicazione='Pubblicata all’Albo Pretorio on line dal 13/03/2026 al 28/03/2026 – n. 598 del registro delle pubblicazioni.',
)
with MailMerge(tpl) as doc:
    doc.merge(**data)
    doc.write(out)
