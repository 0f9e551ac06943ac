package api_test

import (
	"errors"
	"fmt"

	"github.com/podlab/podlab/sim/api"
)

func Example() {
	src := []byte(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  RestartPolicy: Never
  containers:
  - name: nginx
    image: nginx:1.27
`)
	_, err := api.Parse(src)
	fmt.Println(err)

	objs, _ := api.Parse([]byte("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: nginx}]\n"))
	api.Default(&objs)
	var list api.ErrorList
	if errors.As(api.Validate(objs), &list) {
		for _, d := range list {
			fmt.Printf("line %d col %d: %s: %s\n", d.Line, d.Col, d.Field, d.Message)
		}
	}
	fmt.Println(objs.Pods[0].Spec.RestartPolicy, objs.Pods[0].Spec.Containers[0].TerminationMessagePath)
	// Output:
	// 6:3: spec: unknown field "RestartPolicy", did you mean "restartPolicy"?
	// line 5 col 16: spec.containers[0].image: Required value
	// Always /dev/termination-log
}

func ExampleLookup() {
	f, _ := api.Lookup("Pod", "spec.containers[0].imagePullPolicy")
	fmt.Println(f.Type, f.Enum, f.Simulated)
	fmt.Println(f.Doc)
	// Output:
	// string [Always Never IfNotPresent] true
	// Image pull policy. One of Always, Never, IfNotPresent.
}
