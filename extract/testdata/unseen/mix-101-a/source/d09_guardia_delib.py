# Guardia Lombardi: Giunta deliberation; roll in prose; number and date only in the heading line and the running foot
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from guardia_lib import Doc
d = Doc(sys.argv[1], "Deliberazione di Giunta Comunale N. 22 del 24/03/2026", "Delibera GC 22/2026")
P = d.para
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 12.5, align="C", gap=2)
P("N. 22 del 24/03/2026", "Times-Bold", 11, align="C", gap=10)
P("OGGETTO: Concessione in uso gratuito all'Associazione Pro Loco Guardia Lombardi dei locali dell'ex edificio scolastico di via Roma per attività culturali e di promozione turistica. Approvazione schema di convenzione.", "Times-Bold", 11, gap=10)
P("L'anno duemilaventisei addì ventiquattro del mese di marzo alle ore 13:15, nella Casa comunale, regolarmente convocata, si è riunita la Giunta comunale con l'intervento dei Signori: Martino Iannella, Sindaco, presente; Angela Boccuto, Vice Sindaco, presente; Gerardo Sarni, Assessore, assente.")
P("Partecipa il Segretario comunale dott. Raffaele De Stefano, il quale provvede alla redazione del presente verbale. Presiede il Sindaco Martino Iannella, il quale, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta.")
P("LA GIUNTA COMUNALE", "Times-Bold", 11, align="C")
for t in ["PREMESSO che l'Associazione Pro Loco Guardia Lombardi, iscritta all'Albo regionale delle Pro Loco della Campania, ha chiesto con nota acquisita al prot. n. 1187 del 9.3.2026 la disponibilità di locali per la propria sede e per le attività culturali;",
          "CONSIDERATO che i locali al piano terra dell'ex edificio scolastico di via Roma sono attualmente inutilizzati e che la loro concessione consente la custodia e la manutenzione ordinaria del bene;",
          "VISTO il Regolamento comunale per la concessione in uso dei beni immobili, approvato con deliberazione del Consiglio comunale n. 11 del 30.4.2018;",
          "ACQUISITO il parere favorevole di regolarità tecnica del Responsabile dell'Area Tecnica, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi e favorevoli, espressi nelle forme di legge;"]: P(t)
P("D E L I B E R A", "Times-Bold", 11, align="C")
pts = ["di concedere in uso gratuito all'Associazione Pro Loco Guardia Lombardi i locali al piano terra dell'ex edificio scolastico di via Roma, per la durata di anni quattro;",
       "di approvare lo schema di convenzione allegato alla presente deliberazione quale parte integrante e sostanziale;",
       "di demandare al Responsabile dell'Area Tecnica la sottoscrizione della convenzione e gli adempimenti conseguenti;",
       "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]
for i, t in enumerate(pts, 1): P(t, indent=18, first="%d)" % i)
d.y -= 10
P("Letto, confermato e sottoscritto.", gap=8)
y = d.y; d.need(50)
d.glyphs(90, d.y, "IL SINDACO", "Times-Bold", 10.5); d.glyphs(340, d.y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10.5); d.y -= 14
d.glyphs(90, d.y, "Martino Iannella", "Times-Roman", 10.5); d.glyphs(340, d.y, "dott. Raffaele De Stefano", "Times-Roman", 10.5)
d.save()
