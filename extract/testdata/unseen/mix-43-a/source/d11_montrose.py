# Bilingual (Italian / French) determinazione of an Unité des Communes
# valdôtaines: Word template, each block in Italian then in French (italic).
from docxlib import Doc
D = Doc(font="Liberation Sans", size=10, margins=(1.8, 1.8, 2.0, 2.0))
D.header_text(["Unité des Communes valdôtaines Mont-Rose", "Région Autonome Vallée d'Aoste - Regione Autonoma Valle d'Aosta", "Bard - Champorcher - Donnas - Hône - Perloz - Pont-Saint-Martin"], size=8.5)
D.footer_text("Determinazione n. 45 del 07/04/2026 - Détermination n° 45 du 7 avril 2026", size=7.5)
def bi(it, fr, align="j", bold=False, size=None, after=3, before=None):
    D.p(it, align, size, bold=bold, after=0, before=before)
    D.p(fr, align, size, bold=bold, italic=True, after=after, color="404040")
bi("DETERMINAZIONE DEL SEGRETARIO", "DÉTERMINATION DU SECRÉTAIRE", "c", True, 13, after=2, before=8)
bi("N. 45 del 07/04/2026", "N° 45 du 7 avril 2026", "c", True, 11, after=4)
bi("Servizio Sociale associato", "Service social associé", "c", False, 10, after=10)
D.table([["OGGETTO", "Affidamento del servizio di trasporto degli utenti del Centro diurno per anziani di Donnas per il periodo 1° maggio – 31 dicembre 2026. Determinazione a contrarre e impegno di spesa."],
         ["OBJET", "Attribution du service de transport des usagers du centre de jour pour personnes âgées de Donnas au titre de la période du 1er mai au 31 décembre 2026. Décision de passer le marché et engagement de la dépense."]],
        [2.4, 15.0], header=False, size=10, bold_first_col=True)
D.p("", after=6)
bi("IL SEGRETARIO", "LE SECRÉTAIRE", "c", True, 10.5, after=6)
for it, fr in [("Richiamata la deliberazione della Giunta dell'Unité n. 12 del 26/02/2026, con la quale sono stati approvati il bilancio di previsione 2026/2028 e il piano esecutivo di gestione;",
                "Rappelant la délibération de la Junte de l'Unité n° 12 du 26 février 2026 portant approbation du budget prévisionnel 2026/2028 et du plan exécutif de gestion ;"),
               ("Richiamata la legge regionale 5 agosto 2014, n. 6, recante nuova disciplina dell'esercizio associato di funzioni e servizi comunali;",
                "Rappelant la loi régionale n° 6 du 5 août 2014 portant nouvelle réglementation de l'exercice à l'échelle supra-communale des fonctions et des services communaux ;"),
               ("Dato atto che il contratto in essere per il trasporto degli utenti del Centro diurno scade il 30/04/2026 e che occorre garantire la continuità del servizio;",
                "Considérant que le contrat en vigueur pour le transport des usagers du centre de jour expire le 30 avril 2026 et qu'il y a lieu d'assurer la continuité du service ;"),
               ("Visto il preventivo presentato dalla ditta Trasporti Bassa Valle s.n.c., con sede in Hône, pari a euro 27.300,00 oltre IVA al 10%, ritenuto congruo;",
                "Vu le devis présenté par l'entreprise Trasporti Bassa Valle s.n.c., dont le siège est à Hône, s'élevant à 27 300,00 euros, IVA de 10 % en sus, jugé approprié ;")]:
    bi(it, fr)
bi("DETERMINA", "DÉCIDE", "c", True, 10.5, after=6, before=4)
pts = [("di affidare alla ditta Trasporti Bassa Valle s.n.c. il servizio di trasporto degli utenti del Centro diurno per anziani di Donnas per il periodo 1° maggio – 31 dicembre 2026, per l'importo di euro 27.300,00 oltre IVA;",
        "D'attribuer à l'entreprise Trasporti Bassa Valle s.n.c. le service de transport des usagers du centre de jour pour personnes âgées de Donnas au titre de la période du 1er mai au 31 décembre 2026, pour un montant de 27 300,00 euros, IVA en sus ;"),
       ("di impegnare la spesa complessiva di euro 30.030,00 al capitolo 11040/5 del bilancio 2026/2028, esercizio 2026;",
        "D'engager la dépense globale de 30 030,00 euros au chapitre 11040/5 du budget 2026/2028, exercice 2026 ;"),
       ("di dare atto che il codice identificativo di gara è CIG B7D2E45A01;",
        "De prendre acte du fait que le code d'identification du marché est CIG B7D2E45A01 ;"),
       ("di disporre la pubblicazione del presente atto all'Albo on line dell'Unité.",
        "De publier le présent acte au tableau d'affichage en ligne de l'Unité.")]
for i, (it, fr) in enumerate(pts, 1):
    D.p("%d. %s" % (i, it), "j", after=0, indent=0.6, first=-0.6)
    D.p("%d. %s" % (i, fr), "j", italic=True, after=4, indent=0.6, first=-0.6, color="404040")
D.p("", after=6)
D.table([["Il Segretario / Le Secrétaire"], ["Dott.ssa Manuela Vuillermoz"], ["(firmato digitalmente / signé numériquement)"]], [8.0], header=True, borders=False, align=["c"])
D.p("", after=6)
D.table([["VISTO DI REGOLARITÀ CONTABILE / VISA DE RÉGULARITÉ COMPTABLE"],
         ["Si attesta la copertura finanziaria della spesa (impegno n. 318/2026). / La couverture financière de la dépense est attestée (engagement n° 318/2026)."],
         ["Donnas, 07/04/2026 - Il Responsabile del Servizio Finanziario / Le responsable du service financier - Dott. Claudio Perrin"]],
        [17.4], header=True, size=9)
D.p("", after=4)
D.table([["RELAZIONE DI PUBBLICAZIONE / ATTESTATION DE PUBLICATION"],
         ["Il presente atto è pubblicato all'Albo on line dell'Unité dal 08/04/2026 per quindici giorni consecutivi. / Le présent acte est publié au tableau d'affichage en ligne de l'Unité à compter du 8 avril 2026, pendant quinze jours consécutifs."]],
        [17.4], header=True, size=9)
D.save("d11_determinazione.docx")
