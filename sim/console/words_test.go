package console

import (
	"slices"
	"testing"
)

func TestSplitWords(t *testing.T) {
	tests := []struct {
		line     string
		want     []string
		shellish bool
	}{
		{"kubectl get pods", []string{"kubectl", "get", "pods"}, false},
		{"  kubectl   get\tpods  ", []string{"kubectl", "get", "pods"}, false},
		{`kubectl create secret generic test --from-literal=password='39528$vdg7Jb'`, []string{"kubectl", "create", "secret", "generic", "test", "--from-literal=password=39528$vdg7Jb"}, false},
		{`kubectl exec p -- sh -c "echo \"hi\""`, []string{"kubectl", "exec", "p", "--", "sh", "-c", `echo "hi"`}, false},
		{`kubectl annotate pod p note=a\ b`, []string{"kubectl", "annotate", "pod", "p", "note=a b"}, false},
		{"echo -n admin > ./username.txt", []string{"echo", "-n", "admin", ">", "./username.txt"}, true},
		{"", nil, false},
	}
	for _, tt := range tests {
		got, sh, err := splitWords(tt.line)
		if err != nil {
			t.Errorf("splitWords(%q): %v", tt.line, err)
			continue
		}
		if !slices.Equal(got, tt.want) || sh != tt.shellish {
			t.Errorf("splitWords(%q) = %q, %v; want %q, %v", tt.line, got, sh, tt.want, tt.shellish)
		}
	}
	if _, _, err := splitWords(`echo 'open`); err == nil {
		t.Error("an unterminated quote was accepted")
	}
}
