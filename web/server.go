package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/openalbo/albo/index"
)

// DefaultAddr binds the loopback interface only: exposing the site to a
// network is a decision the user makes with --addr.
const DefaultAddr = "127.0.0.1:8080"

// requestTimeout bounds the work of one request, so a pathological query
// cannot hold the index for long.
const requestTimeout = 30 * time.Second

// NewServer wraps h in an http.Server whose timeouts and header limit keep
// slow or hostile clients from holding connections open, and whose
// admission limits (newAdmission) keep costly or too many requests from
// queueing without end.
func NewServer(h http.Handler) *http.Server {
	procs := runtime.GOMAXPROCS(0)
	admit := newAdmission(maxInFlight, max(1, procs/2), workersPerProcessor*procs, workWait)
	return &http.Server{
		Handler: admit.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
			defer cancel()
			h.ServeHTTP(w, r.WithContext(ctx))
		})),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      2 * time.Minute, // a large PDF on a slow link
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}

// ErrAddrInUse says another program holds the address asked for.
var ErrAddrInUse = errors.New("address already in use")

// Listen opens addr for the server, telling a taken port (ErrAddrInUse)
// apart from other failures.
func Listen(ctx context.Context, addr string) (net.Listener, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("listen on %s: %w", addr, ErrAddrInUse)
		}
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve serves srv on ln until ctx ends, then lets the requests in flight
// finish (for a few seconds at most) and returns nil.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down %s: %w", ln.Addr(), err)
	}
	<-errc
	return nil
}

// Admission limits of a server.
const (
	// maxInFlight is the requests served at once; the next ones wait up
	// to admissionWait for a place, then are answered 503.
	maxInFlight   = 64
	admissionWait = 2 * time.Second
	// workersPerProcessor is the requests computed at once per
	// processor; the others admitted wait their turn in order of arrival,
	// for workWait at most: then they compute anyway. The turns may be
	// held by requests waiting for a computation they all share (the
	// transfers or the lineage of a new generation, seconds at a million
	// objectives): the line shapes the load, it must never stop it.
	workersPerProcessor = 2
	workWait            = 100 * time.Millisecond
	// retryAfter is the seconds a refused client is asked to wait.
	retryAfter = "2"
)

// admission limits the requests a server works on at once. Searches with
// terms that expand to many words (index.Costly: wildcards, regular
// expressions, typos) have a lane of their own, about one per two
// processors, and are refused at once when it is full: however many
// arrive, they cannot take the processors from the ordinary searches.
//
// Of the requests admitted, a few per processor compute at once (work);
// the others wait their turn, first come first served, for workWait at
// most. Computing them all at once shared the processors among them all,
// so that the longest pages took many times their own time when twenty
// clients asked; in turn, each takes about its own time plus the wait.
// Files and static assets are not computed, and a slow reader of a large
// PDF must not hold a turn: they skip the line.
type admission struct {
	all, costly, work chan struct{}
	workWait          time.Duration
}

func newAdmission(all, costly, work int, workWait time.Duration) *admission {
	return &admission{all: make(chan struct{}, all), costly: make(chan struct{}, costly), work: make(chan struct{}, work), workWait: workWait}
}

func (a *admission) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if index.Costly(r.URL.Query().Get("q")) {
			select {
			case a.costly <- struct{}{}:
				defer func() { <-a.costly }()
			default:
				busy(w, "troppe ricerche con caratteri jolly o errori di battitura in corso")
				return
			}
		}
		wait := time.NewTimer(admissionWait)
		defer wait.Stop()
		select {
		case a.all <- struct{}{}:
			defer func() { <-a.all }()
		case <-wait.C:
			busy(w, "il server è occupato")
			return
		case <-r.Context().Done():
			return
		}
		if !streamed(r) {
			turn := time.NewTimer(a.workWait)
			defer turn.Stop()
			select {
			case a.work <- struct{}{}:
				defer func() { <-a.work }()
			case <-turn.C:
			case <-r.Context().Done():
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// streamed says whether r asks for a file or an asset, sent as it is
// rather than computed.
func streamed(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/files/") || strings.HasPrefix(r.URL.Path, "/static/")
}

// busy answers 503 with the time to wait before asking again.
func busy(w http.ResponseWriter, why string) {
	w.Header().Set("Retry-After", retryAfter)
	http.Error(w, why+": riprovare tra qualche secondo", http.StatusServiceUnavailable)
}
