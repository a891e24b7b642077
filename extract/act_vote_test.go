package extract

import (
	"strings"
	"testing"
)

// TestParseVote reads the vote of a minute in the ways minutes word it:
// the outcome, and the counts where they are printed.
func TestParseVote(t *testing.T) {
	n := func(v int) *int { return &v }
	tests := []struct {
		name   string
		text   string
		vote   string
		counts *VoteCounts
	}{
		{"unanimous votes", "Con voti unanimi favorevoli, espressi nei modi di legge,\nDELIBERA", "unanimous", nil},
		{"all'unanimità", "La Giunta, all'unanimità dei presenti,\nDELIBERA", "unanimous", nil},
		{"ad unanimità di voti", "ad unanimità di voti resi in forma palese\nD E L I B E R A", "unanimous", nil},
		{"everyone in favour", "con il voto favorevole di tutti i presenti,\nDELIBERA", "unanimous", nil},
		{"unanimemente", "Il Consiglio unanimemente approva.", "unanimous", nil},
		{"open unanimous vote", "con votazione palese unanime favorevole\nDELIBERA", "unanimous", nil},
		{"vote with unanimous result", "con votazione espressa in forma palese che dà risultato unanime favorevole", "unanimous", nil},
		{"majority in words", "Con voti a maggioranza dei presenti\nDELIBERA", "majority", nil},
		{"counts on their own lines", "Con la seguente votazione:\nPresenti n. 12;\nVotanti n. 11;\nFavorevoli n. 9;\nContrari n. 2 (Rossi, Bianchi);\nAstenuti n. 1 (Verdi).\nDELIBERA",
			"majority", &VoteCounts{Present: n(12), Voters: n(11), InFavour: n(9), Against: n(2), Abstained: n(1)}},
		{"counts on their own lines, led by dots", "CON LA SEGUENTE VOTAZIONE:\nPRESENTI ...........: N. 13\nVOTANTI ............: N. 12\nVOTI FAVOREVOLI ....: N. 9\nVOTI CONTRARI ......: N. 3 (CURTO VINCENZO)\nASTENUTI ...........: N. 1 (ALAIMO FRANCESCA)\nD E L I B E R A",
			"majority", &VoteCounts{Present: n(13), Voters: n(12), InFavour: n(9), Against: n(3), Abstained: n(1)}},
		{"counts in one line", "con la seguente votazione: presenti n. 12 votanti n. 11, voti favorevoli 10, contrari 1",
			"majority", &VoteCounts{Present: n(12), Voters: n(11), InFavour: n(10), Against: n(1)}},
		{"names in brackets with their titles' stops, the count of those present after them", "Con voti favorevoli n. 6 e contrari n. 1 (Ass. Gadaleta), su n. 7 componenti presenti,\nespressi in forma palese;\nDELIBERA",
			"majority", &VoteCounts{Present: n(7), InFavour: n(6), Against: n(1)}},
		{"number before the label", "Con 8 voti favorevoli e 2 contrari, espressi per alzata di mano,\nDELIBERA",
			"majority", &VoteCounts{InFavour: n(8), Against: n(2)}},
		// An amendment voted first: the proposal's vote after it, as a
		// table whose labels stand over its counts, is the minute's.
		{"an amendment's vote, then the proposal's as a table", "Il Presidente pone in votazione l'emendamento, che ottiene il seguente esito: presenti 11, favorevoli 3,\ncontrari 8, astenuti 0. L'emendamento è respinto.\nIl Presidente pone quindi in votazione la proposta, che ottiene il seguente esito:\nPresenti     Votanti     Favorevoli     Contrari     Astenuti\n11           11          8              3             0\nDELIBERA",
			"majority", &VoteCounts{Present: n(11), Voters: n(11), InFavour: n(8), Against: n(3), Abstained: n(0)}},
		{"one against, in the singular", "con n. 4 voti favorevoli, n. 1 contrario e n. 0 astenuti\nDELIBERA",
			"majority", &VoteCounts{InFavour: n(4), Against: n(1), Abstained: n(0)}},
		{"one in favour, one abstained, in the singular", "con 1 voto favorevole, 0 contrari e 1 astenuta\nDELIBERA",
			"majority", &VoteCounts{InFavour: n(1), Against: n(0), Abstained: n(1)}},
		{"nobody against", "con voti favorevoli n. 10, contrari nessuno, astenuti nessuno\nDELIBERA",
			"unanimous", &VoteCounts{InFavour: n(10), Against: n(0), Abstained: n(0)}},
		{"counts in words", "con voti favorevoli dieci, contrari due\nDELIBERA",
			"majority", &VoteCounts{InFavour: n(10), Against: n(2)}},
		{"present and voting", "Presenti e votanti n. 10, con voti favorevoli 10\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(10), Voters: n(10), InFavour: n(10)}},
		{"fewer in favour than voting", "con voti favorevoli 9 su 12 presenti e votanti\nDELIBERA",
			"majority", &VoteCounts{Present: n(12), Voters: n(12), InFavour: n(9)}},
		{"the act's vote, not the executivity's", "Con voti favorevoli 9, contrari 3\nDELIBERA\n1. di approvare il bilancio;\nSuccessivamente, con separata votazione unanime, DICHIARA la presente immediatamente eseguibile.",
			"majority", &VoteCounts{InFavour: n(9), Against: n(3)}},
		{"only the executivity vote", "di dichiarare, con separata votazione unanime, la presente immediatamente eseguibile.", "unanimous", nil},
		{"unanimity stated beside counts", "con voti unanimi: presenti 5, favorevoli 5\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(5), InFavour: n(5)}},
		{"counts without a word of voting", "IL CONSIGLIO COMUNALE\nPresenti n. 15, Votanti n. 15,\nFavorevoli n. 11, Contrari n. 4\nDELIBERA",
			"majority", &VoteCounts{Present: n(15), Voters: n(15), InFavour: n(11), Against: n(4)}},
		{"counts in a table, their labels over them", "Con la votazione di seguito riportata, espressa per alzata di mano:\n    Presenti    Votanti    Favorevoli    Contrari    Astenuti\n    11    11    8    3    0\nDELIBERA",
			"majority", &VoteCounts{Present: n(11), Voters: n(11), InFavour: n(8), Against: n(3), Abstained: n(0)}},
		{"unanimous counts, those present named by their office", "Con voti favorevoli unanimi n. 5, espressi in forma palese dai n. 5 Assessori presenti,\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(5), InFavour: n(5)}},
		{"those present and voting named by their office after the count", "Con voti favorevoli n. 7 e contrari n. 2, espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti,\nDELIBERA",
			"majority", &VoteCounts{Present: n(9), Voters: n(9), InFavour: n(7), Against: n(2)}},
		{"the count of those present restated in the sentence before the vote", "Alle ore 12:15, prima della votazione, entra l'Assessore PACE Donato. I presenti sono n. 3.\nCon voti unanimi favorevoli, resi nei modi di legge,\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(3)}},
		{"unanimous, counting those present and voting: all of them in favour", "Con voti favorevoli unanimi dei n. 4 componenti presenti e votanti, espressi nelle forme di legge,\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(4), Voters: n(4), InFavour: n(4)}},
		{"unanimous, counting those present", "Con voti unanimi favorevoli dei n. 3 presenti, resi nei modi di legge,\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(3), InFavour: n(3)}},
		{"the count in brackets after its label", "Con voti unanimi favorevoli (n. 4), espressi in forma palese;\nDELIBERA",
			"unanimous", &VoteCounts{InFavour: n(4)}},
		{"a sentence before the vote that counts something else", "Sono pervenute n. 3 offerte. Con voti unanimi favorevoli,\nDELIBERA",
			"unanimous", nil},
		{"those present the member Comuni's representatives", "CON voti favorevoli n. 6 (quote 978/1000), contrari n. 0, astenuti n. 0,\nespressi per alzata di mano dai n. 6 rappresentanti presenti;\nD E L I B E R A",
			"unanimous", &VoteCounts{Present: n(6), InFavour: n(6), Against: n(0), Abstained: n(0)}},
		{"a roll-call's counts, each label with its answer in brackets", "Effettuato l'appello nominale, con il seguente esito:\nPresenti n. 14 - Votanti n. 13 - Voti favorevoli (SI) n. 10 - Voti contrari (NO) n. 3 - Astenuti n. 1\nDELIBERA",
			"majority", &VoteCounts{Present: n(14), Voters: n(13), InFavour: n(10), Against: n(3), Abstained: n(1)}},
		{"unanimous among the voters, those who abstain apart", "Con voti unanimi favorevoli dei n. 9 Consiglieri votanti, essendosi astenuti i Consiglieri Marcozzi e\nSciarroni (presenti n. 11, votanti n. 9, astenuti n. 2), espressi per alzata di mano,\nDELIBERA",
			"unanimous", &VoteCounts{Present: n(11), Voters: n(9), InFavour: n(9), Abstained: n(2)}},
		{"no vote: favourable opinions", "Acquisiti i pareri favorevoli di regolarità tecnica;\nDELIBERA", "", nil},
		{"no vote: a determinazione quoting a statute", "DETERMINAZIONE N. 5\nlo statuto prevede che l'assemblea deliberi con il voto favorevole di tanti soci che rappresentano il 60% delle azioni;\nDETERMINA", "", nil},
		{"a minute that does not say it is a deliberation", "L'anno duemilaventisei si è riunita la Giunta Comunale.\nCon voti unanimi\nDELIBERA", "unanimous", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			act := &Act{Kind: "deliberazione"}
			if strings.HasPrefix(tt.text, "DETERMINAZIONE") || strings.HasPrefix(tt.text, "L'anno") {
				act.Kind = "" // the header names no deliberation
			}
			parseVote(newActLines(textDocument(tt.text)), act)
			if act.Vote != tt.vote {
				t.Errorf("vote %q, want %q (statement %q)", act.Vote, tt.vote, act.VoteAsPrinted)
			}
			if got, want := describeCounts(act.VoteCounts), describeCounts(tt.counts); got != want {
				t.Errorf("counts %s, want %s", got, want)
			}
		})
	}
}

// TestCertifiedExecutivity: a certificate that states the act it
// certifies was declared immediately executive says so of the act; not
// when it says the act was not, nor when the form's option is left blank.
func TestCertifiedExecutivity(t *testing.T) {
	const head = "COMUNE DI BORGO\nATTESTAZIONE DI PUBBLICAZIONE\nDeliberazione della Giunta Comunale n. 18 del 21/04/2026\nOggetto: Approvazione del progetto.\nSi attesta che copia della deliberazione è stata pubblicata all'Albo Pretorio on line.\n"
	tests := []struct {
		name, statement string
		want            bool
	}{
		{"stated", "La deliberazione e’ stata dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4.\n", true},
		{"stated of the act in a clause", "che la stessa, dichiarata immediatamente eseguibile ai sensi dell'art. 134, è divenuta esecutiva.\n", true},
		{"denied", "che la deliberazione, non dichiarata immediatamente eseguibile, è stata pubblicata.\n", false},
		{"a form's option left blank", "[ ] è stata dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4.\n", false},
	}
	for _, tt := range tests {
		a := ParseAct(textDocument(head + tt.statement))
		if a == nil || a.ImmediatelyExecutive != tt.want {
			t.Errorf("%s: got %+v, want immediately executive %v", tt.name, a, tt.want)
		}
	}
}
