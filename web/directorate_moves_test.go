package web

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// TestDirectoratePageListsLatestMoves: a directorate whose name many plans
// share can have thousands of moves; its page lists the latest movesShown
// of each kind and says how many there are, the API gives them all.
func TestDirectoratePageListsLatestMoves(t *testing.T) {
	for _, n := range []int{3, movesShown, movesShown + 10} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			h, f := newFakeHandler(t)
			f.transfers.Transfers = nil
			for i := range n {
				date := fmt.Sprintf("2019-%02d-%02d", 1+i/28%12, 1+i%28)
				f.transfers.Transfers = append(f.transfers.Transfers, index.Transfer{Text: fmt.Sprintf("Obiettivo spostato numero %d", i),
					From: dirGeneral, To: dirCivic, Act: index.ActRef{ID: "milano/giunta/2019/" + fmt.Sprint(i), Date: date}, Evidence: "declared"})
			}
			page := get(t, h, "GET", "/directorates/"+url.PathEscape(dirCivic)).Body.String()
			shown := strings.Count(page, "Obiettivo spostato numero")
			if want := min(n, movesShown); shown != want {
				t.Errorf("%d moves: the page lists %d, want %d", n, shown, want)
			}
			note := fmt.Sprintf("Sono mostrati i %d più recenti di %d.", movesShown, n)
			if got := strings.Contains(page, note); got != (n > movesShown) {
				t.Errorf("%d moves: the page says %q: %v, want %v", n, note, got, n > movesShown)
			}
			if n > movesShown && !strings.Contains(page, fmt.Sprintf("Obiettivo spostato numero %d<", n-1)) {
				t.Errorf("%d moves: the latest one is not listed", n)
			}
			api := get(t, h, "GET", "/api/directorates/"+url.PathEscape(dirCivic)).Body.String()
			if got := strings.Count(api, "Obiettivo spostato numero"); got != n {
				t.Errorf("%d moves: the API gives %d, want all", n, got)
			}
		})
	}
}
