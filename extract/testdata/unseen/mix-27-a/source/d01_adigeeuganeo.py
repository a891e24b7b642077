# D01 Consorzio di bonifica (Veneto), deliberation of the Consiglio di Amministrazione: plain Word template
# (python-docx -> LibreOffice Writer headless), Calibri -> Carlito; letterhead in the page header, roll table, vote counts
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm, RGBColor
d = new('Carlito', 11, margins=(1.5, 1.8, 2.3, 2.0))
sec = d.sections[0]; sec.header_distance = Cm(0.7); sec.footer_distance = Cm(0.8)
h = sec.header; hp = h.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run('CONSORZIO DI BONIFICA ADIGE EUGANEO'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = h.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Ente di diritto pubblico economico – L.R. Veneto 8 maggio 2009, n. 12'); r.italic = True; r.font.size = Pt(8.5)
p = h.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Sede: Via Augustea, 25 – 35042 Este (PD) – C.F. 91022300288 – PEC: adigeeuganeo@pec.it'); r.font.size = Pt(8)
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = AL.RIGHT
r = fp.add_run('Deliberazione C.d.A. n. 47/2026 – pag. '); r.font.size = Pt(8); page_field(fp)
para(d, '', after=4)
para(d, 'DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE', bold=True, size=13, align='c', after=2)
para(d, 'N. 47/2026', bold=True, size=13, align='c', after=8)
t = table(d, [['Seduta del 04/06/2026', 'Verbale n. 9/2026', 'Ora di inizio: 10:00']], [5.6, 5.6, 5.6], size=10.5, align=['l', 'c', 'r'])
para(d, '', after=6)
para(d, runs=[('OGGETTO: ', True, False), ('Lavori di manutenzione straordinaria dell’impianto idrovoro “Vampadore” in comune di Sant’Urbano (PD) – Approvazione del progetto esecutivo e autorizzazione all’indizione della procedura di affidamento.', True, False)], align='j', after=8)
para(d, 'Il giorno quattro del mese di giugno dell’anno duemilaventisei, alle ore 10:00, presso la sede consorziale in Este, a seguito di regolare convocazione prot. n. 6418 del 28/05/2026, si è riunito il Consiglio di Amministrazione del Consorzio nelle persone dei Signori:', align='j', after=6)
rows = [['N.', 'Componente', 'Carica', 'Presente', 'Assente'],
        ['1', 'ZAMBOLIN MICHELE', 'Presidente', 'X', ''], ['2', 'BERTIN GIORGIA', 'Vice Presidente', 'X', ''],
        ['3', 'FAVARO LUCIANO', 'Consigliere', 'X', ''], ['4', 'MARCATO ELISA', 'Consigliere', 'X', ''],
        ['5', 'PERUZZO GIANNI', 'Consigliere', '', 'X'], ['6', 'RIZZATO PAOLO', 'Consigliere', 'X', ''],
        ['7', 'SCARPARO MONICA', 'Consigliere', 'X', ''], ['8', 'TOFFANIN RENZO', 'Consigliere – rappresentante della Regione', 'X', '']]
t = table(d, rows, [1.0, 5.4, 6.4, 2.0, 2.0], size=10, bold_first=True, align=['c', 'l', 'l', 'c', 'c'])
for cc in t.rows[0].cells: shade(cc, 'DCE6F1')
para(d, '', after=4)
para(d, 'È presente il Revisore Legale, dott. Alberto Sgarbossa. Assume la presidenza il Presidente, Michele Zambolin, il quale, constatato il numero legale, dichiara aperta la seduta. Assiste con funzioni di Segretario il Direttore Generale, dott. ing. Stefano Girotto, che redige il presente verbale.', align='j', after=8)
para(d, 'IL CONSIGLIO DI AMMINISTRAZIONE', bold=True, align='c', after=6)
prem = [
 'PREMESSO che l’impianto idrovoro “Vampadore”, a servizio di un bacino di 3.240 ettari nei comuni di Sant’Urbano, Vighizzolo d’Este e Ponso, presenta gravi ammaloramenti delle paratoie e dei quadri elettrici di comando, come rilevato nella relazione dell’Area Tecnica del 12/02/2026;',
 'RICHIAMATA la propria deliberazione n. 18/2026 del 26/02/2026, con la quale è stato approvato il progetto di fattibilità tecnico-economica dell’intervento per un importo complessivo di € 1.150.000,00, finanziato con decreto della Direzione Difesa del Suolo e della Costa della Regione del Veneto n. 211 del 19/03/2026;',
 'VISTO il progetto esecutivo redatto dall’Area Tecnica consorziale, verificato ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36, con rapporto conclusivo del 25/05/2026 e validato dal Responsabile Unico del Progetto, ing. Chiara Bellotto, in pari data;',
 'DATO ATTO che il quadro economico del progetto esecutivo prevede lavori a base di gara per € 842.500,00, di cui € 24.300,00 per oneri della sicurezza non soggetti a ribasso, e somme a disposizione per € 307.500,00;',
 'RITENUTO di procedere all’affidamento dei lavori mediante procedura negoziata senza bando ai sensi dell’art. 50, comma 1, lett. d), del D.Lgs. 36/2023, con invito ad almeno dieci operatori economici individuati tramite l’elenco consorziale;',
 'VISTO il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e amministrativa;',
 'UDITI gli interventi dei Consiglieri, riportati nel verbale della seduta;']
for s in prem: para(d, s, align='j', after=4)
para(d, 'Con voti favorevoli n. 6, contrari n. 0, astenuti n. 1 (Consigliere Rizzato), espressi in forma palese dai n. 7 componenti presenti,', align='j', before=2, after=6)
para(d, 'DELIBERA', bold=True, align='c', after=6)
pts = ['di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;',
 'di approvare il progetto esecutivo dei lavori di manutenzione straordinaria dell’impianto idrovoro “Vampadore” in comune di Sant’Urbano (PD), dell’importo complessivo di € 1.150.000,00, secondo il quadro economico riportato in premessa;',
 'di autorizzare il Direttore Generale a indire la procedura negoziata ai sensi dell’art. 50, comma 1, lett. d), del D.Lgs. 36/2023, con il criterio del minor prezzo;',
 'di imputare la spesa al capitolo 2040 “Opere finanziate dalla Regione” del bilancio di previsione 2026, che presenta la necessaria disponibilità;',
 'di trasmettere copia della presente deliberazione alla Regione del Veneto – Direzione Difesa del Suolo e della Costa.']
for i, s in enumerate(pts, 1): para(d, f'{i}) {s}', align='j', indent=0.8, first=-0.7, after=3)
para(d, 'Il Consiglio di Amministrazione, con successiva votazione dal medesimo esito, dichiara la presente deliberazione immediatamente eseguibile, stante l’urgenza di avviare i lavori prima della stagione irrigua.', align='j', before=4, after=10)
para(d, 'Letto, approvato e sottoscritto.', after=8)
t = table(d, [['IL PRESIDENTE\nMichele Zambolin', 'IL SEGRETARIO\nDott. Ing. Stefano Girotto']], [8.4, 8.4], style=None, size=10.5, align=['c', 'c'])
para(d, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', italic=True, size=8.5, align='c', before=4, after=14)
para(d, 'CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', after=4)
para(d, 'Si attesta che la presente deliberazione è pubblicata all’Albo consorziale on line e, per estratto, all’Albo dei Comuni del comprensorio, per otto giorni consecutivi dal 08/06/2026, ai sensi dell’art. 9 dello Statuto consorziale.', align='j', after=4)
para(d, 'Este, 08/06/2026                                                                 IL DIRETTORE GENERALE – Dott. Ing. Stefano Girotto', size=10)
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd01_adigeeuganeo.docx'); d.save(src)
kit.docx_to_pdf(src, 'deliberazione-adigeeuganeo-word.pdf')
