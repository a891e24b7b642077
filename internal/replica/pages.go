package replica

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
	"sync"
)

type listingData struct {
	Dtid            int
	Title           string
	ViewState       string
	Generator       string
	EventValidation string
	Rows            []*Act
	Pager           []pagerLink
	Page            int
}

var funcs = template.FuncMap{
	"date":   func(a *Act) string { return a.Date.Format("02/01/2006") },
	"from":   func(a *Act) string { return a.From.Format("02/01/2006") },
	"to":     func(a *Act) string { return a.To.AddDate(0, 0, -1).Format("02/01/2006") },
	"parity": func(i int) int { return i % 2 },
	"inc":    func(i int) int { return i + 1 },
	// postback is the pager's javascript: URL, trusted because it is
	// built from constants and page numbers only.
	"postback": func(arg string) template.HTMLAttr {
		return template.HTMLAttr(fmt.Sprintf(`href="javascript:__doPostBack('%s','%s')"`, PagerTarget, arg))
	},
}

// The markup follows the ASP.NET WebForms pages of the real Albo: the
// hidden state fields, the results panel with alternating item0/item1
// rows of four cells, and a GridView pager of __doPostBack links. The
// pages are parsed on first use: every albo command links the replica
// (albo demo serves it), and most never serve a page.
var listingPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("listing").Funcs(funcs).Parse(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Comune di Milano - Albo Pretorio on line - {{.Title}}</title></head>
<body>
<form name="aspnetForm" method="post" action="AlboPretorio.aspx?dtid={{.Dtid}}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{{.ViewState}}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{{.Generator}}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{{.EventValidation}}" />
</div>
<div id="ctl00_header"><h1>Albo Pretorio on line</h1><h2>{{.Title}}</h2></div>
<div id="ctl00_mainIndexContent_pnlRisultati">
{{- if .Rows}}
<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_mainIndexContent_gvRisultati" style="border-collapse:collapse;">
<tr class="header"><th scope="col">Oggetto</th><th scope="col">Ufficio</th><th scope="col">Numero</th><th scope="col">Pubblicazione</th></tr>
{{- range $i, $a := .Rows}}
<tr class="item{{parity $i}}">
<td><a href='showdoc.aspx?procid={{$a.ProcID}}' title="Visualizza documento">{{$a.Subject}}</a></td>
<td class='0' title="{{$a.Office}}">{{$a.Office}}</td>
<td>N. {{$a.Number}} {{$a.Protocol}} <br> del {{date $a}}</td>
<td>dal {{from $a}} al {{to $a}}</td>
</tr>
{{- end}}
{{- if .Pager}}
<tr class="pager"><td colspan="4"><table border="0"><tr>
{{- range .Pager}}<td>{{if .Current}}<span>{{.Text}}</span>{{else}}<a {{postback .Arg}}>{{.Text}}</a>{{end}}</td>{{end}}
</tr></table></td></tr>
{{- end}}
</table>
{{- else}}
<span id="ctl00_mainIndexContent_lblNessun">Nessun documento pubblicato.</span>
{{- end}}
</div>
</form>
</body>
</html>
`))
})

var detailPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("detail").Funcs(funcs).Parse(`<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Comune di Milano - Albo Pretorio on line - Documento</title></head>
<body>
<div id="ctl00_mainIndexContent_pnlDocumento">
<h2>{{.Category.Label}}</h2>
<table class="dettaglio">
<tr><th>Oggetto</th><td id="oggetto">{{.Subject}}</td></tr>
<tr><th>Ufficio</th><td id="ufficio">{{.Office}}</td></tr>
<tr><th>Numero</th><td id="numero">N. {{.Number}} {{.Protocol}} del {{date .}}</td></tr>
<tr><th>Pubblicazione</th><td id="pubblicazione">dal {{from .}} al {{to .}}</td></tr>
</table>
<a id="ctl00_mainIndexContent_lnkScarica" href="savep7m.aspx">Scarica il documento firmato digitalmente</a>
{{- if .Attachments}}
<h3>Allegati</h3>
<ul id="ctl00_mainIndexContent_lstAllegati">
{{- range $i, $x := .Attachments}}
<li><a href="savep7m.aspx?allegato={{inc $i}}">{{$x.Label}}</a></li>
{{- end}}
</ul>
{{- end}}
</div>
</body>
</html>
`))
})

// sessionErrorPage is what savep7m.aspx answers, with status 200, to a
// request outside a session that opened a document.
const sessionErrorPage = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Comune di Milano - Albo Pretorio on line - Errore</title></head>
<body><div id="ctl00_mainIndexContent_pnlErrore"><h2>Errore</h2>
<p>Sessione scaduta o documento non disponibile. Tornare all'elenco degli atti e riaprire il documento.</p></div></body></html>
`

// aspError writes an ASP.NET-style error page.
func aspError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/albopretorio' Application.</h1><h2><i>%s</i></h2></body></html>\n", html.EscapeString(msg))
}
