package kubelet

import (
	"reflect"
	"testing"

	"github.com/podlab/podlab/sim/api"
)

func TestProcessArgs(t *testing.T) {
	ep, cmd := []string{"/docker-entrypoint.sh"}, []string{"nginx", "-g", "daemon off;"}
	tests := []struct {
		name                        string
		command, args, entry, image []string
		want                        []string
		err                         error
	}{
		{"image default", nil, nil, ep, cmd, []string{"/docker-entrypoint.sh", "nginx", "-g", "daemon off;"}, nil},
		{"args replace CMD only", nil, []string{"sleep", "1"}, ep, cmd, []string{"/docker-entrypoint.sh", "sleep", "1"}, nil},
		{"command drops ENTRYPOINT and CMD", []string{"sh", "-c"}, nil, ep, cmd, []string{"sh", "-c"}, nil},
		{"command and args", []string{"printenv"}, []string{"HOSTNAME"}, nil, []string{"sh"}, []string{"printenv", "HOSTNAME"}, nil},
		{"busybox CMD", nil, nil, nil, []string{"sh"}, []string{"sh"}, nil},
		{"empty entrypoint", nil, nil, []string{""}, []string{"sh"}, []string{"sh"}, nil},
		{"nothing", nil, nil, nil, nil, nil, ErrNoCommand},
	}
	for _, tt := range tests {
		got, err := ProcessArgs(tt.command, tt.args, tt.entry, tt.image)
		if err != tt.err || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ProcessArgs = %q, %v; want %q, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestExpandContainerCommandAndArgs(t *testing.T) {
	c := &api.Container{Command: []string{"/bin/echo", "$(MESSAGE)"}, Args: []string{"$(GREETING) $(HONORIFIC) $(NAME)", "$$(NAME)"}}
	env := []EnvVar{{"GREETING", "Warm greetings to"}, {"HONORIFIC", "The Most Honorable"}, {"MESSAGE", "hi"}}
	cmd, args := ExpandContainerCommandAndArgs(c, env)
	if want := []string{"/bin/echo", "hi"}; !reflect.DeepEqual(cmd, want) {
		t.Errorf("command = %q, want %q", cmd, want)
	}
	if want := []string{"Warm greetings to The Most Honorable $(NAME)", "$(NAME)"}; !reflect.DeepEqual(args, want) {
		t.Errorf("args = %q, want %q", args, want)
	}
}
