package s3test

import (
	"fmt"
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
			ports, err := loopback.NewTakenFirst(which)
			if err != nil {
				t.Fatal(err)
			}
			defer ports.Close()
			choosePorts = ports.Ports
			defer func() { choosePorts = loopback.Ports }()
			s := Start(t)
			if len(ports.Chosen) != 2 {
				t.Errorf("ports chosen %d times (%v), want twice", len(ports.Chosen), ports.Chosen)
			}
			if want := fmt.Sprintf(":%d", ports.Last(6)); !strings.HasSuffix(s.Endpoint, want) {
				t.Errorf("endpoint %s, want port %s", s.Endpoint, want)
			}
		})
	}
}
