# Comune di Sant'Agnello (NA) - ordinanza sindacale typed as an old typewriter-style Word document
# (Courier New / Liberation Mono 11 pt, ragged right, underlined headings), converted by LibreOffice.
from docxlib import *
d = new('Courier New', 11, (25, 22, 18, 20))
para(d, 'COMUNE DI SANT\'AGNELLO', bold=True, align='c', after=0)
para(d, 'Citta\' Metropolitana di Napoli', align='c', after=0)
para(d, 'Piazza Matteotti, 24 - 80065 Sant\'Agnello (NA)', align='c', after=0)
para(d, '-' * 60, align='c', after=6)
para(d, 'Prot. n. 4187                          Sant\'Agnello, 06/03/2026', after=10)
para(d, 'ORDINANZA SINDACALE N. 14 DEL 06/03/2026', bold=True, underline=True, align='c', after=10)
p = para(d, after=10); p.paragraph_format.left_indent = Mm(30); p.paragraph_format.first_line_indent = Mm(-30)
add_runs(p, [('OGGETTO:\t', 'b'), ('Disciplina temporanea della circolazione veicolare in Corso Italia e in via dei Platani per lavori di rifacimento della rete fognaria.', '')])
para(d, 'I L   S I N D A C O', bold=True, align='c', after=8)
for t in [
 'VISTA la nota prot. n. 4102 del 04/03/2026 con la quale la ditta Costruzioni Vesuviane S.r.l., appaltatrice dei lavori di rifacimento della rete fognaria comunale (CUP H61B24000380005), ha chiesto la chiusura al traffico dei tratti di strada interessati dai lavori;',
 'SENTITO il Comandante della Polizia Locale, che ha espresso parere favorevole con prescrizioni;',
 'RITENUTO necessario, per motivi di sicurezza e di pubblica incolumita\', disciplinare temporaneamente la circolazione nelle strade interessate;',
 'VISTI gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;',
 'VISTO l\'art. 50 del D.Lgs. 18 agosto 2000, n. 267;']:
    para(d, t, align='l', after=6)
para(d, 'O R D I N A', bold=True, align='c', before=4, after=8)
para(d, 'dal giorno 09/03/2026 al giorno 30/04/2026, dalle ore 7:00 alle ore 18:00 dei giorni feriali:', after=6)
for i, t in enumerate([
 'il DIVIETO DI TRANSITO a tutti i veicoli in via dei Platani, nel tratto compreso tra Corso Italia e via Cappuccini, eccetto i mezzi di soccorso e i residenti diretti ai passi carrabili;',
 'il SENSO UNICO ALTERNATO regolato da impianto semaforico in Corso Italia, nel tratto compreso tra piazza Matteotti e via Nastro Verde;',
 'il DIVIETO DI SOSTA CON RIMOZIONE FORZATA su ambo i lati di via dei Platani;',
 'alla ditta esecutrice l\'apposizione della prescritta segnaletica almeno 48 ore prima dell\'inizio dei lavori e la sua rimozione al termine degli stessi.'], 1):
    p = para(d, f'{i}) {t}', after=5); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
para(d, 'A V V E R T E', bold=True, align='c', before=4, after=8)
para(d, 'che avverso la presente ordinanza e\' ammesso ricorso al T.A.R. Campania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni. La Polizia Locale e gli altri agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza.', after=8)
para(d, 'La presente ordinanza e\' pubblicata all\'Albo Pretorio on line e resa nota mediante la prescritta segnaletica.', after=18)
para(d, 'IL SINDACO', align='r', after=0)
para(d, 'Avv. Pietro Sorrentino', align='r', after=0)
para(d, '(firma autografa sostituita a mezzo stampa', align='r', after=0, size=9)
para(d, 'ai sensi dell\'art. 3 D.Lgs. 39/93)', align='r', after=0, size=9)
d.save('g_santagnello.docx')
to_pdf('g_santagnello.docx', '../ordinanza-santagnello-word.pdf')
