package extract

import (
	"strconv"
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

var (
	// registeredGeneralRE is the sentence that records an act in the
	// general register after its office numbered it: "registrata al
	// Registro Generale al n. 1204 in data 19/12/2025", "ANNOTATA NEL
	// REGISTRO GENERALE AL N. 47/2026 R.G. IN DATA 22/04/2026", "iscritta
	// nel Registro Generale al n. 164"; or the number first: "registrato
	// al n. 233 del Registro Generale delle determinazioni in data …".
	registeredGeneralRE = lazyRegexp(`(?i)\b(?:registrat|annotat|iscritt|inserit)[ao]\s+(?:(?:al|nel)\s+registro\s+generale` + registerOfWhat + `\s+(?:al\s+|con\s+il\s+)?(?:n\.|n°|nr\.?|numero)\s*(\d{1,7})|al\s+(?:n\.|n°|nr\.?|numero)\s*(\d{1,7})` + registerYear + `\s+del\s+registro\s+generale` + registerOfWhat + `)` + registerYear + `(?:\s*,?\s*(?:in\s+data|del)\s*(` + datePattern + `))?`)
	// generalRegisterLineRE is a line that opens with the general
	// register's label and states its number and date, as the closing
	// box of a determinazione's last page prints them: "Registro Generale
	// n. 233 del 20.4.2026", "Reg. Gen. 31 del 4.2.2026", "Numero di
	// Registro Generale: 96 - Data di registrazione: 09/04/2026".
	generalRegisterLineRE = lazyRegexp(`(?i)^(?:(?:numero|n\.)\s+(?:di\s+|del\s+)?)?(?:registro\s+generale|reg\.?\s*gen(?:erale)?\.?)\s*(?:n\.|n°|nr\.?|numero)?\s*:?\s*(\d{1,7})` + registerYear + `\s*[-–,]?\s*(?:del|in\s+data|data(?:\s+di\s+registrazione)?\s*:?)\s*(` + datePattern + `)`)
)

// registerOfWhat is what a register's name may say it records ("del
// Registro Generale delle determinazioni"); registerYear the year a
// register's number may carry ("47/2026", "47/2026 R.G.").
const (
	registerOfWhat = `(?:\s+del(?:le|l['’]|lo)?\s*\p{L}+)?`
	registerYear   = `(?:/\d{4})?(?:\s*r\.\s*g\.)?`
)

// generalRegister is the number and date (date "" where none is
// printed) an act's general register gives it away from its heading,
// where its office's heading numbers it in its own series: a closing
// sentence that records it, or a line of the last page's box that opens
// with the register's label. all is the text of lines ls joined. n is 0
// for none.
func generalRegister(ls actLines, all string) (n int, date string) {
	if g := registeredGeneralRE().FindStringSubmatch(all); g != nil {
		number := g[1]
		if number == "" {
			number = g[2]
		}
		n, _ = strconv.Atoi(number)
		date, _ = parseDate(g[3])
		return n, date
	}
	for _, l := range ls {
		if g := generalRegisterLineRE().FindStringSubmatch(strings.TrimSpace(pdftext.CollapseSpace(l.Text))); g != nil {
			n, _ = strconv.Atoi(g[1])
			date, _ = parseDate(g[2])
			return n, date
		}
	}
	return 0, ""
}
