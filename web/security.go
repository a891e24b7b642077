package web

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows nothing but the server's own embedded
// stylesheet, script and images: no inline script or style, no plugins, no
// framing. Document text is hostile input; even if a payload slipped past the
// escaping, the browser would refuse to run it.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// filePolicy is the policy of stored documents: the browser's own PDF viewer
// must be free to render them, but they may never be framed by another page.
const filePolicy = "frame-ancestors 'none'"

// secureHeaders sets the headers every answer carries. Handlers that serve
// documents replace the Content-Security-Policy with filePolicy.
func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/feed" {
			// Public, read-only data without cookies: any site's script may
			// read it, which is what an API for developers is for.
			h.Set("Access-Control-Allow-Origin", "*")
		}
		next.ServeHTTP(w, r)
	})
}
