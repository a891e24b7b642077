# Guardia Lombardi: ordinanza; letterhead and foot rule are Form XObjects (invoked with Do); the rotated Albo stamp
# is drawn before the letterhead, heading and body (text out of reading order); glyph-by-glyph body
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from guardia_lib import Doc, L, R, W, H
d = Doc(sys.argv[1], "Ordinanza sindacale N. 7 / 2026 – Prot. n. 1402", "Ordinanza 7/2026", xobj=True)
c = d.c
def stamp():
    c.saveState(); c.translate(38, 120); c.rotate(90); c.setFillGray(0.35)
    c.setFont("Helvetica", 7.5); c.drawString(0, 0, "Pubblicata all'Albo pretorio on line dal 26/03/2026 al 10/04/2026 – N. Reg. 214"); c.restoreState()
stamp()
P = d.para
P("IL SINDACO", "Times-Bold", 12, align="C", gap=2)
P("ORDINANZA N. 7 del 26 marzo 2026", "Times-Bold", 11.5, align="C", gap=10)
P("OGGETTO: Misure urgenti per la prevenzione degli incendi boschivi e di interfaccia – obbligo di pulizia dei terreni incolti e abbandonati – anno 2026.", "Times-Bold", 11, gap=10)
for t in ["CONSIDERATO che il territorio comunale è caratterizzato da vaste superfici boscate, pascoli e terreni incolti confinanti con le abitazioni e con la viabilità pubblica;",
          "VISTA la Legge 21 novembre 2000, n. 353, legge quadro in materia di incendi boschivi, e il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta attiva contro gli incendi boschivi della Regione Campania;",
          "VISTO il Piano comunale di protezione civile approvato con deliberazione del Consiglio comunale n. 19 del 28.7.2023;",
          "RITENUTO necessario imporre ai proprietari e ai conduttori dei fondi la rimozione della vegetazione secca prima dell'inizio della stagione estiva;",
          "VISTI l'art. 50 e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267;"]: P(t)
P("O R D I N A", "Times-Bold", 11, align="C")
pts = ["ai proprietari, ai conduttori e ai detentori a qualsiasi titolo di terreni incolti, aree verdi e lotti non edificati, di provvedere entro il 31 maggio 2026 al taglio e alla rimozione di erba secca, sterpaglie, rovi e di ogni materiale infiammabile;",
       "di realizzare, lungo i confini dei fondi con le strade pubbliche e con le abitazioni, una fascia di protezione priva di vegetazione secca della larghezza minima di metri dieci;",
       "di mantenere i terreni nelle condizioni prescritte per l'intera durata del periodo di massima pericolosità, dal 15 giugno al 30 settembre 2026;",
       "è fatto divieto, nel medesimo periodo, di accendere fuochi e di bruciare residui vegetali su tutto il territorio comunale."]
for i, t in enumerate(pts, 1): P(t, indent=18, first="%d." % i)
P("AVVERTE", "Times-Bold", 11, align="C")
for t in ["che l'inosservanza della presente ordinanza comporta l'applicazione della sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell'art. 7-bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato, e che in caso di inadempienza l'Amministrazione provvederà all'esecuzione d'ufficio con addebito delle spese ai trasgressori;",
          "che la Polizia municipale, il Nucleo Carabinieri Forestale e gli altri agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza;",
          "che avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania entro sessanta giorni, ovvero ricorso straordinario al Presidente della Repubblica entro centoventi giorni dalla pubblicazione."]: P(t)
d.y -= 6
P("Dalla Residenza municipale, 26 marzo 2026", gap=6)
P("IL SINDACO", "Times-Bold", 11, align="R", gap=0); P("Martino Iannella", align="R")
d.save()
