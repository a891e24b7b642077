# python-docx (Word templates with running head/foot), converted by LibreOffice in build.sh
# d08 Torrioni avviso (unnumbered), d10 Cervaro determinazione (2 pages, numbers in the running head)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
which, out = sys.argv[1], sys.argv[2]
d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21); sec.left_margin = sec.right_margin = Cm(2.3)
def P(text, bold=False, al=AL.JUSTIFY, size=None, container=None):
    p = (container or d).add_paragraph(); r = p.add_run(text); r.bold = bold; p.alignment = al
    if size: r.font.size = Pt(size)
    return p
if which == "d08":
    h = sec.header; h.paragraphs[0].text = "COMUNE DI TORRIONI – Provincia di Avellino"; h.paragraphs[0].alignment = AL.CENTER
    P("Area Amministrativa – Servizi Scolastici", al=AL.CENTER, container=h)
    f = sec.footer; f.paragraphs[0].text = "Via Roma, 10 – 83010 Torrioni (AV) – tel. 0825 969012 – protocollo.torrioni@asmepec.it"; f.paragraphs[0].alignment = AL.CENTER
    P("AVVISO", True, AL.CENTER, 22)
    P("REFEZIONE SCOLASTICA – RIAPERTURA DEI TERMINI PER LE DOMANDE DI ESENZIONE E RIDUZIONE DELLA QUOTA A CARICO DELLE FAMIGLIE", True, AL.CENTER, 12)
    P("Si informano i genitori degli alunni della scuola dell'infanzia e della scuola primaria di Torrioni che sono riaperti i termini per la presentazione delle domande di esenzione o riduzione della quota di contribuzione al servizio di refezione scolastica per il periodo aprile – giugno 2026.")
    P("Possono presentare domanda i nuclei familiari residenti con ISEE in corso di validità non superiore a euro 9.000,00. Le domande, redatte sul modello disponibile presso l'Ufficio Scuola e sul sito istituzionale, dovranno pervenire entro il 17 aprile 2026 all'Ufficio Protocollo oppure a mezzo PEC.")
    P("Per informazioni è possibile rivolgersi all'Ufficio Scuola nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:00.")
    P("Torrioni, 27 marzo 2026", al=AL.LEFT)
    P("LA RESPONSABILE DELL'AREA AMMINISTRATIVA", al=AL.RIGHT); P("dott.ssa Maria Grazia Melillo", al=AL.RIGHT)
else:
    h = sec.header; h.paragraphs[0].text = "COMUNE DI CERVARO – Provincia di Frosinone"; h.paragraphs[0].alignment = AL.CENTER
    P("Settore Economico-Finanziario – Servizio Tributi", al=AL.CENTER, container=h)
    P("Determinazione n. 19 del 23.3.2026 – Reg. Gen. n. 203 del 24.3.2026", True, AL.CENTER, container=h)
    f = sec.footer; f.paragraphs[0].text = "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005"; f.paragraphs[0].alignment = AL.CENTER
    P("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", True, AL.CENTER, 12)
    P("Proposta n. 24 del 20.3.2026", al=AL.CENTER)
    P("OGGETTO: Rimborso di somme versate e non dovute a titolo di TARI per l'anno 2025 a contribuenti diversi.", True)
    P("IL RESPONSABILE DEL SETTORE", True, AL.CENTER)
    for t in ["Visto il decreto sindacale n. 5 del 2 gennaio 2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore Economico-Finanziario;",
              "Viste le istanze di rimborso presentate da n. 7 contribuenti, acquisite al protocollo dell'Ente nei mesi di gennaio e febbraio 2026, relative a somme versate in eccedenza a titolo di tassa sui rifiuti (TARI) per l'anno 2025;",
              "Dato atto che l'Ufficio Tributi ha verificato, per ciascuna istanza, la regolarità dei versamenti effettuati tramite modello F24 e la sussistenza del diritto al rimborso, a seguito di cessazione dell'utenza, di errore nel calcolo della superficie o di duplicazione del pagamento;",
              "Visto l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto entro il termine di cinque anni dal giorno del versamento;",
              "Visto il Regolamento comunale per l'applicazione della TARI, approvato con deliberazione del Consiglio Comunale n. 14 del 29 aprile 2021 e successive modificazioni;",
              "Visto il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio Comunale n. 4 del 27 febbraio 2026;",
              "Considerato che, per ragioni di economicità dell'azione amministrativa, l'Ufficio ha ritenuto di definire cumulativamente le istanze pervenute, previa comunicazione agli interessati dell'esito dell'istruttoria e dell'importo riconosciuto, senza che siano pervenute osservazioni nel termine assegnato;",
              "Ritenuto di non procedere alla compensazione con somme dovute per annualità successive, non avendo i contribuenti presentato la relativa richiesta ai sensi del vigente Regolamento generale delle entrate;",
              "Dato atto che il responsabile del procedimento è la sig.ra Stefania Tomassi, istruttore amministrativo dell'Ufficio Tributi, e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della legge 241/1990;",
              "Visto il Testo unico delle leggi sull'ordinamento degli enti locali, approvato con D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107, 151, comma 4, e 184;",
              "Accertata la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
        P(t)
    P("DETERMINA", True, AL.CENTER)
    for i, t in enumerate(["di disporre il rimborso a favore dei contribuenti indicati nell'elenco depositato agli atti dell'Ufficio Tributi della somma complessiva di euro 1.846,00;",
                           "di imputare la spesa al cap. 1040 del bilancio 2026-2028, esercizio 2026;",
                           "di dare atto che l'elenco nominativo non è pubblicato per ragioni di riservatezza dei dati personali."], 1):
        P(f"{i}) {t}")
    P("IL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", al=AL.RIGHT); P("rag. Antonella Di Meo", al=AL.RIGHT)
d.save(out)
