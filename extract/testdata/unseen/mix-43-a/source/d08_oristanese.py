# Deliberation of the Comitato Esecutivo of a Sardinian land-reclamation
# consortium: plain Word-style document (python-docx -> LibreOffice Writer).
from docxlib import Doc
D = Doc(font="Liberation Serif", size=11)
D.header_text(["CONSORZIO DI BONIFICA DELL'ORISTANESE", "Ente di diritto pubblico - L.R. 23 maggio 2008, n. 6", "Via Cagliari, 170 - 09170 Oristano - C.F. 80004210954"], size=9)
D.footer_text("Deliberazione del Comitato Esecutivo n. 27 del 02/04/2026")
D.p("DELIBERAZIONE DEL COMITATO ESECUTIVO", "c", 14, bold=True, before=6, after=2)
D.p("N. 27 del 02/04/2026", "c", 12, bold=True, after=10)
D.table([["Oggetto:", "Approvazione del piano di riparto provvisorio del contributo consortile di bonifica per l'anno 2026 ed emissione dei relativi avvisi di pagamento."]],
        [2.6, 14.4], header=False, size=11, bold_first_col=True)
D.p("", after=4)
D.p("L'anno duemilaventisei, il giorno due del mese di aprile, alle ore 10:30, nella sede consortile di Oristano, Via Cagliari 170, "
    "regolarmente convocato con nota prot. n. 2871 del 27/03/2026, si è riunito il Comitato Esecutivo del Consorzio.", "j")
D.p("Sono presenti: il Presidente Salvatore Deiana; il Vice Presidente Giovanni Battista Murru; i componenti Antonella Sanna e Pietro Cadoni. "
    "È assente giustificato il componente Efisio Loi.", "j")
D.p("Presiede la seduta il Presidente Salvatore Deiana, che, constatato il numero legale, dichiara aperta la seduta. "
    "Partecipa con funzioni di segretario verbalizzante il Dirigente dell'Area Amministrativa, Dott.ssa Giovanna Piras. "
    "Assiste il Revisore legale dei conti, Dott. Luca Manca.", "j")
D.p("IL COMITATO ESECUTIVO", "c", bold=True, before=6, after=6)
for t in ["VISTA la Legge Regionale 23 maggio 2008, n. 6, recante «Legge-quadro in materia di consorzi di bonifica»;",
          "VISTO lo Statuto consortile e, in particolare, l'articolo 22 che attribuisce al Comitato Esecutivo l'approvazione dei ruoli e dei piani di riparto della contribuenza;",
          "VISTO il Piano di classifica degli immobili approvato con deliberazione del Consiglio dei Delegati n. 4 del 14/02/2019 e reso esecutivo dalla Regione Autonoma della Sardegna;",
          "VISTO il bilancio di previsione per l'esercizio 2026, approvato con deliberazione del Consiglio dei Delegati n. 18 del 22/12/2025;",
          "CONSIDERATO che la spesa da porre a carico dei consorziati per l'esercizio 2026, al netto dei contributi regionali, ammonta a € 3.412.600,00 per le spese di funzionamento e di manutenzione ordinaria delle opere di bonifica;",
          "VISTA la proposta di piano di riparto predisposta dal Servizio Catasto e Contribuenza e la relazione tecnica del 25/03/2026;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile dei dirigenti competenti;",
          "UDITO l'intervento del componente Pietro Cadoni, che dichiara il proprio voto contrario ritenendo eccessivo l'aumento dell'aliquota per il distretto di Terralba;"]:
    D.p(t, "j", after=3)
D.p([("Con voti favorevoli 3 e contrari 1 (componente Cadoni), espressi in forma palese dai 4 componenti presenti,", "")], "j", before=4)
D.p("DELIBERA", "c", bold=True, before=6, after=6)
pts = ["di approvare il piano di riparto provvisorio del contributo consortile di bonifica per l'anno 2026, allegato al presente atto per farne parte integrante e sostanziale, per un importo complessivo di € 3.412.600,00;",
       "di stabilire che la riscossione avvenga mediante avvisi di pagamento in unica rata con scadenza 30/06/2026, ovvero in due rate con scadenze 30/06/2026 e 30/11/2026;",
       "di dare mandato al Servizio Catasto e Contribuenza di provvedere all'emissione degli avvisi di pagamento e agli adempimenti conseguenti;",
       "di disporre la pubblicazione della presente deliberazione all'Albo consortile e, per estratto, agli Albi pretori dei Comuni del comprensorio."]
for i, t in enumerate(pts, 1):
    D.p([("%d) " % i, "b"), (t, "")], "j", indent=0.6, first=-0.6, after=3)
D.p("Con successiva e separata votazione, con voti favorevoli 3 e contrari 1, la presente deliberazione è dichiarata immediatamente esecutiva.", "j", before=4)
D.p("Letto, approvato e sottoscritto.", before=10, after=8)
t = D.table([["IL PRESIDENTE", "IL SEGRETARIO VERBALIZZANTE"], ["Salvatore Deiana", "Dott.ssa Giovanna Piras"], ["(firmato digitalmente)", "(firmato digitalmente)"]],
            [8.5, 8.5], header=True, borders=False, align=["c", "c"])
D.p("", after=8)
D.p("CERTIFICATO DI PUBBLICAZIONE", "c", 10, bold=True, before=10)
D.p("Si certifica che la presente deliberazione è pubblicata all'Albo consortile on line dal 03/04/2026 per quindici giorni consecutivi, "
    "ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69.", "j", 10)
D.p("Oristano, 03/04/2026                                                     Il Segretario verbalizzante", None, 10)
D.save("d08_delibera.docx")
