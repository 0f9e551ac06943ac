package main

// The kubectl console's examples: the commands of the notes
// (seed/pod-notes.zh.md) the learner can click to type. The files they use
// (lessons/content/console) are in the workstation folder from the start.

// tryStep is one command of the "try this" list and what it shows.
type tryStep struct {
	Line string
	Note msg
}

// consoleTrySteps is the notes' walk-through, in order.
func consoleTrySteps() []tryStep {
	return []tryStep{
		{"echo -n admin > ./username.txt", msgTryUsername},
		{"echo -n c1oudc0w! > ./password.txt", msgTryPassword},
		{"ls", msgTryLs},
		{"kubectl create secret generic user --from-file=./username.txt", msgTrySecret},
		{"kubectl create secret generic pass --from-file=./password.txt", msgTrySecret},
		{"kubectl get secrets", msgTryGetSecrets},
		{"kubectl apply -f projected-volume.yaml", msgTryApplyProjected},
		{"kubectl get pods -w", msgTryWatch},
		{"kubectl exec -it projected-volume -- ls /projected-volume", msgTryExec},
		{"kubectl get nodes --show-labels", msgTryNodes},
		{"kubectl apply -f pod-nginx.yaml", msgTryApplyNginx},
		{"kubectl get pods -o wide", msgTryWide},
		{"kubectl label nodes node-2 disktype=ssd", msgTryLabel},
		{"kubectl describe pod nginx", msgTryDescribe},
	}
}
