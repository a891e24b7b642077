package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
	"time"
)

// DefaultAddr binds the loopback interface only: exposing the site to a
// network is a decision the user makes with --addr.
const DefaultAddr = "127.0.0.1:8080"

// requestTimeout bounds the work of one request, so a pathological query
// cannot hold the index for long.
const requestTimeout = 30 * time.Second

// NewServer wraps h in an http.Server whose timeouts and header limit keep
// slow or hostile clients from holding connections open.
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
			defer cancel()
			h.ServeHTTP(w, r.WithContext(ctx))
		}),
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
