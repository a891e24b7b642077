package s3test

import (
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/loopback"
)

// TestStartsAgainWhenAPortIsTaken: a server whose port another program
// took after it was chosen is started again on other ports, for each of
// the first and the last of its seven ports.
func TestStartsAgainWhenAPortIsTaken(t *testing.T) {
	for _, which := range []int{0, 6} {
		t.Run(fmt.Sprint(which), func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			taken := l.Addr().(*net.TCPAddr).Port
			var chosen [][]int
			choosePorts = func(n int) ([]int, error) {
				ports, err := loopback.Ports(n)
				if err == nil && len(chosen) == 0 {
					ports[which] = taken
				}
				chosen = append(chosen, ports)
				return ports, err
			}
			defer func() { choosePorts = loopback.Ports }()
			s := Start(t)
			if len(chosen) != 2 {
				t.Errorf("ports chosen %d times (%v), want twice", len(chosen), chosen)
			}
			if want := fmt.Sprintf(":%d", chosen[len(chosen)-1][6]); !strings.HasSuffix(s.Endpoint, want) {
				t.Errorf("endpoint %s, want port %s", s.Endpoint, want)
			}
		})
	}
}
