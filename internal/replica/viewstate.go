package replica

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// PagerTarget is the control the pager links post back to.
const PagerTarget = "ctl00$mainIndexContent$gvRisultati"

// pageButtons is how many numbered links the pager shows at once, as
// ASP.NET's GridView does by default; "..." links lead to the next block.
const pageButtons = 10

// pagerLink is one link of the pager; Arg is its __EVENTARGUMENT.
type pagerLink struct {
	Text    string
	Arg     string
	Current bool
}

func pagerLinks(page, pages int) []pagerLink {
	if pages <= 1 {
		return nil
	}
	first := (page-1)/pageButtons*pageButtons + 1
	last := min(first+pageButtons-1, pages)
	var links []pagerLink
	if first > 1 {
		links = append(links, pagerLink{Text: "...", Arg: fmt.Sprintf("Page$%d", first-1)})
	}
	for p := first; p <= last; p++ {
		links = append(links, pagerLink{Text: strconv.Itoa(p), Arg: fmt.Sprintf("Page$%d", p), Current: p == page})
	}
	if last < pages {
		links = append(links, pagerLink{Text: "...", Arg: fmt.Sprintf("Page$%d", last+1)})
	}
	return links
}

// viewState encodes the page's state with a MAC, as ASP.NET does with its
// machine key, so that a forged or missing state is refused.
func (r *Replica) viewState(dtid, page int) string {
	state := fmt.Sprintf("dtid=%d;page=%d", dtid, page)
	return base64.StdEncoding.EncodeToString([]byte(state + "|" + r.sign(state)))
}

// eventValidation lists the postback arguments the page offered, signed
// together with its viewstate: only those may come back.
func (r *Replica) eventValidation(viewState string, links []pagerLink) string {
	var args []string
	for _, l := range links {
		if !l.Current {
			args = append(args, l.Arg)
		}
	}
	list := strings.Join(args, ",")
	return base64.StdEncoding.EncodeToString([]byte(list + "|" + r.sign(viewState, list)))
}

// postbackPage validates a pager postback and returns the page it asks for.
func (r *Replica) postbackPage(req *http.Request, dtid int) (int, error) {
	if err := req.ParseForm(); err != nil {
		return 0, err
	}
	vs := req.PostForm.Get("__VIEWSTATE")
	raw, err := base64.StdEncoding.DecodeString(vs)
	if err != nil {
		return 0, errors.New("viewstate is not base64")
	}
	state, mac, ok := strings.Cut(string(raw), "|")
	if !ok || mac != r.sign(state) {
		return 0, errors.New("viewstate MAC does not match")
	}
	if state != fmt.Sprintf("dtid=%d;page=%d", dtid, pageOf(state)) {
		return 0, errors.New("viewstate belongs to another page")
	}
	if req.PostForm.Get("__VIEWSTATEGENERATOR") != viewStateGenerator {
		return 0, errors.New("wrong __VIEWSTATEGENERATOR")
	}
	rawEV, err := base64.StdEncoding.DecodeString(req.PostForm.Get("__EVENTVALIDATION"))
	if err != nil {
		return 0, errors.New("event validation is not base64")
	}
	list, evMAC, ok := strings.Cut(string(rawEV), "|")
	if !ok || evMAC != r.sign(vs, list) {
		return 0, errors.New("event validation MAC does not match")
	}
	arg := req.PostForm.Get("__EVENTARGUMENT")
	if req.PostForm.Get("__EVENTTARGET") != PagerTarget || !slices.Contains(strings.Split(list, ","), arg) {
		return 0, fmt.Errorf("invalid postback or callback argument %q", arg)
	}
	return strconv.Atoi(strings.TrimPrefix(arg, "Page$"))
}

func pageOf(state string) int {
	_, p, _ := strings.Cut(state, ";page=")
	n, _ := strconv.Atoi(p)
	return n
}
